/**
 * The house style: the one place for fonts, sizes, colours and spacing.
 *
 * Both writers read these values (the HTML writer turns them into CSS, the DOCX writer into Word
 * styles), so the preview and the Word file look alike. Sizes and spacing are in points; colours
 * are six hex digits without `#` (the form Word wants; the HTML writer adds the `#`).
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
} as const;
