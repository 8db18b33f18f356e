/**
 * Reads everything a build needs from disk: project settings, CSV bytes, narratives and
 * templates. The only place the CLI touches input files; core gets bytes and strings.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputKind } from '../core/inputs/import-table.js';
import type { InputFiles } from '../core/pipeline/import-inputs.js';
import type { ReportRequest } from '../core/pipeline/build-report.js';
import { defaultEdition, readSettings, type ProjectSettings } from '../core/report/settings.js';
import { parseMappings, type ValueMappings } from '../core/inputs/value-mappings.js';
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

function readInput(path: string): { name: string; bytes: Uint8Array; size: number } {
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`Input file not found: ${path}`);
  const bytes = readFileSync(path);
  return { name: basename(path), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), size: bytes.byteLength };
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
  if (!read.ok) throw new UsageError(`${path}: ${read.errors.map((e) => e.en).join(' ')}`);
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
  request: ReportRequest;
  /** Input paths and sizes, for progress lines. */
  inputs: { kind: InputKind; path: string; size: number }[];
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
  const paths: Record<InputKind, string | null> = {
    privacy: opts.privacy ?? (projectDir && base.files.privacy ? join(projectDir, base.files.privacy) : null),
    service: opts.service ?? (projectDir && base.files.service ? join(projectDir, base.files.service) : null),
    accessibility: opts.accessibility ?? (projectDir && base.files.accessibility ? join(projectDir, base.files.accessibility) : null),
  };
  const files: InputFiles = {};
  const inputs: LoadedRequest['inputs'] = [];
  for (const kind of ['privacy', 'service', 'accessibility'] as const) {
    const path = paths[kind];
    if (path === null) continue;
    const f = readInput(path);
    files[kind] = { name: f.name, bytes: f.bytes };
    inputs.push({ kind, path, size: f.size });
  }
  return {
    request: {
      settings,
      files,
      narratives: readNarratives(projectDir, settings.lang),
      templates: readTemplates(opts.templates ?? BUNDLED_TEMPLATES),
      mappings: readMappings(projectDir),
    },
    inputs,
  };
}
