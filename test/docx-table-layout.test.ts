/** Column widths sized to the content, and the stacked form of tables too wide for the page. */
import { describe, expect, it } from 'vitest';
import { columnWidths } from '../core/doc/docx/table-layout.js';
import { houseStyle, largePrintStyle } from '../core/doc/house-style.js';
import type { CellAlign, TableBlock, TableCell } from '../core/doc/model.js';
import { tableDescription, tableTitle } from '../core/doc/table-summary.js';

const cell = (text: string, align: CellAlign = 'left'): TableCell => ({ runs: [{ kind: 'text', text }], align });
const A4 = 9242;
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

const contacts: TableBlock = {
  kind: 'table',
  caption: 'Kontakty z klientami',
  head: [[cell('Kanał'), cell('2019', 'right'), cell('2020', 'right'), cell('Zmiana', 'right')]],
  body: [
    [cell('Portal samoobsługowy www'), cell('1\u00a0136\u00a0937', 'right'), cell('1\u00a0666\u00a0047', 'right'), cell('+46,5%', 'right')],
    [cell('Czat'), cell('192\u00a0287', 'right'), cell('371\u00a0424', 'right'), cell('+93,2%', 'right')],
  ],
};

describe('columnWidths', () => {
  it('fills the text width, gives the spare room to the label column and keeps numbers compact', () => {
    const widths = columnWidths(contacts, A4, houseStyle)!;
    expect(sum(widths)).toBe(A4);
    expect(widths[0]).toBeGreaterThan(A4 / 2);
    expect(widths[1]).toBe(widths[2]);
    expect(widths[3]).toBeLessThan(widths[1]!);
  });

  it('narrows wrapping text before it narrows a number, and never below a header word', () => {
    const long = 'bardzo długi opis pozycji, który w wąskiej kolumnie musi się zawinąć w kilka wierszy tekstu '.repeat(3);
    const table: TableBlock = { ...contacts, body: [[cell(long), cell('1\u00a0136\u00a0937', 'right'), cell(long), cell('+46,5%', 'right')]] };
    const widths = columnWidths(table, A4, houseStyle)!;
    const alone = columnWidths({ ...contacts, body: [[cell('x'), cell('1\u00a0136\u00a0937', 'right'), cell('x'), cell('+46,5%', 'right')]] }, A4, houseStyle)!;
    expect(widths[1]).toBeGreaterThanOrEqual(Math.min(alone[1]!, 1400));
    expect(widths[0]).toBeCloseTo(widths[2]!, -2);
  });

  it('gives up (stack the table) when even the numbers and header words cannot fit at large print', () => {
    const wide: TableBlock = {
      kind: 'table',
      head: [['Standard GRI', 'Wskaźnik', 'Miejsce w rozdziale', 'Pominięcie: wymóg, powód, wyjaśnienie', 'Odpowiednik w edycji 2021', 'ESRS S4'].map((t) => cell(t))],
      body: [['GRI 103: Podejście do zarządzania 2016', '103-1 Istotność tematu', 'Relacje z klientami', '—', '3-3', 'ESRS 2 SBM-3 (S4)'].map((t) => cell(t))],
    };
    expect(columnWidths(wide, A4, houseStyle)).not.toBeNull();
    expect(columnWidths(wide, 9638, largePrintStyle('A4'))).toBeNull();
    // A wider template font needs more room for the same numbers.
    expect(columnWidths(contacts, A4, houseStyle, 1.25)![1]).toBeGreaterThan(columnWidths(contacts, A4, houseStyle)![1]!);
  });
});

describe('table title and description for screen readers', () => {
  it('take the caption, the column names and the row labels', () => {
    expect(tableTitle(contacts, 'pl')).toBe('Kontakty z klientami');
    expect(tableDescription(contacts, 'pl')).toBe('Kolumny (4): Kanał; 2019; 2020; Zmiana. Wiersze (2): Portal samoobsługowy www; Czat.');
    expect(tableTitle({ ...contacts, caption: undefined }, 'en')).toBe('Table: Kanał, 2019, 2020, Zmiana');
    const long: TableBlock = { ...contacts, body: Array.from({ length: 15 }, (_, i) => [cell(`r${i}`), cell('1', 'right'), cell('2', 'right'), cell('3', 'right')]) };
    expect(tableDescription(long, 'en')).toMatch(/^Columns \(4\): .* Rows \(15\): r0; r1; .*; r11; … \(15\)\.$/);
  });
});
