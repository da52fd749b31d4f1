// Text copied from a PDF reads a two-column page cell by cell, and the subject's cell (under "Số", left
// of the dateline) can come out last of all, after Nơi nhận and before the signer's title:
//   "- Lưu VT, KHTC." / "V/v đánh giá tình hình sử dụng," / "bảo quản các công trình cấp nước" / "GIÁM ĐỐC".
// When the header holds no subject, such a block is taken out of the footer and handed to the header.
import { blankLine, contentOf } from './lines';
import type { SourceLine } from './lines';
import { isArchiveEntry, isDistributionStart, isSubjectStart, markerKind } from './patterns';
import { fold, hasDash, isUpperText, squash } from './text';

/** A subject anywhere in a header line: "V/v …" or "Về việc …" alone or after the number. */
const SUBJECT_IN_LINE = /(^|\s)["“]?(v\s*\/\s*v|ve viec)(\s|$)/;

const textOf = (l: SourceLine): string => squash(contentOf(l.raw, l.runs, l.open).text);

/** The subject's wrapped lines: short, not capitals, no list entry, no signature line. */
const continuesSubject = (text: string): boolean =>
  text !== '' && text.length <= 70 && !isUpperText(text) && !hasDash(text) && !isArchiveEntry(text) && !isDistributionStart(text) && markerKind(text) === null;

/**
 * Removes a subject block from the footer (lines from `footerStart` on) when the header
 * (lines before `headerEnd`) has none; returns the removed lines, in order, for the header to read.
 */
export function takeLateSubject(lines: SourceLine[], headerEnd: number, footerStart: number): SourceLine[] {
  if (lines.slice(0, headerEnd).some((l) => SUBJECT_IN_LINE.test(` ${fold(textOf(l))}`))) return [];
  const at = lines.findIndex((l, i) => i >= footerStart && l.runs === null && isSubjectStart(textOf(l)));
  if (at < 0) return [];
  let end = at + 1;
  while (end < lines.length && end - at < 5 && continuesSubject(textOf(lines[end] as SourceLine))) end += 1;
  const taken = lines.slice(at, end);
  for (let i = at; i < end; i += 1) lines[i] = blankLine(lines[i] as SourceLine);
  return taken;
}

/** The name of a kind of document other than a công văn, in capitals on a line of its own. */
const KINDS = String.raw`thu ngo|thu keu goi|loi keu goi|thong bao|to trinh|bao cao|giay moi|thu moi|thu cam on|thu chuc mung`;
const DOCUMENT_KIND = new RegExp(`^(${KINDS})$`);
/** "_—— THÔNG BẢO": the kind's line, past the pen's strokes OCR read before it; null for any other line. */
function kindLine(text: string): string | null {
  const name = text.replace(/^[^\p{L}\d]*[-–—_]{2,}\s*/u, '');
  return isUpperText(name) && DOCUMENT_KIND.test(fold(name)) ? name : null;
}
/** A kind's name opening a line, folded: what follows it there is not the kind's. */
export const DOCUMENT_KIND_START = new RegExp(`^(${KINDS})\\b`);

export interface KindSubject {
  kind: string;
  subject: string;
}

/** A summary is one short line starting with a capital, not a sentence of the body. */
const isSummary = (text: string): boolean => text.length <= 160 && !/[.:;]$/.test(text) && /^\p{Lu}/u.test(text) && !isUpperText(text);

/**
 * "THƯ NGỎ" / "Vận động hỗ trợ (tự nguyện) kinh phí bắn pháo hoa": a letter of a named kind carries its
 * summary (its trích yếu) under the kind's name instead of "V/v". When the header has no subject, the two
 * lines at the body's start are taken out: the summary is the subject, the kind's name is reported.
 */
export function takeKindSubject(lines: SourceLine[], bodyStart: number, footerStart: number): KindSubject | null {
  const filled = (from: number): number => {
    let i = from;
    while (i < footerStart && textOf(lines[i] as SourceLine) === '') i += 1;
    return i < footerStart ? i : -1;
  };
  const kindAt = filled(bodyStart);
  if (kindAt < 0) return null;
  const kind = kindLine(textOf(lines[kindAt] as SourceLine));
  if (kind === null) return null;
  const summaryAt = filled(kindAt + 1);
  if (summaryAt < 0) return null;
  if (!isSummary(textOf(lines[summaryAt] as SourceLine))) return null;
  const end = summaryEnd(lines, summaryAt, footerStart);
  const subject = lines.slice(summaryAt, end).map((l) => textOf(l)).join(' ');
  lines[kindAt] = blankLine(lines[kindAt] as SourceLine);
  for (let i = summaryAt; i < end; i += 1) lines[i] = blankLine(lines[i] as SourceLine);
  return { kind, subject };
}

/**
 * Where a kind's summary ends: its wrapped lines are short and no sentence; "Kết quả … các đơn vị thuộc" /
 * "Sở Giáo dục và Đào tạo năm học 2021-2022" / "": a line opening with a capital (a name the summary goes on
 * to) is the summary's only where a blank line closes the block after it, as the body's first paragraph is
 * set apart.
 */
function summaryEnd(lines: readonly SourceLine[], summaryAt: number, limit: number): number {
  let end = summaryAt + 1;
  while (end < limit && end - summaryAt < 3 && continuesSubject(textOf(lines[end] as SourceLine))) {
    const text = textOf(lines[end] as SourceLine);
    const closed = end + 1 >= limit || textOf(lines[end + 1] as SourceLine) === '';
    if (/^\p{Lu}/u.test(text) && (!closed || /[.:;,]$/.test(text) || /[.:;,]$/.test(textOf(lines[end - 1] as SourceLine)))) break;
    end += 1;
  }
  return end;
}

/**
 * "Số: 254 /TB-PCTT …" / "THÔNG BÁO" / "Cảnh báo, ứng phó với mưa vừa, mưa to và dông" / "Kính gửi:": the
 * kind's name and its summary set in the header, above the addressees, as a notice sent as a letter has
 * them. With no "V/v" in the header, they are taken out of it; a summary wrapped over two lines is joined.
 */
export function takeKindSubjectInHeader(lines: SourceLine[], headerEnd: number): KindSubject | null {
  if (lines.slice(0, headerEnd).some((l) => SUBJECT_IN_LINE.test(` ${fold(textOf(l))}`))) return null;
  const kindAt = lines.findIndex((l, i) => i < headerEnd && l.runs === null && kindLine(textOf(l)) !== null);
  const kind = kindAt < 0 ? null : kindLine(textOf(lines[kindAt] as SourceLine));
  if (kind === null) return null;
  let summaryAt = kindAt + 1;
  while (summaryAt < headerEnd && textOf(lines[summaryAt] as SourceLine) === '') summaryAt += 1;
  if (summaryAt >= headerEnd || !isSummary(textOf(lines[summaryAt] as SourceLine))) return null;
  const end = summaryEnd(lines, summaryAt, headerEnd);
  const subject = lines.slice(summaryAt, end).map((l) => textOf(l)).join(' ');
  lines[kindAt] = blankLine(lines[kindAt] as SourceLine);
  for (let i = summaryAt; i < end; i += 1) lines[i] = blankLine(lines[i] as SourceLine);
  return { kind, subject };
}

/**
 * "Kính gửi: …" / "" / "Về việc đính chính Đơn vị tính …" / "xuất khẩu …" / "": older letters typed the
 * subject under the addressees. When the header has none, a "V/v" or "Về việc" block of at most three
 * short lines at the body's start, closed by a blank line and by no ending of a sentence, is taken out
 * as the subject ("Về việc này, …:" opens the body and stays).
 */
export function takeSubjectAfterRecipients(lines: SourceLine[], bodyStart: number, footerStart: number): SourceLine[] {
  let at = bodyStart;
  while (at < footerStart && textOf(lines[at] as SourceLine) === '') at += 1;
  if (at >= footerStart) return [];
  const first = textOf(lines[at] as SourceLine);
  if ((lines[at] as SourceLine).runs !== null || !/^(v\s*\/\s*v|ve viec)\s+\S/.test(fold(first)) || /^ve viec\s+(nay|tren|do|nhu)\b/.test(fold(first))) return [];
  let end = at + 1;
  while (end < footerStart && end - at < 3 && continuesSubject(textOf(lines[end] as SourceLine))) end += 1;
  const taken = lines.slice(at, end);
  const last = textOf(taken[taken.length - 1] as SourceLine);
  const closed = end >= footerStart || textOf(lines[end] as SourceLine) === '';
  if (!closed || /[.:;,]$/.test(last) || taken.some((l) => textOf(l).length > 120)) return [];
  for (let i = at; i < end; i += 1) lines[i] = blankLine(lines[i] as SourceLine);
  return taken;
}
