// Nơi nhận | signature (ô 9b, 12 | 7a–7c, §4.8, §4.10–4.11) as a borderless two-column table
// (Mẫu 1.5: 6.19 | 10.25 cm). "Nơi nhận:" and the first authority line both open their cells, so they
// sit level. The signature column: bold upper-case lines, room for signature and seal, the name bold.
import { AlignmentType, Paragraph } from 'docx';
import type { Table } from 'docx';
import type { Letter } from '../letter/types';
import { formatNoiNhanEntries, formatSignatureLines, formatSignerName, NOI_NHAN } from '../format';
import { textWidthTwips } from '../metrics';
import type { ExportContext } from './context';
import { textRun } from './runs';
import { layoutTable } from './table';

function noiNhanBlock(ctx: ExportContext, letter: Letter): Paragraph[] {
  const s = ctx.sizes;
  const dash = textWidthTwips('- ', s.noiNhanEntry);
  const entries = formatNoiNhanEntries(letter);
  return [
    new Paragraph({ spacing: { before: ctx.layout.signatureGap, after: 0 }, children: [textRun(NOI_NHAN, { sizePt: s.noiNhanHeading, bold: true, italic: true })] }),
    // Wrapped entries hang after "- " so their text aligns (§4.10).
    ...entries.map((e) => new Paragraph({ indent: { left: dash, hanging: dash }, spacing: { before: 0, after: 0 }, children: [textRun(e, { sizePt: s.noiNhanEntry })] })),
  ];
}

function signatureBlock(ctx: ExportContext, letter: Letter): Paragraph[] {
  const s = ctx.sizes;
  const lines = formatSignatureLines(letter.signature);
  const signer = formatSignerName(letter.signature.signer);
  if (!signer) ctx.warnings.push('signature.signer: chưa có họ tên người ký.');
  return [
    ...lines.map(
      (l, i) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: i === 0 ? ctx.layout.signatureGap : 0, after: 0 },
          keepNext: true,
          children: [textRun(l, { sizePt: s.signatureTitle, bold: true })],
        }),
    ),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: ctx.layout.signatureSpace, after: 0 },
      children: [textRun(signer, { sizePt: s.signer, bold: true })],
    }),
  ];
}

export function signatureTable(ctx: ExportContext, letter: Letter): Table {
  return layoutTable(ctx, ctx.layout.footerColumns, [[noiNhanBlock(ctx, letter), signatureBlock(ctx, letter)]]);
}
