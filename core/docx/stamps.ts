// Urgency (ô 10b) and secrecy (ô 10a) stamps: a single-line red box of the stamp's size with the text
// centred, bold, upper case (§4.12). Electronic rendering is not regulated; a one-cell table of the
// exact size is the "reasonable choice" nd30.md names, and it renders the same everywhere.
import { AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { Secrecy, Urgency } from '../letter/types';
import { formatSecrecy, formatUrgency } from '../format';
import { mmToTwips } from '../layout';
import { textWidthMm } from '../metrics';
import type { ExportContext } from './context';
import { textRun } from './runs';

export const STAMP_RED = 'FF0000';

function stampBox(ctx: ExportContext, text: string, width: number, height: number): Table {
  const side = { style: BorderStyle.SINGLE, size: ctx.layout.ruleWeight, color: STAMP_RED };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: { top: side, bottom: side, left: side, right: side, insideHorizontal: side, insideVertical: side },
    margins: { left: 0, right: 0, top: 0, bottom: 0, marginUnitType: WidthType.DXA },
    rows: [
      new TableRow({
        height: { value: height, rule: HeightRule.EXACT },
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: 0, after: 0 },
                children: [textRun(text, { sizePt: ctx.sizes.stamp, bold: true, color: STAMP_RED })],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** HỎA TỐC 30×8, THƯỢNG KHẨN 40×8, KHẨN 20×8 mm. */
export function urgencyStamp(ctx: ExportContext, urgency: Urgency): Table {
  const [w, h] = ctx.layout.profile.urgencyBoxMm[urgency];
  return stampBox(ctx, formatUrgency(urgency), mmToTwips(w), mmToTwips(h));
}

/** The Decree does not size secrecy stamps: the box is the text plus 3 mm on each side, in whole mm. */
export function secrecyStamp(ctx: ExportContext, secrecy: Secrecy): Table {
  const text = formatSecrecy(secrecy);
  const widthMm = Math.ceil(textWidthMm(text, ctx.sizes.stamp, { bold: true }) + 6);
  return stampBox(ctx, text, mmToTwips(widthMm), ctx.layout.secrecyBoxHeight);
}
