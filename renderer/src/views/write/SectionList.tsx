/** The chapter's narrative sections; a section whose narrative has an error is marked. */
import { memo } from 'react';
import { NARRATIVE_SECTIONS, type Lang, type Problem, type SectionId } from '../../../../core/index';
import { useI18n } from '../../i18n/i18n-context';
import { useController } from '../../state/controller-context';

export const SectionList = memo(function SectionList({ current, titles, problems, lang }: { current: SectionId; titles: Record<SectionId, string>; problems: readonly Problem[]; lang: Lang }) {
  const { t } = useI18n();
  const { narratives } = useController();
  const broken = new Set(problems.map((p) => p.file));
  return (
    <nav className="section-list" aria-label={t.write.sections}>
      <ol>
        {NARRATIVE_SECTIONS.map((id) => (
          <li key={id}>
            <button type="button" className="section-item" aria-current={id === current ? 'true' : undefined} onClick={() => void narratives.selectSection(id)}>
              {titles[id]}
              {broken.has(`narratives/${lang}/${id}.md`) ? (
                <span className="dot dot-error" aria-label={t.problems.severity.error} />
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
});
