/**
 * A writer killed half-way never costs the previous file: a child Node process writes 256 MB over
 * an existing narrative with the app's atomic writer (electron/main/fs-atomic.ts, bundled by
 * esbuild so plain Node runs it) and is SIGKILLed while its temporary file grows. The target is
 * checked all along and afterwards: byte-identical to the previous version, never partial. Then
 * the app opens the project: it reads the previous text and removes the leftover. And no module of
 * the main process writes a file any other way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTemporaryName } from '../electron/main/fs-atomic.js';
import { createHandlers } from '../electron/main/handlers/index.js';

const MB = 1024 * 1024;
const TOTAL_MB = 256;

/** The child: writes TOTAL_MB of 'N' over argv[2] in 1 MB pieces, pausing between them so the write takes a while. */
const CHILD = `
import { writeAtomically } from './fs-atomic.mjs';
const [target, totalMb] = process.argv.slice(2);
const piece = Buffer.alloc(${MB}, 'N');
async function* pieces() {
  for (let i = 0; i < Number(totalMb); i++) {
    yield piece;
    await new Promise((r) => setTimeout(r, 3));
  }
}
process.stdout.write('writing\\n');
await writeAtomically(target, pieces());
process.stdout.write('done\\n');
`;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a writer killed half-way', () => {
  const work = mkdtempSync(join(tmpdir(), 'raport-kill-'));
  const tools = join(work, 'tools');
  const project = join(work, 'projekt');
  const target = join(project, 'narratives', 'pl', 'intro.md');

  beforeAll(async () => {
    await build({
      entryPoints: [join(import.meta.dirname, '..', 'electron', 'main', 'fs-atomic.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: join(tools, 'fs-atomic.mjs'),
      logLevel: 'silent',
    });
    writeFileSync(join(tools, 'child.mjs'), CHILD);
    cpSync(join(import.meta.dirname, '..', 'data', 'sample'), project, { recursive: true });
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('leaves the previous file byte-identical, never a partial one, and the app reads the previous text', async () => {
    const previous = readFileSync(target);
    const previousSha = sha256(previous);
    const dir = join(project, 'narratives', 'pl');
    const temporaries = (pid: number) => readdirSync(dir).filter((n) => n.startsWith(`.intro.md.${pid}-`) && isTemporaryName(n));

    const child: ChildProcess = spawn(process.execPath, [join(tools, 'child.mjs'), target, String(TOTAL_MB)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const pid = child.pid!;

    // Watch the temporary file grow; the target must read as the previous file at every look.
    const sizes: number[] = [];
    let looks = 0;
    const until = Date.now() + 30_000;
    for (;;) {
      expect(sha256(readFileSync(target))).toBe(previousSha);
      looks++;
      const [tmp] = temporaries(pid);
      const size = tmp === undefined ? 0 : statSync(join(dir, tmp), { throwIfNoEntry: false })?.size ?? 0;
      if (size > 0) sizes.push(size);
      // Growing, and well short of the end: kill it now.
      if (sizes.length >= 3 && sizes.at(-1)! > sizes[0]! && size >= 16 * MB) break;
      if (Date.now() > until) throw new Error(`the child never got going (stderr: ${stderr})`);
      await sleep(5);
    }
    child.kill('SIGKILL');
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });

    // Killed mid-write: its temporary file is partial …
    const [leftover] = temporaries(pid);
    expect(leftover).toBeDefined();
    const leftoverSize = statSync(join(dir, leftover!)).size;
    expect(leftoverSize).toBeGreaterThan(0);
    expect(leftoverSize).toBeLessThan(TOTAL_MB * MB);
    // … and the target is the previous file, byte for byte.
    const after = readFileSync(target);
    expect(after.length).toBe(previous.length);
    expect(sha256(after)).toBe(previousSha);
    expect(looks).toBeGreaterThan(3);

    // The app opens the project as it was, and removes the dead writer's leftover.
    const handlers = createHandlers({
      userDataDir: join(work, 'app-data'),
      sampleDir: project,
      dialogs: { chooseFolder: async () => null, chooseCsv: async () => null },
      shell: { openPath: async () => '', showItemInFolder: () => undefined },
      notifyInputChanged: () => undefined,
      watchInputs: false,
    });
    const opened = await handlers.openProject(project);
    if (!opened.ok) throw new Error(opened.error.message.en);
    expect(opened.value.narratives.pl.intro).toBe(previous.toString('utf8'));
    expect(existsSync(join(dir, leftover!))).toBe(false);
    expect(readdirSync(dir).filter(isTemporaryName)).toEqual([]);
  });

  it('a writer left alone replaces the file whole (the same child, not killed)', async () => {
    const small = join(project, 'narratives', 'pl', 'covid.md');
    const child = spawn(process.execPath, [join(tools, 'child.mjs'), small, '4'], { stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(statSync(small).size).toBe(4 * MB);
    expect(readFileSync(small).every((b) => b === 'N'.charCodeAt(0))).toBe(true);
    expect(readdirSync(join(project, 'narratives', 'pl')).filter(isTemporaryName)).toEqual([]);
  });
});

describe('every write of the main process', () => {
  const MAIN = join(import.meta.dirname, '..', 'electron', 'main');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  /** `node:fs` functions that write a file in place (or open one that could be). */
  const WRITERS = new Set(['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'createWriteStream', 'copyFile', 'copyFileSync', 'truncate', 'truncateSync', 'open', 'openSync', 'write', 'writeSync', 'writev', 'cpSync']);
  /** Allowed elsewhere, with the reason. */
  const ALLOWED: Record<string, string[]> = {
    // The one place that writes: a temporary file, flushed, renamed into place.
    'fs-atomic.ts': ['writeFile'],
    // Copies the sample into a temporary folder, then renames the folder into place.
    'handlers/sample-copy.ts': ['cp'],
  };

  it('goes through fs-atomic.ts: no other module imports a node:fs function that writes in place', () => {
    const found: string[] = [];
    for (const file of sources(MAIN)) {
      const text = readFileSync(file, 'utf8');
      const name = relative(MAIN, file).split('\\').join('/');
      expect(text, `${name} imports node:fs wholesale`).not.toMatch(/import\s+(\*\s+as\s+\w+|\w+)\s+from\s+'(node:)?fs(\/promises)?'/);
      for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(?:node:)?fs(?:\/promises)?'/g)) {
        for (const spec of m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/)[0]!).filter(Boolean)) {
          if ((WRITERS.has(spec) || spec === 'cp') && !(ALLOWED[name] ?? []).includes(spec)) found.push(`${name}: ${spec}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
