/** "Map «found» to …": turns an unknown list value into a known one for this and every later import. */
import { kindOf, type InputKind, type MappingTarget, type Problem } from '../../../../core/index';
import { useI18n } from '../../i18n/i18n-context';
import { useController } from '../../state/controller-context';

/** The values `problem.found` could be mapped to, or null when the problem is not about a list value. */
export function mappingTargets(kind: InputKind, p: Problem): readonly MappingTarget[] | null {
  if ((p.code !== 'value.enum' && p.code !== 'value.boolean') || p.key === null || p.found === null || p.found.trim() === '') return null;
  return kindOf(kind).mappable[p.key] ?? null;
}

export function MappingSelect({ kind, problem }: { kind: InputKind; problem: Problem }) {
  const { t, textLang } = useI18n();
  const { inputs } = useController();
  const targets = mappingTargets(kind, problem);
  if (targets === null || problem.key === null || problem.found === null) return null;
  const { key, found } = problem;
  return (
    <select
      className="mapping-select"
      aria-label={t.problems.mapLabel(found)}
      value=""
      onChange={(e) => {
        if (e.target.value !== '') void inputs.mapValue(kind, key, found, e.target.value);
      }}
    >
      <option value="">{t.problems.mapPlaceholder}</option>
      {targets.map((target) => (
        <option key={target.value} value={target.value}>
          {target.label[textLang]}
        </option>
      ))}
    </select>
  );
}
