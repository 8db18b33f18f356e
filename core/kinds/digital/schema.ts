/**
 * The digital-accessibility register: one row per customer channel (website, app, e-shop, …) with
 * its latest accessibility audit. Columns and Polish aliases are a contract (docs/input-formats.md).
 */
import { KeyMatcher } from '../../csv/normalize.js';
import type { ColumnSpec } from '../../csv/table.js';
import type { TableSpec } from '../../import/import-table.js';
import { DigitalTally } from './tally.js';

export const CHANNEL_TYPES = ['website', 'mobile_app', 'e_shop', 'self_service', 'phone', 'chat', 'other'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];
export type Conformance = 'full' | 'partial' | 'none';

export interface ChannelRecord {
  line: number;
  channelId: string;
  channel: string;
  type: ChannelType;
  standard: string;
  auditDate: string;
  auditYear: number;
  criteriaTotal: number;
  criteriaFailed: number;
  conformance: Conformance;
  openIssuesCritical: number;
  /** null when the cell is empty. */
  statement: boolean | null;
}

type Col =
  | 'channel_id'
  | 'channel'
  | 'channel_type'
  | 'standard'
  | 'audit_date'
  | 'criteria_total'
  | 'criteria_failed'
  | 'conformance'
  | 'open_issues_critical'
  | 'statement';

export const DIGITAL_COLUMNS: readonly ColumnSpec<Col>[] = [
  { key: 'channel_id', aliases: ['ID kanału', 'id_kanalu'], required: true },
  { key: 'channel', aliases: ['Kanał', 'nazwa kanału'], required: true },
  { key: 'channel_type', aliases: ['Typ kanału', 'rodzaj kanału', 'typ'], required: true },
  { key: 'standard', aliases: ['Standard', 'norma'], required: true },
  { key: 'audit_date', aliases: ['Data audytu'], required: true },
  { key: 'criteria_total', aliases: ['Liczba kryteriów'], required: true },
  { key: 'criteria_failed', aliases: ['Niespełnione kryteria'], required: true },
  { key: 'conformance', aliases: ['Zgodność', 'poziom zgodności'], required: true },
  { key: 'open_issues_critical', aliases: ['Krytyczne otwarte', 'krytyczne błędy otwarte'], required: false },
  { key: 'statement', aliases: ['Deklaracja dostępności', 'deklaracja'], required: false },
];

export const TYPES = new KeyMatcher<ChannelType>([
  { value: 'website', spellings: ['serwis internetowy', 'strona www', 'strona internetowa', 'web'] },
  { value: 'mobile_app', spellings: ['aplikacja mobilna', 'app'] },
  { value: 'e_shop', spellings: ['sklep internetowy', 'e-sklep', 'e-shop'] },
  { value: 'self_service', spellings: ['portal samoobsługowy', 'samoobsługa'] },
  { value: 'phone', spellings: ['infolinia', 'telefon'] },
  { value: 'chat', spellings: ['czat'] },
  { value: 'other', spellings: ['inne', 'inny'] },
]);
const TYPE_NAMES = [
  'website/serwis internetowy',
  'mobile_app/aplikacja mobilna',
  'e_shop/sklep internetowy',
  'self_service/portal samoobsługowy',
  'phone/infolinia',
  'chat/czat',
  'other/inne',
];

const CONFORMANCE = new KeyMatcher<Conformance>([
  { value: 'full', spellings: ['pełna', 'pelna'] },
  { value: 'partial', spellings: ['częściowa', 'czesciowa'] },
  { value: 'none', spellings: ['brak', 'brak zgodności'] },
]);
const CONFORMANCE_NAMES = ['full/pełna', 'partial/częściowa', 'none/brak'];

export const DIGITAL_SPEC: TableSpec<Col, ChannelRecord, DigitalTally> = {
  kind: 'digital',
  columns: DIGITAL_COLUMNS,
  uniqueKey: 'channel_id',
  tally: () => new DigitalTally(),
  toRecord(c) {
    const channelId = c.text('channel_id');
    const channel = c.text('channel');
    const type = c.oneOf('channel_type', TYPES, TYPE_NAMES);
    const standard = c.text('standard');
    const audit = c.date('audit_date');
    const criteriaTotal = c.count('criteria_total');
    const criteriaFailed = c.count('criteria_failed');
    const conformance = c.oneOf('conformance', CONFORMANCE, CONFORMANCE_NAMES);
    const openIssuesCritical = c.count('open_issues_critical') ?? 0;
    const statement = c.boolean('statement');
    if (criteriaTotal !== null && criteriaFailed !== null && criteriaFailed > criteriaTotal) {
      c.report('criteria_failed', 'value.range', 'error', { failed: criteriaFailed, total: criteriaTotal }, String(criteriaFailed));
    }
    if (
      channelId === null || channel === null || type === null || standard === null || audit === null ||
      criteriaTotal === null || criteriaFailed === null || conformance === null || criteriaFailed > criteriaTotal
    ) {
      return null;
    }
    return {
      line: c.line,
      channelId,
      channel,
      type,
      standard,
      auditDate: audit.iso,
      auditYear: audit.year,
      criteriaTotal,
      criteriaFailed,
      conformance,
      openIssuesCritical,
      statement,
    };
  },
};

/** The canonical key of a header as written (for locating a problem in a column after the import). */
export const columnKeyMatcher = new KeyMatcher<Col>(DIGITAL_COLUMNS.map((c) => ({ value: c.key, spellings: [...c.aliases] })));
