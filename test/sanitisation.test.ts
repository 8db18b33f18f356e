/**
 * Hostile narratives and templates cannot run code or reach the network. Each input goes through
 * the real pipeline — the report session the CLI and the app's worker build with, on the sample
 * project's data and the bundled templates — into both outputs, which are then read the way a
 * browser and Word would: the HTML parsed element by element, the DOCX unzipped down to its
 * relationships and field codes (test/helpers/active-content.ts). An input either ends up inert
 * (shown as text, dropped, or an ordinary web link) or stops the build with a located error, in
 * which case nothing is written. The text around it always survives.
 *
 * Also here: Handlebars keeps prototype access off and sees only plain data, values from the data
 * print as text (never Markdown), and the app's preview frame is sandboxed with its own CSP.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { rasterize } from '../cli/rasterize.js';
import { problemMessage } from '../core/common/messages/index.js';
import type { DocumentModel } from '../core/doc/model.js';
import { writeDocx } from '../core/doc/to-docx.js';
import { writeHtml } from '../core/doc/to-html.js';
import type { ReportBuild } from '../core/pipeline/build-report.js';
import { importInputs, type ImportedInputs, type InputFiles } from '../core/pipeline/import-inputs.js';
import { createReportSession, type ReportSession } from '../core/pipeline/report-session.js';
import { renderNarrative } from '../core/render/narrative.js';
import { compileSource } from '../core/render/templates.js';
import { readSettings, type ProjectSettings } from '../core/report/settings.js';
import { PreviewFrame } from '../renderer/src/views/write/PreviewFrame.js';
import { PREVIEW_CSP, PREVIEW_SANDBOX } from '../renderer/src/views/write/preview-document.js';
import { browserUrl, docxActiveContent, htmlActiveContent, htmlText, isSafeLink } from './helpers/active-content.js';
import { reportContext, withPatch } from './fixtures/report-context.js';
import { TEMPLATES } from './helpers/chapter.js';
import { paragraphs } from './helpers/docx.js';

const SAMPLE = 'data/sample';
const read = readSettings(JSON.parse(readFileSync(join(SAMPLE, 'project.json'), 'utf8')));
if (!read.ok) throw new Error('the sample project.json does not read');
const SETTINGS: ProjectSettings = read.settings;
const FILES: InputFiles = Object.fromEntries(
  (['privacy', 'service', 'accessibility'] as const).map((kind) => {
    const name = SETTINGS.files[kind]!;
    return [kind, { name, bytes: new Uint8Array(readFileSync(join(SAMPLE, name))) }];
  }),
);
const INPUTS: ImportedInputs = importInputs(FILES);
const SAMPLE_NARRATIVES: Record<string, string> = Object.fromEntries(
  readdirSync(join(SAMPLE, 'narratives', 'pl')).map((f) => [f.replace(/\.md$/, ''), readFileSync(join(SAMPLE, 'narratives', 'pl', f), 'utf8')]),
);

const sessions = new Map<Record<string, string>, ReportSession>();
function build(narratives: Record<string, string>, templates = TEMPLATES, settings = SETTINGS): ReportBuild {
  let session = sessions.get(templates);
  if (!session) sessions.set(templates, (session = createReportSession(templates)));
  return session.build({ settings, inputs: INPUTS, narratives: { sources: narratives, fileName: (id) => `narratives/pl/${id}.md` } });
}

interface Outputs {
  html: string;
  text: string;
  docx: Uint8Array;
  docxText: string;
}

async function outputs(doc: DocumentModel): Promise<Outputs> {
  const html = writeHtml(doc);
  const docx = await writeDocx(doc, { rasterize });
  const { strFromU8, unzipSync } = await import('fflate');
  const documentXml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return { html, text: htmlText(html), docx, docxText: paragraphs(documentXml).join('\n') };
}

/** How a hostile input must end up. */
type Outcome =
  /** Inert and visible as this text (each string) in both outputs. */
  | { shows: string[] }
  /** Renders nothing at all. */
  | { drops: true }
  /** An ordinary link to this web address, nothing more. */
  | { link: string }
  /** The build stops with an error at a line of the named file; nothing is written. */
  | { rejected: RegExp; file: string };

interface Vector {
  name: string;
  input: string;
  outcome: Outcome;
}

const shows = (...text: string[]): Outcome => ({ shows: text });
const DROPS: Outcome = { drops: true };
const narrativeError = (message: RegExp): Outcome => ({ rejected: message, file: 'narratives/pl/intro.md' });
const templateError = (message: RegExp): Outcome => ({ rejected: message, file: 'pl/chapter.hbs (HTML)' });

/** Typed into a narrative (Markdown + Handlebars). */
const NARRATIVE_VECTORS: Vector[] = [
  { name: '<script>', input: '<script>alert(1)</script>', outcome: shows('<script>alert(1)</script>') },
  { name: '<img onerror>', input: '<img src=x onerror=alert(1)>', outcome: shows('<img src=x onerror=alert(1)>') },
  { name: '<svg onload>', input: '<svg onload=alert(1)><circle r="9"></circle></svg>', outcome: shows('<svg onload=alert(1)>') },
  { name: 'raw <a href="javascript:">', input: '<a href="javascript:alert(1)">kliknij</a>', outcome: shows('<a href="javascript:alert(1)">kliknij</a>') },
  { name: 'raw <a> with an entity-encoded scheme', input: '<a href="jav&#x61;script:alert(1)">x</a>', outcome: shows('<a href="javascript:alert(1)">x</a>') },
  { name: 'Markdown link to javascript:', input: '[x](javascript:alert(1))', outcome: shows('[x](javascript:alert(1))') },
  { name: 'Markdown link, entity-encoded scheme', input: '[x](jav&#x61;script:alert(1))', outcome: shows('[x](javascript:alert(1))') },
  { name: 'Markdown link, numeric entities', input: '[x](&#106;&#97;&#118;&#97;script:alert(1))', outcome: shows('[x](javascript:alert(1))') },
  { name: 'Markdown link, mixed case', input: '[x](JaVaScRiPt:alert(1))', outcome: shows('[x](JaVaScRiPt:alert(1))') },
  { name: 'Markdown link, leading whitespace', input: '[x]( javascript:alert(1))', outcome: shows('[x]( javascript:alert(1))') },
  { name: 'Markdown link, tab inside the scheme', input: '[x](java\tscript:alert(1))', outcome: shows('script:alert(1)') },
  { name: 'Markdown link, percent-encoded scheme', input: '[x](%6Aavascript:alert(1))', outcome: shows('[x](%6Aavascript:alert(1))') },
  { name: 'Markdown link in angle brackets', input: '[x](<javascript:alert(1)>)', outcome: shows('[x](<javascript:alert(1)>)') },
  { name: 'Markdown autolink to javascript:', input: '<javascript:alert(1)>', outcome: shows('<javascript:alert(1)>') },
  { name: 'Markdown reference link to javascript:', input: '[x][r]\n\n[r]: javascript:alert(1)', outcome: shows('[x][r]', '[r]: javascript:alert(1)') },
  { name: 'Markdown link to vbscript:', input: '[x](vbscript:msgbox(1))', outcome: shows('[x](vbscript:msgbox(1))') },
  { name: 'Markdown link to data:text/html', input: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', outcome: shows('[x](data:text/html;base64,') },
  { name: 'Markdown link, protocol-relative', input: '[x](//evil.example/)', outcome: shows('[x](//evil.example/)') },
  { name: '<iframe>', input: '<iframe src="https://evil.example/"></iframe>', outcome: shows('<iframe src="https://evil.example/"></iframe>') },
  { name: '<object> and <embed>', input: '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">', outcome: shows('<object data=', '<embed src=') },
  { name: '<form> with <input>', input: '<form action="https://evil.example/"><input name="q"><button>Wyślij</button></form>', outcome: shows('<form action="https://evil.example/"><input name="q">') },
  { name: '<style> with url() and @import', input: '<style>@import url(https://evil.example/x.css); p { background: url(https://evil.example/x.png) }</style>', outcome: shows('<style>@import url(') },
  { name: 'inline style attribute', input: '<p style="background:url(https://evil.example/x.png)">styl</p>', outcome: shows('<p style="background:url(https://evil.example/x.png)">styl</p>') },
  { name: 'remote <img>', input: '<img src="https://evil.example/x.png">', outcome: shows('<img src="https://evil.example/x.png">') },
  { name: 'protocol-relative <img>', input: '<img src="//evil.example/x.png">', outcome: shows('<img src="//evil.example/x.png">') },
  { name: '<meta http-equiv=refresh>', input: '<meta http-equiv="refresh" content="0;url=https://evil.example/">', outcome: shows('<meta http-equiv="refresh"') },
  { name: '<base href>', input: '<base href="https://evil.example/">', outcome: shows('<base href="https://evil.example/">') },
  { name: '<link rel=stylesheet>', input: '<link rel="stylesheet" href="https://evil.example/x.css">', outcome: shows('<link rel="stylesheet"') },
  { name: 'entity-encoded markup', input: '&lt;script&gt;alert(1)&lt;/script&gt;', outcome: shows('<script>alert(1)</script>') },
  { name: 'comment hiding markup', input: '<!--<img src=x onerror=alert(1)>-->', outcome: shows('<!--<img src=x onerror=alert(1)>-->') },
  { name: 'mutation-XSS nesting', input: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', outcome: shows('<math><mtext>') },
  // Images are not part of the narrative syntax: the brackets are an ordinary link, nothing is fetched.
  { name: 'Markdown image, remote', input: '![x](https://evil.example/x.png)', outcome: { link: 'https://evil.example/x.png' } },
  { name: 'Markdown image, protocol-relative', input: '![x](//evil.example/x.png)', outcome: shows('![x](//evil.example/x.png)') },
  // Handlebars: no way to the prototype chain, Node or the DOM.
  { name: '{{constructor.constructor "…"}}', input: '{{constructor.constructor "return process"}}', outcome: narrativeError(/Missing helper: "constructor\.constructor"/) },
  { name: '{{#with this.constructor}}', input: '{{#with this.constructor}}{{name}}{{prototype}}{{/with}}', outcome: DROPS },
  { name: '{{lookup this "__proto__"}}', input: '{{lookup this "__proto__"}}{{lookup (lookup this "constructor") "prototype"}}', outcome: DROPS },
  { name: '{{__proto__}}', input: '{{__proto__}}{{this.__proto__.constructor}}{{@root.constructor.constructor}}', outcome: DROPS },
  { name: '{{constructor}}', input: '{{constructor}}{{toString}}{{valueOf}}{{hasOwnProperty}}', outcome: DROPS },
  { name: 'Node and DOM globals by name', input: '{{process.env.HOME}}{{globalThis.process}}{{global}}{{self}}{{window.document.cookie}}{{document}}{{require}}', outcome: DROPS },
  { name: 'require as a helper', input: '{{require "child_process"}}', outcome: narrativeError(/Missing helper: "require"/) },
  { name: 'a helper called with the root object', input: '{{num @root}}', outcome: narrativeError(/num expects a number, got \[object Object\]/) },
  { name: 'a helper called with a constructor', input: '{{date (lookup this "constructor")}}', outcome: narrativeError(/date expects "YYYY-MM-DD", got undefined/) },
  { name: 'a helper called with the context', input: '{{sourceFiles this}}', outcome: narrativeError(/sourceFiles expects a figure prefix/) },
  { name: 'the log helper (console output)', input: '{{log @root}}', outcome: narrativeError(/Missing helper: "log"/) },
];

/** Written into a chapter template (a company's own templates, `--templates`), where HTML is raw. */
const TEMPLATE_VECTORS: Vector[] = [
  { name: '<script>', input: '<script>alert(1)</script>', outcome: templateError(/unsupported element <script>/) },
  { name: '<a href="javascript:">', input: '<p><a href="javascript:alert(1)">x</a></p>', outcome: templateError(/link href "javascript:alert\(1\)" is not allowed/) },
  { name: 'entity-encoded scheme', input: '<p><a href="jav&#x61;script:alert(1)">x</a></p>', outcome: templateError(/is not allowed/) },
  { name: 'tab-split scheme', input: '<p><a href="java&#9;script:alert(1)">x</a></p>', outcome: templateError(/is not allowed/) },
  { name: 'mixed case and whitespace', input: '<p><a href=" JaVaScRiPt:alert(1)">x</a></p>', outcome: templateError(/is not allowed/) },
  { name: 'vbscript:', input: '<p><a href="vbscript:msgbox(1)">x</a></p>', outcome: templateError(/is not allowed/) },
  { name: 'data:text/html link', input: '<p><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a></p>', outcome: templateError(/is not allowed/) },
  { name: 'protocol-relative link', input: '<p><a href="//evil.example/">x</a></p>', outcome: templateError(/is not allowed/) },
  { name: 'event handler on a web link', input: '<p><a href="https://ok.example/" onmouseover="alert(1)">x</a></p>', outcome: templateError(/event-handler attribute onmouseover/) },
  { name: '<img onerror>', input: '<p><img src="x" onerror="alert(1)"></p>', outcome: templateError(/unsupported element <img>/) },
  { name: '<svg onload>', input: '<svg onload="alert(1)"></svg>', outcome: templateError(/unsupported element <svg>/) },
  { name: 'SVG xlink:href', input: '<p><svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg></p>', outcome: templateError(/unsupported element <svg>/) },
  { name: '<iframe>', input: '<iframe src="https://evil.example/"></iframe>', outcome: templateError(/unsupported element <iframe>/) },
  { name: '<object>', input: '<object data="https://evil.example/x.swf"></object>', outcome: templateError(/unsupported element <object>/) },
  { name: '<embed>', input: '<embed src="https://evil.example/x.swf">', outcome: templateError(/unsupported element <embed>/) },
  { name: '<form>', input: '<form action="https://evil.example/"><input name="q"></form>', outcome: templateError(/unsupported element <form>/) },
  { name: '<style>', input: '<style>p { background: url(https://evil.example/x.png) }</style>', outcome: templateError(/unsupported element <style>/) },
  { name: 'remote <img>', input: '<img src="https://evil.example/x.png">', outcome: templateError(/unsupported element <img>/) },
  { name: '<meta http-equiv=refresh>', input: '<meta http-equiv="refresh" content="0;url=https://evil.example/">', outcome: templateError(/unsupported element <meta>/) },
  { name: '<base href>', input: '<base href="https://evil.example/">', outcome: templateError(/unsupported element <base>/) },
  { name: '<link rel=stylesheet>', input: '<link rel="stylesheet" href="https://evil.example/x.css">', outcome: templateError(/unsupported element <link>/) },
  { name: 'inline style attribute (ignored)', input: '<p style="background:url(https://evil.example/x.png)">styl</p>', outcome: shows('styl') },
  {
    name: 'markup in a chart title, label and value',
    input:
      '<figure class="chart"><figcaption>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</figcaption><table><caption>T</caption>' +
      '<thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td data-chart-label="&lt;/text&gt;&lt;script&gt;x&lt;/script&gt;">L</td>' +
      '<td data-value="3">3&lt;img src=x onerror=alert(1)&gt;</td></tr></tbody></table></figure>',
    outcome: shows('</title><script>alert(1)</script>', '3<img src=x onerror=alert(1)>'),
  },
  { name: 'markup in a heading id', input: '<h3 id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">nagłówek</h3>', outcome: shows('nagłówek') },
  {
    name: 'Handlebars prototype probes',
    input: '<p>[{{constructor}}|{{lookup this "__proto__"}}|{{#with this.constructor}}{{name}}{{/with}}|{{__proto__}}|{{process.env.HOME}}]</p>',
    outcome: shows('[||||]'),
  },
];

const BEFORE = 'Tekst przed wstawką.';
const AFTER = 'Tekst po wstawce.';

/** Checks what the build made of one input against its expected outcome; the outputs, when there are any. */
async function expectOutcome(result: ReportBuild, outcome: Outcome): Promise<Outputs | null> {
  if ('rejected' in outcome) {
    // Not ok: the CLI and the app write nothing (a failing narrative is also left out of the preview).
    expect(result.ok).toBe(false);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => problemMessage(p, 'en')).join('\n')).toMatch(outcome.rejected);
    expect(errors[0]).toMatchObject({ file: outcome.file, line: expect.any(Number) });
    return null;
  }
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const doc = result.chapter.doc!;
  const out = await outputs(doc);
  expect(htmlActiveContent(out.html)).toEqual([]);
  expect(docxActiveContent(out.docx)).toEqual([]);
  if ('shows' in outcome) {
    for (const text of outcome.shows) {
      expect(out.text).toContain(text);
      expect(out.docxText).toContain(text);
    }
  }
  if ('link' in outcome) {
    const links = DomUtils.findAll((el) => el.name === 'a' && (el.attribs.href ?? '').includes('evil.example'), parseDocument(out.html).children) as Element[];
    expect(links.map((a) => a.attribs.href)).toEqual([outcome.link]);
    expect(isSafeLink(outcome.link)).toBe(true);
  }
  if ('drops' in outcome) {
    for (const residue of ['[object', 'function', 'native code', 'prototype', 'process']) {
      expect(out.text).not.toContain(residue);
      expect(out.docxText).not.toContain(residue);
    }
  }
  return out;
}

describe('the inspectors find active content (so the checks below can fail)', () => {
  it('in HTML: tags, handlers, schemes, CSS that loads, wherever they hide', () => {
    const hostile = [
      '<html><head><style>p{}</style><meta http-equiv="refresh" content="0"><base href="https://e/"></head><body>',
      '<script>1</script><p onclick="x">a</p><a href="jav&#x61;script:x">b</a><a href=" JaVaScRiPt:x">c</a>',
      '<a href="java&#9;script:x">d</a><a href="vbscript:x">e</a><a href="data:text/html,x">f</a><a href="//e/x">g</a>',
      '<img src="https://e/x.png"><svg><image xlink:href="https://e/x.png"/><a xlink:href="javascript:x"><text>t</text></a></svg>',
      '<p style="background:url(https://e/x)">s</p><style>@import "x";</style><iframe srcdoc="x"></iframe><form action="https://e/"><input></form>',
      '<a href="https://ok.example/">ok</a><a href="#top">top</a><a href="mailto:a@b.pl">mail</a></body></html>',
    ].join('');
    expect(htmlActiveContent(hostile)).toEqual([
      '<meta http-equiv="refresh">',
      '<base>',
      'href="https://e/" on <base>',
      '<script>',
      'onclick= on <p>',
      'href="javascript:x" on <a>',
      'href=" JaVaScRiPt:x" on <a>',
      'href="java\tscript:x" on <a>',
      'href="vbscript:x" on <a>',
      'href="data:text/html,x" on <a>',
      'href="//e/x" on <a>',
      '<img>',
      'src="https://e/x.png" on <img>',
      '<image>',
      'xlink:href="https://e/x.png" on <image>',
      'xlink:href="javascript:x" on <a>',
      'style="…url()…" on <p>',
      '<style> outside the head',
      '<style> with @import',
      '<iframe>',
      'srcdoc= on <iframe>',
      '<form>',
      'action="https://e/" on <form>',
      '<input>',
    ]);
    expect(browserUrl('\u0001 java\nscript:x ')).toBe('javascript:x');
  });

  it('in a DOCX: external non-link relationships, bad link targets, embedded HTML, remote fields', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const rel = (id: string, type: string, target: string, external = true) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
    const hostile = zipSync({
      '[Content_Types].xml': strToU8('<Types><Override PartName="/word/x.html" ContentType="text/html"/></Types>'),
      'word/_rels/document.xml.rels': strToU8(
        `<Relationships>${rel('r1', 'hyperlink', 'javascript:alert(1)')}${rel('r2', 'hyperlink', 'https://ok.example/')}${rel('r3', 'image', 'https://e/x.png')}${rel('r4', 'aFChunk', 'x.html', false)}${rel('r5', 'hyperlink', 'vbscript:x')}</Relationships>`,
      ),
      'word/_rels/settings.xml.rels': strToU8(`<Relationships>${rel('r1', 'attachedTemplate', 'https://e/t.dotm')}</Relationships>`),
      'word/x.html': strToU8('<script>1</script>'),
      'word/document.xml': strToU8(
        '<w:document><w:altChunk r:id="r4"/><w:r><w:instrText> INCLUDEPICTURE "https://e/x.png" </w:instrText></w:r>' +
          '<w:fldSimple w:instr=" HYPERLINK &quot;javascript:x&quot; "/><w:r><w:instrText> HYPERLINK \\l "_Toc1" </w:instrText></w:r></w:document>',
      ),
    });
    expect(docxActiveContent(hostile)).toEqual([
      'part word/x.html',
      'content type text/html',
      'word/_rels/document.xml.rels: hyperlink → javascript:alert(1)',
      'word/_rels/document.xml.rels: external image → https://e/x.png',
      'word/_rels/document.xml.rels: relationship aFChunk → x.html',
      'word/_rels/document.xml.rels: hyperlink → vbscript:x',
      'word/_rels/settings.xml.rels: relationship attachedTemplate → https://e/t.dotm',
      'word/_rels/settings.xml.rels: external attachedTemplate → https://e/t.dotm',
      'word/document.xml: <w:altChunk>',
      'word/document.xml: field INCLUDEPICTURE "https://e/x.png"',
      'word/document.xml: field HYPERLINK "javascript:x"',
    ]);
  });
});

describe('hostile narratives through the pipeline into HTML and DOCX', () => {
  let baseline: Outputs;
  beforeAll(async () => {
    const result = build(SAMPLE_NARRATIVES);
    expect(result.ok).toBe(true);
    baseline = await outputs(result.chapter.doc!);
  });

  it('the sample chapter itself is clean (the baseline the vectors are measured against)', () => {
    expect(htmlActiveContent(baseline.html)).toEqual([]);
    expect(docxActiveContent(baseline.docx)).toEqual([]);
  });

  it.each(NARRATIVE_VECTORS.map((v) => [v.name, v] as const))('%s', async (_name, vector) => {
    const narratives = { ...SAMPLE_NARRATIVES, intro: `${BEFORE}\n\n${vector.input}\n\n${AFTER}\n` };
    const out = await expectOutcome(build(narratives), vector.outcome);
    if (out !== null) {
      for (const text of [BEFORE, AFTER]) {
        expect(out.text).toContain(text);
        expect(out.docxText).toContain(text);
      }
    }
  });

  it('prints values from the data as text: a link or emphasis in the organisation name stays literal', async () => {
    const organisation = '[Kliknij](https://evil.example/) **Firma** <img src=x onerror=alert(1)>';
    const narratives = { ...SAMPLE_NARRATIVES, intro: `${BEFORE} {{org.name}} — {{{org.name}}}\n\n${AFTER}\n` };
    const result = build(narratives, TEMPLATES, { ...SETTINGS, organisation });
    expect(result.ok).toBe(true);
    const out = await outputs(result.chapter.doc!);
    expect(htmlActiveContent(out.html)).toEqual([]);
    expect(out.html).not.toContain('href="https://evil.example/');
    expect(out.text).toContain(`${BEFORE} ${organisation} — ${organisation}`);
    expect(out.docxText).toContain(`${organisation} — ${organisation}`);
  });
});

describe('values from the data print as text, never as Markdown', () => {
  const ctx = (name: string) => withPatch(reportContext('pl'), { org: { name } });
  const render = (body: string, name: string): string => {
    const out = renderNarrative(body, ctx(name), 'narratives/pl/intro.md');
    if (!out.ok) throw new Error(out.error.message);
    return out.html;
  };

  it('keeps links, emphasis, headings, list markers and entities from the data literal', () => {
    expect(render('{{org.name}}', '[x](https://evil.example/) **b** _i_ &amp; <https://evil.example/>')).toBe(
      '<p>[x](https://evil.example/) **b** _i_ &amp;amp; &lt;https://evil.example/&gt;</p>\n',
    );
    expect(render('{{org.name}}', '# nagłówek')).toBe('<p># nagłówek</p>\n');
    expect(render('A\n{{org.name}}', '- punkt')).toBe('<p>A\n- punkt</p>\n');
    // Line breaks in a value would start new blocks; the value stays on its line.
    expect(render('{{org.name}}', 'a\n\n# b\r\n- c')).toBe('<p>a # b - c</p>\n');
  });

  it('leaves the narrative’s own Markdown alone, also around values and in link targets built from them', () => {
    expect(render('**{{org.name}}** i [strona]({{org.name}})', 'https://bank.example/o-nas')).toBe(
      '<p><strong>https://bank.example/o-nas</strong> i <a href="https://bank.example/o-nas">strona</a></p>\n',
    );
  });

  it('keeps the figure marks of {{figure}} and {{plural … figure=}}, and drops forged ones from the data', () => {
    const forged = `${String.fromCharCode(0xe000)}0${String.fromCharCode(0xe001)}99${String.fromCharCode(0xe002)}`;
    expect(render('{{figure privacy.a "privacy.a"}} {{org.name}}', forged)).toBe('<p><span data-figure="privacy.a">12</span> 099</p>\n');
    expect(render('{{plural access.stores_total "salon" "salony" "salonów" "salonu" figure="access.stores_total"}}', 'x')).toContain(
      '<span data-figure="access.stores_total">612</span>',
    );
  });
});

describe('hostile chapter templates through the pipeline', () => {
  const withSection = (html: string): Record<string, string> => ({
    ...TEMPLATES,
    'pl/sections/intro.hbs': `<section>\n<h2 id="intro">Wstęp</h2>\n<p>${BEFORE}</p>\n${html}\n<p>${AFTER}</p>\n</section>\n`,
  });

  it.each(TEMPLATE_VECTORS.map((v) => [v.name, v] as const))('%s', async (_name, vector) => {
    const out = await expectOutcome(build(SAMPLE_NARRATIVES, withSection(vector.input)), vector.outcome);
    if (out !== null) {
      expect(out.text).toContain(BEFORE);
      expect(out.docxText).toContain(AFTER);
    }
  });
});

describe('Handlebars: prototype access off, plain data only', () => {
  const render = (source: string, context: unknown): string => {
    const compiled = compileSource(source);
    if (!compiled.ok) throw new Error(compiled.message);
    return compiled.template(context);
  };

  it('renders nothing for the prototype chain, in templates and narratives alike', () => {
    const probe = '{{constructor}}|{{constructor.name}}|{{__proto__}}|{{lookup this "constructor"}}|{{#with this.constructor}}x{{/with}}|{{__defineGetter__}}';
    expect(render(probe, { year: 2020 })).toBe('|||||');
    expect(render(probe, Object.create({ inherited: 1 }))).toBe('|||||');
    // Own properties are what templates are for.
    expect(render('{{year}}|{{lookup this "year"}}', { year: 2020 })).toBe('2020|2020');
    expect(renderNarrative(probe, reportContext('pl'), 'narratives/pl/intro.md')).toEqual({ ok: true, html: '<p>|||||</p>\n' });
  });

  it('is never given an option that opens the prototype chain (scan of every source)', () => {
    const roots = ['core', 'cli', 'electron', 'renderer/src', 'scripts'];
    const files = roots.flatMap((root) =>
      readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|tsx|mts|mjs|js|cjs)$/.test(f))
        .map((f) => relative('.', join(root, f))),
    );
    expect(files.length).toBeGreaterThan(50);
    const unsafe = /allowProto(?:Properties|Methods)ByDefault|allowedProto(?:Properties|Methods)|allowCallsToHelperMissing|\bcompat\s*:\s*true/;
    const handlebarsImports = /from\s+['"]handlebars(?:\/[^'"]*)?['"]|require\(\s*['"]handlebars/;
    expect(files.filter((f) => unsafe.test(readFileSync(f, 'utf8')))).toEqual([]);
    // One place compiles templates, so the options above are the only ones that apply.
    expect(files.filter((f) => handlebarsImports.test(readFileSync(f, 'utf8'))).sort()).toEqual(['core/render/helpers.ts', 'core/render/templates.ts']);
  });

  it('sees only plain data: the context the templates get holds no function, class instance or host object', () => {
    const result = build(SAMPLE_NARRATIVES);
    const foreign: string[] = [];
    const seen = new Set<object>();
    const walk = (value: unknown, path: string): void => {
      if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return;
      if (typeof value !== 'object') {
        foreign.push(`${path}: ${typeof value}`);
        return;
      }
      if (seen.has(value)) return;
      seen.add(value);
      const proto = Object.getPrototypeOf(value) as object | null;
      if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
        foreign.push(`${path}: ${(value as object).constructor?.name ?? 'exotic object'}`);
        return;
      }
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(result.chapter.context, 'context');
    expect(foreign).toEqual([]);
    // The walk would have found one.
    walk({ f: () => 1, d: new Date(0), m: new Map(), b: new Uint8Array(1) }, 'probe');
    expect(foreign).toEqual(['probe.f: function', 'probe.d: Date', 'probe.m: Map', 'probe.b: Uint8Array']);
  });
});

describe('the preview frame', () => {
  const markup = renderToStaticMarkup(createElement(PreviewFrame, { doc: null, lang: 'pl', section: 'intro', title: 'Podgląd' }));
  const iframe = DomUtils.findOne((el) => el.name === 'iframe', parseDocument(markup).children)!;

  it('is sandboxed without scripts, popups, forms or top navigation', () => {
    const tokens = (iframe.attribs.sandbox ?? 'missing').split(/\s+/).filter((t) => t !== '');
    expect(iframe.attribs).toHaveProperty('sandbox');
    // allow-same-origin only: the app patches the frame's DOM; with no allow-scripts nothing inside can use it.
    expect(tokens).toEqual(['allow-same-origin']);
    expect(tokens).not.toContain('allow-scripts');
    expect(PREVIEW_SANDBOX).toBe('allow-same-origin');
  });

  it('gives its document a CSP that allows inline styles and nothing else', () => {
    const frameDoc = parseDocument(iframe.attribs.srcdoc ?? '');
    const metas = DomUtils.findAll((el) => el.name === 'meta', frameDoc.children) as Element[];
    const csp = metas.find((m) => (m.attribs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');
    expect(csp?.attribs.content).toBe(PREVIEW_CSP);
    // It comes before the style sheet and the report, so it governs both.
    const head = DomUtils.findOne((el) => el.name === 'head', frameDoc.children)!;
    expect((head.children.filter((c) => c.type === 'tag')[1] as Element | undefined)?.attribs['http-equiv']).toBe('Content-Security-Policy');
    const directives = new Map(PREVIEW_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    for (const name of ['script-src', 'img-src', 'connect-src', 'font-src', 'frame-src', 'object-src', 'media-src']) expect(directives.has(name), name).toBe(false);
    expect(metas.some((m) => m.attribs['http-equiv'] === 'x-dns-prefetch-control' && m.attribs.content === 'off')).toBe(true);
    expect(htmlActiveContent(iframe.attribs.srcdoc ?? '')).toEqual([]);
  });
});
