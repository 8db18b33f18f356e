/**
 * The message catalogues, one per language, and the rendering of problems and settings errors
 * with them. Core emits codes with parameters; the words are only here. Every report language
 * has a catalogue (the compiler checks it); a UI language may have one too. A language without
 * one gets English.
 */
import type { Lang } from '../lang.js';
import type { Problem } from '../problem.js';
import type { SettingsError } from '../settings-error.js';
import type { MessageCatalogue } from './catalogue.js';
import { en } from './en.js';
import { pl } from './pl.js';

export type { MessageCatalogue } from './catalogue.js';

/** The registry: one line per language. Report languages must be here; others may be. */
export const MESSAGE_CATALOGUES: Readonly<Record<Lang, MessageCatalogue> & Partial<Record<string, MessageCatalogue>>> = { pl, en };

/** What a language falls back to when it has no catalogue. */
export const FALLBACK_MESSAGE_LANG: Lang = 'en';

/** The catalogue of a language (a report or a UI language), English when there is none. */
export function messageCatalogue(lang: string): MessageCatalogue {
  return (Object.hasOwn(MESSAGE_CATALOGUES, lang) ? MESSAGE_CATALOGUES[lang] : undefined) ?? MESSAGE_CATALOGUES[FALLBACK_MESSAGE_LANG];
}

type Render<P> = (params: P) => string;

/** A problem's message in a language. */
export function problemMessage(p: Problem, lang: string): string {
  return (messageCatalogue(lang).problems[p.code] as Render<Problem['params']>)(p.params);
}

/** What was expected instead of what a problem found, in a language; null when its code does not say. */
export function problemExpected(p: Problem, lang: string): string | null {
  const expected = messageCatalogue(lang).expected[p.code] as Render<Problem['params']> | undefined;
  return expected === undefined ? null : expected(p.params);
}

/** "plik.csv, wiersz 12, kolumna „Data”: …" — the one-line form used by the CLI and logs. */
export function describeProblem(p: Problem, lang: string): string {
  const { where } = messageCatalogue(lang);
  const parts = [p.file];
  if (p.line !== null) parts.push(where.line(p.line));
  if (p.column !== null) parts.push(where.column(p.column));
  return `${parts.join(', ')}: ${problemMessage(p, lang)}`;
}

/** A settings error's message in a language. */
export function settingsErrorMessage(e: SettingsError, lang: string): string {
  return (messageCatalogue(lang).settings[e.code] as Render<SettingsError['params']>)(e.params);
}

/** Every settings error in one line, as the CLI and the app report a bad project.json. */
export const settingsErrorsText = (errors: readonly SettingsError[], lang: string): string =>
  errors.map((e) => settingsErrorMessage(e, lang)).join(' ');
