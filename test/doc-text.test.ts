/** The plain-text edition: headings, every figure with its labels, footnotes, the build colophon. */
import { describe, expect, it } from 'vitest';
import { writeText } from '../core/doc/to-text.js';
import { MANIFEST, PROVENANCE } from './fixtures/provenance.js';
import { chapterDoc } from './helpers/chapter.js';

const NBSP = '\u00a0';

describe('writeText', () => {
  const text = writeText(chapterDoc({ provenance: PROVENANCE, manifest: MANIFEST }));
  const lines = text.split('\n');

  it('opens with the report title, then the chapter title underlined, sections underlined with dashes', () => {
    expect(lines.slice(0, 4)).toEqual(['Raport zrównoważonego rozwoju 2020', '', 'Usługi dla klientów', '===================']);
    const privacy = lines.indexOf('Skargi i incydenty dotyczące prywatności');
    expect(lines[privacy + 1]).toBe('-'.repeat('Skargi i incydenty dotyczące prywatności'.length));
  });

  it('reads each table row with its column names, so no number loses its labels', () => {
    expect(text).toContain(`Aplikacja mobilna — 2019: 3${NBSP}910${NBSP}000; 2020: 6${NBSP}420${NBSP}000; Zmiana: +64,2%`);
    expect(text).toContain('a – uzasadnione skargi łącznie — 2019: 13; 2020: 12');
    expect(text).toContain('Oświadczenie o stosowaniu — Telko Polska S.A. przedstawia informacje wymienione w niniejszym indeksie');
  });

  it('gives each chart as its title and its text alternative, then its table', () => {
    const at = lines.findIndex((l) => l.startsWith('Wykres: GRI 418-1'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^Wykres słupkowy: GRI 418-1: .* a\.i – skargi klientów i podmiotów zewnętrznych – 2019: 11, 2020: 9;/);
    expect(lines[at + 3]).toBe('Uzasadnione skargi dotyczące naruszenia prywatności klientów oraz utraty ich danych[2]');
  });

  it('marks footnotes [n] and lists them at the end, with the data sources appendix and the build colophon', () => {
    const notes = lines.indexOf('Przypisy');
    expect(notes).toBeGreaterThan(lines.indexOf('Źródła danych'));
    expect(lines[notes + 3]).toMatch(/^\[1\] Źródło: zestawienie wskaźników obsługi klientów – obsluga\.csv \(SHA-256 ffeeddccbb…\)/);
    expect(text).toContain(`a.i – skargi od klientów i innych podmiotów zewnętrznych, uznane przez nas za zasadne – 2020 — Wartość: 9; Plik i SHA-256: rejestr-prywatnosci.csv\na1b2c3d4e5…`.split('\n')[0]!);
    expect(text).toContain(`Wygenerowano: 2021-03-15T10:20:30Z; wersja aplikacji 9.8.7; wersja szablonów ${'5'.repeat(12)}`);
    expect(text).toContain(`Pliki danych: rejestr-prywatnosci.csv (SHA-256 ${MANIFEST.inputs[0]!.sha256})`);
  });

  it('has no markup, no hard-wrapped paragraphs and one trailing newline', () => {
    expect(text).not.toMatch(/<\/?[a-z]+[ >]/);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(lines.some((l) => l.length > 300)).toBe(true);
  });
});
