/**
 * The data-protection officer's register of privacy complaints and data incidents: GRI 418-1.
 * Large registers (millions of rows) are read in two parts at once.
 */
import { makeProblem } from '../../common/problem.js';
import type { FigureSource } from '../../common/figure-source.js';
import type { Bilingual } from '../../common/lang.js';
import { BOOLEAN_TARGETS } from '../boolean-targets.js';
import { defineKind, type FigureOffer } from '../kind.js';
import { PRIVACY_COLUMNS, PRIVACY_SPEC } from './schema.js';
import type { PrivacySection, PrivacyYear } from './section.js';
import { privacyRules, type PrivacyFigure } from './tally.js';

/** Figure labels for the app's figure panel, in the order it lists them. */
const LABELS: Record<Exclude<keyof PrivacyYear, 'year' | 'by_cause'>, Bilingual> = {
  a_i: { pl: 'a.i – zasadne skargi klientów i stron trzecich', en: 'a.i – substantiated complaints from customers and third parties' },
  a_ii: { pl: 'a.ii – zasadne skargi organów regulacyjnych', en: 'a.ii – substantiated complaints from regulators' },
  a: { pl: 'a – zasadne skargi razem', en: 'a – substantiated complaints in total' },
  b: { pl: 'b – wycieki, kradzieże i utraty danych', en: 'b – leaks, thefts and losses of data' },
  leaks: { pl: 'Wycieki danych', en: 'Data leaks' },
  thefts: { pl: 'Kradzieże danych', en: 'Data thefts' },
  losses: { pl: 'Utraty danych', en: 'Data losses' },
  complaints_received: { pl: 'Skargi otrzymane (wszystkie)', en: 'Complaints received (all)' },
  complaints_unsubstantiated: { pl: 'Skargi niezasadne', en: 'Complaints not substantiated' },
  complaints_internal: { pl: 'Skargi wewnętrzne', en: 'Internal complaints' },
  records_affected: { pl: 'Osoby, których dotyczyły zdarzenia', en: 'Persons affected' },
  from_previous_periods: { pl: 'Zdarzenia z wcześniejszych lat', en: 'Events from earlier years' },
};
const GROUP: Bilingual = { pl: 'Prywatność (GRI 418-1)', en: 'Privacy (GRI 418-1)' };
const PREV_GROUP: Bilingual = { pl: 'Prywatność – rok poprzedni', en: 'Privacy – previous year' };

export const privacyKind = defineKind({
  id: 'privacy',
  contextKey: 'privacy',
  label: { pl: 'Rejestr skarg i incydentów', en: 'Privacy complaints and incidents register' },
  topic: { pl: 'GRI 418-1', en: 'GRI 418-1' },
  hint: {
    pl: 'Skargi dotyczące prywatności oraz wycieki, kradzieże i utraty danych klientów.',
    en: 'Privacy complaints, and leaks, thefts and losses of customer data.',
  },
  sample: 'privacy-register.csv',
  columns: PRIVACY_COLUMNS,
  mappable: {
    type: [
      { value: 'complaint', label: { pl: 'skarga', en: 'complaint' } },
      { value: 'leak', label: { pl: 'wyciek', en: 'leak' } },
      { value: 'theft', label: { pl: 'kradzież', en: 'theft' } },
      { value: 'loss', label: { pl: 'utrata', en: 'loss' } },
    ],
    source: [
      { value: 'customer', label: { pl: 'klient', en: 'customer' } },
      { value: 'third_party', label: { pl: 'strona trzecia', en: 'third party' } },
      { value: 'regulator', label: { pl: 'organ nadzorczy', en: 'regulator' } },
      { value: 'internal', label: { pl: 'wewnętrzne', en: 'internal' } },
    ],
    substantiated: BOOLEAN_TARGETS,
  },
  splittable: true,
  spec: () => PRIVACY_SPEC,

  section(result, year): PrivacySection {
    const tally = result.tally;
    const current = tally.year(year);
    return { available: true, ...current, prev: tally.has(year - 1) ? tally.year(year - 1) : null, none_substantiated: current.a === 0 };
  },

  sources(result, year) {
    const out: Record<string, FigureSource> = {};
    const from = { file: result.file, sha256: result.sha256 };
    const years: [string, number][] = [['privacy', year]];
    if (result.tally.has(year - 1)) years.push(['privacy.prev', year - 1]);
    for (const [prefix, y] of years) {
      for (const [figure, rule] of Object.entries(privacyRules(y)) as [PrivacyFigure | 'a', string][]) {
        out[`${prefix}.${figure}`] = { ...from, lines: result.tally.lines(y, figure), rule };
      }
    }
    return out;
  },

  /** Rows from other years are not part of the year's 418-1 (only the year decides, so this is not an import problem). */
  yearNotes(result, year) {
    const other = result.tally.outside(year);
    if (other.rows === 0 || result.stats.rowsUsed === 0) return [];
    return [makeProblem('privacy.otherYears', 'info', { file: result.file }, { rows: other.rows, years: other.years, year })];
  },

  figures(section) {
    const out: FigureOffer[] = [];
    const years: [string, PrivacyYear, Bilingual][] = [['privacy', section, GROUP]];
    if (section.prev) years.push(['privacy.prev', section.prev, PREV_GROUP]);
    for (const [base, data, group] of years) {
      for (const [key, label] of Object.entries(LABELS) as [keyof typeof LABELS, Bilingual][]) {
        out.push({ path: `${base}.${key}`, label, value: data[key], style: 'num', group });
      }
    }
    return out;
  },

  headline: (s) => `GRI 418-1 ${s.year}: a.i = ${s.a_i}, a.ii = ${s.a_ii}, a = ${s.a}, b = ${s.b}`,

  json: (section) => ({ indicators: { '418-1': section && { a_i: section.a_i, a_ii: section.a_ii, a: section.a, b: section.b } } }),
});
