/**
 * SVG → PNG for the charts' fallback images in the DOCX, with resvg (native, Node only). Core gets
 * this function injected; the Electron app injects a canvas-based one instead.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Rasterize } from '../core/doc/to-docx.js';

export const rasterize: Rasterize = async (svg, widthPx) => {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(widthPx) },
    background: '#ffffff',
    // The SVG names Calibri first, then Carlito (its metric twin on Linux), then generic sans-serif.
    font: { loadSystemFonts: true, sansSerifFamily: 'Carlito' },
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
};
