/**
 * Coverage check: for each disclosure of the chosen edition and each of its requirement items,
 * whether the chapter states it, and if not, why (no data, or no narrative that declares it).
 */
import type { Bilingual } from '../common/lang.js';
import type { GriEdition } from '../common/edition.js';
import type { GriIndexRow } from '../report/context.js';
import type { Lang } from '../common/lang.js';
import { disclosuresFor, type DataBinding, type GriCatalogue } from '../catalogue/gri-catalogue.js';
import { reasonLabel, type Omission } from './omissions.js';

export type ItemStatus = 'stated' | 'missing-data' | 'missing-narrative';

export interface CoverageItem {
  id: string;
  label: Bilingual;
  status: ItemStatus;
}

export interface CoverageDisclosure {
  code: string;
  standard: Bilingual;
  title: Bilingual;
  section: string;
  otherEdition: string;
  esrs: string;
  status: 'complete' | 'partial' | 'missing';
  items: CoverageItem[];
}

export interface CoverageInput {
  /** GRI item ids the narratives declare in their front matter. */
  declared: ReadonlySet<string>;
  /** Which data sets were imported without errors. */
  data: Readonly<Record<DataBinding, boolean>>;
}

export function checkCoverage(catalogue: GriCatalogue, edition: GriEdition, input: CoverageInput): CoverageDisclosure[] {
  return disclosuresFor(catalogue, edition).map((d) => {
    const items = d.items.map((item): CoverageItem => {
      let status: ItemStatus;
      if ('data' in item.binding) status = input.data[item.binding.data] ? 'stated' : 'missing-data';
      else {
        const ids = [item.id, ...item.equivalents];
        status = ids.some((id) => input.declared.has(id)) ? 'stated' : 'missing-narrative';
      }
      return { id: item.id, label: item.label, status };
    });
    const stated = items.filter((i) => i.status === 'stated').length;
    return {
      code: d.code,
      standard: d.standard,
      title: d.title,
      section: d.section,
      otherEdition: d.otherEdition,
      esrs: d.esrs,
      status: stated === items.length ? 'complete' : stated === 0 ? 'missing' : 'partial',
      items,
    };
  });
}

/**
 * Rows of the GRI content index, with the section titles the chapter uses as locations and, for
 * each requirement not stated, the reason and explanation the user gave in project.json.
 */
export function contentIndexRows(
  coverage: readonly CoverageDisclosure[],
  lang: Lang,
  sectionTitles: Readonly<Record<string, string>>,
  omissions: Readonly<Record<string, Omission>> = {},
): GriIndexRow[] {
  return coverage.map((d) => {
    const missing = d.items.filter((i) => i.status !== 'stated');
    return {
      standard: d.standard[lang],
      code: d.code,
      title: d.title[lang],
      anchor: d.section,
      location: sectionTitles[d.section] ?? d.section,
      otherEdition: d.otherEdition,
      esrs: d.esrs,
      omitted: missing.map((i) => i.id),
      omissions: missing.map((i) => {
        const given = omissions[i.id];
        const reason = given?.reason ?? null;
        return { id: i.id, label: i.label[lang], reason, reasonLabel: reasonLabel(reason, lang), explanation: given?.explanation ?? '' };
      }),
    };
  });
}
