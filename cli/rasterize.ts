/**
 * SVG → PNG for the charts' fallback images in the DOCX, with resvg (native, Node only). Core gets
 * this function injected; the Electron app injects a canvas-based one instead.
 *
 * Fast because it is off the main thread and reads one font: resvg parses and draws in libuv's
 * thread pool (`renderAsync`), the PNG is deflated there too (png-encode.ts), and the font is the
 * one the SVG names (Calibri, or Carlito, its metric twin on Linux) read from its file rather than
 * every system font scanned for each chart. Text with characters outside that font's Latin range
 * falls back to the system fonts, as before.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Rasterize } from '../core/index.js';
import { encodePng } from './png-encode.js';

/** Where Calibri or Carlito (regular; the charts use no other weight) is installed, by platform. */
function fontCandidates(): string[] {
  if (process.platform === 'win32') return [join(process.env['WINDIR'] ?? 'C:\\Windows', 'Fonts', 'calibri.ttf')];
  const home = process.env['HOME'] ?? '';
  return [
    '/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf', // Debian, Ubuntu (fonts-crosextra-carlito)
    '/usr/share/fonts/google-crosextra-carlito/Carlito-Regular.ttf', // Fedora
    '/usr/share/fonts/TTF/Carlito-Regular.ttf', // Arch
    '/usr/share/fonts/carlito/Carlito-Regular.ttf',
    '/Library/Fonts/Calibri.ttf',
    '/Library/Fonts/Microsoft/Calibri.ttf',
    join(home, 'Library', 'Fonts', 'Calibri.ttf'),
  ];
}

let font: { file: string; family: string } | null | undefined;
function chartFont(): { file: string; family: string } | null {
  if (font === undefined) {
    const file = fontCandidates().find((path) => existsSync(path));
    font = file === undefined ? null : { file, family: /carlito/i.test(file) ? 'Carlito' : 'Calibri' };
  }
  return font;
}

/** Characters Calibri and Carlito both have: Latin-1, Latin Extended-A, typographic punctuation, €. */
const COVERED = /^[\t\n\r\x20-\x7e\u00a0-\u017f\u2010-\u2022\u2026\u202f\u2030\u2039\u203a\u20ac]*$/;

function fontOptions(svg: string): ResvgRenderOptions['font'] {
  const known = chartFont();
  if (known !== null && COVERED.test(svg)) return { loadSystemFonts: false, fontFiles: [known.file], defaultFontFamily: known.family, sansSerifFamily: known.family };
  // The SVG names Calibri first, then Carlito, then generic sans-serif.
  return { loadSystemFonts: true, sansSerifFamily: 'Carlito' };
}

export const rasterize: Rasterize = async (svg, widthPx) => {
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: Math.round(widthPx) }, background: '#ffffff', font: fontOptions(svg) });
  return encodePng(image.width, image.height, image.pixels);
};
