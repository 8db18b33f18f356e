/**
 * The charts of a DOCX edition: each as SVG (redrawn at the edition's text size) with the PNG
 * fallback that LibreOffice and Word before 2016 show. PNGs are remembered per rasteriser, SVG and
 * width: rasterising is most of a warm export's time, and an unchanged chart gives the same PNG.
 * Needs nothing from docx, so a caller can start the PNGs before the DOCX writer has even loaded.
 */
import { renderBarChart } from '../charts/bar-chart.js';
import { houseStyle, type HouseStyle } from '../house-style.js';
import type { Block, ChartBlock } from '../model.js';
import type { DocxContext } from './context.js';
import type { Parts } from './package/zip.js';
import { textWidth } from './units.js';

/** SVG → PNG of the given pixel width. */
export type Rasterize = (svg: string, widthPx: number) => Promise<Uint8Array>;

/** Charts are rasterised at twice their size on the page, for print and zoom. */
const FALLBACK_SCALE = 2;
/** PNGs kept per rasteriser (≈ 50 kB each): a few editions' charts. */
const REMEMBERED = 32;

const remembered = new WeakMap<Rasterize, Map<string, Promise<Uint8Array>>>();

/** `rasterize(svg, widthPx)`, or the PNG it gave before for the same SVG and width. */
function rasterizeRemembered(rasterize: Rasterize, svg: string, widthPx: number): Promise<Uint8Array> {
  let pngs = remembered.get(rasterize);
  if (pngs === undefined) remembered.set(rasterize, (pngs = new Map()));
  const key = `${widthPx}\n${svg}`;
  const known = pngs.get(key);
  if (known !== undefined) {
    // Re-inserted: the map's order doubles as least-recently-used order.
    pngs.delete(key);
    pngs.set(key, known);
    return known;
  }
  const png = rasterize(svg, widthPx);
  pngs.set(key, png);
  // A failure is not remembered (the next export tries again), nor unhandled when nobody awaits it yet.
  png.catch(() => pngs.get(key) === png && pngs.delete(key));
  if (pngs.size > REMEMBERED) pngs.delete(pngs.keys().next().value!);
  return png;
}

interface Drawn {
  id: string;
  svg: string;
  width: number;
  height: number;
}

/** Each chart as this edition draws it (the house style's SVG is the one in the model) and its PNG width. */
function chartsOf(blocks: readonly Block[], style: HouseStyle): { drawn: Drawn[]; widthPx: number } {
  const drawn = blocks
    .filter((b): b is ChartBlock => b.kind === 'chart')
    .map((chart) =>
      style === houseStyle
        ? { id: chart.id, svg: chart.svg, width: chart.width, height: chart.height }
        : { id: chart.id, ...renderBarChart(chart.data, { id: chart.id, title: chart.title, description: chart.alt, style }) },
    );
  return { drawn, widthPx: Math.round((textWidth(style) / 1440) * 96) * FALLBACK_SCALE };
}

/** Starts drawing the PNGs `drawCharts` will want for this edition, without waiting for them. */
export function startChartFallbacks(blocks: readonly Block[], style: HouseStyle, rasterize: Rasterize): void {
  const { drawn, widthPx } = chartsOf(blocks, style);
  for (const d of drawn) void rasterizeRemembered(rasterize, d.svg, widthPx);
}

/** The charts of one edition, drawn while docx builds the document around them. */
export interface DrawnCharts {
  /** By chart id: the SVG and, as the PNG, a placeholder that `fillPngs` swaps for the real image. */
  charts: DocxContext['charts'];
  /** Waits for the PNGs and puts each where docx stored its placeholder among the package's parts. */
  fillPngs(parts: Parts): Promise<void>;
}

const PLACEHOLDER = 'raport:chart-png-pending:';

/**
 * The PNGs are not awaited here: docx only stores the fallback's bytes (and hashes them for a file
 * name), so the document is built around a small placeholder per chart and the rasteriser works
 * in parallel; the real PNG replaces its placeholder in the parts before they are zipped.
 */
export function drawCharts(blocks: readonly Block[], style: HouseStyle, rasterize: Rasterize | undefined): DrawnCharts {
  const { drawn, widthPx } = chartsOf(blocks, style);
  const charts = new Map<string, { svg: string; png: Uint8Array; width: number; height: number }>();
  if (drawn.length === 0) return { charts, fillPngs: async () => undefined };
  if (rasterize === undefined) throw new Error('writeDocx: the document has charts; pass options.rasterize to draw their PNG fallbacks');
  // All at once: a rasteriser that works off the main thread draws them side by side.
  const pngs = new Map(drawn.map((d) => [d.id, rasterizeRemembered(rasterize, d.svg, widthPx)]));
  for (const { id, ...d } of drawn) charts.set(id, { ...d, png: new TextEncoder().encode(`${PLACEHOLDER}${id}`) });
  return {
    charts,
    async fillPngs(parts) {
      let filled = 0;
      for (const [path, data] of parts) {
        if (!path.startsWith('word/media/') || typeof data === 'string' || data.byteLength > 1024) continue;
        const text = new TextDecoder().decode(data);
        if (!text.startsWith(PLACEHOLDER)) continue;
        const png = pngs.get(text.slice(PLACEHOLDER.length));
        if (png === undefined) throw new Error(`writeDocx: ${path} holds an unknown chart's placeholder`);
        parts.set(path, await png);
        filled++;
      }
      // Every chart has a part of its own: a placeholder left in the file would be a broken image.
      if (filled !== drawn.length) throw new Error(`writeDocx: ${filled} of ${drawn.length} chart PNGs found a place in the package`);
    },
  };
}
