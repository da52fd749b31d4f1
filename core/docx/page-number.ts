// Page numbers (§2): Arabic, 14 pt, centred in the header, counted from 1 but not shown on page 1 —
// a "different first page" section (titlePg) with an empty first-page header.
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { ptToHalfPoints } from '../layout';
import type { ExportContext } from './context';
import { FONT } from './runs';

export function pageHeaders(ctx: ExportContext): { default: Header; first: Header } {
  const size = ptToHalfPoints(ctx.sizes.pageNumber);
  return {
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size })] })],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}
