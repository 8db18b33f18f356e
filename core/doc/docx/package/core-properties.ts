/**
 * docProps/core.xml: the created/modified dates docx stamps with the clock are set to the build's
 * generation time (so rebuilds are byte-identical), and the document language is added, which
 * docx has no option for.
 */
import { escapeXml } from '../../xml-escape.js';
import { type Parts, readText, writeText } from './zip.js';

const CORE = 'docProps/core.xml';

export function fixCoreProperties(parts: Parts, generatedAt: string, language: string): void {
  const xml = readText(parts, CORE);
  if (xml === undefined) throw new Error(`${CORE} is missing from the package`);
  // W3CDTF without milliseconds, as Word writes it.
  const when = generatedAt.replace(/\.\d+Z$/, 'Z');
  const out = xml
    .replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_m, open: string, _n: string, close: string) => `${open}${when}${close}`)
    .replace('</cp:coreProperties>', `<dc:language>${escapeXml(language)}</dc:language></cp:coreProperties>`);
  writeText(parts, CORE, out);
}
