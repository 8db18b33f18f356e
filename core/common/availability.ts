/** What the report holds for an input that was not given or did not import cleanly: no figures at all, never zeros. */
export interface Unavailable {
  available: false;
}
