/**
 * Column widths that fit the content, the way a browser lays out an auto-width table: every column
 * gets at least its longest word (numbers and header words never break), the rest of the width
 * goes to the columns whose text wraps, in proportion to how much text they hold. Word and
 * LibreOffice then use the same grid, instead of docx's equal columns that squeeze the labels and
 * waste space on numbers.
 */
import type { HouseStyle } from '../house-style.js';
import { inlineText, type TableBlock } from '../model.js';
import { breakableWords, textWidthEm } from '../text-width.js';
import { twips } from './units.js';

interface Need {
  /** Width of the whole text on one line. */
  natural: number;
  /** Below this a number or a header word would break: kept whatever the table's width. */
  hard: number;
  /** Below this a body word breaks inside (ugly, but the cell still reads). */
  soft: number;
}

/**
 * Widths in twips, summing to `available`; null when even the numbers and header words cannot
 * fit (six columns at 16 pt on A4): such a table is better read stacked, one record at a time.
 */
export function columnWidths(table: TableBlock, available: number, style: HouseStyle, widthFactor = 1): number[] | null {
  const rows = [...table.head.map((r) => ({ r, head: true })), ...table.body.map((r) => ({ r, head: false }))];
  const count = rows[0]?.r.length ?? 0;
  if (count === 0) return [];
  const padding = 2 * twips(style.spacing.cellPaddingHorizontal);
  const fontTwips = twips(style.sizes.table);
  // Slack for the estimate's error and the cell border.
  const toTwips = (em: number): number => Math.ceil(em * widthFactor * fontTwips * 1.06) + padding + 40;

  const needs: Need[] = Array.from({ length: count }, () => ({ natural: 0, hard: 0, soft: 0 }));
  const wraps: boolean[] = Array.from({ length: count }, () => false);
  for (const { r, head } of rows) {
    r.forEach((cell, c) => {
      const bold = head || cell.header === true;
      const text = inlineText(cell.runs).replace(/\s*\n\s*/g, ' ');
      const measured = bold ? measureBold(text, head) : measure(text);
      const natural = toTwips(measured.natural);
      const word = toTwips(measured.word);
      const col = needs[c]!;
      // A header wraps at its spaces before the body gives up width: only its words count.
      col.natural = Math.max(col.natural, head && cell.align === 'left' ? word : natural);
      // Numbers (right-aligned or centred) never wrap; header words and body words may not break inside.
      const unbreakable = cell.align !== 'left' ? natural : word;
      if (head || cell.align !== 'left') col.hard = Math.max(col.hard, unbreakable);
      col.soft = Math.max(col.soft, unbreakable);
      if (!head && cell.align === 'left') wraps[c] = true;
    });
  }
  if (sum(needs.map((n) => Math.min(n.hard, n.natural))) > available) return null;
  return distribute(needs, wraps, available);
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Width in em of the whole text and of its widest piece that may not break (both as textWidthEm measures them). */
interface Measured {
  natural: number;
  word: number;
}

/** A header (bold) breaks only at spaces ("SHA-256" stays whole); other bold cells as body text. */
function measureBold(text: string, head: boolean): Measured {
  const words = head ? text.split(' ') : breakableWords(text);
  return { natural: textWidthEm(text, true), word: Math.max(0, ...words.map((w) => textWidthEm(w, true))) };
}

/** Body text breaks at spaces and after hyphens, en dashes, slashes and zero-width spaces (breakableWords). */
const BREAK_AFTER = new Set(['-', '\u2013', '/', '\u200b']);
const charEm = new Map<string, number>();

/**
 * `measureBold` for plain body text in one pass over its characters, each measured once: summed in
 * the same order as textWidthEm sums them, so the widths are exactly the same. Most of a table is
 * body cells, and measuring every word apart was the costliest part of laying a table out.
 */
function measure(text: string): Measured {
  let natural = 0;
  let piece = 0;
  let word = 0;
  for (const ch of text) {
    let em = charEm.get(ch);
    if (em === undefined) charEm.set(ch, (em = textWidthEm(ch)));
    natural += em;
    if (ch === ' ') {
      word = Math.max(word, piece);
      piece = 0;
      continue;
    }
    piece += em;
    if (BREAK_AFTER.has(ch)) {
      word = Math.max(word, piece);
      piece = 0;
    }
  }
  return { natural, word: Math.max(word, piece) };
}

function distribute(needs: readonly Need[], wraps: readonly boolean[], available: number): number[] {
  const natural = needs.map((n) => n.natural);
  const soft = needs.map((n) => Math.min(Math.max(n.soft, n.hard), n.natural));
  const hard = needs.map((n, i) => Math.min(n.hard, soft[i]!));
  let widths: number[];
  if (sum(natural) <= available) {
    // Room to spare: it goes to the text columns, so labels wrap less and numbers stay compact.
    const growable = natural.map((w, i) => (wraps[i] ? w : 0));
    const weights = sum(growable) > 0 ? growable : natural;
    widths = natural.map((w, i) => w + ((available - sum(natural)) * weights[i]!) / sum(weights));
  } else if (sum(soft) <= available) {
    widths = between(soft, natural, available);
  } else {
    widths = between(hard, soft, available);
  }
  const rounded = widths.map((w) => Math.floor(w));
  // Hand the rounding remainder to the widest column so the grid sums to the text width exactly.
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = rounded[widest]! + available - sum(rounded);
  return rounded;
}

/** Each column from `low` towards `high`, by the same fraction of its gap, to fill `available`. */
function between(low: readonly number[], high: readonly number[], available: number): number[] {
  const gap = sum(high) - sum(low);
  const share = gap > 0 ? (available - sum(low)) / gap : 0;
  return low.map((l, i) => l + (high[i]! - l) * share);
}
