/**
 * The package's parts as docx writes them: docx's public `Packer.pack` zips them, and they are
 * unzipped here so the last pass (finalize.ts) can edit a few before zipping them once more.
 */
import { type Document, Packer } from 'docx';
import { type Parts, unpack } from './zip.js';

export async function documentParts(file: Document): Promise<Parts> {
  return unpack(await Packer.pack(file, 'uint8array'));
}
