/**
 * Accessibility aggregates over the store register: counts and shares of stores per feature,
 * folded store by store into an `AccessTally` as the register is read.
 */
import type { AccessSection } from './section.js';
import type { StoreRecord } from './schema.js';
import { detach } from '../../text/detach.js';
import { LineList } from '../../common/line-list.js';
import type { Tally } from '../../common/tally.js';

const share = (n: number, total: number): number => (total === 0 ? 0 : n / total);

/** Store counts whose rows can be listed; each share takes the rows of its count. */
export type AccessFigure =
  | 'stores_total'
  | 'stores_sign_language'
  | 'stores_induction_loop'
  | 'stores_sign_language_or_loop'
  | 'stores_step_free'
  | 'stores_adapted_desk';

/** The rule of each count in words. */
export const ACCESS_RULES: Record<AccessFigure | 'cities', string> = {
  stores_total: 'every store row',
  stores_sign_language: 'sign_language = yes',
  stores_induction_loop: 'induction_loop = yes',
  stores_sign_language_or_loop: 'sign_language = yes OR induction_loop = yes',
  stores_step_free: 'step_free = yes',
  stores_adapted_desk: 'adapted_desk = yes',
  cities: 'distinct city (case ignored) over every store row',
};

/** The share each count is the numerator of. */
export const ACCESS_SHARES: Partial<Record<AccessFigure, keyof AccessSection>> = {
  stores_sign_language: 'share_sign_language',
  stores_induction_loop: 'share_induction_loop',
  stores_sign_language_or_loop: 'share_sign_language_or_loop',
  stores_step_free: 'share_step_free',
  stores_adapted_desk: 'share_adapted_desk',
};

export class AccessTally implements Tally<StoreRecord> {
  private readonly lists: Record<AccessFigure, LineList> = {
    stores_total: new LineList(),
    stores_sign_language: new LineList(),
    stores_induction_loop: new LineList(),
    stores_sign_language_or_loop: new LineList(),
    stores_step_free: new LineList(),
    stores_adapted_desk: new LineList(),
  };
  private readonly cities = new Set<string>();
  /** No adapted_desk value anywhere means the column was not provided: "unknown", not 0. */
  private deskKnown = false;

  add(s: StoreRecord): void {
    const l = this.lists;
    l.stores_total.push(s.line);
    if (s.signLanguage) l.stores_sign_language.push(s.line);
    if (s.inductionLoop) l.stores_induction_loop.push(s.line);
    if (s.signLanguage || s.inductionLoop) l.stores_sign_language_or_loop.push(s.line);
    if (s.stepFree) l.stores_step_free.push(s.line);
    if (s.adaptedDesk !== null) this.deskKnown = true;
    if (s.adaptedDesk === true) l.stores_adapted_desk.push(s.line);
    const city = s.city.toLocaleLowerCase('pl');
    if (!this.cities.has(city)) this.cities.add(detach(city));
  }

  metrics(): AccessSection {
    const n = (f: AccessFigure): number => this.lists[f].length;
    const total = n('stores_total');
    const desk = this.deskKnown ? n('stores_adapted_desk') : null;
    return {
      available: true,
      stores_total: total,
      stores_sign_language: n('stores_sign_language'),
      stores_induction_loop: n('stores_induction_loop'),
      stores_sign_language_or_loop: n('stores_sign_language_or_loop'),
      stores_step_free: n('stores_step_free'),
      stores_adapted_desk: desk,
      share_sign_language: share(n('stores_sign_language'), total),
      share_induction_loop: share(n('stores_induction_loop'), total),
      share_sign_language_or_loop: share(n('stores_sign_language_or_loop'), total),
      share_step_free: share(n('stores_step_free'), total),
      share_adapted_desk: desk === null ? null : share(desk, total),
      cities: this.cities.size,
    };
  }

  /** Lines of the rows counted into a figure, ascending (null: the figure is unknown). */
  lines(figure: AccessFigure): number[] | null {
    if (figure === 'stores_adapted_desk' && !this.deskKnown) return null;
    return this.lists[figure].toArray();
  }
}
