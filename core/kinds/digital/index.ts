/**
 * Digital accessibility of the customer channels (European Accessibility Act; in Poland the act
 * of 26 April 2024): one row per website, app, e-shop, self-service portal, hotline or chat, with
 * its latest audit against a standard (WCAG 2.1 AA, EN 301 549).
 */
import type { FigureSource } from '../../common/figure-source.js';
import type { Bilingual, Lang } from '../../common/lang.js';
import { makeProblem } from '../../common/problem.js';
import { BOOLEAN_TARGETS } from '../boolean-targets.js';
import { defineKind, type FigureOffer } from '../kind.js';
import { CHANNEL_TYPES, columnKeyMatcher, DIGITAL_COLUMNS, DIGITAL_SPEC, type ChannelType } from './schema.js';
import type { ChannelTypeFigures, DigitalSection } from './section.js';
import type { DigitalTally } from './tally.js';

/** Channel types in words, as the chapter's table names them. */
export const TYPE_LABELS: Record<ChannelType, Bilingual> = {
  website: { pl: 'Serwis internetowy', en: 'Website' },
  mobile_app: { pl: 'Aplikacja mobilna', en: 'Mobile app' },
  e_shop: { pl: 'Sklep internetowy', en: 'E-shop' },
  self_service: { pl: 'Portal samoobsługowy', en: 'Self-service portal' },
  phone: { pl: 'Infolinia', en: 'Customer hotline' },
  chat: { pl: 'Czat', en: 'Chat' },
  other: { pl: 'Inne kanały', en: 'Other channels' },
};

const share = (n: number, total: number): number | null => (total === 0 ? null : n / total);

const LABELS: Record<string, Bilingual> = {
  channels_total: { pl: 'Kanały cyfrowe razem', en: 'Digital channels in total' },
  channels_full: { pl: 'Kanały w pełni zgodne', en: 'Fully conformant channels' },
  channels_partial: { pl: 'Kanały częściowo zgodne', en: 'Partially conformant channels' },
  channels_none: { pl: 'Kanały niezgodne', en: 'Non-conformant channels' },
  criteria_total: { pl: 'Kryteria sprawdzone w audytach', en: 'Criteria audited' },
  criteria_failed: { pl: 'Kryteria niespełnione', en: 'Criteria failed' },
  criteria_met: { pl: 'Kryteria spełnione', en: 'Criteria met' },
  share_criteria_met: { pl: 'Udział spełnionych kryteriów', en: 'Share of criteria met' },
  open_issues_critical: { pl: 'Otwarte błędy krytyczne', en: 'Open critical issues' },
  channels_with_statement: { pl: 'Kanały z deklaracją dostępności', en: 'Channels with an accessibility statement' },
};
const GROUP: Bilingual = { pl: 'Dostępność cyfrowa', en: 'Digital accessibility' };

/** Each figure's counting rule in words (shown in the sources appendix). */
const RULES = {
  channels_total: 'every channel row',
  channels_full: 'conformance = full',
  channels_partial: 'conformance = partial',
  channels_none: 'conformance = none',
  criteria_total: 'sum of criteria_total over every channel row',
  criteria_failed: 'sum of criteria_failed over every channel row',
  criteria_met: 'sum of (criteria_total − criteria_failed) over every channel row',
  share_criteria_met: 'criteria met / criteria audited, over every channel row',
  open_issues_critical: 'sum of open_issues_critical over every channel row',
  channels_with_statement: 'statement = yes',
} as const;

function typeFigures(tally: DigitalTally, lang: Lang): ChannelTypeFigures[] {
  return CHANNEL_TYPES.flatMap((type) => {
    const t = tally.byType.get(type);
    if (t === undefined) return [];
    const met = t.criteriaTotal - t.criteriaFailed;
    return [{
      type,
      label: TYPE_LABELS[type][lang],
      channels: t.channels.length,
      full: t.full.length,
      partial: t.partial.length,
      none: t.none.length,
      criteria_total: t.criteriaTotal,
      criteria_failed: t.criteriaFailed,
      criteria_met: met,
      share_met: share(met, t.criteriaTotal),
      percent_met: t.criteriaTotal === 0 ? null : Math.round((met / t.criteriaTotal) * 1000) / 10,
    }];
  });
}

export const digitalKind = defineKind({
  id: 'digital',
  contextKey: 'digital',
  label: { pl: 'Rejestr dostępności cyfrowej', en: 'Digital accessibility register' },
  topic: { pl: 'Europejski akt o dostępności', en: 'European Accessibility Act' },
  hint: {
    pl: 'Jeden wiersz na kanał (serwis, aplikacja, sklep internetowy, infolinia…): standard, data audytu, kryteria i zgodność.',
    en: 'One row per channel (website, app, e-shop, hotline…): standard, audit date, criteria and conformance.',
  },
  sample: 'digital-accessibility.csv',
  columns: DIGITAL_COLUMNS,
  mappable: {
    channel_type: CHANNEL_TYPES.map((value) => ({ value, label: { pl: TYPE_LABELS[value].pl.toLowerCase(), en: TYPE_LABELS[value].en.toLowerCase() } })),
    conformance: [
      { value: 'full', label: { pl: 'pełna', en: 'full' } },
      { value: 'partial', label: { pl: 'częściowa', en: 'partial' } },
      { value: 'none', label: { pl: 'brak', en: 'none' } },
    ],
    statement: BOOLEAN_TARGETS,
  },
  splittable: false,
  spec: () => DIGITAL_SPEC,

  section(result, year, lang): DigitalSection {
    const t = result.tally;
    const a = t.all;
    const met = a.criteriaTotal - a.criteriaFailed;
    const years = t.channels.map((c) => c.auditYear);
    return {
      available: true,
      channels_total: a.channels.length,
      channels_full: a.full.length,
      channels_partial: a.partial.length,
      channels_none: a.none.length,
      criteria_total: a.criteriaTotal,
      criteria_failed: a.criteriaFailed,
      criteria_met: met,
      share_criteria_met: share(met, a.criteriaTotal),
      open_issues_critical: t.openCriticalSum,
      channels_with_statement: t.statementKnown ? t.withStatement.length : null,
      by_type: typeFigures(t, lang),
      audits_before_year: years.filter((y) => y < year).length,
      audits_after_year: years.filter((y) => y > year).length,
      oldest_audit_year: years.length === 0 ? null : Math.min(...years),
    };
  },

  sources(result) {
    const t = result.tally;
    const from = { file: result.file, sha256: result.sha256 };
    const all = t.all.channels.toArray();
    const out: Record<string, FigureSource> = {
      'digital.channels_total': { ...from, lines: all, rule: RULES.channels_total },
      'digital.channels_full': { ...from, lines: t.all.full.toArray(), rule: RULES.channels_full },
      'digital.channels_partial': { ...from, lines: t.all.partial.toArray(), rule: RULES.channels_partial },
      'digital.channels_none': { ...from, lines: t.all.none.toArray(), rule: RULES.channels_none },
      'digital.criteria_total': { ...from, lines: all, rule: RULES.criteria_total },
      'digital.criteria_failed': { ...from, lines: all, rule: RULES.criteria_failed },
      'digital.criteria_met': { ...from, lines: all, rule: RULES.criteria_met },
      'digital.share_criteria_met': { ...from, lines: all, rule: RULES.share_criteria_met },
      'digital.open_issues_critical': { ...from, lines: t.openCritical.toArray(), rule: RULES.open_issues_critical },
    };
    if (t.statementKnown) out['digital.channels_with_statement'] = { ...from, lines: t.withStatement.toArray(), rule: RULES.channels_with_statement };
    for (const [type, s] of t.byType) {
      const lines = s.channels.toArray();
      const base = `digital.types.${type}`;
      out[`${base}.channels`] = { ...from, lines, rule: `channel_type = ${type}` };
      out[`${base}.criteria_total`] = { ...from, lines, rule: `sum of criteria_total where channel_type = ${type}` };
      out[`${base}.criteria_failed`] = { ...from, lines, rule: `sum of criteria_failed where channel_type = ${type}` };
      out[`${base}.share_met`] = { ...from, lines, rule: `criteria met / criteria audited where channel_type = ${type}` };
    }
    return out;
  },

  /**
   * An audit dated outside the reporting year: the row counts, but its result does not describe
   * that year, and a reader should know (one warning per channel; the chapter says how many).
   */
  yearNotes(result, year) {
    const column = result.columns.findIndex((name) => columnKeyMatcher.match(name) === 'audit_date');
    return result.tally.channels
      .filter((c) => c.auditYear !== year)
      .map((c) =>
        makeProblem(
          c.auditYear < year ? 'digital.auditOld' : 'digital.auditLater',
          'warning',
          { file: result.file, line: c.line, column: column < 0 ? 'audit_date' : result.columns[column]!, columnNumber: column < 0 ? null : column + 1, key: 'audit_date' },
          { date: c.auditDate, year },
          { found: c.auditDate },
        ),
      );
  },

  figures(section) {
    const out: FigureOffer[] = [];
    for (const [key, label] of Object.entries(LABELS)) {
      const value = section[key as keyof typeof RULES];
      if (typeof value === 'number') out.push({ path: `digital.${key}`, label, value, style: key.startsWith('share_') ? 'share' : 'num', group: GROUP });
    }
    return out;
  },

  headline: (d, lang) =>
    lang === 'pl'
      ? `Kanały cyfrowe: ${d.channels_total}, w pełni zgodne: ${d.channels_full}, kryteria spełnione: ${d.criteria_met} z ${d.criteria_total}`
      : `Digital channels: ${d.channels_total}, fully conformant: ${d.channels_full}, criteria met: ${d.criteria_met} of ${d.criteria_total}`,

  json: (d) => ({
    metrics: {
      digital_channels_total: d?.channels_total ?? null,
      digital_channels_full: d?.channels_full ?? null,
      digital_channels_partial: d?.channels_partial ?? null,
      digital_channels_none: d?.channels_none ?? null,
      digital_criteria_total: d?.criteria_total ?? null,
      digital_criteria_failed: d?.criteria_failed ?? null,
      digital_open_issues_critical: d?.open_issues_critical ?? null,
      digital_channels_with_statement: d?.channels_with_statement ?? null,
    },
  }),
});
