/**
 * Headings must not skip a level (h1 → h3): screen readers navigate by them, Word's navigation
 * pane nests them, and the accessibility checkers of both flag a gap.
 */
import { inlineText, type Block } from './model.js';

/** A heading that skips a level: its text, its level and the level before it (0: none before it). */
export interface HeadingGap {
  heading: string;
  level: number;
  previous: number;
}

export function headingOrderGaps(blocks: readonly Block[]): HeadingGap[] {
  const gaps: HeadingGap[] = [];
  let previous = 0;
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    if (block.level > previous + 1) gaps.push({ heading: inlineText(block.runs), level: block.level, previous });
    previous = block.level;
  }
  return gaps;
}
