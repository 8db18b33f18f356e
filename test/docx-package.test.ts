/**
 * How the DOCX package is made without changing what it holds: images are stored, the XML
 * deflated, and chart PNGs are drawn once per SVG.
 */
import { describe, expect, it } from 'vitest';
import { writeDocx, type Rasterize } from '../core/doc/to-docx.js';
import { MANIFEST, PROVENANCE } from './fixtures/provenance.js';
import { chapterDoc } from './helpers/chapter.js';

const doc = chapterDoc({ provenance: PROVENANCE, manifest: MANIFEST });
/** A 1×1 PNG for every chart, counting the calls. */
function countingRasterizer(): { rasterize: Rasterize; calls: () => number } {
  let calls = 0;
  const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  return { rasterize: async () => (calls++, png), calls: () => calls };
}

describe('the DOCX package', () => {
  it('stores the PNGs and deflates every other part', async () => {
    const { rasterize } = countingRasterizer();
    // Local header of each PNG: compression method 0 (stored).
    const bytes = Buffer.from(await writeDocx(doc, { rasterize }));
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
