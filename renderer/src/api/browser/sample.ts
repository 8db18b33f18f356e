/**
 * The bundled sample project (data/sample) as Vite assets: CSVs by URL and fetched as bytes (the
 * privacy register is Windows-1250, so never as text), narratives and project.json as text.
 */
import { INPUT_KIND_IDS, kindOf, readSettings, settingsErrorsText, type InputKind, type Lang, type ProjectSettings } from '../../../../core/index';
import projectJson from '../../../../data/sample/project.json';
// `no-inline`: a small file would otherwise become a data: URL, which the CSP's connect-src refuses.
const csvUrls = import.meta.glob<string>('../../../../data/sample/*.csv', { query: '?url&no-inline', import: 'default', eager: true });

const narrativeFiles = import.meta.glob<string>('../../../../data/sample/narratives/*/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The sample file of a kind (its `sample` name in data/sample). */
function sampleUrl(kind: InputKind): string {
  const url = csvUrls[`../../../../data/sample/${kindOf(kind).sample}`];
  if (url === undefined) throw new Error(`data/sample has no ${kindOf(kind).sample}`);
  return url;
}

export function sampleSettings(): ProjectSettings {
  const read = readSettings(projectJson);
  if (!read.ok) throw new Error(`data/sample/project.json is invalid: ${settingsErrorsText(read.errors, 'en')}`);
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
  const kinds = INPUT_KIND_IDS.filter((k) => settings.files[k] !== undefined);
  return Promise.all(
    kinds.map(async (kind) => {
      const response = await fetch(sampleUrl(kind));
      if (!response.ok) throw new Error(`cannot load the sample ${kind} file (${response.status})`);
      return { kind, name: settings.files[kind] as string, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
}
