/** Screenshots of the main screens, saved as test artefacts for a reviewer to look at. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './paths';

export async function screenshot(page: Page, name: string, options: { notices?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Notices fade after a few seconds; by default they are hidden so the picture shows the screen itself.
  const notices = await page.$$('.notice');
  if (!options.notices) for (const n of notices) await n.evaluate((el) => ((el as HTMLElement).style.visibility = 'hidden'));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  for (const n of notices) await n.evaluate((el) => ((el as HTMLElement).style.visibility = '')).catch(() => undefined);
}
