/**
 * The streaming import gives exactly what a slow, obviously correct count gives: the whole file
 * parsed at once by papaparse, then a plain loop applying the documented rules. Chunk boundaries
 * are random, so they fall inside multi-byte characters, inside quoted fields and between CR and LF.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bytesSource, importTableStream, type ByteSource, type ImportProgress } from '../core/import/import-stream.js';
import { PRIVACY_SPEC, type PrivacyImport } from '../core/kinds/privacy/schema.js';
import { utf8, utf8Bom, win1250 } from './helpers/encode.js';
import { randomChunks, randomRegister } from './helpers/random-register.js';
import { importPrivacyRegister } from './helpers/kind-imports.js';

const chunksSource = (chunks: readonly Uint8Array[]): ByteSource => ({
  size: chunks.reduce((n, c) => n + c.length, 0),
  async *open() {
    yield* chunks;
  },
});

async function stream(source: ByteSource, options = {}): Promise<PrivacyImport> {
  const out = await importTableStream(() => PRIVACY_SPEC, 'r.csv', source, { problemLimit: Infinity, ...options });
  if (out.status !== 'done') throw new Error('cancelled');
  return out.result;
}

// ---- the reference: whole-file papaparse, then the rules of docs/input-formats.md as a plain loop ----

const TYPE: Record<string, string> = { skarga: 'complaint', complaint: 'complaint', wyciek: 'leak', leak: 'leak', kradzież: 'theft', theft: 'theft', utrata: 'loss', loss: 'loss' };
const SOURCE: Record<string, string> = {
  klient: 'customer', customer: 'customer', 'strona trzecia': 'third_party', 'third party': 'third_party',
  uodo: 'regulator', 'organ nadzorczy': 'regulator', regulator: 'regulator', wewnętrzne: 'internal', internal: 'internal',
};
const BOOL: Record<string, boolean> = { tak: true, yes: true, '1': true, nie: false, no: false, '0': false };

function referenceDate(text: string): number | null {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = text.includes('.') ? [+m[3]!, +m[2]!, +m[1]!] : [+m[1]!, +m[2]!, +m[3]!];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? y : null;
}

interface Reference {
  rowsRead: number;
  rowsUsed: number;
  blankLines: number;
  errorLines: number[];
  errorCodes: Record<string, number>;
  figures: Record<number, { a_i: number; a_ii: number; b: number }>;
}

function reference(text: string): Reference {
  const lineBreak = text.includes('\n') ? '\n' : '\r';
  let cursor = 0;
  let line = 1;
  const rows: { line: number; fields: string[]; quoteError: boolean }[] = [];
  let blankLines = 0;
  Papa.parse<string[]>(text, {
    delimiter: ';',
    step: (r) => {
      const end = r.meta.cursor;
      const start = line;
      for (let i = cursor; i < end; i++) if (text[i] === lineBreak) line++;
      cursor = end;
      const blank = r.data.every((f) => f.trim() === '');
      if (blank && r.errors.length === 0) {
        if (!(end >= text.length && r.data.length === 1 && r.data[0] === '')) blankLines++;
        return;
      }
      rows.push({ line: start, fields: r.data, quoteError: r.errors.some((e) => e.type === 'Quotes') });
    },
  });
  const [header, ...data] = rows;
  const width = header!.fields.length;
  const seen = new Set<string>();
  const errorLines: number[] = [];
  const errorCodes: Record<string, number> = {};
  const figures: Reference['figures'] = {};
  let rowsUsed = 0;
  for (const row of data) {
    const codes: string[] = [];
    const f = row.fields.map((x) => x.trim());
    if (row.quoteError) codes.push('csv.quotes');
    else if (f.length < width || f.slice(width).some((x) => x !== '')) codes.push('row.ragged');
    else {
      const [id, date, type, source, substantiated, records, eventDate] = f as [string, string, string, string, string, string, string];
      const required = (v: string, ok: boolean, code: string) => codes.push(...(v === '' ? ['value.required'] : ok ? [] : [code]));
      required(id, true, '');
      const year = referenceDate(date);
      required(date, year !== null, 'value.date');
      required(type, TYPE[type.toLowerCase()] !== undefined, 'value.enum');
      required(source, SOURCE[source.toLowerCase()] !== undefined, 'value.enum');
      required(substantiated, BOOL[substantiated.toLowerCase()] !== undefined, 'value.boolean');
      if (records !== '' && !/^\d+$/.test(records)) codes.push('value.integer');
      if (eventDate !== '' && referenceDate(eventDate) === null) codes.push('value.date');
      if (id !== '') {
        if (seen.has(id)) codes.push('value.duplicateId');
        seen.add(id);
      }
      if (codes.length === 0) {
        rowsUsed++;
        const y = (figures[year!] ??= { a_i: 0, a_ii: 0, b: 0 });
        const t = TYPE[type.toLowerCase()];
        const s = SOURCE[source.toLowerCase()];
        const ok = BOOL[substantiated.toLowerCase()];
        if (t !== 'complaint') y.b++;
        else if (ok && (s === 'customer' || s === 'third_party')) y.a_i++;
        else if (ok && s === 'regulator') y.a_ii++;
      }
    }
    for (const c of codes) errorCodes[c] = (errorCodes[c] ?? 0) + 1;
    if (codes.length > 0) errorLines.push(row.line);
  }
  return { rowsRead: data.length, rowsUsed, blankLines, errorLines, errorCodes, figures };
}

function observed(r: PrivacyImport): Reference {
  const errors = r.problems.filter((p) => p.severity === 'error');
  const figures: Reference['figures'] = {};
  for (const year of [2019, 2020, 2021]) {
    if (!r.tally.has(year)) continue;
    const y = r.tally.year(year);
    figures[year] = { a_i: y.a_i, a_ii: y.a_ii, b: y.b };
  }
  const errorCodes: Record<string, number> = {};
  for (const p of errors) errorCodes[p.code] = (errorCodes[p.code] ?? 0) + 1;
  return {
    rowsRead: r.stats.rowsRead,
    rowsUsed: r.stats.rowsUsed,
    blankLines: r.stats.blankLines,
    errorLines: [...new Set(errors.map((p) => p.line!))],
    errorCodes,
    figures,
  };
}

const ENCODINGS = [
  { name: 'UTF-8', encode: utf8, encoding: 'utf-8' },
  { name: 'UTF-8 with BOM', encode: (t: string) => utf8Bom(t), encoding: 'utf-8-bom' },
  { name: 'Windows-1250', encode: win1250, encoding: 'windows-1250' },
] as const;

describe('streaming import = whole-file reference count (20,000 random rows)', () => {
  for (const [i, { name, encode, encoding }] of ENCODINGS.entries()) {
    for (const lineEnding of ['\r\n', '\n'] as const) {
      it(`${name}, ${JSON.stringify(lineEnding)} line endings, random chunk boundaries`, async () => {
        const text = randomRegister({ rows: 20_000, seed: 100 + i, lineEnding });
        const bytes = encode(text);
        const expected = reference(text);
        // The generator must produce what the test claims to cover.
        expect(expected.errorLines.length).toBeGreaterThan(500);
        expect(expected.blankLines).toBeGreaterThan(50);
        expect(Object.keys(expected.errorCodes).sort()).toEqual(
          ['row.ragged', 'value.boolean', 'value.date', 'value.duplicateId', 'value.enum', 'value.integer', 'value.required'],
        );
        for (const seed of [1, 2, 3]) {
          const chunks = randomChunks(bytes, seed * 7 + i, 4096);
          const r = await stream(chunksSource(chunks));
          expect(r.encoding).toBe(encoding);
          expect(r.reread).toBe(false);
          expect(observed(r)).toEqual(expected);
          expect(r.stats.rowsRead).toBe(r.stats.rowsUsed + r.stats.rowsRejected);
        }
      });
    }
  }

  it('cuts inside multi-byte characters, inside quoted fields and between CR and LF', () => {
    // The same register and cuts as the UTF-8, CRLF case above.
    const bytes = utf8(randomRegister({ rows: 20_000, seed: 100, lineEnding: '\r\n' }));
    const chunks = randomChunks(bytes, 7, 4096);
    let inChar = 0;
    let crlf = 0;
    let inQuotes = 0;
    let at = 0;
    let quotes = 0;
    for (const c of chunks.slice(0, -1)) {
      for (let k = at; k < at + c.length; k++) if (bytes[k] === 0x22) quotes++;
      at += c.length;
      if ((bytes[at]! & 0xc0) === 0x80) inChar++;
      if (bytes[at - 1] === 0x0d && bytes[at] === 0x0a) crlf++;
      if (quotes % 2 === 1) inQuotes++;
    }
    expect(Math.min(inChar, crlf, inQuotes)).toBeGreaterThan(5);
  });

  it('counts blank lines at the very end as a whole-file parse does, wherever the chunks end', async () => {
    for (const ending of ['', '\n', '\n\n', '\r\n\r\n', '\n;;;;\n', '\n\n\nX;2020-01-01;skarga;klient;tak\n\n']) {
      const text = `id;date;type;source;substantiated\nA;2020-01-01;skarga;klient;tak${ending}`;
      for (const size of [1, 3, 1000]) {
        const r = await stream(bytesSource(utf8(text), size));
        expect([ending, size, r.stats.blankLines, r.stats.rowsRead]).toEqual([ending, size, reference(text).blankLines, reference(text).rowsRead]);
      }
    }
  });

  it('gives the same result in one-byte chunks as in one chunk', async () => {
    const bytes = win1250(randomRegister({ rows: 300, seed: 11, lineEnding: '\r\n' }));
    const whole = importPrivacyRegister('r.csv', bytes);
    const bytewise = await stream(bytesSource(bytes, 1));
    expect(observed(bytewise)).toEqual(observed(whole));
    expect(bytewise.problems).toEqual(whole.problems);
    expect(bytewise.sha256).toBe(whole.sha256);
  });
});

describe('streaming import: encodings decided on the fly', () => {
  const header = 'id;date;type;source;substantiated\n';
  const row = (id: string, cause = '') => `${id};2020-01-0${(id.length % 9) + 1};skarga;klient;tak${cause}\n`;

  it('switches to Windows-1250 without rereading when only ASCII came before the first invalid byte', async () => {
    const ascii = header + Array.from({ length: 3000 }, (_, i) => row(`A${i}`)).join('');
    const bytes = win1250(`${ascii}Ł1;2020-01-01;kradzież;klient;tak\n`);
    let opened = 0;
    const source: ByteSource = { open: () => (opened++, bytesSource(bytes, 1000).open()) };
    const r = await stream(source);
    expect(opened).toBe(1);
    expect([r.encoding, r.reread, r.stats.rowsUsed]).toEqual(['windows-1250', false, 3001]);
    expect(r.tally.year(2020).b).toBe(1);
  });

  it('rereads from the start as Windows-1250 when invalid UTF-8 follows non-ASCII UTF-8 text', async () => {
    // Valid UTF-8 ("ż" as C5 BC) early, a lone Windows-1250 byte late: the whole file is Windows-1250.
    const early = utf8(`${header}Ż1;2020-01-01;skarga;klient;tak\n${Array.from({ length: 3000 }, (_, i) => row(`A${i}`)).join('')}`);
    const late = win1250('Ł2;2020-01-01;wyciek;klient;tak\n');
    const bytes = new Uint8Array([...early, ...late]);
    let opened = 0;
    const source: ByteSource = { open: () => (opened++, bytesSource(bytes, 1000).open()) };
    const r = await stream(source);
    const whole = importPrivacyRegister('r.csv', bytes);
    expect(opened).toBe(2);
    expect([r.encoding, r.reread]).toEqual(['windows-1250', true]);
    expect(whole.encoding).toBe('windows-1250');
    expect(observed(r)).toEqual(observed(whole));
    expect(r.sha256).toBe(whole.sha256);
  });

  it('stops at a NUL byte mid-file and names its line, like the whole-file check', async () => {
    const text = header + Array.from({ length: 5000 }, (_, i) => row(`A${i}`)).join('');
    const bytes = new Uint8Array([...utf8(text), ...utf8('X;\u0000')]);
    const r = await stream(bytesSource(bytes, 777));
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['file.notText', 5002]]);
    expect(importPrivacyRegister('r.csv', bytes).problems.map((p) => [p.code, p.line])).toEqual([['file.notText', 5002]]);
    expect([r.stats.rowsRead, r.sha256, r.tally.has(2020)]).toEqual([0, null, false]);
  });

  it('recognises a workbook and an empty file arriving in small chunks', async () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08]);
    expect((await stream(bytesSource(xlsx, 2))).problems.map((p) => p.code)).toEqual(['file.notText']);
    expect((await stream(bytesSource(new Uint8Array(), 2))).problems.map((p) => p.code)).toEqual(['file.empty']);
    expect((await stream(bytesSource(utf8Bom(''), 1))).problems.map((p) => p.code)).toEqual(['file.empty']);
  });
});

describe('streaming import: bounded problems, progress, cancellation', () => {
  it('keeps the first 1,000 problems and counts every one by code', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `R${i};${i % 2 ? '2020-02-30' : '2020-01-01'};skarga;${i % 5 ? 'klient' : 'kosmos'};tak`);
    const bytes = utf8(['id;date;type;source;substantiated', ...rows].join('\n'));
    const out = await importTableStream(() => PRIVACY_SPEC, 'bad.csv', bytesSource(bytes, 4096));
    if (out.status !== 'done') throw new Error('cancelled');
    const r = out.result;
    expect(r.problems).toHaveLength(1000);
    expect(r.problemCounts).toEqual({ 'value.date': 2500, 'value.enum': 1000 });
    expect(r.severityCounts.error).toBe(3500);
    expect(r.problemsTruncated).toBe(2500);
    // The kept ones are the first ones, in line order: row i (line i + 2) has a date and/or a source problem.
    const lines = rows.flatMap((_, i) => [...(i % 2 ? [i + 2] : []), ...(i % 5 ? [] : [i + 2])]);
    expect(r.problems.map((p) => p.line)).toEqual(lines.slice(0, 1000));
    expect(r.stats).toMatchObject({ rowsRead: 5000, rowsRejected: 3000, rowsUsed: 2000 });
  });

  it('reports bytes and rows as it goes, and a last report when done', async () => {
    const bytes = utf8(randomRegister({ rows: 5000, seed: 5, lineEnding: '\n' }));
    const reports: ImportProgress[] = [];
    await importTableStream(() => PRIVACY_SPEC, 'r.csv', bytesSource(bytes, 10_000), { onProgress: (p) => reports.push(p), progressEvery: 50_000 });
    expect(reports.length).toBeGreaterThan(5);
    for (let i = 1; i < reports.length; i++) {
      expect(reports[i]!.bytesRead).toBeGreaterThanOrEqual(reports[i - 1]!.bytesRead);
      expect(reports[i]!.rows).toBeGreaterThanOrEqual(reports[i - 1]!.rows);
    }
    expect(reports.at(-1)).toMatchObject({ bytesRead: bytes.length, totalBytes: bytes.length, done: true });
    expect(reports.filter((p) => p.done)).toHaveLength(1);
  });

  it('resolves to "cancelled" when aborted mid-file, and closes the source', async () => {
    const bytes = utf8(randomRegister({ rows: 5000, seed: 6, lineEnding: '\n' }));
    const controller = new AbortController();
    let closed = false;
    let pulled = 0;
    const source: ByteSource = {
      async *open() {
        try {
          for (let at = 0; at < bytes.length; at += 1000) {
            pulled++;
            if (pulled === 20) controller.abort();
            yield bytes.subarray(at, at + 1000);
          }
        } finally {
          closed = true;
        }
      },
    };
    const out = await importTableStream(() => PRIVACY_SPEC, 'r.csv', source, { signal: controller.signal });
    expect(out).toEqual({ status: 'cancelled' });
    expect(closed).toBe(true);
    expect(pulled).toBeLessThan(25);
  });

  it('reports an unclosed quote once, at its line, however much of the file it swallows', async () => {
    const text = `id;date;type;source;substantiated\nA;2020-01-01;skarga;klient;tak\nB;"2020-01-02;skarga;klient;tak\n${'C;2020-01-03;skarga;klient;tak\n'.repeat(20_000)}`;
    const r = await stream(bytesSource(utf8(text), 4096));
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['csv.quotes', 3]]);
    expect(r.stats).toMatchObject({ rowsRead: 2, rowsUsed: 1, rowsRejected: 1 });
  });
});
