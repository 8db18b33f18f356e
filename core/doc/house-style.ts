/**
 * The house style: the one place for fonts, sizes, colours and spacing.
 *
 * Both writers read these values (the HTML writer turns them into CSS, the DOCX writer into Word
 * styles, the chart renderer into SVG), so the preview and the Word file look alike. Sizes and
 * spacing are in points; colours are six hex digits without `#` (the form Word wants; the HTML
 * writer adds the `#`). `largePrintStyle` derives the large-print edition from the same values.
 */

export const fonts = {
  /** The font Word uses for every style. */
  body: 'Calibri',
  /**
   * CSS stack for the HTML file: Carlito is metric-compatible with Calibri (Linux), so line
   * breaks stay close to the Word file where Calibri is missing.
   */
  bodyHtmlStack: "Calibri, Carlito, 'Liberation Sans', Arial, sans-serif",
} as const;

export const colors = {
  text: '1F2933',
  /** Notes, captions, the page header and footer. */
  muted: '5A6570',
  heading1: '0B4F6C',
  heading2: '0B4F6C',
  heading3: '1D6F8C',
  /** GRI tag line, lead paragraph rule, figure highlight in the preview. */
  accent: '00806B',
  link: '0B5CAD',
  tableHeaderFill: 'E4EEF2',
  tableHeaderText: '12323F',
  tableBorder: '9FB3BF',
  /** Zebra stripe of body rows (HTML only: Word readers print the file, stripes add noise there). */
  tableStripe: 'F5F8FA',
  /** Background of a figure's source tooltip in the HTML. */
  tooltipFill: '12323F',
  tooltipText: 'FFFFFF',
  /**
   * Chart series, earlier years lighter. Every colour has at least 3:1 contrast with white
   * (WCAG 1.4.11), and each bar carries its value, so colour is never the only cue.
   */
  chartSeries: ['6B8A99', '0B4F6C', '00806B', '9B4D00'],
  /** Axis line of charts. */
  chartAxis: '5A6570',
} as const;

/** Font sizes in points. */
export const sizes = {
  body: 11,
  lead: 12.5,
  note: 9,
  gri: 9,
  h1: 20,
  h2: 15,
  h3: 12.5,
  table: 10,
  caption: 10,
  headerFooter: 9,
  footnote: 8.5,
  /** Text in charts, in CSS pixels of the SVG (13 px ≈ 10 pt at the width the chart is placed). */
  chartPx: 13,
} as const;

/** Vertical spacing in points and line height as a multiple of the font size. */
export const spacing = {
  /** CSS line-height. */
  lineHeight: 1.3,
  /**
   * The same leading in Word, which multiplies the font's own line height (about 1.22 em for
   * Calibri) rather than the font size.
   */
  lineHeightWord: 1.07,
  paragraphAfter: 6,
  headingBefore: { 1: 0, 2: 18, 3: 12 },
  headingAfter: { 1: 10, 2: 6, 3: 4 },
  captionBefore: 10,
  captionAfter: 4,
  listItemAfter: 2,
  /** Inner padding of table cells (top/bottom, left/right). */
  cellPaddingVertical: 3,
  cellPaddingHorizontal: 5,
  /** Indent of list items from the left margin, and the hanging indent of their bullet or number. */
  listIndent: 18,
  listHanging: 12,
} as const;

/** Table borders: width in points (Word rounds to eighths of a point). */
export const borders = {
  table: { width: 0.5, color: colors.tableBorder },
  /** The thicker rule under the table head. */
  headRule: { width: 1, color: colors.heading2 },
} as const;

/** Page layout of the DOCX (A4) in centimetres, and the reading column of the HTML file. */
export const page = {
  widthCm: 21,
  heightCm: 29.7,
  marginTopCm: 2.5,
  marginBottomCm: 2.5,
  marginLeftCm: 2.5,
  marginRightCm: 2.2,
  headerCm: 1.25,
  footerCm: 1.25,
  /** Max width of the HTML text column: about 75 characters per line. */
  htmlMaxWidth: '46rem',
  /** Width of a chart's SVG in CSS pixels; placed at the text width in Word. */
  chartWidthPx: 600,
} as const;

/** The shape of a style group with its literal values widened, so a variant can hold other values. */
type Widen<T> = {
  readonly [K in keyof T]: T[K] extends number
    ? number
    : T[K] extends string
      ? string
      : T[K] extends readonly string[]
        ? readonly string[]
        : Widen<T[K]>;
};

/** Everything a writer needs to lay a document out; the standard edition or the large-print one. */
export interface HouseStyle {
  fonts: Widen<typeof fonts>;
  colors: Widen<typeof colors>;
  sizes: Widen<typeof sizes>;
  spacing: Widen<typeof spacing>;
  borders: Widen<typeof borders>;
  page: Widen<typeof page>;
}

export const houseStyle: HouseStyle = { fonts, colors, sizes, spacing, borders, page };

export type Paper = 'A4' | 'A3';

const PAPER_CM: Readonly<Record<Paper, { widthCm: number; heightCm: number }>> = {
  A4: { widthCm: 21, heightCm: 29.7 },
  A3: { widthCm: 29.7, heightCm: 42 },
};

/**
 * The large-print edition: body text at 16 pt (RNIB's and the EBU's minimum for large print), all
 * other text scaled with it and never below 16 pt, one column, generous spacing. A3 keeps the
 * tables' columns wide enough for 16 pt figures.
 */
export function largePrintStyle(paper: Paper): HouseStyle {
  const min = 16;
  const scale = min / sizes.body;
  const at = (pt: number): number => Math.max(min, Math.round(pt * scale * 2) / 2);
  const margin = paper === 'A3' ? 2.5 : 2;
  return {
    fonts,
    colors,
    sizes: {
      body: min,
      lead: at(sizes.lead),
      note: min,
      gri: min,
      h1: at(sizes.h1),
      h2: at(sizes.h2),
      h3: at(sizes.h3),
      table: min,
      caption: min,
      headerFooter: min,
      footnote: min,
      chartPx: Math.round((min / sizes.body) * sizes.chartPx * (paper === 'A3' ? 1 : 1.1)),
    },
    spacing: {
      ...spacing,
      lineHeight: 1.4,
      lineHeightWord: 1.15,
      paragraphAfter: 10,
      headingBefore: { 1: 0, 2: 24, 3: 18 },
      headingAfter: { 1: 14, 2: 10, 3: 8 },
      captionBefore: 14,
      captionAfter: 6,
      listItemAfter: 4,
      cellPaddingVertical: 4,
      cellPaddingHorizontal: 6,
      listIndent: 28,
      listHanging: 20,
    },
    borders,
    page: {
      ...page,
      ...PAPER_CM[paper],
      marginTopCm: margin,
      marginBottomCm: margin,
      marginLeftCm: margin,
      marginRightCm: margin,
    },
  };
}
