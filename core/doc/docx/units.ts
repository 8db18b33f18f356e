/** Unit conversions from the house style (points, centimetres) to what WordprocessingML wants. */
import type { HouseStyle } from '../house-style.js';

/** Run sizes are in half-points. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

/** Spacing, indents and page sizes are in twentieths of a point ("twips"). */
export const twips = (pt: number): number => Math.round(pt * 20);

export const cmToTwips = (cm: number): number => Math.round((cm / 2.54) * 1440);

/** Borders are in eighths of a point. */
export const eighthPoints = (pt: number): number => Math.round(pt * 8);

/** `line` spacing with the "auto" rule is in 240ths of a line. */
export const lineSpacing = (multiple: number): number => Math.round(multiple * 240);

/** Width of the text column in twips. */
export function textWidth(style: HouseStyle): number {
  const { page } = style;
  return cmToTwips(page.widthCm) - cmToTwips(page.marginLeftCm) - cmToTwips(page.marginRightCm);
}
