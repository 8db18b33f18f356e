/**
 * The GRI catalogue (data/gri-catalogue.json): the chapter's disclosures in both editions,
 * their lettered requirement items and what states each item (a narrative or data).
 */
import type { Bilingual } from '../common/lang.js';
import type { GriEdition } from '../common/edition.js';
import catalogueJson from '../../data/gri-catalogue.json';

/** An input kind's id (core/kinds/registry.ts): the item is stated when that input imported without errors. */
export type DataBinding = string;

export interface GriItem {
  id: string;
  label: Bilingual;
  binding: { narrative: true } | { data: DataBinding };
  /** Items of the other edition that state the same thing. */
  equivalents: string[];
}

export interface GriDisclosure {
  code: string;
  edition: GriEdition | 'both';
  standard: Bilingual;
  title: Bilingual;
  /** Section id (heading anchor) that answers the disclosure. */
  section: string;
  otherEdition: string;
  esrs: string;
  /** The company's own topic (not a GRI disclosure): listed only when the data that states it was imported. */
  entitySpecific?: boolean;
  items: GriItem[];
}

export interface GriCatalogue {
  editions: Record<GriEdition, { codes: string[] }>;
  disclosures: GriDisclosure[];
}

export const defaultGriCatalogue = catalogueJson as unknown as GriCatalogue;

/** The edition's GRI disclosures, in order, then the entity-specific topics. */
export function disclosuresFor(catalogue: GriCatalogue, edition: GriEdition): GriDisclosure[] {
  const codes = catalogue.editions[edition].codes;
  const own = catalogue.disclosures.filter((d) => d.entitySpecific === true);
  return [...codes.map((code) => {
    const d = catalogue.disclosures.find((x) => x.code === code && (x.edition === edition || x.edition === 'both'));
    if (d === undefined) throw new Error(`GRI catalogue has no disclosure ${code} for the ${edition} edition`);
    return d;
  }), ...own];
}
