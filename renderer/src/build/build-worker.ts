/**
 * The report pipeline in a worker. Handlebars compiles templates and narratives with
 * `new Function`, which the page's Content-Security-Policy forbids; here the generated code runs
 * with no DOM and no access to the app's API. Imports stream here too, off the UI thread, with
 * progress reports and a cancel that leaves the worker holding what it held before the request.
 */
import { byKind, createReportSession, type ImportResult, type ImportedInputs } from '../../../core/index';
import { TEMPLATES } from '../state/templates';
import type { BuildRequest, BuildResponse, ImportSummaries, ImportSummary, WorkerRequest } from './build-protocol';
import { emptyImports, updateImports } from './input-imports';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: BuildResponse): void;
};

const session = createReportSession(TEMPLATES);
let imports = emptyImports();
/** The inputs whose summaries the app was last sent. */
let sentInputs: ImportedInputs | null = null;
/** The request whose imports are running: the one a cancel can stop. */
let importing: { id: number; abort: AbortController } | null = null;

const summary = (r: ImportResult<unknown> | null): ImportSummary | null =>
  r === null ? null : { kind: r.kind, file: r.file, encoding: r.encoding, delimiter: r.delimiter, columns: r.columns, problems: r.problems, stats: r.stats };

const summaries = (i: ImportedInputs): ImportSummaries => byKind((kind) => summary(i[kind]));

async function build(req: BuildRequest): Promise<void> {
  const started = performance.now();
  const abort = new AbortController();
  importing = { id: req.id, abort };
  let committed = false;
  try {
    const next = await updateImports(imports, req, {
      signal: abort.signal,
      onProgress: (progress) => scope.postMessage({ type: 'progress', id: req.id, progress }),
    });
    importing = null;
    if (next === 'cancelled') return scope.postMessage({ type: 'cancelled', id: req.id });
    imports = next;
    committed = true;
    const lang = req.lang;
    const result = session.build({
      settings: req.settings,
      inputs: imports.inputs,
      mappings: imports.mappings,
      narratives: { sources: req.narratives, fileName: (id) => `narratives/${lang}/${id}.md` },
    });
    const { context, coverage, problems, doc } = result.chapter;
    const changed = imports.inputs !== sentInputs || req.summaries === true;
    sentInputs = imports.inputs;
    scope.postMessage({
      type: 'built',
      id: req.id,
      ok: result.ok,
      chapter: { context, coverage, problems, doc },
      ...(changed ? { inputs: summaries(imports.inputs) } : {}),
      ms: performance.now() - started,
    });
  } catch (error) {
    importing = null;
    console.error(error); // the stack, for a developer's console
    scope.postMessage({ type: 'failed', id: req.id, committed, error: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = ({ data: msg }) => {
  if (msg.type === 'cancel') {
    if (importing?.id === msg.id) importing.abort.abort();
    return;
  }
  void build(msg);
};
