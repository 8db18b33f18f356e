/**
 * Every main screen passes axe-core's WCAG checks (contrast, labels, roles, landmarks…), in the
 * browser build with the sample project open.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputCard, navTo, report } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { launchChromium, newAppPage, skipWithoutChromium } from './helpers/chromium';
import { APP_URL, serveRenderer } from './helpers/serve-renderer';

describe.skipIf(skipWithoutChromium())('accessibility of the main screens (axe-core)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page } = await newAppPage(browser));
    await serveRenderer(page);
    await page.goto(APP_URL);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('Start', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Otwórz przykładowy projekt' }).click();
    await report(page).getByRole('heading', { name: 'Usługi dla klientów' }).waitFor();
  });

  it('Write & preview', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Data, with the row preview open', async () => {
    await navTo(page, 'Dane');
    await inputCard(page, 'accessibility').locator('details.rows summary').click();
    await inputCard(page, 'accessibility').getByRole('table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const view of ['Zgodność z GRI', 'Eksport', 'Ustawienia']) {
    it(view, async () => {
      await navTo(page, view);
      await page.getByRole('heading', { level: 1, name: view }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
