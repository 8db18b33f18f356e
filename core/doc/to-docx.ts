/**
 * Writes the document model as a DOCX for reviewers. Isomorphic: `Packer.pack(…, 'uint8array')`
 * never touches Node's Buffer, so the same code runs in Electron's renderer and a browser.
 */
import { Document, Packer, Paragraph } from 'docx';
import { blockChildren } from './docx/blocks.js';
import { Bookmarks } from './docx/inline.js';
import { numberingConfig } from './docx/numbering.js';
import { pageFooter, pageHeader, sectionProperties } from './docx/page.js';
import { docxStyles } from './docx/styles.js';
import type { DocumentModel } from './model.js';

export async function writeDocx(doc: DocumentModel): Promise<Uint8Array> {
  const { meta } = doc;
  const children = blockChildren(doc.blocks, new Bookmarks(doc.blocks));
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: meta.author,
    keywords: meta.keywords.join(', '),
    description: meta.description ?? meta.subject,
    styles: docxStyles(meta.lang),
    numbering: numberingConfig,
    sections: [
      {
        properties: sectionProperties,
        headers: { default: pageHeader(meta.header) },
        footers: { default: pageFooter(meta.lang) },
        // Word wants at least one paragraph in the body.
        children: children.length > 0 ? children : [new Paragraph({})],
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
