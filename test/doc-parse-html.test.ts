import { describe, expect, it } from 'vitest';
import type { DocumentMeta, DocumentModel } from '../core/doc/model.js';
import { inlineText } from '../core/doc/model.js';
import { parseHtmlSubset, type ParseError } from '../core/doc/parse-html.js';

const meta: DocumentMeta = {
  lang: 'pl',
  title: 'Obsługa klientów',
  subject: 'Raport CSR 2024',
  author: 'Zespół CSR',
  keywords: ['CSR', 'GRI 418'],
  header: 'Raport CSR 2024',
};

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function parse(html: string): DocumentModel {
  const result = parseHtmlSubset(html, meta);
  if (!result.ok) throw new Error(`unexpected parse error: ${result.error.message}`);
  return result.doc;
}

function parseError(html: string): ParseError {
  const result = parseHtmlSubset(html, meta);
  if (result.ok) throw new Error('expected a parse error');
  return result.error;
}

describe('parseHtmlSubset: a realistic chapter fragment', () => {
  const html = `
<section>
  <h2 id="privacy">Prywatność   klientów</h2>
  <p class="gri">GRI 3-3, GRI 418-1</p>
  <!-- the 418-1 a figure -->
  <p class="lead">W&nbsp;2024 roku   otrzymaliśmy
     <span data-figure="privacy.a"><strong>12</strong></span>   uzasadnionych skarg.</p>
  <div>
    <ul>
      <li> skargi od <em>klientów</em>: 10 </li>
      <li>skargi od regulatorów &#8211; 2</li>
    </ul>
    <ol><li>pierwszy</li><li>drugi</li></ol>
  </div>
  <table>
    <caption>  Tabela 1.
      Skargi </caption>
    <thead><tr><th>Rodzaj</th><th class="num">2024</th><th class="center">Zmiana</th></tr></thead>
    <tbody>
      <tr><th>Klienci</th><td class="num">1${NNBSP}234</td><td class="center">+2%</td></tr>
      <tr><td>Regulatorzy</td><td class="num"><b>0</b></td><td>–</td></tr>
    </tbody>
  </table>
  <h3>Źródła</h3>
  <p class="note">Źródło: <a href="#privacy">rejestr <i>skarg</i></a>, <a href=" https://uodo.gov.pl ">UODO</a> &amp; inne.<br>
     Dane na 31.12.2024.</p>
  <p>  </p>
</section>`;

  const doc = parse(html);

  it('keeps the meta it is given', () => {
    expect(doc.meta).toBe(meta);
  });

  it('produces the blocks in order, with heading ids and paragraph styles', () => {
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? `p.${b.style}` : b.kind))).toEqual([
      'heading',
      'p.gri',
      'p.lead',
      'list',
      'list',
      'table',
      'heading',
      'p.note',
    ]);
    expect(doc.blocks[0]).toEqual({
      kind: 'heading',
      level: 2,
      id: 'privacy',
      runs: [{ kind: 'text', text: 'Prywatność klientów' }],
    });
    expect(doc.blocks[6]).toEqual({ kind: 'heading', level: 3, runs: [{ kind: 'text', text: 'Źródła' }] });
  });

  it('collapses ASCII whitespace across runs, keeps NBSP, and marks the figure', () => {
    expect(doc.blocks[2]).toEqual({
      kind: 'paragraph',
      style: 'lead',
      runs: [
        { kind: 'text', text: `W${NBSP}2024 roku otrzymaliśmy ` },
        { kind: 'text', text: '12', bold: true, figure: 'privacy.a' },
        { kind: 'text', text: ' uzasadnionych skarg.' },
      ],
    });
  });

  it('parses bulleted and numbered lists with trimmed items and decoded entities', () => {
    expect(doc.blocks[3]).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        [
          { kind: 'text', text: 'skargi od ' },
          { kind: 'text', text: 'klientów', italic: true },
          { kind: 'text', text: ': 10' },
        ],
        [{ kind: 'text', text: 'skargi od regulatorów \u2013 2' }],
      ],
    });
    expect(doc.blocks[4]).toEqual({
      kind: 'list',
      ordered: true,
      items: [[{ kind: 'text', text: 'pierwszy' }], [{ kind: 'text', text: 'drugi' }]],
    });
  });

  it('parses the table: caption, head, alignment from classes, row headers, U+202F kept', () => {
    expect(doc.blocks[5]).toEqual({
      kind: 'table',
      caption: 'Tabela 1. Skargi',
      head: [
        [
          { runs: [{ kind: 'text', text: 'Rodzaj' }], align: 'left' },
          { runs: [{ kind: 'text', text: '2024' }], align: 'right' },
          { runs: [{ kind: 'text', text: 'Zmiana' }], align: 'center' },
        ],
      ],
      body: [
        [
          { runs: [{ kind: 'text', text: 'Klienci' }], align: 'left', header: true },
          { runs: [{ kind: 'text', text: `1${NNBSP}234` }], align: 'right' },
          { runs: [{ kind: 'text', text: '+2%' }], align: 'center' },
        ],
        [
          { runs: [{ kind: 'text', text: 'Regulatorzy' }], align: 'left' },
          { runs: [{ kind: 'text', text: '0', bold: true }], align: 'right' },
          { runs: [{ kind: 'text', text: '–' }], align: 'left' },
        ],
      ],
    });
  });

  it('parses links (anchor and external), breaks, and drops spaces around a break', () => {
    expect(doc.blocks[7]).toEqual({
      kind: 'paragraph',
      style: 'note',
      runs: [
        { kind: 'text', text: 'Źródło: ' },
        {
          kind: 'link',
          href: '#privacy',
          runs: [
            { kind: 'text', text: 'rejestr ' },
            { kind: 'text', text: 'skarg', italic: true },
          ],
        },
        { kind: 'text', text: ', ' },
        { kind: 'link', href: 'https://uodo.gov.pl', runs: [{ kind: 'text', text: 'UODO' }] },
        { kind: 'text', text: ' & inne.' },
        { kind: 'break' },
        { kind: 'text', text: 'Dane na 31.12.2024.' },
      ],
    });
  });
});

describe('parseHtmlSubset: whitespace and merging', () => {
  it('collapses the space between runs and across a link edge to one', () => {
    const doc = parse('<p>a <strong> b </strong> <a href="mailto:x@y.pl"> c</a> d</p>');
    expect(doc.blocks[0]).toEqual({
      kind: 'paragraph',
      style: 'body',
      runs: [
        { kind: 'text', text: 'a ' },
        { kind: 'text', text: 'b ', bold: true },
        { kind: 'link', href: 'mailto:x@y.pl', runs: [{ kind: 'text', text: 'c' }] },
        { kind: 'text', text: ' d' },
      ],
    });
  });

  it('merges adjacent runs with the same marks and keeps runs with different figures apart', () => {
    const doc = parse(
      '<p><b>a</b><strong>b</strong><span>c</span>d<span data-figure="x">1</span><span data-figure="y">2</span></p>',
    );
    expect(doc.blocks[0]).toEqual({
      kind: 'paragraph',
      style: 'body',
      runs: [
        { kind: 'text', text: 'ab', bold: true },
        { kind: 'text', text: 'cd' },
        { kind: 'text', text: '1', figure: 'x' },
        { kind: 'text', text: '2', figure: 'y' },
      ],
    });
  });

  it('keeps NBSP at the edges of a block (only ASCII whitespace is trimmed)', () => {
    const doc = parse(`<p>\t${NBSP}x${NBSP} \n</p>`);
    expect(inlineText(doc.blocks[0]?.kind === 'paragraph' ? doc.blocks[0].runs : [])).toBe(`${NBSP}x${NBSP}`);
  });

  it('ignores comments and the style attribute, and drops empty paragraphs and lists', () => {
    const doc = parse('<!-- x --><p style="color:red">a<!-- y -->b</p><p> <!-- z --> </p><ul> </ul>');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', style: 'body', runs: [{ kind: 'text', text: 'ab' }] }]);
  });

  it('accepts an empty document', () => {
    expect(parse(' \n ').blocks).toEqual([]);
  });
});

describe('parseHtmlSubset: rejections name the element and its position', () => {
  it('rejects an unknown element with its exact line and column', () => {
    const error = parseError('<h2>Tytuł</h2>\n<p>Tekst\n    <img src="chart.png"> dalej</p>');
    expect(error).toEqual({ line: 3, column: 5, message: 'unsupported element <img> at line 3, column 5' });
  });

  it('counts columns from the start of the line inside nested containers', () => {
    const error = parseError('<section>\n  <div>\n\t<video></video></div></section>');
    expect(error).toMatchObject({ line: 3, column: 2 });
    expect(error.message).toContain('<video>');
  });

  it('rejects <script> and does not treat its content as text', () => {
    const error = parseError('<p>a</p><script>alert(1)</script>');
    expect(error.message).toBe('unsupported element <script> at line 1, column 9');
  });

  it('rejects javascript: and relative hrefs', () => {
    const js = parseError('<p>x <a href="javascript:alert(1)">klik</a></p>');
    expect(js).toMatchObject({ line: 1, column: 6 });
    expect(js.message).toContain('javascript:alert(1)');
    // Browsers drop tabs inside URLs, so this is javascript: too; the whitelist still refuses it.
    expect(parseError('<p><a href="java&#9;script:alert(1)">k</a></p>').message).toContain('not allowed');
    expect(parseError('<p><a href="report.html">k</a></p>').message).toContain('not allowed');
    expect(parseError('<p><a>k</a></p>').message).toContain('without href');
  });

  it('rejects a #link to an id no heading has', () => {
    const error = parseError('<h2 id="a">A</h2>\n<p><a href="#b">B</a></p>');
    expect(error).toMatchObject({ line: 2, column: 4 });
    expect(error.message).toContain('#b');
  });

  it('rejects duplicate heading ids', () => {
    expect(parseError('<h2 id="a">A</h2><h3 id="a">B</h3>').message).toContain('duplicate id "a"');
  });

  it('rejects non-whitespace text at the top level, pointing at the text', () => {
    const error = parseError('<p>a</p>\n  luźny tekst\n<p>b</p>');
    expect(error).toMatchObject({ line: 2, column: 3 });
    expect(error.message).toContain('luźny tekst');
    expect(error.message).toContain('at the top level');
  });

  it('rejects text directly inside <ul>, <table> and a container', () => {
    expect(parseError('<ul>x<li>a</li></ul>').message).toContain('directly inside <ul>');
    expect(parseError('<table>x<tbody></tbody></table>').message).toContain('directly inside <table>');
    expect(parseError('<section>x</section>').message).toContain('directly inside <section>');
  });

  it('rejects a block element inside an inline context', () => {
    // htmlparser2 would silently close the <p> here, as browsers do.
    const closed = parseError('<p>a\n<ul><li>b</li></ul></p>');
    expect(closed).toMatchObject({ line: 2, column: 1 });
    expect(closed.message).toContain('<ul> cannot appear inside <p>');
    const nested = parseError('<ul><li><p>b</p></li></ul>');
    expect(nested.message).toBe('block element <p> inside <li> at line 1, column 9');
    expect(parseError('<table><tbody><tr><td><div>x</div></td></tr></tbody></table>').message).toContain(
      'block element <div> inside <td>',
    );
  });

  it('rejects inline elements and misplaced table parts at block level', () => {
    expect(parseError('<strong>x</strong>').message).toContain('inline element <strong> outside a paragraph');
    expect(parseError('<li>x</li>').message).toContain('element <li> is not allowed at the top level');
    expect(parseError('<table><tr><td>x</td></tr></table>').message).toContain('<tr> must be inside');
    expect(parseError('<table><thead><tr><td>x</td></tr></thead></table>').message).toContain('only <th>');
  });

  it('rejects event-handler attributes and cell spans', () => {
    const error = parseError('<p>a</p><p onclick="x()">b</p>');
    expect(error.message).toBe('event-handler attribute onclick on <p> is not allowed at line 1, column 9');
    expect(parseError('<table><tbody><tr><td colspan="2">x</td></tr></tbody></table>').message).toContain(
      'colspan',
    );
  });

  it('rejects table rows of different lengths', () => {
    const error = parseError(
      '<table><thead><tr><th>a</th><th>b</th></tr></thead>\n<tbody><tr><td>1</td></tr></tbody></table>',
    );
    expect(error).toMatchObject({ line: 2, column: 8 });
    expect(error.message).toContain('1 cells, the first row has 2');
  });

  it('rejects unclosed inline elements and stray closing tags', () => {
    expect(parseError('<p>a <strong>b</p>').message).toBe('element <strong> is not closed at line 1, column 6');
    expect(parseError('<h2>a</h2></p>').message).toContain('closing tag </p> without an opening tag');
    expect(parseError('<p>a').message).toContain('element <p> is not closed');
  });

  it('rejects a doctype: templates write fragments', () => {
    expect(parseError('<!DOCTYPE html><p>a</p>').message).toBe('unsupported declaration <!doctype> at line 1, column 1');
  });

  it('rejects elements inside a caption', () => {
    expect(parseError('<table><caption>a <b>b</b></caption></table>').message).toContain('text only');
  });
});

describe('parseHtmlSubset: footnotes and page breaks', () => {
  it('turns <span class="footnote"> into a footnote run that takes no part in the text spacing', () => {
    const doc = parse('<p>Skarg było 12<span class="footnote"> Źródło: <em>rejestr</em>, <a href="https://uodo.gov.pl">UODO</a>. </span> w roku.</p>');
    expect(doc.blocks[0]).toEqual({
      kind: 'paragraph',
      style: 'body',
      runs: [
        { kind: 'text', text: 'Skarg było 12' },
        {
          kind: 'footnote',
          runs: [
            { kind: 'text', text: 'Źródło: ' },
            { kind: 'text', text: 'rejestr', italic: true },
            { kind: 'text', text: ', ' },
            { kind: 'link', href: 'https://uodo.gov.pl', runs: [{ kind: 'text', text: 'UODO' }] },
            { kind: 'text', text: '.' },
          ],
        },
        { kind: 'text', text: ' w roku.' },
      ],
    });
    expect(inlineText((doc.blocks[0] as { runs: Parameters<typeof inlineText>[0] }).runs)).toBe('Skarg było 12 w roku.');
  });

  it('attaches footnotes at the end of a table caption', () => {
    const doc = parse('<table><caption>Skargi<span class="footnote">Źródło: rejestr.</span></caption><tbody><tr><td>a</td></tr></tbody></table>');
    expect(doc.blocks[0]).toMatchObject({
      caption: 'Skargi',
      captionNotes: [{ kind: 'footnote', runs: [{ kind: 'text', text: 'Źródło: rejestr.' }] }],
    });
  });

  it('rejects footnotes in headings, in links, inside footnotes, empty ones and line breaks in them', () => {
    expect(parseError('<h2>Tytuł<span class="footnote">x</span></h2>').message).toContain('footnote inside <h2>');
    expect(parseError('<p><a href="#x">a<span class="footnote">x</span></a></p><h2 id="x">x</h2>').message).toContain('footnote inside <a>');
    expect(parseError('<p>a<span class="footnote">x<span class="footnote">y</span></span></p>').message).toContain('footnote inside a footnote');
    expect(parseError('<p>a<span class="footnote"> </span></p>').message).toContain('empty footnote');
    expect(parseError('<p>a<span class="footnote">x<br>y</span></p>').message).toContain('<br> is not allowed inside a footnote');
  });

  it('marks a heading with class="page-break" to start a new page', () => {
    expect(parse('<h2 id="a" class="page-break">A</h2><h2>B</h2>').blocks).toEqual([
      { kind: 'heading', level: 2, id: 'a', pageBreak: true, runs: [{ kind: 'text', text: 'A' }] },
      { kind: 'heading', level: 2, runs: [{ kind: 'text', text: 'B' }] },
    ]);
  });
});
