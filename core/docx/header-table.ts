// The page-1 header (ô 1–5b, 10a/10b) as a borderless two-column table of two rows (nd30.md §6.4):
// row 1 — agency block | national title and motto, each with its rule; row 2 — Số, V/v and stamps |
// place and date. Two rows keep "Số" and the dateline on the same line whatever the line counts above.
import { AlignmentType, Paragraph } from 'docx';
import type { Table } from 'docx';
import type { Letter } from '../letter/types';
import { formatAgencyLines, formatDate, formatDateLine, formatNumberLine, formatSubjectLine, MOTTO, NATIONAL_TITLE } from '../format';
import { ptToTwips } from '../layout';
import { textWidthTwips } from '../metrics';
import type { ExportContext } from './context';
import { textRun } from './runs';
import { ruleParagraph } from './rule';
import { secrecyStamp, urgencyStamp } from './stamps';
import { cellTextWidth, layoutTable } from './table';

const centred = (children: ReturnType<typeof textRun>[], before = 0): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0 }, children });

/** Parent (regular) and issuing agency (bold) lines, then a rule 1/3–1/2 of the longest agency line. */
function agencyBlock(ctx: ExportContext, letter: Letter, available: number): Paragraph[] {
  const { parent, name } = formatAgencyLines(letter.agency);
  const s = ctx.sizes;
  const longest = Math.max(0, ...name.map((l) => textWidthTwips(l, s.agency, { bold: true })));
  if (longest > available) ctx.warnings.push('agency.name: một dòng tên cơ quan rộng hơn cột bên trái nên sẽ tự xuống dòng; nên ngắt dòng bằng "\\n".');
  const rule = Math.round(ctx.layout.profile.agencyRuleRatio * Math.min(longest, available));
  return [
    ...parent.map((l) => centred([textRun(l, { sizePt: s.parentAgency })])),
    ...name.map((l) => centred([textRun(l, { sizePt: s.agency, bold: true })])),
    ruleParagraph(ctx, rule, available),
  ];
}

/** Quốc hiệu and Tiêu ngữ, then a rule exactly as long as the motto text. */
function nationalBlock(ctx: ExportContext, available: number): Paragraph[] {
  const s = ctx.sizes;
  if (textWidthTwips(NATIONAL_TITLE, s.nationalTitle, { bold: true }) > available) {
    ctx.warnings.push(`Quốc hiệu cỡ ${s.nationalTitle} rộng hơn cột bên phải của khổ trình bày nên sẽ xuống dòng.`);
  }
  return [
    centred([textRun(NATIONAL_TITLE, { sizePt: s.nationalTitle, bold: true })]),
    centred([textRun(MOTTO, { sizePt: s.motto, bold: true })]),
    ruleParagraph(ctx, textWidthTwips(MOTTO, s.motto, { bold: true }), available),
  ];
}

/** "Số: …" 13 pt centred, "V/v …" 12 pt centred 6 pt below it, then the secrecy and urgency stamps. */
function numberBlock(ctx: ExportContext, letter: Letter): Array<Paragraph | Table> {
  const s = ctx.sizes;
  const rowGap = ptToTwips(s.number / 2);
  const out: Array<Paragraph | Table> = [
    centred([textRun(formatNumberLine(letter.number, letter.symbol), { sizePt: s.number })], rowGap),
    centred([textRun(formatSubjectLine(letter.subject), { sizePt: s.subject })], ctx.layout.subjectGap),
  ];
  const gap = () => new Paragraph({ spacing: { before: 0, after: 0, line: ctx.layout.subjectGap, lineRule: 'exact' }, children: [] });
  if (letter.secrecy) out.push(gap(), secrecyStamp(ctx, letter.secrecy));
  if (letter.urgency) out.push(gap(), urgencyStamp(ctx, letter.urgency));
  return out;
}

/**
 * Place and date, italic, centred, on one line: at the profile's size, or at 13 pt (still in range)
 * when that fits and the larger does not; a place too long for either breaks after its comma, so
 * the date stays whole ("Thành phố Hồ Chí Minh," / "ngày 29 tháng 12 năm 2025").
 */
function datelineBlock(ctx: ExportContext, letter: Letter, available: number): Paragraph[] {
  const text = formatDateLine(letter.place, letter.date);
  const before = ptToTwips(ctx.sizes.number / 2);
  const fits = (size: number) => textWidthTwips(text, size, { italic: true }) <= available;
  const size = ctx.sizes.dateline;
  if (fits(size)) return [centred([textRun(text, { sizePt: size, italic: true })], before)];
  if (size > 13 && fits(13)) {
    ctx.warnings.push(`place: dòng địa danh, ngày tháng không vừa một dòng ở cỡ ${size}; đã dùng cỡ 13 (trong khoảng 13–14 cho phép).`);
    return [centred([textRun(text, { sizePt: 13, italic: true })], before)];
  }
  const date = formatDate(letter.date);
  const place = text.slice(0, Math.max(0, text.length - date.length)).trimEnd();
  if (!place) return [centred([textRun(text, { sizePt: size, italic: true })], before)];
  ctx.warnings.push('place: địa danh dài, dòng ngày tháng được xuống dòng sau dấu phẩy.');
  return [centred([textRun(place, { sizePt: size, italic: true }), textRun(date, { sizePt: size, italic: true, breakBefore: true })], before)];
}

export function headerTable(ctx: ExportContext, letter: Letter): Table {
  const [left, right] = ctx.layout.headerColumns;
  const leftText = cellTextWidth(ctx, left);
  const rightText = cellTextWidth(ctx, right);
  return layoutTable(ctx, [left, right], [
    [agencyBlock(ctx, letter, leftText), nationalBlock(ctx, rightText)],
    [numberBlock(ctx, letter), datelineBlock(ctx, letter, rightText)],
  ]);
}
