/** Narrative and template errors with file and line; a line of the open section is one click away. */
import { memo } from 'react';
import { NARRATIVE_SECTIONS, problemMessage, type Lang, type Problem, type SectionId } from '../../../../core/index';
import { useI18n } from '../../i18n/i18n-context';
import { useSettled } from './use-settled';
import { useController } from '../../state/controller-context';

const sectionOf = (file: string, lang: Lang): SectionId | null =>
  NARRATIVE_SECTIONS.find((id) => file === `narratives/${lang}/${id}.md`) ?? null;

export const SETTLE_MS = 700;

export const NarrativeProblems = memo(function NarrativeProblems({ problems: current, section, lang }: { problems: readonly Problem[]; section: SectionId; lang: Lang }) {
  const { t, lang: uiLang } = useI18n();
  const { narratives, editor } = useController();
  const problems = useSettled(current, SETTLE_MS);
  if (problems.length === 0) return null;

  const jump = async (p: Problem) => {
    const target = sectionOf(p.file, lang);
    if (target === null) return;
    if (target !== section) await narratives.selectSection(target);
    // The editor swaps documents on the next render.
    requestAnimationFrame(() => editor.get()?.goToLine(p.line ?? 1));
  };

  return (
    <section className="banner banner-error" aria-labelledby="narrative-problems">
      <h2 id="narrative-problems">{t.write.problemsTitle}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong>{t.write.problemAt(p.file, p.line === null ? '—' : String(p.line))}</strong> {problemMessage(p, uiLang)}{' '}
            {sectionOf(p.file, lang) !== null && p.line !== null ? (
              <button type="button" className="link-button" onClick={() => void jump(p)}>
                {t.write.goToLine(String(p.line))}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
});
