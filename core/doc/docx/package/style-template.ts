/**
 * A company's Word template: its `word/styles.xml` replaces ours. Our styles are matched to the
 * template's by their built-in names ("heading 1", "caption", "toc 1", …), which Word keeps in
 * English whatever the template's language, while the ids may be localised ("Nagwek1"). Every
 * reference in the document is rewritten to the template's id; our custom styles (lead, note, GRI
 * tags, table text) are kept only when the template has no style of that name.
 */
import { strFromU8, unzipSync } from 'fflate';
import { type Parts, readText, wordXmlParts, writeText } from './zip.js';

export interface TemplateStyles {
  /** The template's styles.xml as text. */
  xml: string;
  /** The font its document defaults name, when they name one (not a theme font). */
  font?: string;
}

interface StyleEntry {
  xml: string;
  id: string;
  key: string;
}

const STYLE = /<w:style\b[^>]*?(?:\/>|>[^]*?<\/w:style>)/g;

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
  if (!/<w:styles\b/.test(xml)) throw new Error('the style template\'s word/styles.xml has no <w:styles> element');
  const defaults = /<w:rPrDefault>[^]*?<\/w:rPrDefault>/.exec(xml)?.[0] ?? '';
  const font = /<w:rFonts\b[^>]*?\bw:ascii="([^"]+)"/.exec(defaults)?.[1];
  return font === undefined ? { xml } : { xml, font };
}

function entries(xml: string): StyleEntry[] {
  return [...xml.matchAll(STYLE)].map((m) => {
    const style = m[0];
    const id = /\bw:styleId="([^"]*)"/.exec(style)?.[1] ?? '';
    const type = /\bw:type="([^"]*)"/.exec(style)?.[1] ?? 'paragraph';
    const name = /<w:name\b[^>]*\bw:val="([^"]*)"/.exec(style)?.[1] ?? id;
    return { xml: style, id, key: `${type}:${name.toLowerCase()}` };
  });
}

export function applyStyleTemplate(parts: Parts, template: TemplateStyles, language: string): void {
  const ours = entries(readText(parts, 'word/styles.xml') ?? '');
  const theirs = entries(template.xml);
  const byKey = new Map(theirs.map((s) => [s.key, s.id]));
  const theirIds = new Set(theirs.map((s) => s.id));
  const rename = new Map<string, string>();
  const kept: StyleEntry[] = [];
  for (const style of ours) {
    const match = byKey.get(style.key);
    if (match !== undefined) rename.set(style.id, match);
    else {
      // A custom style whose id the template uses for something else keeps its name under a new id.
      if (theirIds.has(style.id)) rename.set(style.id, `Raport${style.id}`);
      kept.push(style);
    }
  }
  const remap = (xml: string): string =>
    xml.replace(
      /(<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link)\b[^>]*?\bw:val=")([^"]*)"/g,
      (m, head: string, id: string) => (rename.has(id) ? `${head}${rename.get(id)}"` : m),
    );
  const keptXml = kept
    .map((s) => remap(s.xml.replace(/\bw:styleId="([^"]*)"/, (m, id: string) => (rename.has(id) ? `w:styleId="${rename.get(id)}"` : m))))
    .map((xml) => xml.replace(/\sw:default="(?:1|true)"/, '')) // the template's defaults stay the defaults
    .join('');
  const styles = withLanguage(template.xml, language).replace(/<\/w:styles>\s*$/, `${keptXml}</w:styles>`);
  writeText(parts, 'word/styles.xml', styles);
  for (const path of wordXmlParts(parts)) {
    if (path === 'word/styles.xml') continue;
    const xml = readText(parts, path)!;
    const out = remap(xml);
    if (out !== xml) writeText(parts, path, out);
  }
}

/** Sets the proofing language in the document defaults, creating them where the template has none. */
function withLanguage(template: string, language: string): string {
  const lang = `<w:lang w:val="${language}"/>`;
  const xml = template
    .replace(/<w:rPrDefault\s*\/>/, '<w:rPrDefault><w:rPr></w:rPr></w:rPrDefault>')
    .replace(/<w:rPrDefault>\s*(?:<w:rPr\s*\/>)?\s*<\/w:rPrDefault>/, '<w:rPrDefault><w:rPr></w:rPr></w:rPrDefault>');
  if (/<w:rPrDefault>\s*<w:rPr>/.test(xml)) {
    return xml.replace(/(<w:rPrDefault>\s*<w:rPr>)([^]*?)(<\/w:rPr>)/, (_m, open: string, body: string, close: string) => {
      const rest = body.replace(/<w:lang\b[^>]*\/>/, '');
      // w:lang precedes the few East Asian and math elements that may close w:rPr.
      const tail = /<w:(?:eastAsianLayout|specVanish|oMath)\b/.exec(rest);
      return tail ? `${open}${rest.slice(0, tail.index)}${lang}${rest.slice(tail.index)}${close}` : `${open}${rest}${lang}${close}`;
    });
  }
  const defaults = `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`;
  if (/<w:docDefaults>/.test(xml)) return xml.replace('<w:docDefaults>', `<w:docDefaults>${defaults}`);
  return xml.replace(/(<w:styles\b[^>]*>)/, `$1<w:docDefaults>${defaults}</w:docDefaults>`);
}
