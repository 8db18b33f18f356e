/**
 * The data-protection officer's register: one row per privacy complaint or data incident.
 * Columns and Polish aliases are a contract (docs/input-formats.md). The free-text
 * `description` may hold personal data: it is accepted as a column but never read into a record.
 */
import { memoize } from '../../csv/memo.js';
import { KeyMatcher } from '../../csv/normalize.js';
import type { ColumnSpec, RowCells } from '../../csv/table.js';
import { findPersonalData, mayHoldPersonalData } from '../../personal-data/detectors.js';
import { PrivacyTally } from './tally.js';
import type { ImportResult, TableSpec } from '../../import/import-table.js';

export type PrivacyType = 'complaint' | 'leak' | 'theft' | 'loss';
export type PrivacySource = 'customer' | 'third_party' | 'regulator' | 'internal';

export interface PrivacyRecord {
  line: number;
  id: string;
  /** Date received, ISO `YYYY-MM-DD`; its year decides the reporting year. */
  date: string;
  year: number;
  type: PrivacyType;
  source: PrivacySource;
  substantiated: boolean;
  recordsAffected: number | null;
  eventDate: string | null;
  eventYear: number | null;
  cause: string;
}

type Col = 'id' | 'date' | 'type' | 'source' | 'substantiated' | 'records_affected' | 'event_date' | 'cause' | 'description';

export const PRIVACY_COLUMNS: readonly ColumnSpec<Col>[] = [
  { key: 'id', aliases: ['nr', 'numer', 'lp', 'id_sprawy', 'nr_sprawy'], required: true },
  { key: 'date', aliases: ['data', 'data_zgloszenia', 'data_wplywu', 'received_date'], required: true },
  { key: 'type', aliases: ['rodzaj', 'typ'], required: true },
  { key: 'source', aliases: ['źródło'], required: true },
  { key: 'substantiated', aliases: ['zasadne', 'zasadna', 'uzasadniona'], required: true },
  { key: 'records_affected', aliases: ['liczba_rekordow', 'liczba_osob', 'persons_affected'], required: false },
  { key: 'event_date', aliases: ['data_zdarzenia'], required: false },
  { key: 'cause', aliases: ['przyczyna', 'kategoria'], required: false },
  { key: 'description', aliases: ['opis'], required: false },
];

const TYPES = new KeyMatcher<PrivacyType>([
  { value: 'complaint', spellings: ['skarga'] },
  { value: 'leak', spellings: ['wyciek'] },
  { value: 'theft', spellings: ['kradzież'] },
  { value: 'loss', spellings: ['utrata'] },
]);
const TYPE_NAMES = ['complaint/skarga', 'leak/wyciek', 'theft/kradzież', 'loss/utrata'];

const SOURCES = new KeyMatcher<PrivacySource>([
  { value: 'customer', spellings: ['klient'] },
  { value: 'third_party', spellings: ['strona trzecia', 'podmiot trzeci'] },
  { value: 'regulator', spellings: ['organ nadzorczy', 'UODO', 'PUODO', 'UKE'] },
  { value: 'internal', spellings: ['wewnętrzne'] },
]);
const SOURCE_NAMES = ['customer/klient', 'third_party/strona trzecia', 'regulator/organ nadzorczy', 'internal/wewnętrzne'];

/** Free-text columns, where people paste what they should not: each is scanned for personal data. */
const FREE_TEXT = ['description', 'cause'] as const satisfies readonly Col[];

/** A cause is picked from a short list and repeats on many rows: its gate answer is remembered. */
const GATES: Record<(typeof FREE_TEXT)[number], (text: string) => boolean> = {
  description: mayHoldPersonalData,
  cause: memoize(mayHoldPersonalData),
};

/** A warning with the masked kinds found; the text itself never goes into a problem or a log. */
function warnAboutPersonalData(c: RowCells<Col>): void {
  for (const key of FREE_TEXT) {
    const text = c.peek(key);
    if (text === '' || !GATES[key](text)) continue;
    const hits = findPersonalData(text);
    if (hits.length === 0) continue;
    const kinds = [...new Set(hits.map((h) => h.kind))];
    c.report(key, 'personal.data', 'warning', { kinds }, hits.map((h) => h.masked).join(' '));
  }
}

export const PRIVACY_SPEC: TableSpec<Col, PrivacyRecord, PrivacyTally> = {
  kind: 'privacy',
  columns: PRIVACY_COLUMNS,
  uniqueKey: 'id',
  tally: () => new PrivacyTally(),
  toRecord(c) {
    const id = c.text('id');
    const date = c.date('date');
    const type = c.oneOf('type', TYPES, TYPE_NAMES);
    const source = c.oneOf('source', SOURCES, SOURCE_NAMES);
    const substantiated = c.boolean('substantiated');
    const recordsAffected = c.count('records_affected');
    const eventDate = c.date('event_date');
    const cause = c.text('cause') ?? '';
    warnAboutPersonalData(c);
    if (id === null || date === null || type === null || source === null || substantiated === null) return null;
    return {
      line: c.line,
      id,
      date: date.iso,
      year: date.year,
      type,
      source,
      substantiated,
      recordsAffected,
      eventDate: eventDate?.iso ?? null,
      eventYear: eventDate?.year ?? null,
      cause,
    };
  },
};

export type PrivacyImport = ImportResult<PrivacyRecord, PrivacyTally>;
