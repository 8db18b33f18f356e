/**
 * Bytes → text, one chunk at a time, with the detection `decodeBytes` applies to a whole file:
 * binary signatures, UTF-16 and UTF-8 byte-order marks, then UTF-8 unless the bytes are not valid
 * UTF-8, in which case the file is Windows-1250 (Polish Excel's plain "CSV").
 *
 * A streamed file is read as UTF-8 until an invalid sequence turns up. If everything before it was
 * ASCII, which both encodings read alike, decoding simply continues as Windows-1250. If non-ASCII
 * UTF-8 came first, the text already handed out would read differently: `push` then answers
 * `'reread'` and the caller starts again from the first byte with `forceWindows1250`.
 */
import type { BinaryKind, Encoding } from './decode.js';

/** Signatures of files people rename to .csv by mistake (XLSX/ODS are ZIP files). */
export const SIGNATURES: readonly [BinaryKind, readonly number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
];

const SNIFF_BYTES = 8;

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** Why decoding stopped: a binary file, or text that must be decoded again from the start. */
export type DecodeStop = { stop: 'binary'; kind: BinaryKind } | { stop: 'reread' };

export class StreamDecoder {
  /** Known once the first bytes are in (null before, or for an empty file). */
  encoding: Encoding | null = null;
  /** Characters handed out so far. */
  textLength = 0;
  private sniffed: Uint8Array | null = new Uint8Array(0);
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  private ascii = true;

  /**
   * `continuation`: the bytes are the rest of a file from a row boundary on (one part of a split
   * import). No signature or byte-order mark is looked for: those belong to a file's first bytes.
   */
  constructor(
    private readonly forceWindows1250 = false,
    continuation = false,
  ) {
    if (continuation) {
      this.sniffed = null;
      this.useTextEncoding();
    }
  }

  /** Whether every byte so far read as ASCII (the same text in UTF-8 and in Windows-1250). */
  get asciiSoFar(): boolean {
    return this.ascii;
  }

  /** Text decoded from `bytes` ('' while the first bytes are still being collected). */
  push(bytes: Uint8Array): string | DecodeStop {
    if (this.sniffed !== null) {
      const joined = new Uint8Array(this.sniffed.length + bytes.length);
      joined.set(this.sniffed);
      joined.set(bytes, this.sniffed.length);
      if (joined.length < SNIFF_BYTES) {
        this.sniffed = joined;
        return '';
      }
      this.sniffed = null;
      return this.start(joined, false);
    }
    return this.decode(bytes, false);
  }

  /** The rest of the text once all bytes are in. */
  end(): string | DecodeStop {
    if (this.sniffed !== null) {
      const bytes = this.sniffed;
      this.sniffed = null;
      return bytes.length === 0 ? '' : this.start(bytes, true);
    }
    return this.decode(new Uint8Array(0), true);
  }

  private start(bytes: Uint8Array, last: boolean): string | DecodeStop {
    for (const [kind, sig] of SIGNATURES) if (startsWith(bytes, sig)) return { stop: 'binary', kind };
    if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
      const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
      this.encoding = encoding;
      this.decoder = new TextDecoder(encoding);
      return this.decode(bytes.subarray(2), last);
    }
    const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    this.useTextEncoding(hasBom);
    return this.decode(hasBom ? bytes.subarray(3) : bytes, last);
  }

  private useTextEncoding(hasBom = false): void {
    if (this.forceWindows1250) {
      this.encoding = 'windows-1250';
      this.decoder = new TextDecoder('windows-1250');
    } else {
      this.encoding = hasBom ? 'utf-8-bom' : 'utf-8';
      this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    }
  }

  private decode(bytes: Uint8Array, last: boolean): string | DecodeStop {
    const decoder = this.decoder!;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !last });
    } catch {
      // Only the tentative UTF-8 decoder is fatal: these bytes are not UTF-8.
      if (!this.ascii) return { stop: 'reread' };
      this.encoding = 'windows-1250';
      this.decoder = new TextDecoder('windows-1250');
      text = this.decoder.decode(bytes, { stream: !last });
    }
    // One UTF-16 unit per byte means every byte was ASCII (held-back partial sequences count as not).
    if (this.ascii) this.ascii = this.encoding === 'windows-1250' ? isAscii(bytes) : text.length === bytes.length;
    this.textLength += text.length;
    return text;
  }
}

/** No byte above 0x7f (a Windows-1250 decoder maps one byte to one character, so lengths cannot tell). */
function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}
