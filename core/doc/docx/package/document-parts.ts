/**
 * The package's parts as docx writes them, before it zips them. `Packer.pack` deflates every part
 * and the last pass (finalize.ts) would inflate them all again to edit a few and zip them once
 * more: ≈ 40% of a cold export. docx's compiler is a private static of `Packer`, so it is looked up
 * at run time; a docx without it gives the same parts the long way round.
 */
import { type Document, Packer } from 'docx';
import { type Parts, unpack } from './zip.js';

type Compile = (file: Document, prettify: undefined, overrides: readonly never[]) => Map<string, unknown>;

export async function documentParts(file: Document): Promise<Parts> {
  const compiler = (Packer as unknown as { compiler?: { compile?: Compile } }).compiler;
  if (typeof compiler?.compile !== 'function') return unpack(await Packer.pack(file, 'uint8array'));
  const parts: Parts = new Map();
  for (const [path, data] of compiler.compile.call(compiler, file, undefined, [])) {
    if (typeof data === 'string') parts.set(path, data);
    // Read through this realm's Uint8Array, whatever realm's Buffer docx was handed.
    else if (ArrayBuffer.isView(data)) parts.set(path, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    else if (data instanceof ArrayBuffer) parts.set(path, new Uint8Array(data));
    else throw new Error(`docx gave ${path} as ${typeof data}`);
  }
  return parts;
}
