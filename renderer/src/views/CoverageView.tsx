/**
 * GRI coverage: each disclosure of the project's edition with its requirement items and their
 * status, and a jump to where each gap is fixed (the data set, or the narrative's section).
 */
import { NARRATIVE_SECTIONS, defaultGriCatalogue, INPUT_KIND_IDS, isInputKind, sectionTitles, type CoverageItem, type InputKind, type SectionId } from '../../../core/index';
import { useI18n } from '../i18n/i18n-context';
import type { AppState } from '../state/app-state';
import { useApp, useController } from '../state/controller-context';

const selectCoverage = (s: AppState) => s.build?.chapter.coverage ?? null;
const selectEdition = (s: AppState) => s.project?.settings.edition ?? '2016';

/** The data set an item needs, from the catalogue (coverage items carry only their status). */
function dataKind(code: string, itemId: string): InputKind | null {
  const item = defaultGriCatalogue.disclosures.find((d) => d.code === code)?.items.find((i) => i.id === itemId);
  return item !== undefined && 'data' in item.binding && isInputKind(item.binding.data) ? item.binding.data : null;
}

const isSection = (id: string): id is SectionId => (NARRATIVE_SECTIONS as readonly string[]).includes(id);

export function CoverageView() {
  const { t, textLang: lang, num } = useI18n();
  const { go } = useController();
  const coverage = useApp(selectCoverage);
  const edition = useApp(selectEdition);
  const titles = sectionTitles(lang);

  if (coverage === null) return <p className="muted">{t.coverage.noBuild}</p>;
  const items = coverage.flatMap((d) => d.items);
  const stated = items.filter((i) => i.status === 'stated').length;

  const fix = (code: string, section: string, item: CoverageItem) => {
    if (item.status === 'missing-data') go('data', { kind: dataKind(code, item.id) ?? INPUT_KIND_IDS[0] });
    else go('write', isSection(section) ? { section } : {});
  };

  return (
    <div className="coverage">
      <header className="view-header">
        <h1 tabIndex={-1}>{t.coverage.title}</h1>
        <p className="lead">{t.coverage.intro(t.editions[edition])}</p>
        <p className="coverage-summary">
          <meter min={0} max={items.length} value={stated} aria-label={t.coverage.summary(num(stated), num(items.length))} />
          <span>{t.coverage.summary(num(stated), num(items.length))}</span>
        </p>
      </header>
      {coverage.map((d) => (
        <section key={d.code} className="card disclosure" aria-labelledby={`gri-${d.code}`}>
          <header className="disclosure-head">
            <h2 id={`gri-${d.code}`}>
              <span className="gri-code">{t.coverage.code(d.code)}</span> {d.title[lang]}
            </h2>
            <span className={`pill pill-${d.status}`}>{t.coverage.disclosure[d.status]}</span>
          </header>
          <p className="muted">
            {d.standard[lang]} · {t.coverage.section(titles[d.section as SectionId] ?? d.section)}
          </p>
          <table className="coverage-table">
            <tbody>
              {d.items.map((item) => (
                <tr key={item.id} className={`item-${item.status}`}>
                  <th scope="row" className="item-id">
                    {item.id}
                  </th>
                  <td>{item.label[lang]}</td>
                  <td className="item-status">
                    <span className={`pill pill-${item.status}`}>{t.coverage.item[item.status]}</span>
                  </td>
                  <td className="item-fix">
                    {item.status === 'stated' ? null : (
                      <FixButton text={item.status === 'missing-data' ? t.coverage.addData : t.coverage.writeNarrative} item={item.id} onClick={() => fix(d.code, d.section, item)} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

function FixButton({ text, item, onClick }: { text: string; item: string; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button small" aria-label={t.coverage.fixLabel(text, item)} onClick={onClick}>
      {text}
    </button>
  );
}
