/** Polish: the wording of every problem and settings error. */
import type { NotTextKind } from '../problem.js';
import { list, localeTools, type MessageCatalogue } from './catalogue.js';

const { count, plural, or } = localeTools('pl-PL');
const q = (s: string): string => `„${s}”`;

const NOT_TEXT: Record<NotTextKind, string> = {
  zip: 'to plik ZIP, np. skoroszyt XLSX lub ODS',
  xls: 'to skoroszyt Excela w starym formacie XLS',
  pdf: 'to dokument PDF',
  nul: 'zawiera bajty zerowe',
};

const ROW_FORMS: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'wiersz', few: 'wiersze', many: 'wierszy', other: 'wiersza' };
const rows = (n: number): string => `${count(n)} ${ROW_FORMS[plural(n)] ?? 'wierszy'}`;

export const pl: MessageCatalogue = {
  locale: 'pl-PL',
  problems: {
    'file.notText': ({ what }) =>
      `To nie jest plik tekstowy CSV (${NOT_TEXT[what]}). Zapisz dane w Excelu jako „CSV UTF-8” lub „CSV (rozdzielany średnikami)”.`,
    'file.empty': () => 'Plik jest pusty.',
    'file.noRows': () => 'Plik ma tylko wiersz nagłówka, bez danych.',
    'file.tooLarge': () => 'Plik jest za duży, aby go wczytać.',
    'csv.quotes': () => 'Cudzysłów otwarty w tym wierszu nie został zamknięty; reszta pliku jest częścią jednego pola.',
    'header.missing': ({ column, accepted }) => `Brak wymaganej kolumny ${q(column)} (akceptowane nazwy: ${list(accepted)}).`,
    'header.unknown': ({ column }) => `Nieznana kolumna ${q(column)} zostanie pominięta.`,
    'header.duplicate': ({ column, first }) => `Kolumna ${q(column)} występuje dwa razy (pierwsza: ${q(first)}).`,
    'header.empty': ({ position }) => `Kolumna nr ${position} nie ma nazwy w nagłówku i zostanie pominięta.`,
    'row.ragged': ({ expected, found }) => `Wiersz ma ${count(found)} pól, a nagłówek ${count(expected)}. Sprawdź separator i cudzysłowy.`,
    'value.required': () => 'Brak wymaganej wartości.',
    'value.enum': ({ found, suggestion }) => `Nieznana wartość ${q(found)}.${suggestion ? ` Czy chodziło o ${q(suggestion)}?` : ''}`,
    'value.date': ({ found, reason }) => (reason === 'format' ? `${q(found)} nie jest datą.` : `Data ${q(found)} nie istnieje w kalendarzu.`),
    'value.number': ({ found }) => `${q(found)} nie jest liczbą.`,
    'value.integer': ({ found }) => `${q(found)} nie jest liczbą całkowitą nieujemną.`,
    'value.boolean': ({ found }) => `${q(found)} nie jest wartością tak/nie.`,
    'value.period': ({ found }) => `${q(found)} nie jest okresem.`,
    'value.range': ({ failed, total }) => `Niespełnionych kryteriów (${count(failed)}) jest więcej niż wszystkich kryteriów audytu (${count(total)}).`,
    'value.duplicateId': ({ id, firstLine }) => `Identyfikator ${q(id)} powtarza się (pierwszy raz w wierszu ${firstLine}).`,
    'metric.unknown': ({ metric }) => `Wskaźnik ${q(metric)} nie jest w katalogu; zostanie ujęty jako wskaźnik własny.`,
    'category.unknown': ({ metric, category }) =>
      `Kategoria ${q(category)} nie jest znana dla wskaźnika ${q(metric)}; zostanie pokazana tak, jak zapisano.`,
    'metric.unitMismatch': ({ metric, unit, expected }) =>
      `Jednostka ${q(unit)} różni się od jednostki wskaźnika ${q(metric)} w katalogu (${q(expected)}).`,
    'privacy.otherYears': ({ rows: n, years, year }) =>
      `${rows(n)} z ${years.length === 1 ? `${years[0]} r.` : `lat ${list(years)}`} nie wchodzi do wskaźnika 418-1 za ${year} r.; ${plural(n) === 'one' ? 'służy' : 'służą'} do porównania.`,
    'digital.auditOld': ({ date, year }) =>
      `Audyt z ${date} jest starszy niż rok sprawozdawczy ${year}; kanał jest liczony, ale jego wynik może nie opisywać stanu z ${year} r.`,
    'digital.auditLater': ({ date, year }) =>
      `Audyt z ${date} jest późniejszy niż rok sprawozdawczy ${year}; kanał jest liczony, ale jego wynik opisuje stan po ${year} r.`,
    'personal.data': ({ kinds }) =>
      `Pole wygląda na zawierające dane osobowe (${list(kinds)}). Nie trafi do raportu; rozważ usunięcie go z rejestru.`,
    'template.error': (p) =>
      p.variant === 'engine'
        ? p.detail
        : p.variant === 'html'
          ? `Szablon wygenerował niedozwolony HTML: ${p.detail}`
          : // The gap itself has always been worded in English here; a translation belongs in this line.
            `Kolejność nagłówków ma lukę: heading "${p.heading}" is level ${p.level} after level ${p.previous || 'none'}.`,
    'narrative.error': ({ detail }) => detail,
    'project.invalid': ({ detail }) => detail,
  },
  expected: {
    'file.notText': () => 'plik tekstowy CSV',
    'header.missing': ({ column }) => `kolumna ${column}`,
    'row.ragged': ({ expected }) => `${count(expected)} pól`,
    'value.required': () => 'niepusta wartość',
    'value.enum': ({ accepted }) => `jedna z wartości: ${list(accepted)}`,
    'value.date': () => 'data RRRR-MM-DD lub DD.MM.RRRR',
    'value.number': () => 'liczba, np. 1 234,5',
    'value.integer': () => 'liczba całkowita ≥ 0',
    'value.boolean': () => 'tak/nie, t/n, yes/no, true/false, 1/0',
    'value.period': () => 'okres RRRR, RRRR-MM lub RRRR-Qn',
  },
  where: {
    line: (line) => `wiersz ${line}`,
    column: (name) => `kolumna ${q(name)}`,
  },
  settings: {
    'settings.notObject': () => 'project.json musi być obiektem JSON.',
    'settings.organisation': () => 'Brak nazwy organizacji („organisation”).',
    'settings.year': () => '„year” musi być rokiem sprawozdawczym, np. 2020.',
    'settings.lang': ({ allowed }) => `„lang” musi mieć wartość ${or(allowed.map((l) => `"${l}"`))}.`,
    'settings.edition': ({ allowed }) => `„edition” musi mieć wartość ${or(allowed.map((e) => `"${e}"`))}.`,
    'settings.statementOfUse': () =>
      '„statementOfUse” musi mieć wartość "with-reference" (z odniesieniem do Standardów GRI) lub "in-accordance" (zgodnie ze Standardami GRI).',
    'settings.styleTemplate': () =>
      '„styleTemplate” musi być ścieżką pliku .docx lub .dotx względem folderu projektu, np. "szablon-firmowy.dotx".',
    'settings.omissions': () => '„omissions” musi być obiektem: { "418-1-b": { "reason": "information-unavailable", "explanation": "…" } }.',
    'settings.omissionUnknown': ({ id }) => `„omissions”: nieznany wymóg GRI "${id}" (np. "418-1-b", "3-3-f").`,
    'settings.omissionReason': ({ id, reasons }) => `„omissions” → "${id}": „reason” musi być jednym z: ${list(reasons)}.`,
    'settings.omissionExplanation': ({ id }) => `„omissions” → "${id}": brak wyjaśnienia („explanation”).`,
  },
};
