/**
 * Where the sample chapter (data/sample, Polish, 2020) states its key figures: the sentence or
 * table row a reader finds each one in. The sources appendix at the end of the chapter repeats
 * every figure next to line numbers and SHA-256 prefixes, so tests look for a figure in its home,
 * in the text before that appendix, never for the bare digits in the whole document.
 */
import { flat } from './docx-text-blocks.js';

export type FigureHome = { figure: string; paragraph: string } | { figure: string; row: string[] };

export const SAMPLE_FIGURES: readonly FigureHome[] = [
  { figure: '+50%', paragraph: 'połączenia głosowe: +50%' },
  { figure: '+20%', paragraph: 'transmisja danych: +20%' },
  { figure: '2 679 047', row: ['Aplikacja mobilna', '1 647 233', '2 679 047', '+62,6%'] },
  { figure: '9 808 485', row: ['Razem', '8 283 187', '9 808 485', '+18,4%'] },
  { figure: '75,3%', paragraph: 'Odsetek spraw, które klienci załatwili sami – w aplikacji lub na portalu internetowym, bez udziału konsultanta: 75,3% (w 2019 r.: 62,8%).' },
  { figure: '2500', paragraph: 'zwiększyliśmy przepustowość sieci w ponad 2500 lokalizacjach;' },
  { figure: '32', paragraph: 'studenci i doktoranci korzystali z platform e-learningowych 32 uczelni bez naliczania transferu danych.' },
  { figure: '120', paragraph: 'W 120 salonach klienci mogą skorzystać z pomocy tłumacza PJM albo z pętli indukcyjnej.' },
  { figure: '120', row: ['Tłumacz PJM lub pętla indukcyjna', '120', '17,4%'] },
  { figure: '690', paragraph: 'Nasza sieć sprzedaży liczy 690 salonów w 80 miastach.' },
  { figure: '690', row: ['Wszystkie salony', '690', '100,0%'] },
];

/** The GRI 418-1 table of the sample: its header row and each row with the 2019 and 2020 figures. */
export const SAMPLE_418_1_ROWS: readonly string[][] = [
  ['Pozycja GRI 418-1', '2019', '2020'],
  ['a.i – skargi od klientów i innych podmiotów zewnętrznych, uznane przez nas za zasadne', '11', '14'],
  ['a.ii – skargi od organów regulacyjnych', '3', '2'],
  ['a – uzasadnione skargi łącznie', '14', '16'],
  ['b – zidentyfikowane wycieki, kradzieże i utraty danych klientów', '19', '23'],
];

/** The home as one line of text: a sentence, or a row's cells in reading order. */
export const homeText = (home: FigureHome): string => ('row' in home ? home.row.join(' ') : home.paragraph);

/** Where a home is in the DOCX, for messages: "row Razem" or the sentence. */
export const homeName = (home: FigureHome): string => ('row' in home ? `row "${home.row[0]}"` : `"${home.paragraph}"`);

/**
 * The text of a `pdftotext -layout` page run before the sources appendix (its heading is the last
 * line that reads "Źródła danych" alone; the table of contents names it first), flattened.
 */
export function pdfBeforeSources(layoutText: string): string {
  const lines = layoutText.split('\n');
  const at = lines.findLastIndex((line) => line.trim() === 'Źródła danych');
  if (at < 0) throw new Error('no "Źródła danych" heading in the PDF text');
  return flat(lines.slice(0, at).join('\n'));
}
