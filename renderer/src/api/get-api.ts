/**
 * The one place that looks at `window.reportApi`: the Electron preload installs it; without it
 * (a plain browser) the browser implementation is loaded on demand, so the desktop bundle never
 * runs browser-only code at start-up.
 */
import type { ReportApi } from '../../../electron/common/api';

export async function getApi(): Promise<ReportApi> {
  const desktop = (window as Window & { reportApi?: ReportApi }).reportApi;
  if (desktop !== undefined) return desktop;
  const { createBrowserApi } = await import('./browser-api');
  return createBrowserApi();
}
