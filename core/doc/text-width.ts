/**
 * Approximate text widths in Calibri (and the metric-compatible Carlito), the house font, without a
 * DOM or font files: core runs where neither exists. Used to lay out chart labels and to size table
 * columns; both leave slack, so a few per cent of error never clips text.
 */

/** Advance widths in em of the characters that dominate report text. */
const WIDTHS: Readonly<Record<string, number>> = {
  ' ': 0.226, '\u00a0': 0.226, '\u202f': 0.15,
  '0': 0.507, '1': 0.507, '2': 0.507, '3': 0.507, '4': 0.507, '5': 0.507, '6': 0.507, '7': 0.507, '8': 0.507, '9': 0.507,
  a: 0.479, b: 0.525, c: 0.423, d: 0.525, e: 0.498, f: 0.305, g: 0.471, h: 0.525, i: 0.229, j: 0.239, k: 0.455,
  l: 0.229, m: 0.799, n: 0.525, o: 0.527, p: 0.525, q: 0.525, r: 0.349, s: 0.391, t: 0.335, u: 0.525, v: 0.452,
  w: 0.715, x: 0.433, y: 0.453, z: 0.395,
  A: 0.579, B: 0.544, C: 0.533, D: 0.615, E: 0.488, F: 0.459, G: 0.631, H: 0.623, I: 0.252, J: 0.319, K: 0.52,
  L: 0.42, M: 0.855, N: 0.646, O: 0.662, P: 0.517, Q: 0.673, R: 0.543, S: 0.459, T: 0.487, U: 0.642, V: 0.567,
  W: 0.89, X: 0.519, Y: 0.487, Z: 0.468,
  '.': 0.252, ',': 0.25, ':': 0.268, ';': 0.268, '–': 0.5, '—': 1, '-': 0.306, '\u2212': 0.498, '+': 0.498,
  '(': 0.303, ')': 0.303, '%': 0.715, '/': 0.386, "'": 0.221, '"': 0.401, '’': 0.25, '„': 0.4, '”': 0.4,
  '…': 0.75, '&': 0.682, '#': 0.498, '*': 0.498, '\u200b': 0,
};

/** Letters the NFD decomposition does not reduce to a base letter. */
const BASE: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L' };

const DEFAULT_WIDTH = 0.55;
/** Bold Calibri runs about 5 % wider. */
const BOLD_FACTOR = 1.05;

function charWidth(ch: string): number {
  const known = WIDTHS[ch];
  if (known !== undefined) return known;
  const base = BASE[ch] ?? ch.normalize('NFD')[0] ?? ch;
  return WIDTHS[base] ?? DEFAULT_WIDTH;
}

/** Width of `text` in em (multiply by the font size for points or pixels). */
export function textWidthEm(text: string, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return bold ? em * BOLD_FACTOR : em;
}

/**
 * Breaks `text` into lines no wider than `maxEm` at spaces (never at no-break spaces, which
 * hold numbers and their units together). A word wider than the line gets a line of its own.
 */
export function wrapText(text: string, maxEm: number, bold = false): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidthEm(candidate, bold) > maxEm) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The pieces a line may break between: words at spaces, and after a hyphen, en dash, slash or
 * zero-width space inside a word (as Word and browsers break "accessibility-register.csv").
 */
export function breakableWords(text: string): string[] {
  return text.split(' ').flatMap((word) => word.split(/(?<=[-\u2013/\u200b])/)).filter((w) => w !== '');
}

/** Average advance width of common document fonts relative to Calibri's. */
const FONT_WIDTH: Readonly<Record<string, number>> = {
  calibri: 1,
  carlito: 1,
  'calibri light': 0.97,
  aptos: 1.08,
  arial: 1.12,
  helvetica: 1.12,
  'liberation sans': 1.12,
  'segoe ui': 1.1,
  tahoma: 1.12,
  verdana: 1.28,
  'times new roman': 0.98,
  'liberation serif': 0.98,
  cambria: 1.07,
  georgia: 1.18,
  garamond: 0.97,
};

/**
 * How much wider than Calibri a font sets text, for a company template's font. Unknown fonts get a
 * generous factor: a column a little too wide reads fine, a number wrapped inside does not.
 */
export function fontWidthFactor(font: string | undefined): number {
  return (font === undefined ? undefined : FONT_WIDTH[font.trim().toLowerCase()]) ?? 1.25;
}
