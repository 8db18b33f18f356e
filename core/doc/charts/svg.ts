/** Small SVG string builders: attributes and coordinates that stay byte-stable. */
import { escapeXml } from '../xml-escape.js';

export { escapeXml };

/** Coordinates rounded to 0.1 px: enough precision, and the same bytes on every platform. */
export function px(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

export function attrs(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? px(value) : escapeXml(value)}"`)
    .join('');
}
