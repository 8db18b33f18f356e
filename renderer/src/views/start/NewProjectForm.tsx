/** The new-project form. The GRI edition follows the year until the user picks one. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { defaultEdition, REPORT_LANGS, type GriEdition, type Lang } from '../../../../core/index';
import { useI18n } from '../../i18n/i18n-context';
import type { AppState } from '../../state/app-state';
import { useApp, useController } from '../../state/controller-context';

const selectTick = (s: AppState) => s.newProjectTick;
const validYear = (y: number) => Number.isInteger(y) && y >= 2000 && y <= 2100;

export function NewProjectForm() {
  const { t } = useI18n();
  const { project } = useController();
  const tick = useApp(selectTick);
  const [organisation, setOrganisation] = useState('');
  const [yearText, setYearText] = useState(String(new Date().getFullYear() - 1));
  const [lang, setLang] = useState<Lang>('pl');
  const [chosenEdition, setChosenEdition] = useState<GriEdition | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const orgRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (tick > 0) orgRef.current?.focus();
  }, [tick]);

  const year = Number(yearText);
  const edition = chosenEdition ?? (validYear(year) ? defaultEdition(year) : '2021');
  const orgError = submitted && organisation.trim() === '' ? t.start.missingOrganisation : null;
  const yearError = submitted && !validYear(year) ? t.start.invalidYear : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (organisation.trim() === '' || !validYear(year)) return;
    void project.createProject({ organisation: organisation.trim(), year, lang, edition });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="new-organisation">{t.start.organisation}</label>
        <input
          id="new-organisation"
          ref={orgRef}
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
          aria-invalid={orgError !== null}
          aria-describedby={orgError ? 'new-organisation-error' : undefined}
          autoComplete="organization"
        />
        {orgError ? <p id="new-organisation-error" className="field-error">{orgError}</p> : null}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="new-year">{t.start.year}</label>
          <input
            id="new-year"
            inputMode="numeric"
            value={yearText}
            onChange={(e) => setYearText(e.target.value.trim())}
            aria-invalid={yearError !== null}
            aria-describedby={yearError ? 'new-year-error' : undefined}
          />
          {yearError ? <p id="new-year-error" className="field-error">{yearError}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="new-lang">{t.start.reportLang}</label>
          <select id="new-lang" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {REPORT_LANGS.map((l) => (
              <option key={l} value={l}>
                {t.langs[l]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="new-edition">{t.start.edition}</label>
        <select id="new-edition" value={edition} aria-describedby="new-edition-hint" onChange={(e) => setChosenEdition(e.target.value as GriEdition)}>
          <option value="2016">{t.editions['2016']}</option>
          <option value="2021">{t.editions['2021']}</option>
        </select>
        <p id="new-edition-hint" className="hint">{t.start.editionHint}</p>
      </div>
      <button type="submit" className="button">
        {t.start.create}
      </button>
    </form>
  );
}
