/**
 * The bundled sample project (data/sample) as Vite assets: CSVs by URL and fetched as bytes (the
 * privacy register is Windows-1250, so never as text), narratives and project.json as text.
 */
import type { Lang } from '../../../../core/common/lang';
import type { InputKind } from '../../../../core/import/import-table';
import { readSettings, type ProjectSettings } from '../../../../core/report/settings';
import projectJson from '../../../../data/sample/project.json';
// `no-inline`: a small file would otherwise become a data: URL, which the CSP's connect-src refuses.
import privacyUrl from '../../../../data/sample/privacy-register.csv?url&no-inline';
import serviceUrl from '../../../../data/sample/service-metrics.csv?url&no-inline';
import accessibilityUrl from '../../../../data/sample/accessibility-register.csv?url&no-inline';

const narrativeFiles = import.meta.glob<string>('../../../../data/sample/narratives/*/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const CSV_URLS: Record<InputKind, string> = { privacy: privacyUrl, service: serviceUrl, accessibility: accessibilityUrl };

export function sampleSettings(): ProjectSettings {
  const read = readSettings(projectJson);
  if (!read.ok) throw new Error(`data/sample/project.json is invalid: ${read.errors.map((e) => e.en).join(' ')}`);
  return read.settings;
}

/** Narratives by language and section id, from `narratives/<lang>/<id>.md`. */
export function sampleNarratives(): Record<Lang, Record<string, string>> {
  const out: Record<Lang, Record<string, string>> = { pl: {}, en: {} };
  for (const [path, text] of Object.entries(narrativeFiles)) {
    const m = /narratives\/(pl|en)\/([^/]+)\.md$/.exec(path);
    if (m) out[m[1] as Lang][m[2] as string] = text;
  }
  return out;
}

export interface SampleFile {
  kind: InputKind;
  name: string;
  bytes: Uint8Array;
}

export async function sampleInputs(settings: ProjectSettings): Promise<SampleFile[]> {
  const kinds = (Object.keys(CSV_URLS) as InputKind[]).filter((k) => settings.files[k] !== undefined);
  return Promise.all(
    kinds.map(async (kind) => {
      const response = await fetch(CSV_URLS[kind]);
      if (!response.ok) throw new Error(`cannot load the sample ${kind} file (${response.status})`);
      return { kind, name: settings.files[kind] as string, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
}
