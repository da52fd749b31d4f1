// Letter → docx Document: A4 portrait, the profile's margins, Times New Roman as the document default
// too (so even empty paragraphs use it), Vietnamese as the proofing language (else Word underlines
// every word as misspelt English), page numbers from page 2, then the parts in reading order.
import { Document, LineRuleType, PageOrientation, Paragraph } from 'docx';
import type { Letter } from '../letter/types';
import { agencyOneLine, BODY_DEPTHS, bodyStyleId, formatKinhGui, normalizeSubject } from '../format';
import { ptToHalfPoints } from '../layout';
import { bodyParagraphs } from './body';
import type { ExportContext } from './context';
import { headerTable } from './header-table';
import { kinhGuiParagraphs } from './kinh-gui';
import { pageHeaders } from './page-number';
import { FONT } from './runs';
import { signatureTable } from './signature-table';

/** Word wants a paragraph after a final table; a 1 pt one cannot push anything onto a new page. */
const endParagraph = (): Paragraph =>
  new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { font: FONT, size: 2 }, children: [] });

/** Word's spelling and grammar language for every run: Vietnamese, not the installer's English. */
export const DOCUMENT_LANGUAGE = 'vi-VN';

export function buildDocument(ctx: ExportContext, letter: Letter): Document {
  const l = ctx.layout;
  // Without "Kính gửi" the body follows the header table directly: keep the Kính gửi gap above it.
  const afterHeader = formatKinhGui(letter.recipients).kind === 'none' ? l.kinhGuiGap : undefined;
  return new Document({
    title: normalizeSubject(letter.subject),
    creator: agencyOneLine(letter.agency),
    styles: {
      default: {
        document: { run: { font: FONT, size: ptToHalfPoints(ctx.sizes.body), language: { value: DOCUMENT_LANGUAGE } }, paragraph: { spacing: { before: 0, after: 0 } } },
      },
      // Empty styles naming a body paragraph's depth in the draft (core/format/body-style.ts).
      paragraphStyles: Array.from({ length: BODY_DEPTHS }, (_, d) => [
        { id: bodyStyleId(d, 'item'), name: `Văn thư - mục, cấp ${d}`, basedOn: 'Normal' },
        { id: bodyStyleId(d, 'paragraph'), name: `Văn thư - đoạn, cấp ${d}`, basedOn: 'Normal' },
      ]).flat(),
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: l.page.width, height: l.page.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: l.margins.top, bottom: l.margins.bottom, left: l.margins.left, right: l.margins.right, header: l.margins.header, footer: l.margins.footer },
          },
        },
        headers: pageHeaders(ctx),
        children: [headerTable(ctx, letter), ...kinhGuiParagraphs(ctx, letter), ...bodyParagraphs(ctx, letter.body, afterHeader), signatureTable(ctx, letter), endParagraph()],
      },
    ],
  });
}
