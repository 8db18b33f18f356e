/**
 * Finds content that could run code or reach the network in the chapter's two outputs: the HTML
 * file (parsed, element by element and attribute by attribute, as a browser would see it) and the
 * DOCX package (its relationships, content types, parts and field codes). Each returns what it
 * found, as readable strings, so a failing test names the offending tag, attribute or part.
 */
import { strFromU8, unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/** Elements that load, embed, submit or run something. The writers emit none of them. */
const ACTIVE_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal', 'form', 'input', 'button',
  'textarea', 'select', 'link', 'base', 'img', 'image', 'picture', 'source', 'video', 'audio', 'track', 'noscript',
  'template', 'use', 'foreignobject', 'animate', 'set', 'animatetransform', 'animatemotion', 'handler', 'listener',
]);

/** Attributes that hold a URL the browser follows, loads or submits to. */
const URL_ATTRIBUTES = new Set([
  'href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'codebase', 'cite',
  'longdesc', 'ping', 'manifest', 'icon', 'lowsrc', 'dynsrc', 'archive', 'classid', 'usemap',
]);

/** What a browser does to a URL before it reads the scheme: strips C0 controls and spaces around it, tabs and line breaks inside. */
export function browserUrl(value: string): string {
  // eslint-disable-next-line no-control-regex -- C0 controls are what a browser strips
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** A link target the report may carry: an in-document anchor, a web page or an e-mail address. */
export function isSafeLink(value: string): boolean {
  const url = browserUrl(value);
  return /^#[^\s]*$/.test(url) || /^(?:https?:\/\/[^/\s]|mailto:)/i.test(url);
}

const CSS_HAZARDS: [RegExp, string][] = [
  [/url\s*\(/i, 'url()'],
  [/@import/i, '@import'],
  [/expression\s*\(/i, 'expression()'],
  [/-moz-binding|behavior\s*:/i, 'a CSS binding'],
  [/javascript:/i, 'javascript:'],
];

function cssHazards(css: string): string[] {
  return CSS_HAZARDS.filter(([pattern]) => pattern.test(css)).map(([, what]) => what);
}

/** Active content in an HTML document: tags, event handlers, URL schemes, CSS that loads or runs. */
export function htmlActiveContent(html: string): string[] {
  const found: string[] = [];
  const doc = parseDocument(html);
  const elements = DomUtils.findAll(() => true, doc.children) as Element[];
  let styles = 0;
  for (const el of elements) {
    const tag = el.name.toLowerCase();
    if (ACTIVE_ELEMENTS.has(tag)) found.push(`<${tag}>`);
    if (tag === 'style') {
      styles++;
      const inHead = el.parent !== null && (el.parent as Element).name === 'head';
      if (!inHead || styles > 1) found.push('<style> outside the head');
      found.push(...cssHazards(DomUtils.textContent(el)).map((what) => `<style> with ${what}`));
    }
    if (tag === 'meta') {
      const equiv = (el.attribs['http-equiv'] ?? '').toLowerCase();
      if (equiv !== '' && equiv !== 'content-security-policy' && equiv !== 'x-dns-prefetch-control') found.push(`<meta http-equiv="${equiv}">`);
    }
    for (const [name, value] of Object.entries(el.attribs)) {
      const attr = name.toLowerCase();
      if (attr.startsWith('on')) found.push(`${attr}= on <${tag}>`);
      if (attr === 'style') found.push(...cssHazards(value).map((what) => `style="…${what}…" on <${tag}>`));
      if (attr === 'srcdoc') found.push(`srcdoc= on <${tag}>`);
      if (attr === 'http-equiv' || attr === 'content') continue;
      if (URL_ATTRIBUTES.has(attr)) {
        // Only <a href> may leave the document; anything else may only point inside it (`#id`).
        const ok = attr === 'href' && tag === 'a' ? isSafeLink(value) : /^#/.test(browserUrl(value));
        if (!ok) found.push(`${attr}="${value}" on <${tag}>`);
      }
    }
  }
  return found;
}

/** The document's visible text: the body's text, whitespace collapsed. */
export function htmlText(html: string): string {
  const doc = parseDocument(html);
  const body = DomUtils.findOne((el) => el.name === 'body', doc.children) ?? doc;
  return DomUtils.textContent(body).replace(/\s+/g, ' ');
}

const decodeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, decodeXml(m[2]!)]));
}

/** Relationship types that pull in content Word would fetch, run or render from outside the text. */
const ACTIVE_RELATIONSHIPS = /\/(?:aFChunk|oleObject|package|attachedTemplate|frame|subDocument|vbaProject|activeXControl|control)$/i;
/** Field codes that fetch, embed or link outside content (and DDE, which runs programs). */
const ACTIVE_FIELDS = /^\s*(?:INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT|DATABASE|EMBED|MACROBUTTON|AUTOTEXTLIST)\b/i;

/** Active content in a DOCX package. */
export function docxActiveContent(bytes: Uint8Array): string[] {
  const found: string[] = [];
  const entries = unzipSync(bytes);
  for (const name of Object.keys(entries)) {
    if (/\.(?:html?|mht|mhtml|xhtml|bin|js|vbs|exe|dll|ocx)$/i.test(name) || /(?:^|\/)(?:embeddings|activeX)\//i.test(name)) {
      found.push(`part ${name}`);
    }
  }
  const text = (name: string): string => strFromU8(entries[name] ?? new Uint8Array());
  const types = text('[Content_Types].xml');
  for (const m of types.matchAll(/ContentType="([^"]*)"/g)) {
    if (/html|rfc822|oleObject|activeX|macroEnabled|vbaProject/i.test(m[1]!)) found.push(`content type ${m[1]}`);
  }
  for (const name of Object.keys(entries).filter((n) => n.endsWith('.rels'))) {
    for (const m of text(name).matchAll(/<Relationship\b[^>]*>/g)) {
      const rel = attributes(m[0]);
      const type = rel.Type ?? '';
      const target = rel.Target ?? '';
      if (ACTIVE_RELATIONSHIPS.test(type)) found.push(`${name}: relationship ${type.split('/').pop()} → ${target}`);
      if (rel.TargetMode === 'External') {
        if (!/\/hyperlink$/.test(type)) found.push(`${name}: external ${type.split('/').pop()} → ${target}`);
        else if (!/^(?:https?:\/\/[^/\s]|mailto:)/i.test(browserUrl(target))) found.push(`${name}: hyperlink → ${target}`);
      }
    }
  }
  for (const name of Object.keys(entries).filter((n) => /^word\/.*\.xml$/.test(n))) {
    const xml = text(name);
    for (const tag of ['w:altChunk', 'w:object', 'o:OLEObject', 'w:control', 'w:subDoc', 'w:attachedTemplate', 'w:frameset']) {
      if (xml.includes(`<${tag}`)) found.push(`${name}: <${tag}>`);
    }
    for (const m of xml.matchAll(/<v:imagedata\b[^>]*>/g)) found.push(`${name}: VML image ${m[0]}`);
    const fields = [
      ...[...xml.matchAll(/<w:instrText\b[^>]*>([^<]*)<\/w:instrText>/g)].map((f) => decodeXml(f[1]!)),
      ...[...xml.matchAll(/<w:fldSimple\b[^>]*w:instr="([^"]*)"/g)].map((f) => decodeXml(f[1]!)),
    ];
    for (const field of fields) {
      if (ACTIVE_FIELDS.test(field)) found.push(`${name}: field ${field.trim()}`);
      const link = /^\s*HYPERLINK\s+"([^"]*)"/i.exec(field);
      if (link && !link[1]!.startsWith('#') && !/^(?:https?:\/\/[^/\s]|mailto:)/i.test(browserUrl(link[1]!))) found.push(`${name}: field ${field.trim()}`);
    }
  }
  return found;
}
