import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../core/common/lang.js';
import { parseNarrative, renderMarkdown, renderNarrative } from '../core/render/narrative.js';
import { reportContext, withPatch } from './fixtures/report-context.js';

const NBSP = '\u00A0';
const pl = reportContext('pl');

function render(body: string, ctx = pl): string {
  const result = renderNarrative(body, ctx, 'pl/test.md');
  if (!result.ok) throw new Error(`${result.error.line}:${result.error.column} ${result.error.message}`);
  return result.html;
}

/** Every tag name in `html`, so tests can assert nothing outside the subset was emitted. */
function tags(html: string): string[] {
  return [...new Set([...html.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((m) => m[1] ?? ''))].sort();
}

describe('parseNarrative', () => {
  it('reads an inline gri list and reports where the body starts', () => {
    const n = parseNarrative('---\ngri: [103-1-a, "3-3-a", 103-1-a]\n---\nTreść.\n');
    expect(n).toEqual({ gri: ['103-1-a', '3-3-a'], body: 'Treść.\n', bodyStartLine: 4 });
  });

  it('reads a block list, ignores other keys and accepts CRLF and a BOM', () => {
    const n = parseNarrative('\uFEFF---\r\ntitle: Wstęp\r\ngri:\r\n  - 103-2-c\r\n  - \'3-3-d\'\r\n---\r\n\r\nTreść.');
    expect(n.gri).toEqual(['103-2-c', '3-3-d']);
    expect(n.body).toBe('\nTreść.');
    expect(n.bodyStartLine).toBe(7);
  });

  it('treats a file without front matter as all body', () => {
    expect(parseNarrative('# Tytuł\n\nTekst')).toEqual({ gri: [], body: '# Tytuł\n\nTekst', bodyStartLine: 1 });
    expect(parseNarrative('---\ngri: [x]\nno closing line').gri).toEqual([]);
  });
});

describe('renderNarrative', () => {
  it('inserts figures formatted for the report language', () => {
    const out = render('Rozbudowaliśmy ponad {{num service.m.network_sites_upgraded.value}} lokalizacji i mamy {{num service.m.contacts.value}} kontaktów.');
    expect(out).toBe(`<p>Rozbudowaliśmy ponad 2500 lokalizacji i mamy 15${NBSP}740${NBSP}000 kontaktów.</p>\n`);
    const en = render('{{num service.m.contacts.value}} contacts', reportContext('en'));
    expect(en).toContain('15,740,000 contacts');
  });

  it('keeps figure provenance through Markdown', () => {
    const out = render('**Uzasadnione skargi:** {{figure privacy.a "privacy.a"}}; salony: {{plural access.stores_total "salon" "salony" "salonów" "salonu" figure="access.stores_total"}}.');
    expect(out).toBe(
      `<p><strong>Uzasadnione skargi:</strong> <span data-figure="privacy.a">12</span>; salony: <span data-figure="access.stores_total">612</span>${NBSP}salonów.</p>\n`,
    );
  });

  it('shows raw HTML as text instead of emitting it', () => {
    const out = render('Uwaga <script>alert("x")</script> i <a href="https://x.pl">link</a>\n\n<div>blok</div>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<a ');
    expect(out).not.toContain('<div');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('escapes Markdown-special data from the context after Handlebars inserts it raw', () => {
    const ctx = withPatch(pl, { org: { name: '<b>Firma</b> & syn' } });
    expect(render('{{org.name}}', ctx)).toBe('<p>&lt;b&gt;Firma&lt;/b&gt; &amp; syn</p>\n');
  });

  it('turns every heading level into <h3>', () => {
    const out = render('# Jeden\n\n## Dwa\n\n### Trzy\n\n#### Cztery\n\nCzęść\n====\n');
    expect(out.match(/<h3>/g)).toHaveLength(5);
    expect(tags(out)).toEqual(['h3']);
  });

  it('keeps web, mail and anchor links and drops the rest', () => {
    const out = render(
      '[a](https://example.pl "tytuł") [b](mailto:iod@example.pl) [c](#privacy) [d](javascript:alert(1)) [e](JAVASCRIPT:alert(1)) [f](ftp://x.pl) [g](strona.html)',
    );
    expect(out).toContain('<a href="https://example.pl">a</a>');
    expect(out).toContain('<a href="mailto:iod@example.pl">b</a>');
    expect(out).toContain('<a href="#privacy">c</a>');
    expect(out.match(/<a /g)).toHaveLength(3);
    expect(out).not.toMatch(/href="(javascript|ftp|strona)/i);
    expect(out).not.toContain('title=');
    // The subset allows no <br> inside a link, so a hard break there becomes a plain line break.
    expect(render('[dwie  \nlinie](https://example.pl)')).toBe('<p><a href="https://example.pl">dwie\nlinie</a></p>\n');
  });

  it('emits no images, code, quotes, rules, tables or strikethrough', () => {
    const out = render(
      '![logo](https://x.pl/a.png)\n\n`kod` ~~skreślone~~\n\n    wcięty kod\n\n```\nblok\n```\n\n> cytat\n\n***\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
    );
    expect(tags(out).filter((t) => !['p', 'a', 'br'].includes(t))).toEqual([]);
  });

  it('keeps list items inline: nested lists are flattened, loose items unwrapped', () => {
    const out = render('- jeden\n- dwa\n  - dwa a\n  - dwa b\n- trzy\n\n  dalszy ciąg\n\n5. piąty\n6. szósty\n');
    expect(out).toBe(
      '<ul>\n<li>jeden</li>\n<li>dwa</li>\n<li>dwa a</li>\n<li>dwa b</li>\n<li>trzy<br>\ndalszy ciąg</li>\n</ul>\n<ol>\n<li>piąty</li>\n<li>szósty</li>\n</ol>\n',
    );
  });

  it('reports Handlebars errors at the line of the narrative file', () => {
    const source = '---\ngri: [3-3-d]\n---\nPierwszy akapit.\n\nDrugi {{plural access.stores_total "salon"}}.\n';
    const { body, bodyStartLine } = parseNarrative(source);
    const result = renderNarrative(body, pl, 'pl/accessibility.md', bodyStartLine);
    expect(result).toMatchObject({ ok: false, error: { file: 'pl/accessibility.md', line: 6, column: 7 } });

    const parse = renderNarrative('a\n{{#if x}}b', pl, 'pl/covid.md', 4);
    expect(parse).toMatchObject({ ok: false, error: { file: 'pl/covid.md', line: 5 } });

    const helper = renderNarrative('a\n\n{{gri "418-1"}}', pl, 'pl/privacy.md');
    expect(helper).toMatchObject({ ok: false, error: { line: 3, column: 1 } });
    if (!helper.ok) expect(helper.error.message).toMatch(/front matter/);
  });
});

describe('renderMarkdown', () => {
  it('leaves plain paragraphs and emphasis as they are', () => {
    expect(renderMarkdown('Zwykły *tekst* i **pogrubienie**.')).toBe('<p>Zwykły <em>tekst</em> i <strong>pogrubienie</strong>.</p>\n');
  });
});

describe('sample narratives', () => {
  const IDS = ['intro', 'covid', 'initiatives', 'data-protection', 'privacy', 'data-centres', 'accessibility'];
  const ITEMS_2016 = ['103-1-a', '103-1-b', '103-1-c', '103-2-a', '103-2-b', '103-2-c', '103-3-a'];
  const ITEMS_2021 = ['3-3-a', '3-3-b', '3-3-c', '3-3-d', '3-3-e', '3-3-f'];
  const read = (lang: Lang, id: string) =>
    parseNarrative(readFileSync(join(import.meta.dirname, '..', 'data', 'sample', 'narratives', lang, `${id}.md`), 'utf8'));

  for (const lang of ['pl', 'en'] as const) {
    it(`render in ${lang} with figures and only subset tags`, () => {
      const ctx = reportContext(lang);
      for (const id of IDS) {
        const { body, bodyStartLine } = read(lang, id);
        const result = renderNarrative(body, ctx, `${lang}/${id}.md`, bodyStartLine);
        if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.error)}`);
        expect(tags(result.html).filter((t) => !['p', 'h3', 'ul', 'li', 'a', 'strong', 'em', 'br'].includes(t))).toEqual([]);
        expect(result.html).not.toContain('—');
      }
      const initiatives = renderNarrative(read(lang, 'initiatives').body, ctx, 'initiatives.md');
      expect(initiatives.ok && initiatives.html).toContain(`${lang === 'pl' ? '2500' : '2,500'}${NBSP}`);
      expect(initiatives.ok && initiatives.html).toContain(`10${NBSP}GB`);
      expect(initiatives.ok && initiatives.html).toMatch(/32( |\u00A0)/);
      const access = renderNarrative(read(lang, 'accessibility').body, ctx, 'accessibility.md');
      expect(access.ok && access.html).toContain(`120${NBSP}`);
    });

    it(`declare every management-approach item for each topic in ${lang}`, () => {
      for (const id of ['intro', 'data-protection', 'accessibility']) {
        expect(read(lang, id).gri).toEqual([...ITEMS_2016, ...ITEMS_2021]);
      }
      for (const id of IDS) expect(read(lang, id).gri).not.toContain('418-1-c');
      expect(read(lang, 'privacy').gri).toEqual(read(lang === 'pl' ? 'en' : 'pl', 'privacy').gri);
    });
  }
});
