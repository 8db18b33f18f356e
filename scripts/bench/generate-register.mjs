// Writes a large privacy register for the benchmark: 10 columns in the layout Polish Excel exports
// (';', CRLF, dates DD.MM.YYYY), some descriptions quoted because they hold a ';' or a line break.
// Deterministic (seeded PRNG), so two runs measure the same bytes. Also returns the 418-1 figures
// the register must give, counted here independently of the importer, so the bench can check them.
import { createWriteStream } from 'node:fs';
import iconv from 'iconv-lite';

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const HEADER = 'Nr sprawy;Data wpływu;Rodzaj;Źródło;Zasadna;Liczba osób;Data zdarzenia;Przyczyna;Opis;Dział';

const TYPES = [['skarga', 'complaint', 70], ['wyciek', 'leak', 15], ['kradzież', 'theft', 5], ['utrata', 'loss', 10]];
const SOURCES = [['klient', 'customer', 55], ['strona trzecia', 'third_party', 15], ['UODO', 'regulator', 10], ['wewnętrzne', 'internal', 20]];
const CAUSES = [
  'ujawnienie danych osobie nieuprawnionej', 'zagubienie dokumentów przez firmę kurierską', 'błędna wysyłka korespondencji',
  'przetwarzanie danych po wycofaniu zgody', 'kontakt marketingowy bez zgody', 'niewystarczająca weryfikacja tożsamości',
];
const DEPARTMENTS = ['Obsługa klienta', 'Sprzedaż', 'IT', 'Logistyka', 'Marketing'];
const WORDS = 'klient zgłosił że dane jego konta były widoczne dla innego użytkownika aplikacji sprawę wyjaśniono zabezpieczenia poprawiono abonenta poinformowano pisemnie'.split(' ');

const weighted = (table, r) => {
  let x = r * 100;
  for (const entry of table) if ((x -= entry[2]) < 0) return entry;
  return table[table.length - 1];
};
const dd = (n) => String(n).padStart(2, '0');

/**
 * Generates `rows` data rows and writes them as `encoding` ('utf-8' or 'windows-1250').
 * Resolves with the expected figures per year: { [year]: { a_i, a_ii, a, b } } and the row count.
 */
export function generateRegister(path, { rows, encoding, seed = 418 }) {
  const rnd = mulberry32(seed);
  const expected = {};
  const out = createWriteStream(path);
  const encode = encoding === 'utf-8' ? (s) => Buffer.from(s, 'utf8') : (s) => iconv.encode(s, 'windows-1250');
  let batch = [`${HEADER}\r\n`];
  let written = 0;
  return new Promise((resolve, reject) => {
    out.on('error', reject);
    const flush = () => {
      const ok = out.write(encode(batch.join('')));
      batch = [];
      return ok;
    };
    const step = () => {
      while (written < rows) {
        const i = ++written;
        const year = rnd() < 0.5 ? 2019 : 2020;
        const month = 1 + Math.floor(rnd() * 12);
        const day = 1 + Math.floor(rnd() * 28);
        const [typeText, type] = weighted(TYPES, rnd());
        const [sourceText, source] = weighted(SOURCES, rnd());
        const substantiated = rnd() < 0.6;
        const persons = type === 'complaint' ? '' : String(1 + Math.floor(rnd() * 50));
        const eventDate = rnd() < 0.7 ? `${dd(Math.max(1, day - 3))}.${dd(month)}.${year}` : '';
        const words = [];
        for (let w = 4 + Math.floor(rnd() * 6); w > 0; w--) words.push(WORDS[Math.floor(rnd() * WORDS.length)]);
        let description = words.join(' ');
        const q = rnd();
        // About 4% of descriptions are quoted: a ';' inside, and in 1% also a line break (LF, as Excel writes it).
        if (q < 0.01) description = `"${description};\nzob. ""notatka"" w aktach"`;
        else if (q < 0.04) description = `"${description}; sprawa zamknięta"`;
        const id = `PRV/${year}/${String(i).padStart(7, '0')}`;
        batch.push(
          `${id};${dd(day)}.${dd(month)}.${year};${typeText};${sourceText};${substantiated ? 'tak' : 'nie'};${persons};${eventDate};${CAUSES[Math.floor(rnd() * CAUSES.length)]};${description};${DEPARTMENTS[Math.floor(rnd() * DEPARTMENTS.length)]}\r\n`,
        );
        const y = (expected[year] ??= { a_i: 0, a_ii: 0, a: 0, b: 0 });
        if (type !== 'complaint') y.b++;
        else if (substantiated && (source === 'customer' || source === 'third_party')) {
          y.a_i++;
          y.a++;
        }
        else if (substantiated && source === 'regulator') {
          y.a_ii++;
          y.a++;
        }
        if (batch.length >= 4096 && !flush()) return void out.once('drain', step);
      }
      flush();
      out.end(() => resolve({ rows, expected }));
    };
    step();
  });
}
