/**
 * Replaces an element's children with new HTML, touching only the top-level nodes that changed:
 * the common prefix and suffix stay in place. Typing in one section then re-lays out one
 * paragraph instead of the whole chapter, and the scroll position never jumps.
 */
interface Rendered {
  node: ChildNode;
  html: string;
}

const htmlOf = (node: ChildNode): string => (node instanceof Element ? node.outerHTML : (node.textContent ?? ''));

/** Keeps what was rendered last per target, so old nodes are never serialised again. */
const renderedBy = new WeakMap<Element, Rendered[]>();

export function patchHtml(target: Element, html: string): void {
  const template = target.ownerDocument.createElement('template');
  template.innerHTML = html;
  const next: Rendered[] = [...template.content.childNodes].map((node) => ({ node, html: htmlOf(node) }));
  const prev = renderedBy.get(target) ?? [...target.childNodes].map((node) => ({ node, html: htmlOf(node) }));

  let start = 0;
  while (start < prev.length && start < next.length && prev[start]!.html === next[start]!.html) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev[endPrev - 1]!.html === next[endNext - 1]!.html) {
    endPrev--;
    endNext--;
  }

  const anchor = prev[endPrev]?.node ?? null;
  for (const r of prev.slice(start, endPrev)) r.node.remove();
  for (const r of next.slice(start, endNext)) target.insertBefore(r.node, anchor);
  renderedBy.set(target, [...prev.slice(0, start), ...next.slice(start, endNext), ...prev.slice(endPrev)]);
}
