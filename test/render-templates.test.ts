import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlSubset } from '../core/doc/parse-html.js';
import type { ReportContext } from '../core/report/context.js';
import { createChapterRenderer, renderChapter, type RenderResult } from '../core/render/templates.js';
import { PRIVACY_2020, privacySection, reportContext, withPatch } from './fixtures/report-context.js';

const NBSP = '\u00A0';
const TEMPLATES = join(import.meta.dirname, '..', 'templates');

function readTemplates(dir = TEMPLATES): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, readTemplates(path));
    else if (name.endsWith('.hbs')) files[relative(TEMPLATES, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

const files = readTemplates();

function html(result: RenderResult): string {
  if (!result.ok) throw new Error(`${result.error.file}:${result.error.line}:${result.error.column} ${result.error.message}`);
  return result.html;
}

/** Tags and attributes outside the HTML subset the document parser accepts. */
function subsetViolations(output: string): string[] {
  const cell = { class: /^(num|center)$/, 'data-value': /^(-?\d+(\.\d+)?(e[-+]?\d+)?)?$/, 'data-chart-label': /^[^<>"]+$/ };
  const attrs: Record<string, Record<string, RegExp>> = {
    h1: { id: /^[\w-]+$/ },
    h2: { id: /^[\w-]+$/, class: /^page-break$/ },
    h3: { id: /^[\w-]+$/ },
    p: { class: /^(lead|note|gri)$/ },
    th: cell,
    td: cell,
    a: { href: /^(#[\w-]+|https?:\/\/|mailto:)/ },
    span: { 'data-figure': /^[\w.-]+$/, class: /^footnote$/ },
    figure: { class: /^chart$/, id: /^[\w-]+$/, 'data-max': /^\d+(\.\d+)?$/ },
  };
  const bare = 'ul ol li table caption thead tbody tr section div article header footer nav aside strong em br figcaption'.split(' ');
  const problems: string[] = [];
  for (const [, closing, tag = '', rest = ''] of output.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>/g)) {
    if (!(tag in attrs) && !bare.includes(tag)) problems.push(`<${tag}>`);
    if (closing) continue;
    for (const [, name = '', value = ''] of rest.matchAll(/([\w-]+)="([^"]*)"/g)) {
      const rule = attrs[tag]?.[name];
      if (!rule || !rule.test(value)) problems.push(`<${tag} ${name}="${value}">`);
    }
  }
  return problems;
}

function render(ctx: ReportContext, set = files): string {
  const out = html(renderChapter(set, ctx));
  expect(subsetViolations(out)).toEqual([]);
  return out;
}

const SECTION_IDS = ['intro', 'covid', 'initiatives', 'data-protection', 'privacy', 'data-centres', 'accessibility', 'gri-index'];

describe('renderChapter (Polish)', () => {
  const out = render(reportContext('pl'));

  it('writes the chapter heading and every section in order', () => {
    expect(out).toContain('<h1 id="customer-services">Usługi dla klientów</h1>');
    const positions = SECTION_IDS.map((id) => out.search(new RegExp(`<h2 id="${id}"[ >]`)));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('tags the chapter and the 418-1 section with GRI codes', () => {
    expect(out).toContain('<p class="gri">GRI 103-1, 103-2, 103-3, 418-1</p>');
    expect(out).toContain('<p class="gri">GRI 418-1</p>');
  });

  it('marks the 418-1 figures for both years', () => {
    expect(out).toContain('<span data-figure="privacy.a_i">9</span>');
    expect(out).toContain('<span data-figure="privacy.a_ii">3</span>');
    expect(out).toContain('<span data-figure="privacy.a">12</span>');
    expect(out).toContain('<span data-figure="privacy.b">14</span>');
    expect(out).toContain('<span data-figure="privacy.prev.a">13</span>');
    expect(out).toContain(`<span data-figure="privacy.records_affected">37</span>${NBSP}rekordów`);
    expect(out).toContain('<span data-figure="privacy.from_previous_periods">2</span>');
  });

  it('does not state 418-1 c while there are substantiated complaints', () => {
    expect(out).not.toContain('nie odnotowaliśmy ani jednej uzasadnionej skargi');
  });

  it('formats service figures the Polish way', () => {
    expect(out).toContain(`<span data-figure="service.m.contacts.app.value">6${NBSP}420${NBSP}000</span>`);
    expect(out).toContain('<span data-figure="service.m.voice_demand_change.value">+50%</span>');
    expect(out).toContain('<span data-figure="service.m.data_demand_change.value">+20%</span>');
    expect(out).toContain('<span data-figure="service.m.self_service_share.value">78,4%</span>');
    // app: 6 420 000 vs 3 910 000; stores: 1 960 000 vs 3 240 000
    expect(out).toContain('<td class="num">+64,2%</td>');
    expect(out).toContain('<td class="num">\u221239,5%</td>');
    expect(out).toContain('<span data-figure="service.m.nps.value">34</span>');
    expect(out).toContain('<span data-figure="service.m.callback_within_24h.value">91,2%</span>');
  });

  it('reports store accessibility with counts, Polish plurals and shares', () => {
    expect(out).toContain(`<span data-figure="access.stores_total">612</span>${NBSP}salonów`);
    expect(out).toContain(`<span data-figure="access.cities">187</span>${NBSP}miastach`);
    expect(out).toContain(
      '<th data-chart-label="Tłumacz PJM lub pętla">Tłumacz PJM lub pętla indukcyjna</th><td class="num" data-value="120"><span data-figure="access.stores_sign_language_or_loop">120</span></td>',
    );
    expect(out).toContain('<span data-figure="access.share_sign_language_or_loop">19,6%</span>');
    expect(out).toContain('<span data-figure="service.m.alt_format_requests.braille.value">14</span>');
    expect(out).toContain('<span data-figure="service.m.sign_language_video_sessions.value">1840</span>');
  });

  it('writes the GRI content index with links and a statement of use', () => {
    expect(out).toContain('<a href="#privacy">Skargi i incydenty dotyczące prywatności</a>');
    expect(out).toContain(
      '<strong>418-1-b</strong> (liczba wycieków, kradzieży i utrat danych klientów): Informacja niedostępna lub niekompletna. Rejestr incydentów obejmuje dane od 1 lipca.<br>',
    );
    expect(out).toContain('<strong>418-1-c</strong> (oświadczenie o braku uzasadnionych skarg): Nie podano powodu pominięcia</td>');
    expect(out).toMatch(/Telko Polska S\.A\. przedstawia informacje wymienione w niniejszym indeksie treści GRI za okres[^<]*2020&nbsp;r\. z odniesieniem do Standardów GRI\./);
    expect(out).toContain('<td>Standardy GRI w edycji z 2016&nbsp;r.</td>');
    expect(out).toContain('<td>S4-4 (entity-specific metric)</td>');
  });

  it('never shows "undefined" for missing narratives', () => {
    expect(out).not.toContain('undefined');
  });
});

describe('renderChapter (English)', () => {
  const out = render(reportContext('en'));

  it('renders the English templates with English number formats', () => {
    expect(out).toContain('<h1 id="customer-services">Customer services</h1>');
    expect(out).toContain('<h2 id="privacy">Privacy complaints and incidents</h2>');
    expect(out).toContain('<span data-figure="service.m.contacts.app.value">6,420,000</span>');
    expect(out).toContain('<span data-figure="service.m.self_service_share.value">78.4%</span>');
    expect(out).toContain(`<span data-figure="access.stores_total">612</span>${NBSP}stores`);
    expect(out).toContain(`<span data-figure="privacy.from_previous_periods">2</span>${NBSP}events took place`);
    expect(out).toContain('<span data-figure="access.share_sign_language_or_loop">19.6%</span>');
    expect(out).not.toContain('did not record a single substantiated complaint');
  });
});

describe('data-dependent parts', () => {
  it('states 418-1 c only when no complaint was substantiated, and drops the previous-year column without data', () => {
    const none = privacySection({ ...PRIVACY_2020, a_i: 0, a_ii: 0, a: 0 }, null);
    const pl = render(withPatch(reportContext('pl'), { privacy: none }));
    expect(pl).toContain('W 2020&nbsp;r. nie odnotowaliśmy ani jednej uzasadnionej skargi');
    expect(pl).toContain('<span data-figure="privacy.a">0</span>');
    expect(pl).not.toContain('data-figure="privacy.prev.');
    const en = render(withPatch(reportContext('en'), { privacy: none }));
    expect(en).toContain('In 2020 we did not record a single substantiated complaint');
  });

  it('says when registers were not provided instead of showing numbers', () => {
    const missing = { available: false } as const;
    const ctx = withPatch(reportContext('pl'), { privacy: missing, access: missing, service: missing });
    const pl = render(ctx);
    expect(pl).toContain('Nie przekazano rejestru skarg i incydentów dotyczących prywatności');
    expect(pl).toContain('Nie przekazano rejestru salonów');
    expect(pl).toContain('Nie przekazano danych o obsłudze klientów');
    expect(pl).not.toMatch(/data-figure="(privacy|access|service)\./);
    const en = render(withPatch(reportContext('en'), { privacy: missing, access: missing, service: missing }));
    expect(en).toContain('The register of privacy complaints and incidents was not provided');
    expect(en).toContain('The store register with accessibility features was not provided');
  });

  it('inserts rendered narratives as HTML and leaves other text escaped', () => {
    const ctx = withPatch(reportContext('pl'), {
      narratives: { intro: '<p>Nasze <strong>podejście</strong>.</p>', 'data-protection': '<p>Ochrona.</p>' },
      org: { name: 'A & <B>' },
    });
    const out = render(ctx);
    expect(out).toContain('<p>Nasze <strong>podejście</strong>.</p>');
    expect(out).toContain('<h2 id="data-protection">Ochrona danych klientów</h2>\n<p>Ochrona.</p>');
    expect(out).toContain('A &amp; &lt;B&gt; przedstawia');
  });

  it('switches the index wording to the 2021 edition', () => {
    const base = reportContext('en');
    const out = render(withPatch(base, { edition: '2021', gri: { ...base.gri, edition: '2021', codes: ['3-3', '418-1'] } }));
    expect(out).toContain('<p class="gri">GRI 3-3, 418-1</p>');
    expect(out).toContain('GRI 1: Foundation 2021');
  });
});

describe('the document parser', () => {
  it('accepts every variant of the chapter', () => {
    const missing = { available: false } as const;
    const none = privacySection({ ...PRIVACY_2020, a_i: 0, a_ii: 0, a: 0 }, null);
    for (const lang of ['pl', 'en'] as const) {
      const base = reportContext(lang);
      for (const ctx of [base, withPatch(base, { privacy: none }), withPatch(base, { privacy: missing, access: missing, service: missing })]) {
        const meta = { lang, title: ctx.title, subject: '', author: ctx.org.name, keywords: [], header: ctx.reportTitle };
        const parsed = parseHtmlSubset(render(ctx), meta);
        expect(parsed.ok ? 'ok' : parsed.error.message).toBe('ok');
      }
    }
  });
});

describe('helpers', () => {
  const one = (source: string, lang: 'pl' | 'en' = 'pl') => renderChapter({ [`${lang}/chapter.hbs`]: source }, reportContext(lang));

  it('format numbers, units, percentages and changes in the report language', () => {
    expect(html(one('{{num 10 unit="GB"}}|{{num 36.5 unit="pkt"}}|{{num 1234.5 0}}|{{num x}}'))).toBe(`10${NBSP}GB|36,5${NBSP}pkt|1235|—`);
    expect(html(one('{{figure 75.275 "m" unit="%"}}|{{pct 50 sign=true}}|{{share 0.2 decimals=1}}|{{change 110 100}}'))).toBe(
      '<span data-figure="m">75,3%</span>|+50%|20,0%|+10,0%',
    );
    expect(html(one('{{num 10000}}|{{share 0.174}}|{{change 90 100}}', 'en'))).toBe('10,000|17.4%|\u221210.0%');
  });

  it('format dates, periods and plurals', () => {
    expect(html(one('{{date "2020-02-01"}}|{{period "2020-Q2"}}|{{period 2020}}|{{plural 22 "skarga" "skargi" "skarg" "skargi"}}'))).toBe(
      `1 lutego 2020|II kwartał 2020|2020|22${NBSP}skargi`,
    );
    expect(html(one('{{date "2020-02-01"}}|{{period "2020-03"}}|{{plural 1 "store" "stores"}}|{{plural x "store" "stores"}}', 'en'))).toBe(
      `1 February 2020|March 2020|1${NBSP}store|—${NBSP}stores`,
    );
  });

  it('escape what they put into markup', () => {
    expect(html(one('{{gri "103-1" "<b>"}}{{gri}}|{{figure 3 "a\\"b"}}'))).toBe('<p class="gri">GRI 103-1, &lt;b&gt;</p>|<span data-figure="a&quot;b">3</span>');
    expect(html(one('{{gri gri.codes}}'))).toBe('<p class="gri">GRI 103-1, 103-2, 103-3, 418-1</p>');
  });

  it('provide small logic helpers for conditions', () => {
    const src = '{{#if (eq lang "pl")}}a{{/if}}{{#if (gt year prevYear)}}b{{/if}}{{#if (and privacy.available access.available)}}c{{/if}}' +
      '{{#if (or (not service.available) (eq year 2020))}}d{{/if}}{{#if (and year gri.index narratives)}}e{{/if}}{{#if (or 0 (not year))}}f{{/if}}';
    expect(html(one(src))).toBe('abcde');
  });

  it('reject values of the wrong type instead of printing them', () => {
    const result = one('<p>\n{{num "12"}}</p>');
    expect(result).toMatchObject({ ok: false, error: { file: 'pl/chapter.hbs', line: 2, column: 1 } });
    if (!result.ok) expect(result.error.message).toMatch(/num expects a number/);
  });
});

describe('renderer and errors', () => {
  it('compiles once and renders either language', () => {
    const renderer = createChapterRenderer(files);
    const pl = html(renderer(reportContext('pl')));
    expect(html(renderer(reportContext('pl')))).toBe(pl);
    expect(html(renderer(reportContext('en')))).toContain('<h2 id="intro">Customer relations</h2>');
  });

  it('reports a missing entry template', () => {
    const result = renderChapter({ 'en/chapter.hbs': '' }, reportContext('pl'));
    expect(result).toMatchObject({ ok: false, error: { file: 'pl/chapter.hbs' } });
  });

  it('names the file, line and column of a parse error', () => {
    const broken = { ...files, 'pl/sections/privacy.hbs': '<section>\n<h2 id="privacy">X</h2>\n<p>{{figure privacy.a "privacy.a"}</p>\n</section>' };
    const result = renderChapter(broken, reportContext('pl'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.file).toBe('pl/sections/privacy.hbs');
    expect(result.error.line).toBe(3);
    expect(result.error.column).toBeGreaterThan(0);
    expect(result.error.message).toMatch(/Parse error/);
  });

  it('names the file and line of a mismatched block', () => {
    const broken = { ...files, 'pl/sections/covid.hbs': '<section>\n{{#if service.available}}\n<p>x</p>\n{{/each}}\n</section>' };
    const result = renderChapter(broken, reportContext('pl'));
    expect(result).toMatchObject({ ok: false, error: { file: 'pl/sections/covid.hbs', line: 2 } });
  });

  it('names the partial and line of a runtime error raised by a helper', () => {
    const broken = { ...files, 'pl/sections/data-centres.hbs': '<section>\n<h2 id="data-centres">Centra</h2>\n<p>Otwarcie: {{date "2020-02-30"}}</p>\n</section>' };
    const result = renderChapter(broken, reportContext('pl'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ file: 'pl/sections/data-centres.hbs', line: 3, column: 14 });
    expect(result.error.message).toMatch(/not a valid calendar date/);
  });

  it('locates runtime errors inside block bodies at the failing expression', () => {
    const broken = {
      ...files,
      'pl/sections/gri-index.hbs': '<section>\n{{#each gri.index}}\n<p>{{code}}</p>\n<p>{{plural 2 "wskaźnik"}}</p>\n{{/each}}\n</section>',
    };
    const result = renderChapter(broken, reportContext('pl'));
    expect(result).toMatchObject({ ok: false, error: { file: 'pl/sections/gri-index.hbs', line: 4, column: 4 } });
    if (!result.ok) expect(result.error.message).toMatch(/needs 4 noun forms/);
  });

  it('reports a missing partial or helper even in a branch the data does not take', () => {
    const chapter = files['pl/chapter.hbs'] ?? '';
    const missingPartial = { ...files, 'pl/chapter.hbs': chapter.replace('{{> sections/covid}}', '{{#if false}}{{> sections/pandemic}}{{/if}}') };
    const partialResult = renderChapter(missingPartial, reportContext('pl'));
    const line = chapter.split('\n').findIndex((l) => l.includes('{{> sections/covid}}')) + 1;
    expect(partialResult).toMatchObject({ ok: false, error: { file: 'pl/chapter.hbs', line } });
    if (!partialResult.ok) expect(partialResult.error.message).toContain('sections/pandemic');

    const missingHelper = { ...files, 'pl/sections/intro.hbs': '<section>\n{{#if false}}\n{{nmu year}}\n{{/if}}\n</section>' };
    const helperResult = renderChapter(missingHelper, reportContext('pl'));
    expect(helperResult).toMatchObject({ ok: false, error: { file: 'pl/sections/intro.hbs', line: 3, column: 1 } });
    if (!helperResult.ok) expect(helperResult.error.message).toContain('nmu');
  });

  it('keeps prototype properties out of reach', () => {
    const probe = { 'pl/chapter.hbs': '<p>{{constructor.name}}|{{org.constructor}}|{{lookup org "__proto__"}}</p>' };
    expect(html(renderChapter(probe, reportContext('pl')))).toBe('<p>||</p>');
  });
});
