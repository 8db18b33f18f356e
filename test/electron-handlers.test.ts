/**
 * The IPC handlers against real temporary folders, with stubbed dialogs and shell: projects in the
 * CLI's layout, the sample copy, atomic saves, exports that never overwrite by surprise, and the
 * input watcher. Plain Node: no Electron.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ApiResult, InputChangedEvent, ProjectData } from '../electron/common/api.js';
import { isStaleTemporary, isTemporaryName, writeAtomically, type WriteFile } from '../electron/main/fs-atomic.js';
import { exportWriteError } from '../electron/main/handlers/export-files.js';
import { createHandlers, type HandlerDeps } from '../electron/main/handlers/index.js';
import { InputWatcher } from '../electron/main/handlers/watch-inputs.js';
import { readInputFile } from '../electron/main/handlers/input-file.js';
import { parseCli } from '../cli/args.js';
import { loadRequest } from '../cli/load-request.js';
import type { ProjectSettings } from '../core/report/settings.js';

const SAMPLE = 'data/sample';
const roots: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'raport-handlers-'));
  roots.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

const SETTINGS: ProjectSettings = { organisation: 'Operator Testowy S.A.', year: 2021, lang: 'pl', edition: '2016', files: {} };
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}
function failure<T>(result: ApiResult<T>) {
  if (result.ok) throw new Error('expected an error value');
  return result.error;
}

/** Every file under `dir` with its SHA-256, to prove a folder was not touched. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p.slice(dir.length)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const leftovers = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => isTemporaryName(p.split(/[\\/]/).pop() ?? ''));

function setup(overrides: Partial<HandlerDeps> = {}) {
  const base = tempDir();
  const opened: string[] = [];
  const shown: string[] = [];
  const events: InputChangedEvent[] = [];
  const deps: HandlerDeps = {
    userDataDir: join(base, 'app-data'),
    sampleDir: SAMPLE,
    dialogs: { chooseFolder: async (purpose) => join(base, `chosen-${purpose}`), chooseCsv: async () => null },
    shell: {
      openPath: async (path) => {
        opened.push(path);
        return '';
      },
      showItemInFolder: (path) => shown.push(path),
    },
    notifyInputChanged: (event) => events.push(event),
    watchInputs: false,
    ...overrides,
  };
  const handlers = createHandlers(deps);
  return { base, deps, handlers, opened, shown, events };
}

let disposers: (() => void)[] = [];
afterEach(() => {
  for (const dispose of disposers) dispose();
  disposers = [];
});

describe('projects', () => {
  it('create → attach → save → open round trip, in the layout the CLI reads', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'projects', 'raport-2021');
    const outside = join(base, 'exports', 'rejestr.csv');
    mkdirSync(join(base, 'exports'));
    const privacy = readFileSync(join(SAMPLE, 'privacy-register.csv'));
    writeFileSync(outside, privacy);

    const created = value(await handlers.createProject(folder, SETTINGS));
    expect(created).toMatchObject({ folder, settings: SETTINGS, inputs: {}, missingInputs: {}, isSample: false, mappings: {} });
    expect(JSON.parse(readFileSync(join(folder, 'project.json'), 'utf8'))).toEqual(SETTINGS);

    const attached = value(await handlers.attachInput(folder, 'privacy', outside));
    expect(attached).toMatchObject({ kind: 'privacy', name: 'rejestr.csv', path: outside });
    expect(Buffer.from(attached.bytes).equals(privacy)).toBe(true);
    expect(readFileSync(outside).equals(privacy)).toBe(true);

    const service = readFileSync(join(SAMPLE, 'service-metrics.csv'));
    const dropped = value(await handlers.attachInputBytes(folder, 'service', 'wskaźniki obsługi.csv', new Uint8Array(service)));
    expect(dropped.path).toBe(join(folder, 'inputs', 'wskaźniki obsługi.csv'));

    // Inside the project: relative with '/'; outside: absolute.
    const stored = JSON.parse(readFileSync(join(folder, 'project.json'), 'utf8')) as ProjectSettings;
    expect(stored.files).toEqual({ privacy: outside, service: 'inputs/wskaźniki obsługi.csv' });

    value(await handlers.saveNarrative(folder, 'pl', 'intro', '# Relacje\n\nTekst {{organisation}}.\n'));
    value(await handlers.saveNarrative(folder, 'en', 'privacy', 'Privacy.\n'));
    const mappings = value(await handlers.saveMappings(folder, { privacy: { type: { 'zgłoszenie klienta': 'complaint' } } }));

    const opened = value(await handlers.openProject(folder));
    expect(opened.settings.files).toEqual(stored.files);
    expect(opened.narratives).toEqual({ pl: { intro: '# Relacje\n\nTekst {{organisation}}.\n' }, en: { privacy: 'Privacy.\n' } });
    expect(opened.mappings).toEqual(mappings);
    expect(Object.keys(opened.inputs).sort()).toEqual(['privacy', 'service']);
    expect(Buffer.from(opened.inputs.service!.bytes).equals(service)).toBe(true);
    expect(opened.missingInputs).toEqual({});

    expect((await handlers.recentProjects()).map((p) => p.folder)).toEqual([folder]);

    // The CLI reads the same project: inputs inside the folder, narratives, mappings. (--templates:
    // from the sources the CLI's default points next to its bundle in dist/.)
    value(await handlers.saveSettings(folder, { ...opened.settings, files: { service: opened.settings.files.service } }));
    const loaded = loadRequest(parseCli(['build', '--project', folder, '--templates', 'templates']));
    expect(Object.keys(loaded.request.files)).toEqual(['service']);
    expect(loaded.request.narratives.sources).toHaveProperty('intro');
    expect(loaded.request.mappings).toEqual(mappings);
  });

  it('the CLI reads an input the app stored by absolute path (outside the project folder)', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    const outside = join(base, 'rejestr.csv');
    cpSync(join(SAMPLE, 'privacy-register.csv'), outside);
    value(await handlers.createProject(folder, SETTINGS));
    value(await handlers.attachInput(folder, 'privacy', outside));
    const loaded = loadRequest(parseCli(['build', '--project', folder, '--templates', 'templates']));
    expect(loaded.inputs).toEqual([{ kind: 'privacy', path: outside, size: statSync(outside).size }]);
  });

  it('refuses to create a project where one exists, and names the file', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    value(await handlers.createProject(folder, SETTINGS));
    const error = failure(await handlers.createProject(folder, { ...SETTINGS, organisation: 'Inna' }));
    expect(error).toMatchObject({ code: 'exists', path: join(folder, 'project.json') });
    expect(error.message.pl).toContain(folder);
    expect(error.message.en).toContain(folder);
    expect(JSON.parse(readFileSync(join(folder, 'project.json'), 'utf8')).organisation).toBe(SETTINGS.organisation);
  });

  it('opens a project written in the CLI layout (the sample, copied)', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'cli-project');
    cpSync(SAMPLE, folder, { recursive: true });
    const project = value(await handlers.openProject(folder));
    expect(project.settings).toMatchObject({ organisation: 'Przykładowy Operator Komórkowy S.A.', year: 2020, lang: 'pl' });
    expect(Object.keys(project.inputs).sort()).toEqual(['accessibility', 'digital', 'privacy', 'service']);
    expect(project.inputs.privacy?.path).toBe(join(folder, 'privacy-register.csv'));
    expect(Object.keys(project.narratives.pl).length).toBeGreaterThan(3);
    expect(Object.keys(project.narratives.en).length).toBeGreaterThan(3);
    expect(project.isSample).toBe(false);
  });

  it('reports a missing input in missingInputs, not as an error', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    cpSync(SAMPLE, folder, { recursive: true });
    rmSync(join(folder, 'service-metrics.csv'));
    const project = value(await handlers.openProject(folder));
    expect(Object.keys(project.inputs).sort()).toEqual(['accessibility', 'digital', 'privacy']);
    expect(project.missingInputs.service).toMatchObject({ code: 'not-found', path: join(folder, 'service-metrics.csv') });
    expect(project.missingInputs.service?.message.pl).toContain('service-metrics.csv');
  });

  it('tells a missing folder, a folder without project.json and a broken project.json apart', async () => {
    const { base, handlers } = setup();
    expect(failure(await handlers.openProject(join(base, 'nowhere'))).code).toBe('not-found');
    mkdirSync(join(base, 'plain'));
    expect(failure(await handlers.openProject(join(base, 'plain')))).toMatchObject({ code: 'not-a-project', path: join(base, 'plain') });
    mkdirSync(join(base, 'broken'));
    writeFileSync(join(base, 'broken', 'project.json'), '{ "organisation": ');
    expect(failure(await handlers.openProject(join(base, 'broken'))).code).toBe('invalid-project');
    mkdirSync(join(base, 'invalid'));
    writeFileSync(join(base, 'invalid', 'project.json'), JSON.stringify({ organisation: '', year: 1999 }));
    const invalid = failure(await handlers.openProject(join(base, 'invalid')));
    expect(invalid.code).toBe('invalid-project');
    expect(invalid.message.pl).toContain('organizacji');
    expect(invalid.message.en).toContain('"year"');
  });

  it('saves settings only into a project, keeping keys it does not know and storing inside paths relatively', async () => {
    const { base, handlers } = setup();
    mkdirSync(join(base, 'plain'));
    expect(failure(await handlers.saveSettings(join(base, 'plain'), SETTINGS)).code).toBe('not-a-project');
    expect(failure(await handlers.saveNarrative(join(base, 'plain'), 'pl', 'intro', 'x')).code).toBe('not-a-project');
    expect(existsSync(join(base, 'plain', 'project.json'))).toBe(false);

    const folder = join(base, 'p');
    value(await handlers.createProject(folder, SETTINGS));
    const json = JSON.parse(readFileSync(join(folder, 'project.json'), 'utf8'));
    writeFileSync(join(folder, 'project.json'), JSON.stringify({ ...json, futureField: { keep: true } }));
    const saved = value(await handlers.saveSettings(folder, { ...SETTINGS, year: 2022, files: { privacy: join(folder, 'dane', 'rejestr.csv') } }));
    expect(saved.files).toEqual({ privacy: 'dane/rejestr.csv' });
    expect(JSON.parse(readFileSync(join(folder, 'project.json'), 'utf8'))).toMatchObject({ year: 2022, futureField: { keep: true }, files: { privacy: 'dane/rejestr.csv' } });
  });

  it('re-reads an attached input, and says which kind is not attached', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    cpSync(SAMPLE, folder, { recursive: true });
    writeFileSync(join(folder, 'privacy-register.csv'), 'id;type\n1;complaint\n');
    expect(decode(value(await handlers.readInput(folder, 'privacy')).bytes)).toBe('id;type\n1;complaint\n');
    value(await handlers.saveSettings(folder, { ...SETTINGS, files: {} }));
    const error = failure(await handlers.readInput(folder, 'service'));
    expect(error.code).toBe('not-found');
    expect(error.message.en).toContain('customer-service metrics');
  });
});

describe('the sample', () => {
  it('is copied once into the app data folder, opened as the sample, and keeps edits', async () => {
    const before = fingerprint(SAMPLE);
    const { deps, handlers } = setup();
    const first = value(await handlers.openSample());
    const copy = join(deps.userDataDir, 'sample-project');
    expect(first).toMatchObject({ folder: copy, isSample: true });
    expect(Object.keys(first.inputs).sort()).toEqual(['accessibility', 'digital', 'privacy', 'service']);

    value(await handlers.saveNarrative(copy, 'pl', 'intro', 'Moja wersja wstępu.\n'));
    const again = value(await handlers.openSample());
    expect(again.narratives.pl.intro).toBe('Moja wersja wstępu.\n');
    expect(value(await handlers.openProject(copy)).isSample).toBe(true);

    expect(fingerprint(SAMPLE)).toEqual(before);
    expect(await handlers.recentProjects()).toEqual([]);
    expect(readdirSync(deps.userDataDir).filter((n) => n.startsWith('sample-project'))).toEqual(['sample-project']);
  });
});

describe('atomic saves', () => {
  it('replaces a narrative by renaming a complete new file over it, leaving no temporary file', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    value(await handlers.createProject(folder, SETTINGS));
    value(await handlers.saveNarrative(folder, 'pl', 'covid', 'pierwsza wersja\n'));
    const file = join(folder, 'narratives', 'pl', 'covid.md');
    const inode = statSync(file).ino;
    value(await handlers.saveNarrative(folder, 'pl', 'covid', 'druga wersja\n'));
    expect(readFileSync(file, 'utf8')).toBe('druga wersja\n');
    // A new inode: the old file was replaced whole, not rewritten in place.
    expect(statSync(file).ino).not.toBe(inode);
    expect(leftovers(folder)).toEqual([]);
  });

  it('a failed save returns an error value, keeps what was there and cleans up', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    value(await handlers.createProject(folder, SETTINGS));
    // A folder where the narrative file should be: the rename cannot replace it.
    mkdirSync(join(folder, 'narratives', 'pl', 'intro.md'), { recursive: true });
    const error = failure(await handlers.saveNarrative(folder, 'pl', 'intro', 'tekst'));
    expect(error.path).toBe(join(folder, 'narratives', 'pl', 'intro.md'));
    expect(statSync(join(folder, 'narratives', 'pl', 'intro.md')).isDirectory()).toBe(true);
    expect(leftovers(folder)).toEqual([]);
  });
});

/** Makes `dir` unwritable even for root (chattr +i) when chmod is not enough; null when neither works. */
function makeReadOnly(dir: string): (() => void) | null {
  const writable = (): boolean => {
    try {
      writeFileSync(join(dir, '.probe'), '');
      rmSync(join(dir, '.probe'));
      return true;
    } catch {
      return false;
    }
  };
  chmodSync(dir, 0o555);
  if (!writable()) return () => chmodSync(dir, 0o755);
  chmodSync(dir, 0o755);
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  if (!writable()) return () => execFileSync('chattr', ['-i', dir]);
  execFileSync('chattr', ['-i', dir]);
  return null;
}

describe('export', () => {
  const files = (text: string) => [
    { name: 'customer-services-2021-pl.docx', bytes: encode(`docx ${text}`) },
    { name: 'customer-services-2021-pl.html', bytes: encode(`html ${text}`) },
  ];

  it('writes new files; with a conflict and no overwrite writes nothing; with overwrite replaces them', async () => {
    const { base, handlers } = setup();
    const out = join(base, 'wyniki');
    expect(value(await handlers.exportFiles(out, files('1'), false))).toEqual({
      status: 'written',
      paths: [join(out, 'customer-services-2021-pl.docx'), join(out, 'customer-services-2021-pl.html')],
    });

    rmSync(join(out, 'customer-services-2021-pl.html'));
    const conflict = value(await handlers.exportFiles(out, files('2'), false));
    expect(conflict).toEqual({ status: 'conflict', existing: [join(out, 'customer-services-2021-pl.docx')] });
    expect(readFileSync(join(out, 'customer-services-2021-pl.docx'), 'utf8')).toBe('docx 1');
    expect(existsSync(join(out, 'customer-services-2021-pl.html'))).toBe(false);

    expect(value(await handlers.exportFiles(out, files('3'), true)).status).toBe('written');
    expect(readFileSync(join(out, 'customer-services-2021-pl.docx'), 'utf8')).toBe('docx 3');
    expect(readFileSync(join(out, 'customer-services-2021-pl.html'), 'utf8')).toBe('html 3');
    expect(leftovers(out)).toEqual([]);
  });

  it('refuses a name with folders even when called directly', async () => {
    const { base, handlers } = setup();
    const error = failure(await handlers.exportFiles(join(base, 'out'), [{ name: '../escape.txt', bytes: encode('x') }], true));
    expect(error.code).toBe('invalid-payload');
    expect(existsSync(join(base, 'escape.txt'))).toBe(false);
  });

  const probe = tempDir();
  const restore = makeReadOnly(probe);
  restore?.();
  if (restore === null) console.warn('Skipping the read-only export test: this machine cannot make a folder read-only for this user (root without chattr).');

  it.skipIf(restore === null)('a read-only folder gives a permission error value that says what to do', async () => {
    const { base, handlers } = setup();
    const out = join(base, 'read-only');
    mkdirSync(out);
    writeFileSync(join(out, 'customer-services-2021-pl.docx'), 'stare');
    const undo = makeReadOnly(out)!;
    try {
      const error = failure(await handlers.exportFiles(out, files('nowe'), true));
      expect(error).toMatchObject({ code: 'permission', path: join(out, 'customer-services-2021-pl.docx') });
      expect(error.message.pl).toMatch(/Word.*inn/);
      expect(error.message.en).toMatch(/Word.*another/);
    } finally {
      undo();
    }
    expect(readFileSync(join(out, 'customer-services-2021-pl.docx'), 'utf8')).toBe('stare');
    expect(leftovers(out)).toEqual([]);
  });

  it('calls a file Word holds open on Windows "locked", and a read-only one "permission"', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(exportWriteError(err('EBUSY'), 'C:\\r\\a.docx', true, 'linux').code).toBe('locked');
    expect(exportWriteError(err('EPERM'), 'C:\\r\\a.docx', true, 'win32').code).toBe('locked');
    expect(exportWriteError(err('EACCES'), 'C:\\r\\a.docx', true, 'win32').code).toBe('locked');
    expect(exportWriteError(err('EPERM'), 'C:\\r\\a.docx', false, 'win32').code).toBe('permission');
    expect(exportWriteError(err('EACCES'), '/r/a.docx', true, 'linux').code).toBe('permission');
    expect(exportWriteError(err('EROFS'), '/r/a.docx', false, 'linux').code).toBe('permission');
    expect(exportWriteError(err('ENOSPC'), '/r/a.docx', false, 'linux').code).toBe('io');
    const locked = exportWriteError(err('EBUSY'), 'C:\\r\\a.docx', true, 'win32');
    expect(locked.path).toBe('C:\\r\\a.docx');
    expect(locked.message.pl).toContain('C:\\r\\a.docx');
    expect(locked.message.pl).toMatch(/Zamknij go w programie Word.*inną nazwę/);
    expect(locked.message.en).toMatch(/Close it in Word.*another name/);
  });
});

describe('open and show', () => {
  it('opens folders and the app\'s document kinds only', async () => {
    const { base, handlers, opened, shown } = setup();
    writeFileSync(join(base, 'raport.docx'), 'x');
    writeFileSync(join(base, 'installer.exe'), 'MZ');
    writeFileSync(join(base, 'script.sh'), '#!/bin/sh');
    value(await handlers.openPath(join(base, 'raport.docx')));
    value(await handlers.openPath(base));
    expect(failure(await handlers.openPath(join(base, 'installer.exe'))).code).toBe('permission');
    expect(failure(await handlers.openPath(join(base, 'script.sh'))).code).toBe('permission');
    expect(failure(await handlers.openPath(join(base, 'missing.docx'))).code).toBe('not-found');
    expect(opened).toEqual([join(base, 'raport.docx'), base]);
    value(await handlers.showInFolder(join(base, 'installer.exe')));
    expect(failure(await handlers.showInFolder(join(base, 'missing.docx'))).code).toBe('not-found');
    expect(shown).toEqual([join(base, 'installer.exe')]);
  });

  it('reports what the system could not open', async () => {
    const { base, handlers } = setup({ shell: { openPath: async () => 'No application is associated', showItemInFolder: () => undefined } });
    writeFileSync(join(base, 'raport.html'), 'x');
    const error = failure(await handlers.openPath(join(base, 'raport.html')));
    expect(error).toMatchObject({ code: 'io', path: join(base, 'raport.html') });
    expect(error.message.en).toContain('No application is associated');
  });
});

describe('app settings, recent projects and dialogs', () => {
  it('UI language defaults to Polish, is saved, and survives a damaged file as the default', async () => {
    const { deps, handlers } = setup();
    expect(await handlers.getAppSettings()).toEqual({ uiLanguage: 'pl' });
    expect(value(await handlers.saveAppSettings({ uiLanguage: 'en' }))).toEqual({ uiLanguage: 'en' });
    expect(await handlers.getAppSettings()).toEqual({ uiLanguage: 'en' });
    writeFileSync(join(deps.userDataDir, 'settings.json'), '{ broken');
    expect(await handlers.getAppSettings()).toEqual({ uiLanguage: 'pl' });
  });

  it('keeps the ten most recent projects, newest first, once each, and forgets deleted ones', async () => {
    const { base, handlers } = setup();
    const folders = Array.from({ length: 12 }, (_, i) => join(base, `p${i}`));
    for (const [i, folder] of folders.entries()) value(await handlers.createProject(folder, { ...SETTINGS, year: 2010 + i }));
    value(await handlers.openProject(folders[5]!));
    const recent = await handlers.recentProjects();
    expect(recent.map((p) => p.folder)).toEqual([folders[5], folders[11], folders[10], folders[9], folders[8], folders[7], folders[6], folders[4], folders[3], folders[2]]);
    expect(recent[0]).toMatchObject({ organisation: SETTINGS.organisation, year: 2015 });
    expect(Number.isNaN(Date.parse(recent[0]!.openedAt))).toBe(false);
    rmSync(join(folders[11]!, 'project.json'));
    expect((await handlers.recentProjects()).map((p) => p.folder)).not.toContain(folders[11]);
  });

  it('passes the dialogs through', async () => {
    const { base, handlers } = setup();
    expect(await handlers.chooseProjectFolder()).toBe(join(base, 'chosen-project'));
    expect(await handlers.chooseExportFolder()).toBe(join(base, 'chosen-export'));
    expect(await handlers.chooseCsvFile()).toBeNull();
  });
});

/** Polls until `done()` or the time is up. */
async function waitFor(done: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await sleep(25);
}

describe('watching attached inputs', () => {
  it('notifies once per real change, not for a touch or a rewrite with the same bytes, and follows rename-saves', async () => {
    const { base, events, handlers } = setup({ watchInputs: true });
    disposers.push(() => handlers.dispose());
    const folder = join(base, 'p');
    cpSync(SAMPLE, folder, { recursive: true });
    const file = join(folder, 'service-metrics.csv');
    const original = readFileSync(file);
    value(await handlers.openProject(folder));
    await sleep(100);

    // Same bytes: a touch and a rewrite.
    utimesSync(file, new Date(), new Date());
    writeFileSync(file, original);
    await sleep(900);
    expect(events).toEqual([]);

    // A real change, written in two steps as a slow save would: one event after the debounce.
    writeFileSync(file, Buffer.concat([original, Buffer.from('')]).subarray(0, original.length - 1));
    writeFileSync(file, Buffer.concat([original, Buffer.from('2020;Q4;x;1\n')]));
    await waitFor(() => events.length > 0, 3000);
    await sleep(500);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ folder, kind: 'service', file: { kind: 'service', path: file, name: 'service-metrics.csv' } });
    expect(decode(events[0]!.file.bytes).endsWith('2020;Q4;x;1\n')).toBe(true);

    // An editor's save: a new file renamed over the old one. The watch follows it.
    writeFileSync(join(folder, 'save.tmp'), 'kwartał;wartość\nQ1;1\n');
    renameSync(join(folder, 'save.tmp'), file);
    await waitFor(() => events.length > 1, 4000);
    expect(events).toHaveLength(2);
    expect(decode(events[1]!.file.bytes)).toBe('kwartał;wartość\nQ1;1\n');

    // And once more on the new inode.
    writeFileSync(file, 'kwartał;wartość\nQ1;2\n');
    await waitFor(() => events.length > 2, 3000);
    expect(events).toHaveLength(3);

    handlers.dispose();
    writeFileSync(file, 'after dispose\n');
    await sleep(700);
    expect(events).toHaveLength(3);
  });

  it('does not report its own re-read as a change, and stops watching detached inputs', async () => {
    const changes: InputChangedEvent[] = [];
    const watcher = new InputWatcher((e) => changes.push(e), { debounceMs: 50, retryMs: 100 });
    disposers.push(() => watcher.dispose());
    const dir = tempDir();
    const path = join(dir, 'a.csv');
    writeFileSync(path, 'a\n1\n');
    watcher.watchProject(dir, [await readInputFile('privacy', path)]);
    expect(watcher.watchedPaths(dir)).toEqual({ privacy: path });
    expect(watcher.watchedPaths(join(dir, 'other'))).toEqual({});

    writeFileSync(path, 'a\n2\n');
    // The renderer re-read the file before the debounce ran: the new bytes are the baseline now.
    watcher.watchInput(dir, await readInputFile('privacy', path));
    await sleep(300);
    expect(changes).toEqual([]);

    watcher.unwatch(dir, 'privacy');
    writeFileSync(path, 'a\n3\n');
    await sleep(300);
    expect(changes).toEqual([]);
    expect(watcher.watchedPaths(dir)).toEqual({});
  });

  it('picks a file up again after it was missing for a while', async () => {
    const changes: InputChangedEvent[] = [];
    const watcher = new InputWatcher((e) => changes.push(e), { debounceMs: 50, retryMs: 100 });
    disposers.push(() => watcher.dispose());
    const dir = tempDir();
    const path = join(dir, 'a.csv');
    writeFileSync(path, 'a\n1\n');
    watcher.watchProject(dir, [await readInputFile('accessibility', path)]);
    rmSync(path);
    await sleep(400);
    writeFileSync(path, 'a\n2\n');
    await waitFor(() => changes.length > 0, 2000);
    expect(changes.map((c) => decode(c.file.bytes))).toEqual(['a\n2\n']);
  });

  it('never watches when told not to', async () => {
    const { base, events, handlers } = setup({ watchInputs: false });
    const folder = join(base, 'p');
    cpSync(SAMPLE, folder, { recursive: true });
    value(await handlers.openProject(folder));
    writeFileSync(join(folder, 'privacy-register.csv'), 'changed\n');
    await sleep(600);
    expect(events).toEqual([]);
  });
});

/** A `node:fs`-style error (what a real write throws), for a writer that acts out a failing disk. */
const errnoError = (code: string, path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: simulated, open '${path}'`), { code, path, errno: -1, syscall: 'rename' });

/** The real atomic writer, except that files named `name` fail with `code`, as Word or a read-only disk makes them. */
const failingFor = (name: string, code: string): WriteFile => async (path, data) => {
  if (basename(path) === name) throw errnoError(code, path);
  await writeAtomically(path, data);
};

describe('a file open in another program or read-only', () => {
  const files = (text: string) => [
    { name: 'customer-services-2021-pl.docx', bytes: encode(`docx ${text}`) },
    { name: 'customer-services-2021-pl.html', bytes: encode(`html ${text}`) },
  ];

  it.each([
    ['EBUSY', 'locked'],
    ['EACCES', 'permission'],
    ['EPERM', 'permission'],
    ['EROFS', 'permission'],
  ])('an export that meets %s says "%s", names the file, and leaves the previous file as it was', async (code, expected) => {
    const { base, handlers } = setup({ writeFile: failingFor('customer-services-2021-pl.html', code) });
    const out = join(base, 'wyniki');
    mkdirSync(out);
    writeFileSync(join(out, 'customer-services-2021-pl.html'), 'poprzednia wersja');
    const error = failure(await handlers.exportFiles(out, files('nowe'), true));
    const html = join(out, 'customer-services-2021-pl.html');
    expect(error).toMatchObject({ code: expected, path: html });
    expect(error.message.pl).toContain(html);
    expect(error.message.en).toContain(html);
    expect(error.message.pl).toMatch(/inną nazwę|inny folder lub nazwę/);
    expect(error.message.en).toMatch(/another name|another folder or name/);
    expect(readFileSync(html, 'utf8')).toBe('poprzednia wersja');
    // The files before the failing one are written (the renderer knows which, by the order).
    expect(readFileSync(join(out, 'customer-services-2021-pl.docx'), 'utf8')).toBe('docx nowe');
    // Another name for the same bytes goes through.
    const renamed = value(await handlers.exportFiles(out, [{ name: 'customer-services-2021-pl (2).html', bytes: encode('html nowe') }], false));
    expect(renamed).toEqual({ status: 'written', paths: [join(out, 'customer-services-2021-pl (2).html')] });
    expect(leftovers(out)).toEqual([]);
  });

  it('a real write that cannot happen, even for root (the folder is a file), is an error value and changes nothing', async () => {
    const { base, handlers } = setup();
    const notAFolder = join(base, 'plik');
    writeFileSync(notAFolder, 'zwykły plik');
    const error = failure(await handlers.exportFiles(join(notAFolder, 'wyniki'), files('x'), false));
    expect(error.path).toBe(join(notAFolder, 'wyniki'));
    expect(error.message.pl).toContain(join(notAFolder, 'wyniki'));
    expect(readFileSync(notAFolder, 'utf8')).toBe('zwykły plik');
  });

  it('a save that meets a locked or read-only file says so, names the file, and keeps what was on disk', async () => {
    const { base } = setup();
    const folder = join(base, 'p');
    const plain = createHandlers({ ...setup().deps, watchInputs: false });
    value(await plain.createProject(folder, SETTINGS));
    value(await plain.saveNarrative(folder, 'pl', 'intro', 'zapisany tekst\n'));
    const before = fingerprint(folder);

    const cases: [string, string, (h: ReturnType<typeof createHandlers>) => Promise<ApiResult<unknown>>, string][] = [
      ['intro.md', 'EBUSY', (h) => h.saveNarrative(folder, 'pl', 'intro', 'nowy tekst\n'), 'locked'],
      ['intro.md', 'EACCES', (h) => h.saveNarrative(folder, 'pl', 'intro', 'nowy tekst\n'), 'permission'],
      ['project.json', 'EROFS', (h) => h.saveSettings(folder, { ...SETTINGS, year: 2022 }), 'permission'],
      ['mappings.json', 'EPERM', (h) => h.saveMappings(folder, { privacy: { type: { x: 'complaint' } } }), 'permission'],
      ['.raport-recovery.json', 'EBUSY', (h) => h.saveRecovery(folder, [{ lang: 'pl', section: 'intro', text: 'x', at: new Date().toISOString() }]), 'locked'],
    ];
    for (const [name, code, call, expected] of cases) {
      const handlers = createHandlers({ ...setup().deps, writeFile: failingFor(name, code) });
      const error = failure(await call(handlers));
      expect(error.code, `${name} ${code}`).toBe(expected);
      expect(error.path?.endsWith(name)).toBe(true);
      expect(error.message.pl).toContain(error.path!);
      expect(error.message.pl).toMatch(/zmiany są nadal w aplikacji/i);
      expect(error.message.en).toMatch(/your changes are still in the app/i);
    }
    expect(fingerprint(folder)).toEqual(before);
  });
});

describe('leftovers of a killed writer', () => {
  /** The pid of a process that has exited. */
  const deadPid = (): number => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(child.stdout);
  };
  const hourAgo = (Date.now() - process.uptime() * 1000 - 3_600_000) / 1000;

  it('are never read as project files, and stale ones are removed when the project opens', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    cpSync(SAMPLE, folder, { recursive: true });
    mkdirSync(join(folder, 'inputs'));
    const intro = readFileSync(join(folder, 'narratives', 'pl', 'intro.md'), 'utf8');
    const dead = deadPid();
    const stale = [
      join(folder, `.project.json.${dead}-0badc0de.tmp`),
      join(folder, 'narratives', 'pl', `.intro.md.${dead}-0badc0de.tmp`),
      join(folder, 'inputs', `.rejestr.csv.${dead}-0badc0de.tmp`),
      // A pid that runs now but belongs to another program: the file predates this process.
      join(folder, 'narratives', 'en', `.intro.md.${process.ppid}-0badc0de.tmp`),
    ];
    const kept = [
      // This process's own write in progress.
      join(folder, 'narratives', 'pl', `.covid.md.${process.pid}-0badc0de.tmp`),
      // A running process's fresh file: maybe a write in progress elsewhere.
      join(folder, `.mappings.json.${process.ppid}-0badc0de.tmp`),
      // Not a file the app writes there: the user's own, whatever its name.
      join(folder, `.notatki.txt.${dead}-0badc0de.tmp`),
    ];
    for (const path of [...stale, ...kept]) writeFileSync(path, '{"organisation": "Półzapis'); // a half-written file
    utimesSync(stale[3]!, hourAgo, hourAgo);

    const opened = value(await handlers.openProject(folder));
    expect(opened.narratives.pl.intro).toBe(intro);
    for (const lang of ['pl', 'en'] as const) {
      expect(Object.keys(opened.narratives[lang]).sort()).toEqual(readdirSync(join(SAMPLE, 'narratives', lang)).map((n) => n.replace(/\.md$/, '')).sort());
    }
    expect(opened.settings.organisation).toBe('Przykładowy Operator Komórkowy S.A.');
    for (const path of stale) expect(existsSync(path), path).toBe(false);
    for (const path of kept) expect(existsSync(path), path).toBe(true);
  });

  it('an export removes only the stale temporary files of the names it writes', async () => {
    const { base, handlers } = setup();
    const out = join(base, 'wyniki');
    mkdirSync(out);
    const dead = deadPid();
    const ours = join(out, `.customer-services-2021-pl.docx.${dead}-0badc0de.tmp`);
    const other = join(out, `.umowa.docx.${dead}-0badc0de.tmp`);
    writeFileSync(ours, 'PK half');
    writeFileSync(other, 'PK half');
    value(await handlers.exportFiles(out, [{ name: 'customer-services-2021-pl.docx', bytes: encode('docx') }], false));
    expect(existsSync(ours)).toBe(false);
    expect(existsSync(other)).toBe(true);
  });

  it('tells stale from live by the writer\'s pid and age', () => {
    const running = (pid: number) => pid === 4242;
    const now = Date.now();
    expect(isStaleTemporary('.intro.md.4243-0badc0de.tmp', now, running)).toBe(true);
    expect(isStaleTemporary('.intro.md.4242-0badc0de.tmp', now, running)).toBe(false);
    expect(isStaleTemporary('.intro.md.4242-0badc0de.tmp', hourAgo * 1000, running)).toBe(true);
    expect(isStaleTemporary(`.intro.md.${process.pid}-0badc0de.tmp`, hourAgo * 1000, () => false)).toBe(false);
    expect(isStaleTemporary('.intro.md.tmp', now, running)).toBe(false);
    expect(isStaleTemporary('intro.md.4243-0badc0de.tmp', now, running)).toBe(false);
  });
});

describe('the crash-recovery journal', () => {
  const at = '2024-03-12T13:32:05.123Z';

  it('keeps typed text in the project folder; opening offers what differs from the saved narratives', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    value(await handlers.createProject(folder, SETTINGS));
    value(await handlers.saveNarrative(folder, 'pl', 'intro', 'zapisane\n'));
    value(await handlers.saveNarrative(folder, 'pl', 'covid', 'bez zmian\n'));
    const entries = [
      { lang: 'pl' as const, section: 'intro', text: 'zapisane\nI dopisane przed awarią.\n', at },
      { lang: 'pl' as const, section: 'covid', text: 'bez zmian\n', at },
      { lang: 'en' as const, section: 'privacy', text: 'Never saved.\n', at },
    ];
    value(await handlers.saveRecovery(folder, entries));
    const journal = join(folder, '.raport-recovery.json');
    expect(JSON.parse(readFileSync(journal, 'utf8'))).toEqual({ version: 1, entries });
    expect(leftovers(folder)).toEqual([]);

    const opened = value(await handlers.openProject(folder));
    expect(opened.recovered).toEqual([entries[0], entries[2]]);
    // The narratives themselves are as saved: nothing is restored without asking.
    expect(opened.narratives.pl.intro).toBe('zapisane\n');
    expect(opened.narratives.en).toEqual({});
    // The CLI never reads it.
    const loaded = loadRequest(parseCli(['build', '--project', folder, '--templates', 'templates']));
    expect(loaded.request.narratives.sources.intro).toBe('zapisane\n');

    // An empty journal clears it.
    value(await handlers.saveRecovery(folder, []));
    expect(existsSync(journal)).toBe(false);
    expect(value(await handlers.openProject(folder)).recovered).toEqual([]);
  });

  it('a journal that matches the files (saved, then killed before clearing it) is removed on open', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    value(await handlers.createProject(folder, SETTINGS));
    value(await handlers.saveNarrative(folder, 'pl', 'intro', 'tekst\n'));
    value(await handlers.saveRecovery(folder, [{ lang: 'pl', section: 'intro', text: 'tekst\n', at }]));
    expect(value(await handlers.openProject(folder)).recovered).toEqual([]);
    expect(existsSync(join(folder, '.raport-recovery.json'))).toBe(false);
  });

  it('a damaged journal or one naming unknown narratives offers nothing and does not stop the project opening', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    value(await handlers.createProject(folder, SETTINGS));
    const journal = join(folder, '.raport-recovery.json');
    for (const text of ['{"version": 1, "entries": [', 'null', '[]', '{"version": 2, "entries": []}', JSON.stringify({ version: 1, entries: [{ lang: 'pl', section: '../x', text: 'a', at }, { lang: 'de', section: 'intro', text: 'a', at }] })]) {
      writeFileSync(journal, text);
      expect(value(await handlers.openProject(folder)).recovered, text).toEqual([]);
    }
  });

  it('is refused outside a project: it never creates one', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'nie-projekt');
    mkdirSync(folder);
    expect(failure(await handlers.saveRecovery(folder, [{ lang: 'pl', section: 'intro', text: 'x', at }])).code).toBe('not-a-project');
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('imported CSV files are never modified', () => {
  it('attach, map a value, save, export, reopen and watch: every input keeps its bytes and its time', async () => {
    const { base, deps } = setup();
    const handlers = createHandlers({ ...deps, watchInputs: true });
    disposers.push(() => handlers.dispose());
    const folder = join(base, 'p');
    const outside = join(base, 'eksport-z-systemu', 'rejestr.csv');
    mkdirSync(dirname(outside));
    cpSync(join(SAMPLE, 'privacy-register.csv'), outside);
    cpSync(SAMPLE, folder, { recursive: true });
    const inputs = [outside, join(folder, 'service-metrics.csv'), join(folder, 'accessibility-register.csv')];
    const snapshot = () => inputs.map((p) => ({ p, sha: createHash('sha256').update(readFileSync(p)).digest('hex'), mtime: statSync(p).mtimeMs }));
    const before = snapshot();

    const opened = value(await handlers.openProject(folder));
    value(await handlers.attachInput(folder, 'privacy', outside));
    value(await handlers.saveMappings(folder, { privacy: { type: { 'zgłoszenie klienta': 'complaint' } } }));
    value(await handlers.saveSettings(folder, { ...opened.settings, reportTitle: 'Nowy tytuł' }));
    value(await handlers.saveNarrative(folder, 'pl', 'privacy', 'Nowy opis.\n'));
    value(await handlers.saveRecovery(folder, [{ lang: 'pl', section: 'privacy', text: 'Nowy opis. I więcej.\n', at: new Date().toISOString() }]));
    value(await handlers.readInput(folder, 'privacy'));
    value(await handlers.exportFiles(join(base, 'wyniki'), [{ name: 'customer-services-2020-pl.docx', bytes: encode('docx') }], false));
    value(await handlers.openProject(folder));
    await sleep(500); // the watcher's debounce: it only ever reads

    expect(snapshot()).toEqual(before);
  });
});

// Types the renderer's browser tests rely on: ProjectData is what openProject resolves to.
const _typecheck: (p: ProjectData) => string = (p) => p.folder;
void _typecheck;

// ── Hostile input: files larger than the app can hold ──────────────────────────────────────────
// A sparse file (ftruncate) has its size on disk without taking space or time to write.
import { truncateSync } from 'node:fs';
import { vi } from 'vitest';
import { MAX_INPUT_BYTES } from '../electron/main/handlers/input-file.js';
import { main as cliMain } from '../cli/main.js';

describe('inputs too large for the app', () => {
  const GB2 = 2 * 1024 ** 3;
  const sparse = (dir: string, name: string, bytes: number): string => {
    const path = join(dir, name);
    writeFileSync(path, '');
    truncateSync(path, bytes);
    return path;
  };
  const rssMb = () => process.memoryUsage().rss / 1024 ** 2;

  it('a 2 GB file is refused from its size, before a byte is read: named, sized, with the limit and the command line', async () => {
    const path = sparse(tempDir(), 'rejestr-2gb.csv', GB2);
    const before = rssMb();
    const started = performance.now();
    const error = await readInputFile('privacy', path).then(
      () => null,
      (e: unknown) => e as { error: { code: string; message: { pl: string; en: string }; path?: string } },
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(rssMb() - before).toBeLessThan(64);
    expect(error?.error.path).toBe(path);
    expect(error?.error.message.pl).toBe(
      `Plik rejestr-2gb.csv ma 2,0 GB, a aplikacja wczytuje pliki do 256 MB. Wiersz poleceń csr-report czyta pliki dowolnej wielkości strumieniowo: csr-report build --project <folder projektu> --privacy "${path}"`,
    );
    expect(error?.error.message.en).toBe(
      `rejestr-2gb.csv is 2.0 GB; the app reads files of up to 256 MB. The csr-report command line streams files of any size: csr-report build --project <project folder> --privacy "${path}"`,
    );
  });

  it('one byte over the limit is refused; the message names the kind’s own command-line flag', async () => {
    const path = sparse(tempDir(), 'salony.csv', MAX_INPUT_BYTES + 1);
    await expect(readInputFile('accessibility', path)).rejects.toMatchObject({
      error: { message: { pl: expect.stringContaining('ma 257 MB') as string, en: expect.stringContaining(`--accessibility "${path}"`) as string } },
    });
  });

  it('attaching it fails with that message and leaves project.json as it was; opening a project that points at it reports it on the card', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    value(await handlers.createProject(folder, SETTINGS));
    const big = sparse(base, 'rejestr-2gb.csv', GB2);
    const before = readFileSync(join(folder, 'project.json'));
    const refused = failure(await handlers.attachInput(folder, 'privacy', big));
    expect(refused.message.en).toContain('rejestr-2gb.csv is 2.0 GB');
    expect(readFileSync(join(folder, 'project.json')).equals(before)).toBe(true);

    writeFileSync(join(folder, 'project.json'), JSON.stringify({ ...SETTINGS, files: { privacy: big } }));
    const opened = value(await handlers.openProject(folder));
    expect(opened.inputs).toEqual({});
    expect(opened.missingInputs.privacy?.message.pl).toContain('Plik rejestr-2gb.csv ma 2,0 GB');
  });

  it('saving the previous settings after an attach restores project.json byte for byte (how the app undoes a cancelled import)', async () => {
    const { base, handlers } = setup();
    const folder = join(base, 'p');
    value(await handlers.createProject(folder, SETTINGS));
    const first = join(base, 'pierwszy.csv');
    const second = join(folder, 'drugi.csv');
    cpSync(join(SAMPLE, 'privacy-register.csv'), first);
    cpSync(join(SAMPLE, 'privacy-register.csv'), second);
    const opened = value(await handlers.attachInput(folder, 'privacy', first));
    const settings = { ...SETTINGS, files: { privacy: opened.path } };
    const before = readFileSync(join(folder, 'project.json'), 'utf8');
    value(await handlers.attachInput(folder, 'privacy', second));
    expect(readFileSync(join(folder, 'project.json'), 'utf8')).toContain('"privacy": "drugi.csv"');
    value(await handlers.saveSettings(folder, settings));
    expect(readFileSync(join(folder, 'project.json'), 'utf8')).toBe(before);
  });

  it('the command line reads the same 2 GB file in flat memory and stops at once with a located error (NUL bytes: not a text file)', async () => {
    const path = sparse(tempDir(), 'rejestr-2gb.csv', GB2);
    const out: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const before = rssMb();
    const started = performance.now();
    let code: number;
    try {
      code = await cliMain(['check', '--privacy', path, '--year', '2020', '--templates', join(import.meta.dirname, '..', 'templates'), '--json']);
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(10);
    expect(rssMb() - before).toBeLessThan(200);
    expect(code).toBe(1);
    const summary = JSON.parse(out.join('')) as { problems: { file: string; line: number; code: string; severity: string; message: string }[] };
    expect(summary.problems).toEqual([
      expect.objectContaining({ file: 'rejestr-2gb.csv', line: 1, code: 'file.notText', severity: 'error', message: expect.stringContaining('bajty zerowe') as string }),
    ]);
  });
});
