/**
 * The preview frame's own document and the rules it lives by, kept apart from the component so a
 * test can read them.
 *
 * The sandbox leaves out `allow-scripts`: nothing in the frame can run code. It keeps
 * `allow-same-origin` because the app patches the report into the frame's DOM in place (scroll
 * position kept, no flicker); without scripts in the frame that access goes one way only, parent
 * to frame. The two together would let a frame script lift its own sandbox — never add
 * `allow-scripts`. No `allow-popups`, `allow-forms` or `allow-top-navigation` either.
 */
import type { Lang } from '../../../../core/index';

export const PREVIEW_SANDBOX = 'allow-same-origin';

/**
 * The frame's own policy, on top of the page's it inherits: inline styles (the report's style
 * sheet) and nothing else — no script, image, font, frame, form target or base URL from anywhere.
 * Charts are inline SVG, which loads nothing.
 */
export const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The empty report page the frame starts with; builds are patched into its `.report`. */
export function previewDocument(lang: Lang, css: string): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`,
    // Chromium may resolve link hosts ahead of a click; the app makes no network requests at all.
    '<meta http-equiv="x-dns-prefetch-control" content="off">',
    `<style>${css}</style>`,
    '</head>',
    '<body><div class="report"></div></body>',
    '</html>',
  ].join('');
}

/** Duck-typed: the frame's elements come from another realm, so `instanceof Element` would fail. */
function linkOf(target: EventTarget | null): HTMLAnchorElement | null {
  const closest = (target as Partial<Element> | null)?.closest;
  return typeof closest === 'function' ? (closest.call(target as Element, 'a[href]') as HTMLAnchorElement | null) : null;
}

function decodedId(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment; // a stray `%` is part of the id
  }
}

/**
 * Links in the preview never navigate: a web link would load a remote page into the frame (a
 * network request, and our page gone from the preview); an in-chapter `#anchor` scrolls instead.
 * The listener is the app's own code, registered from outside the sandboxed frame.
 */
export function keepLinksInPreview(doc: Document): void {
  const stop = (event: Event): void => {
    const link = linkOf(event.target);
    if (link === null) return;
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (event.type === 'click' && href.startsWith('#') && href.length > 1) {
      doc.getElementById(decodedId(href.slice(1)))?.scrollIntoView({ block: 'start' });
    }
  };
  doc.addEventListener('click', stop);
  doc.addEventListener('auxclick', stop); // middle click: "open in a new window"
}
