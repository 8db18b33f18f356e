/**
 * Headings must not skip a level (h1 → h3): screen readers navigate by them, Word's navigation
 * pane nests them, and the accessibility checkers of both flag a gap.
 */
import { inlineText, type Block } from './model.js';

export function headingOrderGaps(blocks: readonly Block[]): string[] {
  const gaps: string[] = [];
  let previous = 0;
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    if (block.level > previous + 1) {
      gaps.push(`heading "${inlineText(block.runs)}" is level ${block.level} after level ${previous || 'none'}`);
    }
    previous = block.level;
  }
  return gaps;
}
