/**
 * The chapter's sections, in order: their ids (heading anchors, narrative file names) and titles.
 * Titles live here once so headings, the GRI content index and the app's section list agree.
 */
import type { Lang } from '../common/lang.js';

export const SECTIONS = [
  { id: 'intro', pl: 'Relacje z klientami', en: 'Customer relations' },
  { id: 'covid', pl: 'Obsługa klientów w czasie pandemii COVID-19', en: 'Customer service during the COVID-19 pandemic' },
  { id: 'initiatives', pl: 'Inicjatywy dla klientów w czasie pandemii', en: 'Initiatives for customers during the pandemic' },
  { id: 'data-protection', pl: 'Ochrona danych klientów', en: 'Protecting customer data' },
  { id: 'privacy', pl: 'Skargi i incydenty dotyczące prywatności', en: 'Privacy complaints and incidents' },
  { id: 'data-centres', pl: 'Nowoczesne centra danych', en: 'Modern data centres' },
  { id: 'accessibility', pl: 'Dostępność dla wszystkich klientów', en: 'Access for all customers' },
  { id: 'gri-index', pl: 'Indeks treści GRI', en: 'GRI content index' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** Sections that have a narrative file (every one but the generated GRI index). */
export const NARRATIVE_SECTIONS: readonly SectionId[] = SECTIONS.map((s) => s.id).filter((id) => id !== 'gri-index');

export function sectionTitles(lang: Lang): Record<SectionId, string> {
  return Object.fromEntries(SECTIONS.map((s) => [s.id, s[lang]])) as Record<SectionId, string>;
}
