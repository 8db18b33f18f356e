/** The CLI's editions: formats, byte-identical rebuilds, reviewer comments, the company style template. */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { styleTemplate } from './fixtures/style-template.js';
import { buildCli, ROOT, runCli, tempDir } from './helpers/cli.js';
import { docxParts, part } from './helpers/docx.js';

beforeAll(buildCli);

const SAMPLE = 'data/sample';
const read = (dir: string, name: string): Buffer => readFileSync(join(dir, name));

describe('csr-report build --format', () => {
  it('writes every edition: DOCX, HTML, plain text, large print and the GRI content index (HTML and DOCX)', () => {
    const out = tempDir();
    const r = runCli(['build', '--project', SAMPLE, '--out', out, '--format', 'docx,html,txt,large-print,gri-index', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const names = JSON.parse(r.stdout).outputs.map((o: string) => o.slice(out.length + 1));
    expect(names).toEqual([
      'customer-services-2020-pl.docx',
      'customer-services-2020-pl.html',
      'customer-services-2020-pl.txt',
      'customer-services-2020-pl-large-print.docx',
      'gri-content-index-2020-pl.html',
      'gri-content-index-2020-pl.docx',
    ]);
    expect(readdirSync(out).sort()).toEqual([...names].sort());
    const text = read(out, 'customer-services-2020-pl.txt').toString('utf8');
    expect(text).toContain('a.i – skargi od klientów i innych podmiotów zewnętrznych, uznane przez nas za zasadne — 2019: 11; 2020: 14');
    const large = part(docxParts(read(out, 'customer-services-2020-pl-large-print.docx')), 'word/styles.xml');
    expect(large).toMatch(/<w:rPrDefault><w:rPr>[^]*?<w:sz w:val="32"\/>/);
    const index = read(out, 'gri-content-index-2020-pl.html').toString('utf8');
    expect(index).toContain('<h1 id="gri-index">Indeks treści GRI</h1>');
    expect(index).toContain('<a href="customer-services-2020-pl.html#privacy">');
  });

  it('rejects an unknown format or paper size as a usage error', () => {
    const bad = runCli(['build', '--project', SAMPLE, '--format', 'docx,pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format takes docx, html, txt, large-print, gri-index, not "pdf"');
    expect(runCli(['build', '--project', SAMPLE, '--large-print-paper', 'B5']).code).toBe(2);
  });

  it('prints A3 large print when asked', () => {
    const out = tempDir();
    expect(runCli(['build', '--project', SAMPLE, '--out', out, '--format', 'large-print', '--large-print-paper', 'a3']).code).toBe(0);
    expect(part(docxParts(read(out, 'customer-services-2020-pl-large-print.docx')), 'word/document.xml')).toContain('<w:pgSz w:w="16838" w:h="23811"');
  });
});

describe('byte-identical rebuilds', () => {
  it('gives the same bytes for the same inputs, in every edition', () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) expect(runCli(['build', '--project', SAMPLE, '--out', out, '--format', 'docx,html,txt,large-print']).code).toBe(0);
    for (const name of readdirSync(a)) expect(read(a, name).equals(read(b, name)), name).toBe(true);
  });

  it('takes the generation time from SOURCE_DATE_EPOCH (reproducible builds), else from the inputs', () => {
    const out = tempDir();
    const r = spawnSync(process.execPath, [join(ROOT, 'cli', 'csr-report.mjs'), 'build', '--project', SAMPLE, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1609459200' },
    });
    expect(r.status, r.stderr).toBe(0);
    const parts = docxParts(read(out, 'customer-services-2020-pl.docx'));
    expect(part(parts, 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2021-01-01T00:00:00Z</dcterms:created>');
    expect(part(parts, 'docProps/custom.xml')).toMatch(/name="Raport.Input.privacy"><vt:lpwstr>privacy-register.csv; sha256=[0-9a-f]{64}</);
    expect(read(out, 'customer-services-2020-pl.html').toString('utf8')).toContain('<meta name="raport.generated-at" content="2021-01-01T00:00:00Z">');
  });
});

describe('--comments', () => {
  it('adds a reviewer comment with the source to the figures, and only when asked', () => {
    const [plain, reviewed] = [tempDir(), tempDir()];
    expect(runCli(['build', '--project', SAMPLE, '--out', plain, '--format', 'docx']).code).toBe(0);
    expect(runCli(['build', '--project', SAMPLE, '--out', reviewed, '--format', 'docx', '--comments']).code).toBe(0);
    expect(docxParts(read(plain, 'customer-services-2020-pl.docx'))['word/comments.xml']).toBeUndefined();
    const comments = part(docxParts(read(reviewed, 'customer-services-2020-pl.docx')), 'word/comments.xml');
    expect(comments).toContain('privacy-register.csv');
    expect(comments).toContain('Źródło liczby (privacy.a_i)');
  });
});

describe('styleTemplate in project.json', () => {
  function project(template: Uint8Array): string {
    const dir = tempDir();
    cpSync(join(ROOT, SAMPLE), dir, { recursive: true });
    const settings = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8'));
    writeFileSync(join(dir, 'project.json'), JSON.stringify({ ...settings, styleTemplate: 'firma.dotx' }));
    writeFileSync(join(dir, 'firma.dotx'), template);
    return dir;
  }

  it("gives the DOCX the template's styles", () => {
    const out = tempDir();
    expect(runCli(['build', '--project', project(styleTemplate()), '--out', out, '--format', 'docx']).code).toBe(0);
    const parts = docxParts(read(out, 'customer-services-2020-pl.docx'));
    expect(part(parts, 'word/styles.xml')).toContain('w:ascii="Georgia"');
    expect(part(parts, 'word/document.xml')).toContain('<w:pStyle w:val="Nagwek1"/>');
  });

  it('stops with a usage error, writing nothing, when the template is not a Word file', () => {
    const out = join(tempDir(), 'out');
    const r = runCli(['build', '--project', project(new TextEncoder().encode('not a template')), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a Word file');
    expect(() => readdirSync(out)).toThrow();
  });
});
