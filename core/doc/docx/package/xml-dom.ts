/**
 * XML parsed and written back with htmlparser2 (its XML mode and DomUtils), for the edits of
 * ooxml-edit.ts. Entities are kept as written, neither decoded nor re-encoded, so what no edit
 * touches is written back as docx wrote it; values read and set are therefore XML text (escape
 * them with escapeXml).
 */
import { DomUtils, parseDocument } from 'htmlparser2';

export type XmlDocument = ReturnType<typeof parseDocument>;
export type XmlNode = XmlDocument['children'][number];
export type XmlElement = ReturnType<typeof DomUtils.findAll>[number];
export type XmlText = Extract<XmlNode, { nodeType: 3 }>;

export const parseXml = (xml: string): XmlDocument => parseDocument(xml, { xmlMode: true, decodeEntities: false });

export const serialiseXml = (doc: XmlDocument): string =>
  DomUtils.getOuterHTML(doc, { xmlMode: true, decodeEntities: false, encodeEntities: false });

/** The elements under `root` that pass `test`, in document order. */
export const elementsWhere = (root: XmlDocument | XmlElement, test: (e: XmlElement) => boolean): XmlElement[] =>
  DomUtils.findAll(test, root.children);

/** The elements under `root` named `name`, in document order. */
export const elementsNamed = (root: XmlDocument | XmlElement, name: string): XmlElement[] => elementsWhere(root, (e) => e.name === name);

export const firstNamed = (root: XmlDocument | XmlElement, name: string): XmlElement | undefined =>
  DomUtils.findOne((e) => e.name === name, root.children) ?? undefined;

export const childElements = (parent: XmlElement): XmlElement[] => parent.children.filter((c) => DomUtils.isTag(c));

/** The nodes `xml` (a fragment, already escaped) parses to, for inserting: a copy of the list, which inserting empties. */
const fragment = (xml: string): XmlNode[] => [...parseXml(xml).children];

export function appendXml(parent: XmlElement, xml: string): void {
  for (const node of fragment(xml)) DomUtils.appendChild(parent, node);
}

export function prependXml(parent: XmlElement, xml: string): void {
  for (const node of fragment(xml).reverse()) DomUtils.prependChild(parent, node);
}

/** Inserts `xml` just before `sibling`. */
export function insertXmlBefore(sibling: XmlElement, xml: string): void {
  for (const node of fragment(xml)) DomUtils.prepend(sibling, node);
}

export function replaceChildrenXml(parent: XmlElement, xml: string): void {
  for (const child of [...parent.children]) DomUtils.removeElement(child);
  appendXml(parent, xml);
}

export const removeNode = (node: XmlNode): void => DomUtils.removeElement(node);

/** Moves `node` (from wherever it is, another document too) to the end of `parent`. */
export const appendNode = (parent: XmlElement, node: XmlNode): void => DomUtils.appendChild(parent, node);

/** Every node under `root`, elements and text, in document order. */
export const allNodes = (root: XmlDocument): XmlNode[] => DomUtils.filter(() => true, root.children, true) as XmlNode[];

export const isElement = (node: XmlNode): node is XmlElement => DomUtils.isTag(node);

/** A text node: its `data` is the raw (escaped) text. */
export const isText = (node: XmlNode): node is XmlText => DomUtils.isText(node);
