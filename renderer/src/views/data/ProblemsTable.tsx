/** Every problem of one file: sortable by any column, copyable as TSV, with a value mapping where one helps. */
import { useMemo, useState } from 'react';
import { problemExpected, problemMessage, type InputKind, type Problem } from '../../../../core/index';
import { copyText } from '../../components/copy-text';
import { useI18n } from '../../i18n/i18n-context';
import { useController } from '../../state/controller-context';
import { PROBLEM_COLUMNS, problemsTsv, sortProblems, type ProblemColumn, type SortOrder } from '../../state/problem-rows';
import { MappingSelect, mappingTargets } from './MappingSelect';

/** Enough to scan; the rest are in the copy. Keeps a file with errors on every row responsive. */
const SHOWN = 500;

export function ProblemsTable({ kind, file, problems }: { kind: InputKind; file: string; problems: readonly Problem[] }) {
  const { t, lang, num } = useI18n();
  const { notify } = useController();
  const [order, setOrder] = useState<SortOrder>({ column: 'line', direction: 'asc' });
  const sorted = useMemo(() => sortProblems(problems, order, lang), [problems, order, lang]);
  const canMap = problems.some((p) => mappingTargets(kind, p) !== null);

  if (problems.length === 0) return <p className="ok-line">{t.problems.none}</p>;

  const sortBy = (column: ProblemColumn) =>
    setOrder((o) => ({ column, direction: o.column === column && o.direction === 'asc' ? 'desc' : 'asc' }));

  const copy = async () => {
    const tsv = problemsTsv(sorted, lang, t.problems.columns, t.problems.severity);
    const n = num(problems.length);
    if (await copyText(tsv)) notify.success((d) => d.problems.copied(n));
    else notify.error((d) => d.problems.copyFailed);
  };

  return (
    <div className="problems">
      <div className="problems-head">
        <h3>{t.problems.title(num(problems.length))}</h3>
        <button type="button" className="button small" onClick={() => void copy()}>
          {t.problems.copy}
        </button>
      </div>
      {sorted.length > SHOWN ? <p className="muted">{t.problems.truncated(num(SHOWN), num(sorted.length))}</p> : null}
      <div className="table-scroll">
        <table className="problems-table">
          <caption className="visually-hidden">{t.problems.caption(file)}</caption>
          <thead>
            <tr>
              {PROBLEM_COLUMNS.map((c) => {
                const active = order.column === c;
                return (
                  <th key={c} scope="col" aria-sort={active ? (order.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={`col-${c}`}>
                    <button type="button" className="sort-button" onClick={() => sortBy(c)} aria-label={t.problems.sortBy(t.problems.columns[c])}>
                      {t.problems.columns[c]}
                      <span className="sort-mark" aria-hidden="true">
                        {active ? (order.direction === 'asc' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
              {canMap ? <th scope="col">{t.problems.fix}</th> : null}
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, SHOWN).map((p, i) => (
              <tr key={i} className={`sev-${p.severity}`}>
                <td className="col-severity">
                  <span className={`pill pill-${p.severity}`}>{t.problems.severity[p.severity]}</span>
                </td>
                <td className="col-line num">{p.line ?? ''}</td>
                <td className="col-column">{p.column ?? ''}</td>
                <td className="col-expected">{problemExpected(p, lang) ?? ''}</td>
                <td className="col-found">{p.found === null ? '' : <code>{p.found}</code>}</td>
                <td className="col-message">{problemMessage(p, lang)}</td>
                {canMap ? <td className="col-fix">{mappingTargets(kind, p) ? <MappingSelect kind={kind} problem={p} /> : null}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
