// The page-1 header (ô 1–5b, 10a/10b) as a borderless two-column table of two rows (nd30.md §6.4):
// row 1 — agency block | national title and motto, each with its rule; row 2 — Số, V/v and stamps |
// place and date. Two rows keep "Số" and the dateline on the same line whatever the line counts above.
import { AlignmentType, Paragraph } from 'docx';
import type { Table, TextRun } from 'docx';
import type { Letter } from '../letter/types';
import { formatAgencyLines, formatDate, formatDateLine, formatNumberLine, formatSubjectLine, MOTTO, NATIONAL_TITLE } from '../format';
import { ptToTwips } from '../layout';
import { ascentPt, fitsLine, textWidthTwips } from '../metrics';
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
  if (!fitsLine(longest, available)) ctx.warnings.push('agency.name: một dòng tên cơ quan gần bằng hoặc rộng hơn cột bên trái nên có thể tự xuống dòng; nên ngắt dòng bằng "\\n".');
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
  if (!fitsLine(textWidthTwips(NATIONAL_TITLE, s.nationalTitle, { bold: true }), available)) {
    ctx.warnings.push(`Quốc hiệu cỡ ${s.nationalTitle} gần bằng hoặc rộng hơn cột bên phải của khổ trình bày nên có thể xuống dòng.`);
  }
  return [
    centred([textRun(NATIONAL_TITLE, { sizePt: s.nationalTitle, bold: true })]),
    centred([textRun(MOTTO, { sizePt: s.motto, bold: true })]),
    ruleParagraph(ctx, textWidthTwips(MOTTO, s.motto, { bold: true }), available),
  ];
}

/**
 * "Số: …" 13 pt centred, "V/v …" 12 pt centred 6 pt below it, then the secrecy and urgency stamps.
 * `before` puts the Số line's baseline on the dateline's (see headerTable).
 */
function numberBlock(ctx: ExportContext, letter: Letter, before: number): Array<Paragraph | Table> {
  const s = ctx.sizes;
  const out: Array<Paragraph | Table> = [
    centred([textRun(formatNumberLine(letter.number, letter.symbol), { sizePt: s.number })], before),
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
 * the date stays whole ("Thành phố Hồ Chí Minh," / "ngày 29 tháng 12 năm 2025"). "Fits" keeps the
 * metrics' safety margin: a line that fits only just wraps its year in LibreOffice.
 */
function datelineRuns(ctx: ExportContext, letter: Letter, available: number): { runs: TextRun[]; sizePt: number } {
  const text = formatDateLine(letter.place, letter.date);
  const fits = (size: number) => fitsLine(textWidthTwips(text, size, { italic: true }), available);
  const size = ctx.sizes.dateline;
  if (fits(size)) return { runs: [textRun(text, { sizePt: size, italic: true })], sizePt: size };
  if (size > 13 && fits(13)) {
    ctx.warnings.push(`place: dòng địa danh, ngày tháng không vừa một dòng ở cỡ ${size}; đã dùng cỡ 13 (trong khoảng 13–14 cho phép).`);
    return { runs: [textRun(text, { sizePt: 13, italic: true })], sizePt: 13 };
  }
  const date = formatDate(letter.date);
  const place = text.slice(0, Math.max(0, text.length - date.length)).trimEnd();
  if (!place) return { runs: [textRun(text, { sizePt: size, italic: true })], sizePt: size };
  ctx.warnings.push('place: địa danh dài, dòng ngày tháng được xuống dòng sau dấu phẩy.');
  return { runs: [textRun(place, { sizePt: size, italic: true }), textRun(date, { sizePt: size, italic: true, breakBefore: true })], sizePt: size };
}

export function headerTable(ctx: ExportContext, letter: Letter): Table {
  const [left, right] = ctx.layout.headerColumns;
  const leftText = cellTextWidth(ctx, left);
  const rightText = cellTextWidth(ctx, right);
  const dateline = datelineRuns(ctx, letter, rightText);
  // Số (13 pt) and the dateline (13–14 pt) share a row and its top; the Decree puts them on the same
  // line, so the smaller one starts lower by the difference of their ascents and the baselines meet.
  const rowGap = ptToTwips(ctx.sizes.number / 2);
  const lift = ptToTwips(ascentPt(dateline.sizePt) - ascentPt(ctx.sizes.number));
  return layoutTable(ctx, [left, right], [
    [agencyBlock(ctx, letter, leftText), nationalBlock(ctx, rightText)],
    [numberBlock(ctx, letter, rowGap + Math.max(0, lift)), [centred(dateline.runs, rowGap + Math.max(0, -lift))]],
  ]);
}
