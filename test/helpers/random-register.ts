/**
 * A random privacy register for testing the streaming import against a slow reference: every
 * kind of row the importer must handle (quoted separators, quoted line breaks of both kinds,
 * escaped quotes, Polish letters, blank and ragged lines, bad values, duplicate ids), seeded so a
 * failure can be replayed.
 */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const REGISTER_HEADER = ['Nr sprawy', 'Data wpływu', 'Rodzaj', 'Źródło', 'Zasadna', 'Liczba osób', 'Data zdarzenia', 'Przyczyna', 'Opis'];

const TYPES = ['skarga', 'SKARGA', 'complaint', 'wyciek', 'leak', 'kradzież', 'Kradzież', 'theft', 'utrata', 'loss'];
const BAD_TYPES = ['skagra', 'reklamacja'];
const SOURCES = ['klient', 'customer', 'strona trzecia', 'third party', 'UODO', 'organ nadzorczy', 'regulator', 'wewnętrzne', 'internal'];
const BAD_SOURCES = ['nieznane'];
const BOOLEANS = ['tak', 'nie', 'yes', 'no', '1', '0', 'TAK'];
const CAUSES = ['ujawnienie danych', 'błędna wysyłka', 'zagubienie przez kuriera', 'kradzież przesyłki', ''];
const WORDS = ['zażółć', 'gęślą', 'jaźń', 'klient', 'sprawa', 'łódź', 'ćma', 'opis', 'UODO', '€uro', 'Straße'];

export interface RegisterOptions {
  rows: number;
  seed: number;
  lineEnding: '\r\n' | '\n';
  /** Ids repeated from earlier rows (default true). */
  duplicates?: boolean;
}

export function randomRegister({ rows, seed, lineEnding, duplicates = true }: RegisterOptions): string {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number): boolean => rnd() < p;
  const dd = (n: number): string => String(n).padStart(2, '0');
  const date = (): string => {
    const y = pick([2019, 2020, 2020, 2021]);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    if (chance(0.01)) return pick(['31.02.2020', '2020/01/01', 'wczoraj']);
    return chance(0.5) ? `${dd(d)}.${dd(m)}.${y}` : `${y}-${dd(m)}-${dd(d)}`;
  };
  const quoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;
  const description = (): string => {
    const words = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => pick(WORDS)).join(' ');
    const r = rnd();
    if (r < 0.05) return quoted(`${words};\n${pick(WORDS)}`);
    if (r < 0.08) return quoted(`${words}\r\n${pick(WORDS)}\r\n"${pick(WORDS)}"`);
    if (r < 0.15) return quoted(`${words}; "${pick(WORDS)}"`);
    return words;
  };
  const lines = [REGISTER_HEADER.join(';')];
  const ids: string[] = [];
  for (let i = 0; i < rows; i++) {
    if (chance(0.005)) {
      lines.push(chance(0.5) ? '' : ';;;;;;;;');
      continue;
    }
    const id = chance(0.003) && ids.length > 0 && duplicates ? pick(ids) : chance(0.003) ? '' : `R-${seed}-${i}`;
    ids.push(id);
    const fields = [
      id,
      chance(0.003) ? '' : date(),
      chance(0.01) ? pick(BAD_TYPES) : pick(TYPES),
      chance(0.01) ? pick(BAD_SOURCES) : pick(SOURCES),
      chance(0.01) ? 'może' : pick(BOOLEANS),
      chance(0.5) ? '' : chance(0.01) ? pick(['-2', 'dużo', '1,5']) : String(Math.floor(rnd() * 40)),
      chance(0.6) ? '' : date(),
      pick(CAUSES),
      description(),
    ];
    // One draw decides: a field short (0.4%), one too many (0.4%) or two too many (1%).
    const ragged = rnd();
    if (ragged < 0.004) fields.pop();
    else if (ragged < 0.008) fields.push('nadmiar');
    else if (ragged < 0.018) fields.push('', '');
    lines.push(fields.join(';'));
  }
  return lines.join(lineEnding) + (chance(0.5) ? lineEnding : '');
}

/** Cuts bytes into chunks of random sizes (1 to `max` bytes). */
export function randomChunks(bytes: Uint8Array, seed: number, max: number): Uint8Array[] {
  const rnd = mulberry32(seed);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(rnd() * (rnd() < 0.3 ? 8 : max));
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}
