import { describe, expect, it } from 'vitest';
import { renderBarChart, seriesColors } from '../core/doc/charts/bar-chart.js';
import { describeChart } from '../core/doc/charts/describe.js';
import { houseStyle, largePrintStyle } from '../core/doc/house-style.js';
import type { ChartBlock, ChartData, DocumentMeta, TableBlock } from '../core/doc/model.js';
import { parseHtmlSubset } from '../core/doc/parse-html.js';

const NBSP = '\u00a0';
const meta: DocumentMeta = { lang: 'pl', title: 'T', subject: 'S', author: 'A', keywords: [], header: 'H' };

const contacts: ChartData = {
  series: ['2019', '2020'],
  categories: [
    { label: 'Aplikacja mobilna', values: [1647233, 2679047], labels: [`1${NBSP}647${NBSP}233`, `2${NBSP}679${NBSP}047`] },
    { label: 'Infolinia', values: [2876040, 3379599], labels: [`2${NBSP}876${NBSP}040`, `3${NBSP}379${NBSP}599`] },
    { label: 'Czat', values: [null, 371424], labels: ['—', `371${NBSP}424`] },
  ],
};

const rects = (svg: string): { width: number; fill: string }[] =>
  [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="#([0-9A-F]{6})"\/>/g)].map((m) => ({
    width: Number(m[1]),
    fill: m[2]!,
  }));

describe('renderBarChart', () => {
  const chart = renderBarChart(contacts, { id: 'c1', title: 'Kontakty <kanały>', description: 'Opis & wartości' });

  it('is a standalone SVG with an accessible name and description', () => {
    expect(chart.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="600" height="\d+" viewBox="0 0 600 \d+" role="img"/);
    expect(chart.svg).toContain('aria-labelledby="c1-title" aria-describedby="c1-desc"');
    expect(chart.svg).toContain('<title id="c1-title">Kontakty &lt;kanały&gt;</title>');
    expect(chart.svg).toContain('<desc id="c1-desc">Opis &amp; wartości</desc>');
    expect(chart.width).toBe(600);
    expect(chart.svg.endsWith('</svg>')).toBe(true);
  });

  it('draws one bar per value, scaled to the largest, in the house colours (last year light, this year dark)', () => {
    const bars = rects(chart.svg).filter((r) => r.width > 20);
    expect(bars).toHaveLength(5); // Czat 2019 has no value
    const [app2019, app2020, hot2019, hot2020, chat2020] = bars.map((b) => b.width);
    expect(hot2020).toBeGreaterThan(hot2019!);
    expect(app2020! / hot2020!).toBeCloseTo(2679047 / 3379599, 2);
    expect(chat2020! / app2019!).toBeCloseTo(371424 / 1647233, 2);
    expect(seriesColors(2)).toEqual(['6B8A99', '0B4F6C']);
    expect(bars.map((b) => b.fill)).toEqual(['6B8A99', '0B4F6C', '6B8A99', '0B4F6C', '0B4F6C']);
  });

  it('labels every bar with the value as the table prints it, and has a legend and a value-axis line', () => {
    for (const label of ['1 647 233', '2 679 047', '3 379 599', '371 424', '—']) expect(chart.svg).toContain(`>${label.replace(/ /g, NBSP)}</text>`);
    expect(chart.svg).toMatch(/<text[^>]*>2019<\/text>/);
    expect(chart.svg).toMatch(/<text[^>]*>2020<\/text>/);
    expect(chart.svg).toMatch(/<line [^>]*stroke="#5A6570"/);
    expect(chart.svg).toContain('font-family="Calibri, Carlito');
  });

  it('scales to a fixed maximum when the template gives one (stores out of all stores)', () => {
    const data: ChartData = { series: ['Salony'], categories: [{ label: 'Pętla', values: [70], labels: ['70'] }], max: 700 };
    const half: ChartData = { ...data, max: 140 };
    const small = rects(renderBarChart(data, { id: 'a', title: 't', description: 'd' }).svg).find((r) => r.fill === '0B4F6C')!;
    const big = rects(renderBarChart(half, { id: 'a', title: 't', description: 'd' }).svg).find((r) => r.fill === '0B4F6C')!;
    expect(big.width / small.width).toBeCloseTo(5, 1);
    // One series: no legend, the dark colour.
    expect(renderBarChart(data, { id: 'a', title: 't', description: 'd' }).svg).not.toContain('>Salony<');
  });

  it('wraps long labels and grows with the large-print type size', () => {
    const long: ChartData = {
      series: ['2020'],
      categories: [{ label: 'Stanowisko obsługi dostosowane do potrzeb osób poruszających się na wózkach', values: [92], labels: ['92'] }],
    };
    const normal = renderBarChart(long, { id: 'l', title: 't', description: 'd' });
    expect((normal.svg.match(/<tspan/g) ?? []).length).toBeGreaterThan(1);
    const large = renderBarChart(long, { id: 'l', title: 't', description: 'd', style: largePrintStyle('A4') });
    expect(large.svg).toContain(`font-size="${largePrintStyle('A4').sizes.chartPx}"`);
    expect(largePrintStyle('A4').sizes.chartPx).toBeGreaterThan(houseStyle.sizes.chartPx * 1.4);
    expect(large.height).toBeGreaterThan(normal.height);
  });

  it('gives the same bytes for the same data', () => {
    expect(renderBarChart(contacts, { id: 'c1', title: 'x', description: 'y' }).svg).toBe(renderBarChart(contacts, { id: 'c1', title: 'x', description: 'y' }).svg);
  });
});

describe('describeChart', () => {
  it('states the title and every value with its series, in the report language', () => {
    expect(describeChart('Kontakty', contacts, 'pl')).toBe(
      `Wykres słupkowy: Kontakty. Aplikacja mobilna – 2019: 1${NBSP}647${NBSP}233, 2020: 2${NBSP}679${NBSP}047; Infolinia – 2019: 2${NBSP}876${NBSP}040, 2020: 3${NBSP}379${NBSP}599; Czat – 2019: brak danych, 2020: 371${NBSP}424.`,
    );
    const one: ChartData = { series: ['Stores'], categories: [{ label: 'Loop', values: [70], labels: ['70'] }], max: 612 };
    expect(describeChart('Stores.', one, 'en', '612')).toBe('Bar chart: Stores. Scale up to 612. Loop – 70.');
  });
});

describe('<figure class="chart"> in the HTML subset', () => {
  const html = `<figure class="chart" id="chart-x" data-max="612">
<figcaption>Salony z udogodnieniami</figcaption>
<table>
<caption>Udogodnienia<span class="footnote">Źródło: rejestr.</span></caption>
<thead><tr><th>Udogodnienie</th><th class="num">Liczba salonów</th><th class="num">Udział</th></tr></thead>
<tbody>
<tr><td data-chart-label="PJM">Tłumacz polskiego języka migowego</td><td class="num" data-value="84">84</td><td class="num">13,7%</td></tr>
<tr><td>Pętla</td><td class="num" data-value="71">71</td><td class="num">11,6%</td></tr>
<tr><th>Wszystkie</th><td class="num">612</td><td class="num">100%</td></tr>
</tbody>
</table>
</figure>`;

  function parse(source: string): ChartBlock | TableBlock {
    const result = parseHtmlSubset(source, meta);
    if (!result.ok) throw new Error(result.error.message);
    const block = result.doc.blocks[0];
    if (block?.kind !== 'chart' && block?.kind !== 'table') throw new Error(`got ${block?.kind}`);
    return block;
  }

  it('becomes a chart block drawn from the columns and rows that carry data-value', () => {
    const chart = parse(html);
    if (chart.kind !== 'chart') throw new Error('expected a chart');
    expect(chart.id).toBe('chart-x');
    expect(chart.title).toBe('Salony z udogodnieniami');
    expect(chart.data).toEqual({
      series: ['Liczba salonów'],
      categories: [
        { label: 'PJM', values: [84], labels: ['84'] },
        { label: 'Pętla', values: [71], labels: ['71'] },
      ],
      max: 612,
    });
    // The table keeps every row and column (totals, shares) and its footnote.
    expect(chart.table.body).toHaveLength(3);
    expect(chart.table.body[0]![1]).toMatchObject({ value: 84, align: 'right' });
    expect(chart.table.captionNotes).toEqual([{ kind: 'footnote', runs: [{ kind: 'text', text: 'Źródło: rejestr.' }] }]);
    expect(chart.svg).toContain('<title id="chart-x-title">Salony z udogodnieniami</title>');
    expect(chart.alt).toBe('Wykres słupkowy: Salony z udogodnieniami. Skala do 612. PJM – 84; Pętla – 71.');
  });

  it('stays a plain table when the data leave nothing to draw', () => {
    const empty = html.replace(/ data-value="\d+"/g, ' data-value=""');
    expect(parse(empty).kind).toBe('table');
  });

  it('rejects figures that are not charts, charts without a title or table, and values that are not numbers', () => {
    const error = (source: string): string => {
      const result = parseHtmlSubset(source, meta);
      if (result.ok) throw new Error('expected an error');
      return result.error.message;
    };
    expect(error('<figure><figcaption>x</figcaption></figure>')).toContain('class="chart"');
    expect(error('<figure class="chart"><table><tbody><tr><td>a</td></tr></tbody></table></figure>')).toContain('<figcaption>');
    expect(error('<figure class="chart"><figcaption>x</figcaption></figure>')).toContain('without the <table>');
    expect(error(html.replace('data-value="84"', 'data-value="84 szt."'))).toContain('data-value="84 szt." is not a number');
    expect(error(html.replace('data-max="612"', 'data-max="0"'))).toContain('data-max');
    expect(error(html.replace('<figcaption>Salony', '<figcaption><b>Salony</b>'))).toContain('inside <figcaption>');
    expect(error(`${html}<h2 id="chart-x">x</h2>`)).toContain('duplicate id "chart-x"');
  });
});
