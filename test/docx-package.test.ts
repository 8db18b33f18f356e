/**
 * How the DOCX package is made fast without changing what it holds: the rewritten docx serialisation
 * gives docx's own XML, Node's zlib and fflate zip the same parts, images are stored, and chart PNGs
 * are drawn once per SVG.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zlibCompressor } from '../cli/zip-compressor.js';
import { fasterSerialisation } from '../core/doc/docx/serialise-faster.js';
import { writeDocx, type Rasterize } from '../core/doc/to-docx.js';
import { MANIFEST, PROVENANCE } from './fixtures/provenance.js';
import { styleTemplate } from './fixtures/style-template.js';
import { chapterDoc } from './helpers/chapter.js';

const doc = chapterDoc({ provenance: PROVENANCE, manifest: MANIFEST });
/** A 1×1 PNG for every chart, counting the calls. */
function countingRasterizer(): { rasterize: Rasterize; calls: () => number } {
  let calls = 0;
  const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  return { rasterize: async () => (calls++, png), calls: () => calls };
}

const unzipped = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, Buffer.from(data).toString('base64')]));

describe('the DOCX package', () => {
  it("has docx's own XML with the faster serialisation, in every edition", async () => {
    const { rasterize } = countingRasterizer();
    const editions = [
      { rasterize, comments: true },
      { rasterize, edition: 'large-print' as const, paper: 'A3' as const },
      { rasterize, styleTemplate: styleTemplate(), tocPageNumbers: true },
    ];
    for (const options of editions) {
      expect(fasterSerialisation(true)).toBe(2); // both rewrites apply to this docx
      const fast = await writeDocx(doc, options);
      expect(fasterSerialisation(false)).toBe(0);
      try {
        expect(Buffer.from(await writeDocx(doc, options)).equals(Buffer.from(fast))).toBe(true);
      } finally {
        fasterSerialisation(true);
      }
    }
  }, 60_000);

  it('holds the same parts whether zipped by zlib or by fflate, with the PNGs stored', async () => {
    const { rasterize } = countingRasterizer();
    const portable = await writeDocx(doc, { rasterize });
    const native = await writeDocx(doc, { rasterize, compressor: zlibCompressor });
    expect(unzipped(native)).toEqual(unzipped(portable));
    // Local header of each PNG: compression method 0 (stored).
    const bytes = Buffer.from(native);
    for (let at = bytes.indexOf('PK\x03\x04'); at !== -1; at = bytes.indexOf('PK\x03\x04', at + 4)) {
      const name = bytes.subarray(at + 30, at + 30 + bytes.readUInt16LE(at + 26)).toString();
      expect(bytes.readUInt16LE(at + 8), name).toBe(name.endsWith('.png') ? 0 : 8);
    }
  });

  it('draws each chart once per rasteriser, however many times the document is written', async () => {
    const { rasterize, calls } = countingRasterizer();
    const charts = doc.blocks.filter((b) => b.kind === 'chart').length;
    expect(charts).toBeGreaterThan(0);
    await writeDocx(doc, { rasterize });
    await writeDocx(doc, { rasterize, comments: true });
    expect(calls()).toBe(charts);
    // Large print redraws the charts at its type size: new SVGs, new PNGs.
    await writeDocx(doc, { rasterize, edition: 'large-print' });
    expect(calls()).toBe(2 * charts);
  });
});
