/** Accessibility aggregates over the store register: counts and shares of stores per feature. */
import type { AccessSection } from '../report/context.js';
import type { StoreRecord } from '../inputs/accessibility-register.js';

const share = (n: number, total: number): number => (total === 0 ? 0 : n / total);

export function accessibilityMetrics(stores: readonly StoreRecord[]): AccessSection {
  const count = (pred: (s: StoreRecord) => boolean): number => stores.reduce((n, s) => n + (pred(s) ? 1 : 0), 0);
  const total = stores.length;
  const signLanguage = count((s) => s.signLanguage);
  const loop = count((s) => s.inductionLoop);
  const either = count((s) => s.signLanguage || s.inductionLoop);
  const stepFree = count((s) => s.stepFree);
  // No adapted_desk value anywhere means the column was not provided: say "unknown", not 0.
  const deskKnown = stores.some((s) => s.adaptedDesk !== null);
  const desk = deskKnown ? count((s) => s.adaptedDesk === true) : null;
  return {
    available: true,
    stores_total: total,
    stores_sign_language: signLanguage,
    stores_induction_loop: loop,
    stores_sign_language_or_loop: either,
    stores_step_free: stepFree,
    stores_adapted_desk: desk,
    share_sign_language: share(signLanguage, total),
    share_induction_loop: share(loop, total),
    share_sign_language_or_loop: share(either, total),
    share_step_free: share(stepFree, total),
    share_adapted_desk: desk === null ? null : share(desk, total),
    cities: new Set(stores.map((s) => s.city.toLocaleLowerCase('pl'))).size,
  };
}
