/**
 * Watches the open project's attached CSVs and reports a change once its bytes really differ from
 * what the renderer has (saving a file unchanged, or touching it, is not a change).
 *
 * `fs.watch` follows an inode: editors and Excel save by writing a new file and renaming it over
 * the old one, after which the old watch sees nothing. So every 'rename' drops the watch and the
 * debounced check arms a new one on whatever file now has the path; a missing file (mid-save,
 * moved away) is looked for again later.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { InputChangedEvent, InputFileData } from '../../common/api.js';
import type { InputKind } from '../../../core/index.js';
import { readInputFile } from './input-file.js';

interface Watched {
  kind: InputKind;
  path: string;
  /** The bytes the renderer was last given. */
  baseline: Uint8Array;
  watcher: FSWatcher | null;
  timer: NodeJS.Timeout | null;
  closed: boolean;
}

export interface WatchTiming {
  /** Quiet time after the last event before the file is read (a save fires several events). */
  debounceMs: number;
  /** How soon a missing file is looked for again. */
  retryMs: number;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

export class InputWatcher {
  private folder: string | null = null;
  private readonly watched = new Map<InputKind, Watched>();

  constructor(
    private readonly notify: (event: InputChangedEvent) => void,
    private readonly timing: WatchTiming = { debounceMs: 300, retryMs: 1000 },
  ) {}

  /** Watches `files` of `folder` instead of anything watched before. */
  watchProject(folder: string, files: InputFileData[]): void {
    this.clear();
    this.folder = folder;
    for (const file of files) this.add(file);
  }

  /** Watches one input of `folder` (re-attached or re-read: its bytes become the new baseline). */
  watchInput(folder: string, file: InputFileData): void {
    if (this.folder !== folder) this.watchProject(folder, []);
    this.unwatch(folder, file.kind);
    this.add(file);
  }

  unwatch(folder: string, kind: InputKind): void {
    if (this.folder !== folder) return;
    const entry = this.watched.get(kind);
    if (entry === undefined) return;
    this.close(entry);
    this.watched.delete(kind);
  }

  /** The paths watched for `folder`, by kind (none when another project is watched). */
  watchedPaths(folder: string): Partial<Record<InputKind, string>> {
    if (this.folder !== folder) return {};
    return Object.fromEntries([...this.watched].map(([kind, entry]) => [kind, entry.path]));
  }

  dispose(): void {
    this.clear();
    this.folder = null;
  }

  private clear(): void {
    for (const entry of this.watched.values()) this.close(entry);
    this.watched.clear();
  }

  private add(file: InputFileData): void {
    const entry: Watched = { kind: file.kind, path: file.path, baseline: file.bytes, watcher: null, timer: null, closed: false };
    this.watched.set(file.kind, entry);
    this.arm(entry);
  }

  private arm(entry: Watched): void {
    if (entry.closed || entry.watcher !== null) return;
    try {
      entry.watcher = watch(entry.path, { persistent: false }, (eventType) => {
        if (eventType === 'rename') this.disarm(entry);
        this.schedule(entry, this.timing.debounceMs);
      });
      entry.watcher.on('error', () => {
        this.disarm(entry);
        this.schedule(entry, this.timing.retryMs);
      });
    } catch {
      this.schedule(entry, this.timing.retryMs);
    }
  }

  private disarm(entry: Watched): void {
    entry.watcher?.close();
    entry.watcher = null;
  }

  private close(entry: Watched): void {
    entry.closed = true;
    this.disarm(entry);
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.timer = null;
  }

  private schedule(entry: Watched, ms: number): void {
    if (entry.closed) return;
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void this.check(entry), ms);
    entry.timer.unref();
  }

  private async check(entry: Watched): Promise<void> {
    entry.timer = null;
    // Armed before reading, so a write during the read is seen.
    this.arm(entry);
    let file: InputFileData;
    try {
      file = await readInputFile(entry.kind, entry.path);
    } catch {
      if (entry.watcher === null) this.schedule(entry, this.timing.retryMs);
      return;
    }
    const folder = this.folder;
    if (entry.closed || folder === null || sameBytes(file.bytes, entry.baseline)) return;
    entry.baseline = file.bytes;
    this.notify({ folder, kind: entry.kind, file });
  }
}
