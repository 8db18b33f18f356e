/** What the store register gives the report (templates read it as `access.*`). */
export interface AccessSection {
  available: true;
  stores_total: number;
  stores_sign_language: number;
  stores_induction_loop: number;
  stores_sign_language_or_loop: number;
  stores_step_free: number;
  /** Stores with an adapted desk; null when the register has no `adapted_desk` column. */
  stores_adapted_desk: number | null;
  /** Shares as fractions 0..1 of stores_total (0 when there are no stores). */
  share_sign_language: number;
  share_induction_loop: number;
  share_sign_language_or_loop: number;
  share_step_free: number;
  share_adapted_desk: number | null;
  /** Number of distinct cities with at least one store. */
  cities: number;
}
