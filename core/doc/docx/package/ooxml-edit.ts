/**
 * The one place the OOXML docx writes is edited. Everything docx offers as an option (properties,
 * styles and their language, numbering, notes, comments, theme) comes from docx; what is edited
 * here is what docx cannot write, each on parsed XML (xml-dom.ts), never on the text:
 *
 * - docProps/core.xml: the created and modified dates, which docx stamps with the clock, are set
 *   to the build's generation time, so rebuilds are byte-identical; and `dc:language`, which docx
 *   has no option for, is added.
 * - word/document.xml: each table's title and description for screen readers (`w:tblCaption`,
 *   `w:tblDescription`: Word's Table Properties → Alt Text), which docx has no option for.
 * - The Word parts: bookmark ids, `_Toc` bookmark names and drawing ids are renumbered in document
 *   order, and relationships docx names with random ids (hyperlinks) are renamed `rIdL<n>`. docx
 *   counts the first from counters shared by every document a process writes and draws the second
 *   at random, so without this the same document would not give the same bytes.
 * - A company template (optional): its styles.xml replaces ours. docx's `externalStyles` would add
 *   docx's own default styles ("Heading1", "Normal", …) next to the template's, two styles of one
 *   name; so ours are matched to the template's by built-in name, references rewritten to its ids,
 *   our custom styles it lacks kept, and the proofing language set in its document defaults.
 */
import { escapeXml } from '../../xml-escape.js';
import type { TemplateStyles } from './style-template.js';
import {
  allNodes,
  appendNode,
  appendXml,
  childElements,
  elementsNamed,
  elementsWhere,
  firstNamed,
  insertXmlBefore,
  isElement,
  isText,
  parseXml,
  prependXml,
  removeNode,
  replaceChildrenXml,
  serialiseXml,
  type XmlDocument,
  type XmlElement,
} from './xml-dom.js';
import { type Parts, readText, wordXmlParts } from './zip.js';

export interface TableAltText {
  title: string;
  description: string;
}

export interface PackageEdits {
  /** ISO 8601 time for the created/modified dates. */
  generatedAt: string;
  /** Word language tag, e.g. `pl-PL`. */
  language: string;
  /** Alt text of the tables, in the order they were written. */
  tables: readonly TableAltText[];
  template?: TemplateStyles;
}

/** Makes every edit above, in place. */
export function editPackage(parts: Parts, edits: PackageEdits): void {
  const xml = new XmlParts(parts);
  setCoreProperties(xml, edits.generatedAt, edits.language);
  addTableAltText(xml, edits.tables);
  if (edits.template) applyStyleTemplate(xml, edits.template, edits.language);
  stabilizeIds(xml);
  xml.writeBack();
}

/** Only the id renumbering, for a package another docx pass (patchDocument) has rewritten. */
export function stabilizePackageIds(parts: Parts): void {
  const xml = new XmlParts(parts);
  stabilizeIds(xml);
  xml.writeBack();
}

/** The parts, each parsed once when first asked for and written back only when an edit changed it. */
class XmlParts {
  private readonly texts = new Map<string, string>();
  private readonly docs = new Map<string, XmlDocument>();
  private readonly changed = new Set<string>();

  constructor(readonly parts: Parts) {}

  get(path: string): XmlDocument | undefined {
    let doc = this.docs.get(path);
    if (doc === undefined) {
      const text = this.text(path);
      if (text === undefined) return undefined;
      doc = parseXml(text);
      this.docs.set(path, doc);
    }
    return doc;
  }

  /**
   * Whether the part may hold one of `names`. A part whose text has none of them has nothing for
   * the edit looking for them, and is left unparsed: parsing every part would cost a build started
   * from cold as much as the edits themselves.
   */
  mayHold(path: string, names: readonly string[]): boolean {
    if (this.docs.has(path)) return true;
    const text = this.text(path) ?? '';
    return names.some((name) => text.includes(name));
  }

  private text(path: string): string | undefined {
    let text = this.texts.get(path);
    if (text === undefined) {
      text = readText(this.parts, path);
      if (text !== undefined) this.texts.set(path, text);
    }
    return text;
  }

  replace(path: string, doc: XmlDocument): void {
    this.docs.set(path, doc);
    this.changed.add(path);
  }

  /** Sets an attribute, noting the part as changed when the value is new. */
  set(path: string, element: XmlElement, name: string, value: string): void {
    if (element.attribs[name] === value) return;
    element.attribs[name] = value;
    this.changed.add(path);
  }

  touch(path: string): void {
    this.changed.add(path);
  }

  writeBack(): void {
    for (const path of this.changed) this.parts.set(path, serialiseXml(this.docs.get(path)!));
  }
}

const CORE = 'docProps/core.xml';

function setCoreProperties(xml: XmlParts, generatedAt: string, language: string): void {
  const doc = xml.get(CORE);
  const root = doc && firstNamed(doc, 'cp:coreProperties');
  if (root === undefined) throw new Error(`${CORE} is missing from the package`);
  // W3CDTF without milliseconds, as Word writes it.
  const when = escapeXml(generatedAt.replace(/\.\d+Z$/, 'Z'));
  for (const date of elementsWhere(root, (e) => e.name === 'dcterms:created' || e.name === 'dcterms:modified')) replaceChildrenXml(date, when);
  appendXml(root, `<dc:language>${escapeXml(language)}</dc:language>`);
  xml.touch(CORE);
}

/** They close `w:tblPr`, as the schema orders them. */
function addTableAltText(xml: XmlParts, tables: readonly TableAltText[]): void {
  const path = 'word/document.xml';
  const props = elementsNamed(xml.get(path)!, 'w:tbl').flatMap((table) => {
    const first = childElements(table)[0];
    return first?.name === 'w:tblPr' ? [first] : [];
  });
  if (props.length !== tables.length) throw new Error(`found ${props.length} of the ${tables.length} tables written`);
  props.forEach((tblPr, i) => {
    const { title, description } = tables[i]!;
    appendXml(tblPr, `<w:tblCaption w:val="${escapeXml(title)}"/><w:tblDescription w:val="${escapeXml(description)}"/>`);
  });
  if (props.length > 0) xml.touch(path);
}

class Renumber {
  private readonly map = new Map<string, string>();
  get(old: string): string {
    let n = this.map.get(old);
    if (n === undefined) {
      n = String(this.map.size + 1);
      this.map.set(old, n);
    }
    return n;
  }
}

const TOC_NAME = /^_Toc(\d+)$/;
const PAGEREF = /(PAGEREF _Toc)(\d+)/g;
/** What stabilizeIds renumbers: bookmark ids, `_Toc` names and the page references to them, drawing ids. */
const ID_HOLDERS = ['w:bookmark', '_Toc', 'wp:docPr'];

function stabilizeIds(xml: XmlParts): void {
  const bookmarkIds = new Renumber();
  const tocNames = new Renumber();
  const drawingIds = new Renumber();
  for (const path of wordXmlParts(xml.parts)) {
    if (!xml.mayHold(path, ID_HOLDERS)) continue;
    const nodes = allNodes(xml.get(path)!);
    const elements = nodes.filter(isElement);
    for (const e of elements) {
      const id = e.attribs['w:id'];
      if ((e.name === 'w:bookmarkStart' || e.name === 'w:bookmarkEnd') && id !== undefined && /^\d+$/.test(id)) xml.set(path, e, 'w:id', bookmarkIds.get(id));
      const docPr = e.attribs['id'];
      if (e.name === 'wp:docPr' && docPr !== undefined && /^\d+$/.test(docPr)) xml.set(path, e, 'id', drawingIds.get(docPr));
    }
    // Names first (bookmarks and the links to them), then the page references to those names.
    for (const e of elements) {
      for (const [name, value] of Object.entries(e.attribs)) {
        const n = TOC_NAME.exec(value)?.[1];
        if (n !== undefined) xml.set(path, e, name, `_Toc${tocNames.get(n)}`);
      }
    }
    const renumberRefs = (text: string): string => text.replace(PAGEREF, (_m, head: string, n: string) => `${head}${tocNames.get(n)}`);
    for (const node of nodes) {
      if (isText(node) && node.data.includes('PAGEREF')) {
        const data = renumberRefs(node.data);
        if (data !== node.data) {
          node.data = data;
          xml.touch(path);
        }
      } else if (isElement(node)) {
        for (const [name, value] of Object.entries(node.attribs)) if (value.includes('PAGEREF')) xml.set(path, node, name, renumberRefs(value));
      }
    }
  }
  for (const rels of [...xml.parts.keys()].filter((p) => p.endsWith('.rels')).sort()) renameRandomRelationships(xml, rels);
}

/** Relationship ids docx writes itself are `rId<n>`; others (hyperlinks) are random and get `rIdL<n>`. */
function renameRandomRelationships(xml: XmlParts, relsPath: string): void {
  const rels = xml.get(relsPath)!;
  const ids = elementsWhere(rels, (e) => !!e.attribs['Id']).map((e) => e.attribs['Id']!);
  const random = ids.filter((id) => !/^rId\d+$/.test(id));
  if (random.length === 0) return;
  const names = new Map(random.map((id, i) => [id, `rIdL${i + 1}`]));
  // word/_rels/document.xml.rels belongs to word/document.xml.
  const owner = relsPath.replace(/_rels\/([^/]+)\.rels$/, '$1');
  for (const path of [relsPath, owner]) {
    const doc = xml.get(path);
    if (doc === undefined) continue;
    for (const e of elementsWhere(doc, () => true)) {
      for (const [name, value] of Object.entries(e.attribs)) {
        const renamed = names.get(value);
        if (renamed !== undefined) xml.set(path, e, name, renamed);
      }
    }
  }
}

interface StyleEntry {
  element: XmlElement;
  id: string;
  /** Type and built-in name, lower case: what matches a style across languages. */
  key: string;
}

function styleEntries(doc: XmlDocument): StyleEntry[] {
  return elementsNamed(doc, 'w:style').map((element) => {
    const id = element.attribs['w:styleId'] ?? '';
    const name = elementsWhere(element, (e) => e.name === 'w:name' && e.attribs['w:val'] !== undefined)[0]?.attribs['w:val'] ?? id;
    return { element, id, key: `${element.attribs['w:type'] ?? 'paragraph'}:${name.toLowerCase()}` };
  });
}

const STYLE_REFERENCE_NAMES = ['w:pStyle', 'w:rStyle', 'w:tblStyle', 'w:basedOn', 'w:next', 'w:link'];
const STYLE_REFERENCES = new Set(STYLE_REFERENCE_NAMES);

/**
 * Our styles are matched to the template's by their built-in names ("heading 1", "caption",
 * "toc 1", …), which Word keeps in English whatever the template's language, while the ids may be
 * localised ("Nagwek1"). Every reference in the document is rewritten to the template's id; our
 * custom styles (lead, note, GRI tags, table text) are kept only when the template has no style of
 * that name.
 */
function applyStyleTemplate(xml: XmlParts, template: TemplateStyles, language: string): void {
  const STYLES = 'word/styles.xml';
  const theirsDoc = parseXml(template.xml);
  const theirs = styleEntries(theirsDoc);
  const byKey = new Map(theirs.map((s) => [s.key, s.id]));
  const theirIds = new Set(theirs.map((s) => s.id));
  const rename = new Map<string, string>();
  const kept: StyleEntry[] = [];
  const ours = xml.get(STYLES);
  for (const style of ours ? styleEntries(ours) : []) {
    const match = byKey.get(style.key);
    if (match !== undefined) rename.set(style.id, match);
    else {
      // A custom style whose id the template uses for something else keeps its name under a new id.
      if (theirIds.has(style.id)) rename.set(style.id, `Raport${style.id}`);
      kept.push(style);
    }
  }
  const remap = (path: string, root: XmlDocument | XmlElement): void => {
    for (const e of elementsWhere(root, (el) => STYLE_REFERENCES.has(el.name))) {
      const renamed = rename.get(e.attribs['w:val'] ?? '');
      if (renamed !== undefined) xml.set(path, e, 'w:val', renamed);
    }
  };
  setDocumentLanguage(theirsDoc, language);
  const root = firstNamed(theirsDoc, 'w:styles')!;
  for (const { element, id } of kept) {
    const renamed = rename.get(id);
    if (renamed !== undefined) element.attribs['w:styleId'] = renamed;
    remap(STYLES, element);
    // The template's defaults stay the defaults.
    if (element.attribs['w:default'] === '1' || element.attribs['w:default'] === 'true') delete element.attribs['w:default'];
    appendNode(root, element);
  }
  xml.replace(STYLES, theirsDoc);
  for (const path of wordXmlParts(xml.parts)) if (path !== STYLES && xml.mayHold(path, STYLE_REFERENCE_NAMES)) remap(path, xml.get(path)!);
}

/** Sets the proofing language in the template's document defaults, creating them where it has none. */
function setDocumentLanguage(doc: XmlDocument, language: string): void {
  const lang = `<w:lang w:val="${escapeXml(language)}"/>`;
  const rPrDefault = firstNamed(doc, 'w:rPrDefault');
  if (rPrDefault === undefined) {
    const defaults = `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`;
    const docDefaults = firstNamed(doc, 'w:docDefaults');
    if (docDefaults) prependXml(docDefaults, defaults);
    else prependXml(firstNamed(doc, 'w:styles')!, `<w:docDefaults>${defaults}</w:docDefaults>`);
    return;
  }
  const rPr = childElements(rPrDefault).find((e) => e.name === 'w:rPr');
  const props = rPr ? childElements(rPr) : [];
  if (rPr === undefined || props.length === 0) {
    replaceChildrenXml(rPrDefault, `<w:rPr>${lang}</w:rPr>`);
    return;
  }
  const old = props.find((e) => e.name === 'w:lang');
  if (old) removeNode(old);
  // w:lang precedes the few East Asian and math elements that may close w:rPr.
  const tail = props.find((e) => e.name === 'w:eastAsianLayout' || e.name === 'w:specVanish' || e.name === 'w:oMath');
  if (tail) insertXmlBefore(tail, lang);
  else appendXml(rPr, lang);
}
