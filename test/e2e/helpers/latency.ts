/**
 * Keystroke → updated preview, measured inside the page: from the keydown to the first frame
 * painted after the preview's DOM changed. Keys are typed one at a time, each waiting for its update.
 * A space changes nothing visible (Markdown drops a trailing space, and the preview only patches
 * blocks that changed), so spaces are typed but not measured.
 */
import type { Page } from 'playwright-core';

interface LatencyProbe {
  t0: number | null;
  samples: number[];
}

export async function measureKeystrokes(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __latency?: LatencyProbe };
    const probe: LatencyProbe = { t0: null, samples: [] };
    w.__latency = probe;
    window.addEventListener('keydown', () => (probe.t0 = performance.now()), true);
    const frame = document.querySelector<HTMLIFrameElement>('iframe.preview-frame');
    const target = frame?.contentDocument?.querySelector('.report');
    if (!target) throw new Error('no preview to observe');
    new MutationObserver(() => {
      const t0 = probe.t0;
      if (t0 === null) return;
      probe.t0 = null;
      requestAnimationFrame(() => probe.samples.push(performance.now() - t0));
    }).observe(target, { childList: true, subtree: true, characterData: true });
  });
  let measured = 0;
  for (const ch of text) {
    await page.keyboard.type(ch);
    if (/\s/.test(ch)) continue;
    await page.waitForFunction((n) => (window as unknown as { __latency: LatencyProbe }).__latency.samples.length > n, measured, { timeout: 5000 });
    measured++;
  }
  return page.evaluate(() => (window as unknown as { __latency: LatencyProbe }).__latency.samples);
}
