/** The open project's settings: organisation, year, report language, GRI edition, report title. */
import { useState, type FormEvent } from 'react';
import { REPORT_LANGS, type GriEdition, type Lang } from '../../../../core/index';
import { useI18n } from '../../i18n/i18n-context';
import type { OpenProject } from '../../state/app-state';
import { useController } from '../../state/controller-context';

const validYear = (y: number) => Number.isInteger(y) && y >= 2000 && y <= 2100;

export function ProjectSettingsForm({ project: p }: { project: OpenProject }) {
  const { t } = useI18n();
  const { project } = useController();
  const [organisation, setOrganisation] = useState(p.settings.organisation);
  const [yearText, setYearText] = useState(String(p.settings.year));
  const [lang, setLang] = useState<Lang>(p.settings.lang);
  const [edition, setEdition] = useState<GriEdition>(p.settings.edition);
  const [reportTitle, setReportTitle] = useState(p.settings.reportTitle ?? '');
  const [submitted, setSubmitted] = useState(false);
  const year = Number(yearText);
  const orgError = submitted && organisation.trim() === '';
  const yearError = submitted && !validYear(year);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (organisation.trim() === '' || !validYear(year)) return;
    const { reportTitle: _old, ...rest } = p.settings;
    const title = reportTitle.trim();
    void project.saveSettings({ ...rest, organisation: organisation.trim(), year, lang, edition, ...(title === '' ? {} : { reportTitle: title }) });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="muted">
        {t.settings.folder}: <code>{p.folder}</code>
      </p>
      <div className="field">
        <label htmlFor="set-organisation">{t.start.organisation}</label>
        <input id="set-organisation" value={organisation} onChange={(e) => setOrganisation(e.target.value)} aria-invalid={orgError} aria-describedby={orgError ? 'set-organisation-error' : undefined} />
        {orgError ? <p id="set-organisation-error" className="field-error">{t.start.missingOrganisation}</p> : null}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="set-year">{t.start.year}</label>
          <input id="set-year" inputMode="numeric" value={yearText} onChange={(e) => setYearText(e.target.value.trim())} aria-invalid={yearError} aria-describedby={yearError ? 'set-year-error' : undefined} />
          {yearError ? <p id="set-year-error" className="field-error">{t.start.invalidYear}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="set-lang">{t.start.reportLang}</label>
          <select id="set-lang" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {REPORT_LANGS.map((l) => (
              <option key={l} value={l}>
                {t.langs[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="set-edition">{t.start.edition}</label>
          <select id="set-edition" value={edition} onChange={(e) => setEdition(e.target.value as GriEdition)}>
            <option value="2016">{t.editions['2016']}</option>
            <option value="2021">{t.editions['2021']}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="set-title">{t.settings.reportTitle}</label>
        <input id="set-title" value={reportTitle} onChange={(e) => setReportTitle(e.target.value)} aria-describedby="set-title-hint" />
        <p id="set-title-hint" className="hint">{t.settings.reportTitleHint}</p>
      </div>
      <button type="submit" className="button primary">
        {t.settings.save}
      </button>
    </form>
  );
}
