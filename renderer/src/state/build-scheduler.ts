/**
 * The app's side of the build worker. A change asks for a rebuild; while one is running, later
 * changes only mark it dirty, so a burst of keystrokes costs one build in flight plus one with the
 * latest text. Files and mappings are sent only when they differ from what the worker holds: its
 * imports are then reused, and a keystroke re-renders the chapter without re-reading any file.
 *
 * One request runs at a time, so one import does. A change that starts an import may come with an
 * undo; cancelling the import stops the worker (which then holds what it held before) and runs the
 * undos, so the project is back as it was before the change.
 */
import type { InputFileData } from '../../../electron/common/api';
import { byKind, INPUT_KIND_IDS, type InputKind, type Problem, type ValueMappings } from '../../../core/index';
import type { BuildRequest, BuildResponse, ImportSummaries, WorkerFile, WorkerRequest } from '../build/build-protocol';
import type { AppState } from './app-state';
import type { Store } from './store';

/** Puts the store back as it was before a change; runs at once, before any other build is sent. */
export type Undo = () => void;

export interface BuildScheduler {
  /** Rebuild with the current project (coalesced). `undo` reverts the change that asked, should its import be cancelled. */
  schedule(undo?: Undo): void;
  /** Resolves once the build reflects the current project (before export). */
  settled(): Promise<void>;
  /** Another project: forget what the worker holds, stop its import, ignore answers still on their way. */
  reset(): void;
  /** Stops the running import and runs its undos; false when none was running, it had no undo, or it finished first. */
  cancelImport(): Promise<boolean>;
}

/** What the worker holds; null when unknown (nothing sent yet, or another project). */
type Held = { files: Record<InputKind, InputFileData | null>; mappings: ValueMappings } | null;

interface InFlight {
  id: number;
  generation: number;
  /** What the worker holds once this request's imports finish. */
  next: NonNullable<Held>;
  /** The request carries files or mappings, so it may import. */
  imports: boolean;
  undos: Undo[];
  /** Callers of cancelImport, told whether the import was cancelled. */
  cancels: ((cancelled: boolean) => void)[];
}

function createWorker(): Worker {
  // The dev server serves ES modules; the build bundles the worker into one classic script,
  // which also loads from file:// in Electron.
  return import.meta.env.DEV
    ? new Worker(new URL('../build/build-worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('../build/build-worker.ts', import.meta.url));
}

export function createBuildScheduler(store: Store<AppState>, onError: (message: string) => void): BuildScheduler {
  const worker = createWorker();
  const post = (message: WorkerRequest) => worker.postMessage(message);
  // A version per attached file: the worker keeps an import while its file's version holds.
  const versions = new WeakMap<InputFileData, number>();
  let lastVersion = 0;
  const versionOf = (f: InputFileData): number => versions.get(f) ?? (versions.set(f, ++lastVersion), lastVersion);

  let nextId = 1;
  let inFlight: InFlight | null = null;
  let dirty = false;
  let generation = 0;
  let held: Held = null;
  let undos: Undo[] = [];
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
      undos = [];
      store.set({ build: null, buildMs: null });
      return idle();
    }
    const lang = p.settings.lang;
    const req: BuildRequest = { type: 'build', id: nextId++, settings: p.settings, lang, narratives: p.narratives[lang] };
    const next = { files: byKind((kind) => p.inputs[kind] ?? null), mappings: p.mappings };
    const files: Partial<Record<InputKind, WorkerFile | null>> = {};
    for (const kind of INPUT_KIND_IDS) {
      const f = next.files[kind];
      if (held !== null && held.files[kind] === f) continue;
      files[kind] = f === null ? null : { version: versionOf(f), name: f.name, bytes: f.bytes };
    }
    if (Object.keys(files).length > 0) req.files = files;
    if (held === null || held.mappings !== next.mappings) req.mappings = next.mappings;
    if (inputs === null) req.summaries = true;
    const imports = req.files !== undefined || req.mappings !== undefined;
    if (imports) store.set({ importing: true });
    inFlight = { id: req.id, generation, next, imports, undos, cancels: [] };
    undos = [];
    post(req);
  };

  const apply = (res: Extract<BuildResponse, { type: 'built' }>) => {
    if (res.inputs !== undefined) {
      inputs = res.inputs;
      importProblems = INPUT_KIND_IDS.flatMap((kind) => inputs?.[kind]?.problems ?? []);
    }
    if (inputs === null) return;
    const problems = res.chapter.problems.length === 0 ? importProblems : [...importProblems, ...res.chapter.problems];
    store.set({ build: { ok: res.ok, inputs, chapter: res.chapter, problems }, buildMs: res.ms });
  };

  worker.onmessage = (e: MessageEvent<BuildResponse>) => {
    const res = e.data;
    const job = inFlight;
    if (job === null || res.id !== job.id) return;
    const current = job.generation === generation;
    if (res.type === 'progress') {
      if (current) store.set({ importProgress: { ...res.progress, cancellable: job.undos.length > 0 } });
      return;
    }
    inFlight = null;
    if (store.get().importProgress !== null) store.set({ importProgress: null });
    if (res.type === 'cancelled') {
      // The worker holds what it held before: put the project back to match, newest change first.
      if (current) for (const undo of [...job.undos].reverse()) undo();
      job.cancels.forEach((c) => c(true));
    } else {
      if (current && (res.type === 'built' || res.committed)) held = job.next;
      job.cancels.forEach((c) => c(false));
      if (res.type === 'failed') onError(res.error);
      else if (current) apply(res);
    }
    if (dirty) send();
    else idle();
  };
  worker.onerror = (e) => {
    const job = inFlight;
    inFlight = null;
    held = null;
    job?.cancels.forEach((c) => c(false));
    store.set({ importProgress: null });
    onError(e.message || 'the build worker could not start');
    idle();
  };

  return {
    schedule(undo) {
      if (undo !== undefined) undos.push(undo);
      dirty = true;
      if (inFlight === null) send();
    },
    settled() {
      if (inFlight === null && !dirty) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    reset() {
      generation++;
      held = null;
      undos = [];
      inputs = null;
      importProblems = [];
      // The previous project's import is of no use any more.
      if (inFlight?.imports) post({ type: 'cancel', id: inFlight.id });
      store.set({ build: null, buildMs: null, importProgress: null });
    },
    cancelImport() {
      const job = inFlight;
      if (job === null || !job.imports || job.undos.length === 0 || job.generation !== generation) return Promise.resolve(false);
      post({ type: 'cancel', id: job.id });
      return new Promise((resolve) => job.cancels.push(resolve));
    },
  };
}
