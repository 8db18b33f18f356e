/** Folders the end-to-end tests use. */
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
export const RENDERER_OUT = `${REPO}/out/renderer`;
export const SAMPLE_DIR = `${REPO}/data/sample`;
export const SCREENSHOTS = `${REPO}/test-results/screenshots`;
