/** Small helpers for driving the app's screens by their labels, as a user would. */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { InputKind } from '../../../core/index';

export const preview = (page: Page): FrameLocator => page.frameLocator('iframe.preview-frame');
export const report = (page: Page): Locator => preview(page).locator('.report');
export const figure = (page: Page, name: string): Locator => report(page).locator(`[data-figure="${name}"]`).first();

export function navTo(page: Page, label: string | RegExp, navLabel: string | RegExp = /Główna nawigacja|Main navigation/): Promise<void> {
  return page.getByRole('navigation', { name: navLabel }).getByRole('button', { name: label }).click();
}

/** The card of one input on the Data view. */
export const inputCard = (page: Page, kind: InputKind): Locator => page.locator(`section.input-card[data-kind="${kind}"]`);

/** A value from the import summary of a card, by its label. */
export async function stat(card: Locator, label: string): Promise<string> {
  return (await card.locator('.stat', { has: card.page().locator('dt', { hasText: label }) }).locator('dd').innerText()).trim();
}

/** The CodeMirror content element of the narrative editor. */
export const editor = (page: Page): Locator => page.locator('.narrative-editor .cm-content');

/** The editor's visible text (CodeMirror renders the lines in view; enough for short checks). */
export const editorText = (page: Page): Promise<string> => editor(page).innerText();

export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
