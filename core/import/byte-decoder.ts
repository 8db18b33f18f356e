/**
 * The bytes side of an import: hashes the bytes as they pass, notices NUL bytes, and decodes them
 * (StreamDecoder) into the pieces of text the text side (TextImporter) parses. Its output is plain
 * data, so the two sides meet through nothing else.
 */
import type { BinaryKind, Encoding } from '../text/decode.js';
import { StreamDecoder } from '../text/stream-decoder.js';
import { portableSha256, toHex, type HashFactory, type IncrementalHash } from './hash.js';

/** What the next bytes turned into. */
export type DecodedPiece =
  /** `nul`: a NUL byte has been read in a file that is not UTF-16, so the text may hold one. */
  | { text: string; nul: boolean }
  | { stop: 'binary'; kind: BinaryKind }
  /** Invalid UTF-8 after non-ASCII UTF-8 text: decode again from the start as Windows-1250. */
  | { stop: 'reread' };

/** What is known once every byte is in. */
export interface DecodedEnd {
  encoding: Encoding | null;
  /** Characters decoded in all. */
  textLength: number;
  bytes: number;
  /** SHA-256 of the bytes, lowercase hex. */
  sha256: string;
}

export class ByteDecoder {
  private readonly decoder: StreamDecoder;
  private readonly hash: IncrementalHash;
  private bytes = 0;
  private nulSeen = false;

  /** `continuation`: the bytes start at a row boundary inside a file (see StreamDecoder). */
  constructor(forceWindows1250 = false, hash: HashFactory = portableSha256, continuation = false) {
    this.decoder = new StreamDecoder(forceWindows1250, continuation);
    this.hash = hash();
  }

  /** The encoding decided so far (null until the first bytes are in). */
  get encoding(): Encoding | null {
    return this.decoder.encoding;
  }

  /** Whether every byte so far was ASCII, so the text reads the same in either encoding. */
  get asciiSoFar(): boolean {
    return this.decoder.asciiSoFar;
  }

  push(bytes: Uint8Array): DecodedPiece {
    this.hash.update(bytes);
    this.bytes += bytes.length;
    // Searching bytes is several times faster than searching text: only a file with a NUL byte pays for the latter.
    if (!this.nulSeen && bytes.indexOf(0) !== -1) this.nulSeen = true;
    return this.piece(this.decoder.push(bytes));
  }

  end(): { last: DecodedPiece; end: DecodedEnd } {
    const last = this.piece(this.decoder.end());
    const { encoding, textLength } = this.decoder;
    return { last, end: { encoding, textLength, bytes: this.bytes, sha256: toHex(this.hash.digest()) } };
  }

  private piece(text: ReturnType<StreamDecoder['push']>): DecodedPiece {
    if (typeof text !== 'string') return text;
    const encoding = this.decoder.encoding;
    // In UTF-16 NUL bytes are half of every ASCII character; elsewhere a NUL byte is a NUL character.
    return { text, nul: this.nulSeen && encoding !== 'utf-16le' && encoding !== 'utf-16be' };
  }
}
