/**
 * Word list definitions: real bulleted and numbered lists (not "• " typed into the text), so
 * reviewers can edit them as lists.
 */
import { AlignmentType, type INumberingOptions, LevelFormat } from 'docx';
import type { HouseStyle } from '../house-style.js';
import { twips } from './units.js';

export const BULLET_LIST = 'raport-bullet';
export const ORDERED_LIST = 'raport-ordered';

export function numberingConfig(style: HouseStyle): INumberingOptions {
  const indent = { left: twips(style.spacing.listIndent), hanging: twips(style.spacing.listHanging) };
  return {
    config: [
      {
        reference: BULLET_LIST,
        levels: [
          { level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent } } },
        ],
      },
      {
        reference: ORDERED_LIST,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            start: 1,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
        ],
      },
    ],
  };
}
