/**
 * A company's Word template (.docx/.dotx): its styles, which replace ours in the document
 * (ooxml-edit.ts matches them by Word's built-in names).
 */
import { strFromU8, unzipSync } from 'fflate';
import { elementsWhere, firstNamed, parseXml } from './xml-dom.js';

export interface TemplateStyles {
  /** The template's styles.xml as text. */
  xml: string;
  /** The font its document defaults name, when they name one (not a theme font). */
  font?: string;
}

/** Reads the styles of a .docx/.dotx; throws a readable error when the file is not one. */
export function readTemplateStyles(template: Uint8Array): TemplateStyles {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(template, { filter: (f) => f.name === 'word/styles.xml' });
  } catch {
    throw new Error('the style template is not a Word file (.docx or .dotx)');
  }
  const styles = files['word/styles.xml'];
  if (styles === undefined) throw new Error('the style template has no styles (word/styles.xml is missing)');
  const xml = strFromU8(styles);
  const doc = parseXml(xml);
  if (firstNamed(doc, 'w:styles') === undefined) throw new Error('the style template\'s word/styles.xml has no <w:styles> element');
  const defaults = firstNamed(doc, 'w:rPrDefault');
  const font = defaults && elementsWhere(defaults, (e) => e.name === 'w:rFonts' && !!e.attribs['w:ascii'])[0]?.attribs['w:ascii'];
  return font === undefined ? { xml } : { xml, font };
}
