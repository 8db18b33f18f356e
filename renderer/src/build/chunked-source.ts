/**
 * Bytes already in the worker's memory as a stream of chunks for core's streaming importer. The
 * importer's loop only awaits promises, which never let a message in: every few milliseconds the
 * source gives the worker's event loop a turn, so a cancel request reaches the AbortSignal while
 * the file is still being read.
 */
import type { ByteSource } from '../../../core/index';

/** Small enough that progress and cancelling feel immediate, large enough that per-chunk work is noise. */
export const CHUNK_BYTES = 1 << 18;

/** Longest stretch of importing before the worker looks at its messages. */
const TURN_EVERY_MS = 25;

/** One turn of the event loop. A MessageChannel post, unlike a nested setTimeout, is never clamped to 4 ms. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

export function chunkedSource(bytes: Uint8Array, now: () => number = () => performance.now()): ByteSource {
  return {
    size: bytes.length,
    async *open() {
      let turn = now();
      for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
        yield bytes.subarray(at, at + CHUNK_BYTES);
        if (now() - turn >= TURN_EVERY_MS) {
          await nextTurn();
          turn = now();
        }
      }
    },
  };
}
