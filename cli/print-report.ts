/** The human-readable report of a build or check, in the report language. */
import { describeProblem, importsOf, KINDS, sectionOf, type Lang, type ReportBuild } from '../core/index.js';
import { CLI_WORDS } from './messages.js';

export function formatReport(build: ReportBuild, lang: Lang, outputs: readonly string[]): string {
  const lines: string[] = [];
  const w = CLI_WORDS[lang];
  for (const r of importsOf(build.inputs)) {
    const s = r.stats;
    const enc = r.encoding === null ? '' : `, ${r.encoding}, ${JSON.stringify(r.delimiter)}`;
    lines.push(w.imported(r.file, s.rowsRead, s.rowsUsed, s.rowsRejected, enc));
  }
  for (const p of build.problems) lines.push(`  ${w.severity[p.severity]}: ${describeProblem(p, lang)}`);
  // Each file lists its first 1,000 problems; the rest are counted by kind.
  for (const r of importsOf(build.inputs)) {
    if (r.problemsTruncated === 0) continue;
    const kinds = Object.entries(r.problemCounts).map(([code, n]) => `${code}: ${n}`).join(', ');
    lines.push(`  ${w.moreProblems(r.file, r.problemsTruncated, kinds)}`);
  }

  const ctx = build.chapter.context;
  for (const kind of KINDS) {
    const section = sectionOf(ctx, kind.contextKey);
    if (section.available && kind.headline) lines.push(kind.headline(section, ctx.lang));
  }
  lines.push(w.coverage(ctx.edition));
  for (const d of build.chapter.coverage) {
    const missing = d.items.flatMap((i) => (i.status === 'stated' ? [] : [`${i.id} (${w.status[i.status]})`]));
    lines.push(`  ${d.code}: ${w.status[d.status]}${missing.length ? ` – ${missing.join(', ')}` : ''}`);
  }
  const chapterErrors = build.chapter.problems.filter((p) => p.severity === 'error').length;
  const errors = importsOf(build.inputs).reduce((n, r) => n + r.severityCounts.error, chapterErrors);
  if (errors > 0) lines.push(w.errors(errors));
  for (const o of outputs) lines.push(w.written(o));
  return lines.join('\n');
}
