/**
 * The retail network's register: one row per store or service point and its accessibility
 * features. Columns and Polish aliases are a contract (docs/input-formats.md).
 */
import type { ColumnSpec } from '../../csv/table.js';
import { AccessTally } from './tally.js';
import type { ImportResult, TableSpec } from '../../import/import-table.js';

export interface StoreRecord {
  line: number;
  storeId: string;
  city: string;
  signLanguage: boolean;
  inductionLoop: boolean;
  stepFree: boolean;
  adaptedDesk: boolean | null;
}

type Col = 'store_id' | 'city' | 'sign_language' | 'induction_loop' | 'step_free' | 'adapted_desk';

export const ACCESSIBILITY_COLUMNS: readonly ColumnSpec<Col>[] = [
  { key: 'store_id', aliases: ['salon', 'id_salonu', 'id_jednostki'], required: true },
  { key: 'city', aliases: ['miasto', 'miejscowość'], required: true },
  { key: 'sign_language', aliases: ['tłumacz migowy', 'tłumacz_pjm', 'pjm'], required: true },
  { key: 'induction_loop', aliases: ['pętla indukcyjna'], required: true },
  { key: 'step_free', aliases: ['bez barier', 'dostęp_bez_barier'], required: true },
  { key: 'adapted_desk', aliases: ['stanowisko dostosowane'], required: false },
];

export const ACCESSIBILITY_SPEC: TableSpec<Col, StoreRecord, AccessTally> = {
  kind: 'accessibility',
  columns: ACCESSIBILITY_COLUMNS,
  uniqueKey: 'store_id',
  tally: () => new AccessTally(),
  toRecord(c) {
    const storeId = c.text('store_id');
    const city = c.text('city');
    const signLanguage = c.boolean('sign_language');
    const inductionLoop = c.boolean('induction_loop');
    const stepFree = c.boolean('step_free');
    const adaptedDesk = c.boolean('adapted_desk');
    if (storeId === null || city === null || signLanguage === null || inductionLoop === null || stepFree === null) {
      return null;
    }
    return { line: c.line, storeId, city, signLanguage, inductionLoop, stepFree, adaptedDesk };
  },
};

export type AccessibilityImport = ImportResult<StoreRecord, AccessTally>;
