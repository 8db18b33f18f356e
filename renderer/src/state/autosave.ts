/**
 * Debounced saving: the latest job per key runs after a quiet period, or at once on `flush()`
 * (Ctrl+S, section change, before export). A failed job is kept for the next flush unless a newer
 * edit replaced it.
 */
import type { SaveState } from './app-state';

export type SaveJob = () => Promise<boolean>;

export interface Autosaver {
  schedule(key: string, job: SaveJob): void;
  flush(): Promise<boolean>;
  hasPending(): boolean;
}

export function createAutosaver(delayMs: number, onState: (state: SaveState) => void): Autosaver {
  const pending = new Map<string, SaveJob>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> = Promise.resolve(true);

  const saveBatch = async (): Promise<boolean> => {
    if (pending.size === 0) return true;
    const batch = [...pending];
    pending.clear();
    onState('saving');
    const results = await Promise.all(batch.map(([, job]) => job().catch(() => false)));
    batch.forEach(([key, job], i) => {
      if (!results[i] && !pending.has(key)) pending.set(key, job);
    });
    const ok = results.every(Boolean);
    onState(!ok ? 'error' : pending.size > 0 ? 'pending' : 'saved');
    return ok;
  };

  const flush = (): Promise<boolean> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    // Saves run one batch at a time, in order, so an older text never lands after a newer one.
    running = running.then(saveBatch);
    return running;
  };

  return {
    schedule(key, job) {
      pending.set(key, job);
      onState('pending');
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    hasPending: () => pending.size > 0,
  };
}
