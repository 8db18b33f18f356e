/**
 * Word styles from the house style. Headings use Word's built-in Heading 1–3 (navigation pane,
 * outline, TOC); lead, note, GRI tags and table text are custom paragraph styles so reviewers can
 * restyle them all at once. With a company template, package/style-template.ts swaps in the
 * template's styles by their built-in names and keeps only the custom ones the template lacks.
 */
import { BorderStyle, type IStylesOptions, LineRuleType, UnderlineType } from 'docx';
import type { HouseStyle } from '../house-style.js';
import type { Lang } from '../../common/lang.js';
import type { ParagraphStyle } from '../model.js';
import { eighthPoints, halfPoints, lineSpacing, twips } from './units.js';

/** Word language tags: the proofing language of every run comes from the document defaults. */
export const WORD_LANG: Readonly<Record<Lang, string>> = { pl: 'pl-PL', en: 'en-GB' };

export const STYLE_IDS = {
  lead: 'Lead',
  note: 'Note',
  gri: 'GriTags',
  tableText: 'TableText',
  /** Word's built-in ids, so its own commands (header, footer, TOC heading) pick them up. */
  header: 'Header',
  footer: 'Footer',
  tocHeading: 'TOCHeading',
} as const;

/** The paragraph style id of a model paragraph style (`undefined` = Normal). */
export function paragraphStyleId(style: ParagraphStyle): string | undefined {
  return style === 'body' ? undefined : STYLE_IDS[style];
}

const custom = { basedOn: 'Normal', next: 'Normal', quickFormat: true } as const;

/**
 * Stated explicitly: without `w:lineRule`, LibreOffice reads `w:line` as an exact height and clips a
 * chart drawn in the line to one line of text.
 */
const AUTO = LineRuleType.AUTO;

type HeadingStyle = NonNullable<IStylesOptions['default']>['heading1'];

function heading(style: HouseStyle, level: 1 | 2 | 3, size: number, color: string): HeadingStyle {
  return {
    run: { font: style.fonts.body, size: halfPoints(size), bold: true, color },
    paragraph: {
      spacing: { before: twips(style.spacing.headingBefore[level]), after: twips(style.spacing.headingAfter[level]) },
      keepNext: true,
      keepLines: true,
      // Word's navigation pane and TOC read the outline level (0 = level 1).
      outlineLevel: level - 1,
    },
  };
}

export function docxStyles(lang: Lang, style: HouseStyle): IStylesOptions {
  const { colors, fonts, sizes, spacing, borders } = style;
  return {
    default: {
      document: {
        run: { font: fonts.body, size: halfPoints(sizes.body), color: colors.text, language: { value: WORD_LANG[lang] } },
        paragraph: { spacing: { after: twips(spacing.paragraphAfter), line: lineSpacing(spacing.lineHeightWord), lineRule: AUTO } },
      },
      heading1: heading(style, 1, sizes.h1, colors.heading1),
      heading2: heading(style, 2, sizes.h2, colors.heading2),
      heading3: heading(style, 3, sizes.h3, colors.heading3),
      caption: {
        run: { bold: true, italics: false, size: halfPoints(sizes.caption), color: colors.muted },
        paragraph: { spacing: { before: twips(spacing.captionBefore), after: twips(spacing.captionAfter) }, keepNext: true },
      },
      listParagraph: { paragraph: { spacing: { after: twips(spacing.listItemAfter) }, contextualSpacing: true } },
      hyperlink: { run: { color: colors.link, underline: { type: UnderlineType.SINGLE } } },
      footnoteText: { run: { size: halfPoints(sizes.footnote) }, paragraph: { spacing: { after: 0, line: lineSpacing(1), lineRule: AUTO } } },
      // docx defines these at 10 pt; set here so no style of the large-print edition is below its minimum.
      footnoteTextChar: { run: { size: halfPoints(sizes.footnote) } },
      endnoteText: { run: { size: halfPoints(sizes.footnote) } },
      endnoteTextChar: { run: { size: halfPoints(sizes.footnote) } },
    },
    paragraphStyles: [
      {
        id: STYLE_IDS.lead,
        name: 'Lead',
        ...custom,
        run: { size: halfPoints(sizes.lead) },
        paragraph: {
          border: { left: { style: BorderStyle.SINGLE, size: eighthPoints(3), color: colors.accent, space: 8 } },
          indent: { left: twips(9) },
        },
      },
      { id: STYLE_IDS.note, name: 'Note', ...custom, run: { size: halfPoints(sizes.note), color: colors.muted } },
      {
        id: STYLE_IDS.gri,
        name: 'GRI tags',
        ...custom,
        run: { size: halfPoints(sizes.gri), color: colors.accent, bold: true, allCaps: true, characterSpacing: 8 },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE_IDS.tableText,
        name: 'Table text',
        ...custom,
        run: { size: halfPoints(sizes.table) },
        paragraph: { spacing: { before: 0, after: 0, line: lineSpacing(1), lineRule: AUTO } },
      },
      {
        // Word's "TOC Heading": looks like a heading but has no outline level, so it stays out of the TOC.
        id: STYLE_IDS.tocHeading,
        name: 'TOC Heading',
        ...custom,
        run: { size: halfPoints(sizes.h2), bold: true, color: colors.heading2 },
        paragraph: { spacing: { before: twips(spacing.headingBefore[2]), after: twips(spacing.headingAfter[2]) }, keepNext: true },
      },
      {
        id: STYLE_IDS.header,
        name: 'header',
        ...custom,
        run: { size: halfPoints(sizes.headerFooter), color: colors.muted },
        paragraph: {
          spacing: { after: 0 },
          border: { bottom: { style: BorderStyle.SINGLE, size: eighthPoints(borders.table.width), color: colors.tableBorder, space: 4 } },
        },
      },
      {
        id: STYLE_IDS.footer,
        name: 'footer',
        ...custom,
        run: { size: halfPoints(sizes.headerFooter), color: colors.muted },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}
