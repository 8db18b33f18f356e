/**
 * The app's side of the build worker. A change asks for a rebuild; while one is running, later
 * changes only mark it dirty, so a burst of keystrokes costs one build in flight plus one with the
 * latest text. Files and mappings are sent only when they change: the worker's session then
 * reuses its imports, and a keystroke re-renders the chapter without re-reading any file.
 */
import type { Problem } from '../../../core/problems/problem';
import type { ValueMappings } from '../../../core/inputs/value-mappings';
import type { InputFiles } from '../../../core/pipeline/import-inputs';
import type { BuildRequest, BuildResponse, ImportSummaries } from '../build/build-protocol';
import type { AppState, OpenProject } from './app-state';
import type { Store } from './store';

export interface BuildScheduler {
  /** Rebuild with the current project (coalesced). */
  schedule(): void;
  /** Resolves once the build reflects the current project (before export). */
  settled(): Promise<void>;
  /** Another project: forget what the worker holds and ignore answers still on their way. */
  reset(): void;
}

function createWorker(): Worker {
  // The dev server serves ES modules; the build bundles the worker into one classic script,
  // which also loads from file:// in Electron.
  return import.meta.env.DEV
    ? new Worker(new URL('../build/build-worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('../build/build-worker.ts', import.meta.url));
}

const filesOf = (inputs: OpenProject['inputs']): InputFiles =>
  Object.fromEntries(Object.entries(inputs).flatMap(([kind, f]) => (f ? [[kind, { name: f.name, bytes: f.bytes }]] : [])));

export function createBuildScheduler(store: Store<AppState>, onError: (message: string) => void): BuildScheduler {
  const worker = createWorker();
  let nextId = 1;
  let inFlight: { id: number; generation: number } | null = null;
  let dirty = false;
  let generation = 0;
  let sentInputs: OpenProject['inputs'] | null = null;
  let sentMappings: ValueMappings | null = null;
  let inputs: ImportSummaries | null = null;
  let importProblems: Problem[] = [];
  let waiters: (() => void)[] = [];

  const idle = () => {
    store.set({ importing: false });
    const done = waiters;
    waiters = [];
    done.forEach((w) => w());
  };

  const send = () => {
    dirty = false;
    const p = store.get().project;
    if (p === null) {
      store.set({ build: null, buildMs: null });
      return idle();
    }
    const lang = p.settings.lang;
    const req: BuildRequest = { id: nextId++, settings: p.settings, lang, narratives: p.narratives[lang] };
    if (p.inputs !== sentInputs) {
      req.files = filesOf(p.inputs);
      sentInputs = p.inputs;
    }
    if (p.mappings !== sentMappings) {
      req.mappings = p.mappings;
      sentMappings = p.mappings;
    }
    if (req.files !== undefined || req.mappings !== undefined) store.set({ importing: true });
    inFlight = { id: req.id, generation };
    worker.postMessage(req);
  };

  const apply = (res: Extract<BuildResponse, { ok: boolean }>) => {
    if (res.inputs !== undefined) {
      inputs = res.inputs;
      importProblems = [inputs.privacy, inputs.service, inputs.accessibility].flatMap((r) => r?.problems ?? []);
    }
    if (inputs === null) return;
    const problems = res.chapter.problems.length === 0 ? importProblems : [...importProblems, ...res.chapter.problems];
    store.set({ build: { ok: res.ok, inputs, chapter: res.chapter, problems }, buildMs: res.ms });
  };

  worker.onmessage = (e: MessageEvent<BuildResponse>) => {
    const res = e.data;
    if (inFlight === null || res.id !== inFlight.id) return;
    const current = inFlight.generation === generation;
    inFlight = null;
    if ('error' in res) onError(res.error);
    else if (current) apply(res);
    if (dirty) send();
    else idle();
  };
  worker.onerror = (e) => {
    inFlight = null;
    onError(e.message || 'the build worker could not start');
    idle();
  };

  return {
    schedule() {
      dirty = true;
      if (inFlight === null) send();
    },
    settled() {
      if (inFlight === null && !dirty) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    reset() {
      generation++;
      sentInputs = null;
      sentMappings = null;
      inputs = null;
      importProblems = [];
      store.set({ build: null, buildMs: null });
    },
  };
}
