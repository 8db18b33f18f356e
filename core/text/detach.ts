/**
 * A copy of a string that does not keep the text it was cut from alive.
 *
 * Fields parsed from a chunk are slices of that chunk's text: V8 keeps a substring of 13 or more
 * characters as a pointer into its parent. One such slice stored in a long-lived map (an id in the
 * uniqueness index, a cause counted for 418-1, a problem's `found` text) would pin the whole chunk,
 * and a million of them the whole file. Concatenating and slicing forces a flat copy.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
