/**
 * Reads everything a build needs from disk: project settings, narratives and templates, and where
 * the CSV inputs are. The only place the CLI touches input files; their bytes are streamed to core
 * (see `fileSource`), never read whole.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileSource } from './file-source.js';
import { defaultEdition, KINDS, parseMappings, readSettings, settingsErrorsText, type InputFiles, type InputKind, type InputSources, type ProjectSettings, type ReportRequest, type ValueMappings } from '../core/index.js';
import { UsageError, type CliOptions } from './args.js';

/** The bundled templates: `templates/` at the package root (the CLI bundle lives in dist/cli/). */
export const BUNDLED_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export function readTemplates(dir: string): Record<string, string> {
  if (!existsSync(dir)) throw new UsageError(`Template folder not found: ${dir}`);
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.hbs')) files[relative(dir, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return files;
}

function readNarratives(projectDir: string | null, lang: string): ReportRequest['narratives'] {
  const dir = projectDir === null ? null : join(projectDir, 'narratives', lang);
  const sources: Record<string, string> = {};
  if (dir !== null && existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.md')) sources[name.slice(0, -3)] = readFileSync(join(dir, name), 'utf8');
    }
  }
  return { sources, fileName: (id) => `narratives/${lang}/${id}.md` };
}

export { CHUNK_BYTES, fileSource } from './file-source.js';

function inputSize(path: string): number {
  const stat = existsSync(path) ? statSync(path) : null;
  if (stat === null || !stat.isFile()) throw new UsageError(`Input file not found: ${path}`);
  return stat.size;
}

function projectSettings(dir: string): ProjectSettings {
  const path = join(dir, 'project.json');
  if (!existsSync(path)) throw new UsageError(`No project.json in ${dir}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const read = readSettings(json);
  if (!read.ok) throw new UsageError(`${path}: ${settingsErrorsText(read.errors, 'en')}`);
  return read.settings;
}

/** The project's saved value mappings (mappings.json), if any. */
function readMappings(projectDir: string | null): ValueMappings {
  const path = projectDir === null ? null : join(projectDir, 'mappings.json');
  if (path === null || !existsSync(path)) return {};
  try {
    return parseMappings(JSON.parse(readFileSync(path, 'utf8')));
  } catch (e) {
    throw new UsageError(`${path}: ${(e as Error).message}`);
  }
}

export interface LoadedRequest {
  /**
   * The build request. Its `files` read their bytes only when accessed (for callers that want
   * whole files); the CLI streams `sources` instead and never touches them.
   */
  request: ReportRequest;
  /** The inputs as sources to stream. */
  sources: InputSources;
  /** Input paths and sizes, in kind order, for progress lines. */
  inputs: { kind: InputKind; path: string; size: number }[];
}

/** `files` whose bytes are read from disk on first access, never before. */
function lazyFiles(inputs: LoadedRequest['inputs']): InputFiles {
  const files: InputFiles = {};
  for (const { kind, path } of inputs) {
    let bytes: Uint8Array | undefined;
    const file = { name: basename(path) } as NonNullable<InputFiles[InputKind]>;
    Object.defineProperty(file, 'bytes', { enumerable: true, get: () => (bytes ??= new Uint8Array(readFileSync(path))) });
    files[kind] = file;
  }
  return files;
}

export function loadRequest(opts: CliOptions): LoadedRequest {
  const projectDir = opts.project === null ? null : resolve(opts.project);
  const base: ProjectSettings =
    projectDir !== null
      ? projectSettings(projectDir)
      : { organisation: opts.organisation ?? '', year: opts.year!, lang: 'pl', edition: defaultEdition(opts.year!), files: {} };
  const year = opts.year ?? base.year;
  const settings: ProjectSettings = {
    ...base,
    year,
    lang: opts.lang ?? base.lang,
    edition: opts.edition ?? (opts.year !== null && projectDir === null ? defaultEdition(year) : base.edition),
    organisation: opts.organisation ?? base.organisation,
  };
  const sources: InputSources = {};
  const inputs: LoadedRequest['inputs'] = [];
  for (const { id: kind } of KINDS) {
    const inProject = base.files[kind];
    const path = opts.inputs[kind] ?? (projectDir !== null && inProject !== undefined ? resolve(projectDir, inProject) : null);
    if (path === null) continue;
    const size = inputSize(path);
    sources[kind] = { name: basename(path), source: fileSource(path, size) };
    inputs.push({ kind, path, size });
  }
  return {
    sources,
    request: {
      settings,
      files: lazyFiles(inputs),
      narratives: readNarratives(projectDir, settings.lang),
      templates: readTemplates(opts.templates ?? BUNDLED_TEMPLATES),
      mappings: readMappings(projectDir),
    },
    inputs,
  };
}
