/** Page layout (A4, or A3 for large print), the running header and the page-number footer. */
import { AlignmentType, Footer, Header, type ISectionPropertiesOptions, PageNumber, Paragraph, TextRun } from 'docx';
import type { HouseStyle } from '../house-style.js';
import type { Lang } from '../../common/lang.js';
import { STYLE_IDS } from './styles.js';
import { cmToTwips } from './units.js';

export function sectionProperties(style: HouseStyle): ISectionPropertiesOptions {
  const { page } = style;
  return {
    page: {
      size: { width: cmToTwips(page.widthCm), height: cmToTwips(page.heightCm) },
      margin: {
        top: cmToTwips(page.marginTopCm),
        bottom: cmToTwips(page.marginBottomCm),
        left: cmToTwips(page.marginLeftCm),
        right: cmToTwips(page.marginRightCm),
        header: cmToTwips(page.headerCm),
        footer: cmToTwips(page.footerCm),
      },
    },
  };
}

export { textWidth } from './units.js';

export function pageHeader(text: string): Header {
  return new Header({
    children: [new Paragraph({ style: STYLE_IDS.header, alignment: AlignmentType.RIGHT, children: [new TextRun(text)] })],
  });
}

const PAGE_LABEL: Readonly<Record<Lang, { page: string; of: string }>> = {
  pl: { page: 'Strona ', of: ' z ' },
  en: { page: 'Page ', of: ' of ' },
};

/** "Strona X z Y": PAGE and NUMPAGES fields, which Word fills in when it lays the pages out. */
export function pageFooter(lang: Lang): Footer {
  const label = PAGE_LABEL[lang];
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_IDS.footer,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [label.page, PageNumber.CURRENT, label.of, PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
