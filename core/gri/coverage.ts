/**
 * Coverage check: for each disclosure of the chosen edition and each of its requirement items,
 * whether the chapter states it, and if not, why (no data, or no narrative that declares it).
 */
import type { GriEdition } from '../common/edition.js';
import type { Bilingual, Lang } from '../common/lang.js';
import { disclosuresFor, type GriCatalogue } from '../catalogue/gri-catalogue.js';
import { reasonLabel, type Omission, type OmissionReason } from './omissions.js';

/** One row of the GRI content index. */
export interface GriIndexRow {
  standard: string;
  code: string;
  title: string;
  /** Anchor id of the section that answers the disclosure (link target `#id`). */
  anchor: string;
  /** Section title shown as the location. */
  location: string;
  /** The same disclosure in the other GRI edition (e.g. 3-3 for 103-2), or "". */
  otherEdition: string;
  /** Requirement items the report does not state yet, e.g. ["418-1 b"]. */
  omitted: string[];
  /** ESRS datapoints (S4) covering the same ground, e.g. "S4-4", or "". */
  esrs: string;
  /** Each omitted requirement with the reason and explanation from project.json (reason null: none given). */
  omissions: GriIndexOmission[];
}

/** One omitted requirement in the GRI content index. */
export interface GriIndexOmission {
  id: string;
  /** What the requirement asks for, in the report language. */
  label: string;
  reason: OmissionReason | null;
  /** The reason as GRI's list words it, in the report language. */
  reasonLabel: string;
  explanation: string;
}

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
  /** Which input kinds (by id) were imported without errors. */
  data: Readonly<Record<string, boolean>>;
}

export function checkCoverage(catalogue: GriCatalogue, edition: GriEdition, input: CoverageInput): CoverageDisclosure[] {
  // An entity-specific topic is the company's choice to report: without its data it is not in the index at all.
  const listed = disclosuresFor(catalogue, edition).filter((d) => !d.entitySpecific || d.items.every((i) => 'data' in i.binding && input.data[i.binding.data] === true));
  return listed.map((d) => {
    const items = d.items.map((item): CoverageItem => {
      let status: ItemStatus;
      if ('data' in item.binding) status = input.data[item.binding.data] === true ? 'stated' : 'missing-data';
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
