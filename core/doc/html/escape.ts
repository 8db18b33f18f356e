/** Escaping for HTML text and attributes. */

/** Escapes markup characters only: U+00A0 and U+202F stay literal characters, never `&nbsp;`. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values; line feeds become `&#10;` so a multi-line value survives any re-serialisation. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
