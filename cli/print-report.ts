/** The human-readable report of a build or check, in the report language. */
import type { Lang } from '../core/common/lang.js';
import { describeProblem, type Problem } from '../core/common/problem.js';
import type { ReportBuild } from '../core/pipeline/build-report.js';
import { importsOf } from '../core/pipeline/import-inputs.js';

const SEVERITY: Record<Lang, Record<Problem['severity'], string>> = {
  pl: { error: 'BŁĄD', warning: 'uwaga', info: 'info' },
  en: { error: 'ERROR', warning: 'warning', info: 'info' },
};

const STATUS: Record<Lang, Record<string, string>> = {
  pl: { complete: 'kompletne', partial: 'częściowe', missing: 'brak', 'missing-data': 'brak danych', 'missing-narrative': 'brak opisu' },
  en: { complete: 'complete', partial: 'partial', missing: 'missing', 'missing-data': 'missing data', 'missing-narrative': 'missing narrative' },
};

export function formatReport(build: ReportBuild, lang: Lang, outputs: readonly string[]): string {
  const lines: string[] = [];
  const pl = lang === 'pl';
  for (const r of [build.inputs.privacy, build.inputs.service, build.inputs.accessibility]) {
    if (r === null) continue;
    const s = r.stats;
    const enc = r.encoding === null ? '' : `, ${r.encoding}, ${JSON.stringify(r.delimiter)}`;
    lines.push(
      pl
        ? `${r.file}: wczytano ${s.rowsRead} wierszy, użyto ${s.rowsUsed}, odrzucono ${s.rowsRejected}${enc}`
        : `${r.file}: ${s.rowsRead} rows read, ${s.rowsUsed} used, ${s.rowsRejected} rejected${enc}`,
    );
  }
  for (const p of build.problems) lines.push(`  ${SEVERITY[lang][p.severity]}: ${describeProblem(p, lang)}`);
  // Each file lists its first 1,000 problems; the rest are counted by kind.
  for (const r of importsOf(build.inputs)) {
    if (r.problemsTruncated === 0) continue;
    const kinds = Object.entries(r.problemCounts).map(([code, n]) => `${code}: ${n}`).join(', ');
    lines.push(
      pl
        ? `  ${r.file}: oraz ${r.problemsTruncated} dalszych problemów (łącznie według rodzaju: ${kinds})`
        : `  ${r.file}: and ${r.problemsTruncated} more problems (totals by kind: ${kinds})`,
    );
  }

  const ctx = build.chapter.context;
  if (ctx.privacy.available) {
    const p = ctx.privacy;
    lines.push(`GRI 418-1 ${ctx.year}: a.i = ${p.a_i}, a.ii = ${p.a_ii}, a = ${p.a}, b = ${p.b}`);
  }
  if (ctx.access.available) {
    const a = ctx.access;
    lines.push(
      pl
        ? `Salony: ${a.stores_total}, z tłumaczem PJM lub pętlą: ${a.stores_sign_language_or_loop}, bez barier: ${a.stores_step_free}`
        : `Stores: ${a.stores_total}, with interpreter or loop: ${a.stores_sign_language_or_loop}, step-free: ${a.stores_step_free}`,
    );
  }
  lines.push(pl ? `Pokrycie GRI (${ctx.edition}):` : `GRI coverage (${ctx.edition}):`);
  for (const d of build.chapter.coverage) {
    const missing = d.items.filter((i) => i.status !== 'stated').map((i) => `${i.id} (${STATUS[lang][i.status]})`);
    lines.push(`  ${d.code}: ${STATUS[lang][d.status]}${missing.length ? ` – ${missing.join(', ')}` : ''}`);
  }
  const chapterErrors = build.chapter.problems.filter((p) => p.severity === 'error').length;
  const errors = importsOf(build.inputs).reduce((n, r) => n + r.severityCounts.error, chapterErrors);
  if (errors > 0) lines.push(pl ? `Błędy: ${errors}. Nie zapisano żadnego pliku.` : `${errors} errors. No file was written.`);
  for (const o of outputs) lines.push(pl ? `Zapisano: ${o}` : `Written: ${o}`);
  return lines.join('\n');
}
