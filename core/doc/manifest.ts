/**
 * The build manifest: which input bytes, which templates and which app version made a document,
 * and when. The input hashes come from the import (which hashes every byte it reads); the caller
 * supplies what core cannot know: the app version and the generation time.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { BuildManifest } from './model.js';

/** Who made a build and when: given by the CLI or the app. */
export interface BuildStamp {
  appVersion: string;
  /** ISO 8601 UTC; also the DOCX's created/modified dates, so keep it stable for identical rebuilds. */
  generatedAt: string;
}

export function buildManifest(inputs: BuildManifest['inputs'], templates: Readonly<Record<string, string>>, stamp: BuildStamp): BuildManifest {
  return { inputs, templateVersion: templateVersion(templates), appVersion: stamp.appVersion, generatedAt: stamp.generatedAt };
}

const versions = new WeakMap<object, string>();

/**
 * SHA-256 over the sorted paths and their sources, with a NUL between fields so no two template
 * sets hash alike. Remembered per template set, since the live preview rebuilds on every keystroke.
 */
export function templateVersion(templates: Readonly<Record<string, string>>): string {
  const known = versions.get(templates);
  if (known !== undefined) return known;
  const hash = sha256.create();
  for (const path of Object.keys(templates).sort()) hash.update(utf8ToBytes(`${path}\0${templates[path]}\0`));
  const version = bytesToHex(hash.digest());
  versions.set(templates, version);
  return version;
}
