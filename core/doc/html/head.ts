/**
 * The page head: title, language-independent metadata and the build manifest as `<meta>` tags, so
 * a published page says which inputs, templates and app version made it.
 */
import type { BuildManifest, DocumentMeta } from '../model.js';
import { escapeAttr, escapeText } from './escape.js';

export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function headTags(meta: DocumentMeta, manifest: BuildManifest | undefined): string[] {
  const tags = [
    '<meta charset="utf-8">',
    // The page needs nothing but its own inline styles: a mailed or published copy can run and fetch nothing.
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(meta.title)}</title>`,
    metaTag('description', meta.description ?? meta.subject),
    metaTag('keywords', meta.keywords.join(', ')),
    metaTag('author', meta.author),
  ];
  if (manifest) {
    tags.push(
      metaTag('generator', `Raport ${manifest.appVersion}`),
      metaTag('raport.generated-at', manifest.generatedAt),
      metaTag('raport.app-version', manifest.appVersion),
      metaTag('raport.template-version', manifest.templateVersion),
      ...manifest.inputs.map((i) => metaTag(`raport.input.${i.kind}`, `${i.name}; sha256=${i.sha256}`)),
    );
  }
  return tags;
}

function metaTag(name: string, content: string): string {
  return `<meta name="${escapeAttr(name)}" content="${escapeAttr(content)}">`;
}
