/** The figures a narrative can quote, grouped and searchable; a click inserts the snippet at the cursor. */
import { memo, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { AppState } from '../../state/app-state';
import { useApp } from '../../state/controller-context';
import { listFigures, type Figure } from '../../state/figures';

const selectContext = (s: AppState) => s.build?.chapter.context ?? null;

export const FiguresPanel = memo(function FiguresPanel({ onInsert }: { onInsert: (snippet: string) => void }) {
  const { t, textLang } = useI18n();
  const context = useApp(selectContext);
  const [query, setQuery] = useState('');
  const figures = useMemo(() => (context ? listFigures(context, t, textLang) : []), [context, t, textLang]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q === '' ? figures : figures.filter((f) => `${f.label} ${f.path} ${f.text}`.toLowerCase().includes(q));
  }, [figures, query]);
  const groups = useMemo(() => {
    const map = new Map<string, Figure[]>();
    for (const f of shown) map.set(f.group, [...(map.get(f.group) ?? []), f]);
    return [...map];
  }, [shown]);
  const hasData = figures.length > 2; // the years are always there

  return (
    <section className="figures" aria-labelledby="figures-title">
      <div className="figures-head">
        <h2 id="figures-title">{t.write.figures}</h2>
        <input type="search" className="figures-filter" value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t.write.filter} placeholder={t.write.filter} />
      </div>
      <p className="hint">{hasData ? t.write.figuresHint : t.write.noFigures}</p>
      {shown.length === 0 ? <p className="muted">{t.write.noMatch}</p> : null}
      <div className="figures-list">
        {groups.map(([group, list]) => (
          <div key={group} role="group" aria-label={group} className="figure-group">
            <h3>{group}</h3>
            <ul>
              {list.map((f) => (
                <li key={f.path}>
                  <button type="button" className="figure" title={f.snippet} onClick={() => onInsert(f.snippet)}>
                    <span className="visually-hidden">{t.write.insert} </span>
                    <span className="figure-label">{f.label}</span>
                    <span className="visually-hidden">{': '}</span>
                    <span className="figure-value">{f.text}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
});
