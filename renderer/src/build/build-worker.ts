/**
 * The report pipeline in a worker. Handlebars compiles templates and narratives with
 * `new Function`, which the page's Content-Security-Policy forbids; here the generated code runs
 * with no DOM and no access to the app's API. Big imports also stay off the UI thread.
 */
import type { ImportResult } from '../../../core/inputs/import-table';
import type { ValueMappings } from '../../../core/inputs/value-mappings';
import type { ImportedInputs, InputFiles } from '../../../core/pipeline/import-inputs';
import { createReportSession } from '../../../core/pipeline/report-session';
import { TEMPLATES } from '../state/templates';
import type { BuildRequest, BuildResponse, ImportSummaries, ImportSummary } from './build-protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<BuildRequest>) => void) | null;
  postMessage(message: BuildResponse): void;
};

const session = createReportSession(TEMPLATES);
let files: InputFiles = {};
let mappings: ValueMappings = {};
let lastInputs: ImportedInputs | null = null;

const summary = (r: ImportResult<unknown> | null): ImportSummary | null =>
  r === null ? null : { kind: r.kind, file: r.file, encoding: r.encoding, delimiter: r.delimiter, columns: r.columns, problems: r.problems, stats: r.stats };

const summaries = (i: ImportedInputs): ImportSummaries => ({
  privacy: summary(i.privacy),
  service: summary(i.service),
  accessibility: summary(i.accessibility),
});

scope.onmessage = ({ data: req }) => {
  if (req.files !== undefined) files = req.files;
  if (req.mappings !== undefined) mappings = req.mappings;
  const started = performance.now();
  try {
    const lang = req.lang;
    const build = session.build({
      settings: req.settings,
      files,
      mappings,
      narratives: { sources: req.narratives, fileName: (id) => `narratives/${lang}/${id}.md` },
    });
    const { context, coverage, problems, doc } = build.chapter;
    const changed = build.inputs !== lastInputs;
    lastInputs = build.inputs;
    scope.postMessage({
      id: req.id,
      ok: build.ok,
      chapter: { context, coverage, problems, doc },
      ...(changed ? { inputs: summaries(build.inputs) } : {}),
      ms: performance.now() - started,
    });
  } catch (error) {
    console.error(error); // the stack, for a developer's console
    scope.postMessage({ id: req.id, error: error instanceof Error ? error.message : String(error) });
  }
};
