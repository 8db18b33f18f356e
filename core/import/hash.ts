/**
 * SHA-256 of an input's bytes, computed while it streams, so a figure's provenance names exactly
 * the file it was counted from. The portable hash runs anywhere; a host with a native one (Node's
 * `crypto.createHash('sha256')` fits this interface) passes it in: it is many times faster on
 * large files.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export interface IncrementalHash {
  update(bytes: Uint8Array): unknown;
  digest(): Uint8Array;
}

export type HashFactory = () => IncrementalHash;

export const portableSha256: HashFactory = () => sha256.create();

/** For a part of a split import: the thread that reads the file's start hashes all of it, in order. */
export const noHash: HashFactory = () => ({ update: () => undefined, digest: () => new Uint8Array(0) });

/** Lowercase hex, as `sha256sum` prints it. */
export const toHex = (bytes: Uint8Array): string => bytesToHex(bytes);
