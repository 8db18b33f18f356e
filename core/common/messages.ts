/**
 * The wording of every import problem, in Polish and English, in one place so the CLI, the app
 * and the tests speak the same language. Each function returns the message and, where it makes
 * sense, what was expected.
 */
import type { Bilingual } from './lang.js';

const q = (s: string): Bilingual => ({ pl: `„${s}”`, en: `"${s}"` });
const list = (values: readonly string[]): string => values.join(', ');

const PL_PLURAL = new Intl.PluralRules('pl-PL');
const ROW_FORMS: Record<string, string> = { one: 'wiersz', few: 'wiersze', many: 'wierszy', other: 'wiersza' };
const rowsPl = (n: number): string => `${n} ${ROW_FORMS[PL_PLURAL.select(n)]}`;

export const messages = {
  notText: (what: Bilingual): Bilingual => ({
    pl: `To nie jest plik tekstowy CSV (${what.pl}). Zapisz dane w Excelu jako „CSV UTF-8” lub „CSV (rozdzielany średnikami)”.`,
    en: `This is not a CSV text file (${what.en}). Save the data from Excel as "CSV UTF-8" or "CSV (semicolon delimited)".`,
  }),
  empty: (): Bilingual => ({ pl: 'Plik jest pusty.', en: 'The file is empty.' }),
  noRows: (): Bilingual => ({
    pl: 'Plik ma tylko wiersz nagłówka, bez danych.',
    en: 'The file has a header row but no data rows.',
  }),
  quotes: (): Bilingual => ({
    pl: 'Cudzysłów otwarty w tym wierszu nie został zamknięty; reszta pliku jest częścią jednego pola.',
    en: 'A quote opened on this line is never closed; the rest of the file is read as one field.',
  }),
  missingColumn: (name: string, aliases: readonly string[]): Bilingual => ({
    pl: `Brak wymaganej kolumny ${q(name).pl} (akceptowane nazwy: ${list(aliases)}).`,
    en: `The required column ${q(name).en} is missing (accepted names: ${list(aliases)}).`,
  }),
  unknownColumn: (name: string): Bilingual => ({
    pl: `Nieznana kolumna ${q(name).pl} zostanie pominięta.`,
    en: `Unknown column ${q(name).en} is ignored.`,
  }),
  duplicateColumn: (canonical: string, firstName: string): Bilingual => ({
    pl: `Kolumna ${q(canonical).pl} występuje dwa razy (pierwsza: ${q(firstName).pl}).`,
    en: `Column ${q(canonical).en} appears twice (first as ${q(firstName).en}).`,
  }),
  emptyHeader: (position: number): Bilingual => ({
    pl: `Kolumna nr ${position} nie ma nazwy w nagłówku i zostanie pominięta.`,
    en: `Column ${position} has no name in the header and is ignored.`,
  }),
  ragged: (expected: number, found: number): Bilingual => ({
    pl: `Wiersz ma ${found} pól, a nagłówek ${expected}. Sprawdź separator i cudzysłowy.`,
    en: `The row has ${found} fields but the header has ${expected}. Check the delimiter and quotes.`,
  }),
  required: (): Bilingual => ({ pl: 'Brak wymaganej wartości.', en: 'A required value is empty.' }),
  badEnum: (found: string, suggestion: string | null): Bilingual => ({
    pl: `Nieznana wartość ${q(found).pl}.${suggestion ? ` Czy chodziło o ${q(suggestion).pl}?` : ''}`,
    en: `Unknown value ${q(found).en}.${suggestion ? ` Did you mean ${q(suggestion).en}?` : ''}`,
  }),
  badDate: (found: string, reason: 'format' | 'calendar'): Bilingual =>
    reason === 'format'
      ? { pl: `${q(found).pl} nie jest datą.`, en: `${q(found).en} is not a date.` }
      : { pl: `Data ${q(found).pl} nie istnieje w kalendarzu.`, en: `The date ${q(found).en} does not exist.` },
  badNumber: (found: string): Bilingual => ({
    pl: `${q(found).pl} nie jest liczbą.`,
    en: `${q(found).en} is not a number.`,
  }),
  badInteger: (found: string): Bilingual => ({
    pl: `${q(found).pl} nie jest liczbą całkowitą nieujemną.`,
    en: `${q(found).en} is not a whole number of 0 or more.`,
  }),
  badBoolean: (found: string): Bilingual => ({
    pl: `${q(found).pl} nie jest wartością tak/nie.`,
    en: `${q(found).en} is not a yes/no value.`,
  }),
  badPeriod: (found: string): Bilingual => ({
    pl: `${q(found).pl} nie jest okresem.`,
    en: `${q(found).en} is not a period.`,
  }),
  duplicateId: (id: string, firstLine: number): Bilingual => ({
    pl: `Identyfikator ${q(id).pl} powtarza się (pierwszy raz w wierszu ${firstLine}).`,
    en: `The id ${q(id).en} is used again (first on line ${firstLine}).`,
  }),
  unknownMetric: (key: string): Bilingual => ({
    pl: `Wskaźnik ${q(key).pl} nie jest w katalogu; zostanie ujęty jako wskaźnik własny.`,
    en: `Metric ${q(key).en} is not in the catalogue; it is kept as the company's own indicator.`,
  }),
  unknownCategory: (metric: string, category: string): Bilingual => ({
    pl: `Kategoria ${q(category).pl} nie jest znana dla wskaźnika ${q(metric).pl}; zostanie pokazana tak, jak zapisano.`,
    en: `Category ${q(category).en} is not known for metric ${q(metric).en}; it is shown as written.`,
  }),
  unitMismatch: (metric: string, unit: string, expected: string): Bilingual => ({
    pl: `Jednostka ${q(unit).pl} różni się od jednostki wskaźnika ${q(metric).pl} w katalogu (${q(expected).pl}).`,
    en: `Unit ${q(unit).en} differs from the catalogue unit of ${q(metric).en} (${q(expected).en}).`,
  }),
  personalData: (kinds: readonly string[]): Bilingual => ({
    pl: `Pole wygląda na zawierające dane osobowe (${kinds.join(', ')}). Nie trafi do raportu; rozważ usunięcie go z rejestru.`,
    en: `The field looks like it holds personal data (${kinds.join(', ')}). It never reaches the report; consider removing it from the register.`,
  }),
  otherYears: (count: number, years: readonly number[], year: number): Bilingual => ({
    pl: `${rowsPl(count)} z ${years.length === 1 ? `${years[0]} r.` : `lat ${list(years.map(String))}`} nie wchodzi do wskaźnika 418-1 za ${year} r.; ${count === 1 ? 'służy' : 'służą'} do porównania.`,
    en: `${count} ${count === 1 ? 'row' : 'rows'} from ${list(years.map(String))} ${count === 1 ? 'is' : 'are'} not part of 418-1 for ${year}; used for comparison.`,
  }),
};

/** What a value of each type looks like, for the "expected" part of a problem. */
export const expectations = {
  date: { pl: 'data RRRR-MM-DD lub DD.MM.RRRR', en: 'a date YYYY-MM-DD or DD.MM.YYYY' },
  number: { pl: 'liczba, np. 1 234,5', en: 'a number, e.g. 1234.5 or 1 234,5' },
  integer: { pl: 'liczba całkowita ≥ 0', en: 'a whole number ≥ 0' },
  boolean: { pl: 'tak/nie, t/n, yes/no, true/false, 1/0', en: 'yes/no, tak/nie, t/n, true/false, 1/0' },
  period: { pl: 'okres RRRR, RRRR-MM lub RRRR-Qn', en: 'a period YYYY, YYYY-MM or YYYY-Qn' },
  text: { pl: 'niepusta wartość', en: 'a non-empty value' },
  oneOf: (values: readonly string[]): Bilingual => ({
    pl: `jedna z wartości: ${list(values)}`,
    en: `one of: ${list(values)}`,
  }),
  fields: (n: number): Bilingual => ({ pl: `${n} pól`, en: `${n} fields` }),
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>;
