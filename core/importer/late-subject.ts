// Text copied from a PDF reads a two-column page cell by cell, and the subject's cell (under "Số", left
// of the dateline) can come out last of all, after Nơi nhận and before the signer's title:
//   "- Lưu VT, KHTC." / "V/v đánh giá tình hình sử dụng," / "bảo quản các công trình cấp nước" / "GIÁM ĐỐC".
// When the header holds no subject, such a block is taken out of the footer and handed to the header.
import { contentOf } from './lines';
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
  for (let i = at; i < end; i += 1) lines[i] = { ...(lines[i] as SourceLine), raw: '' };
  return taken;
}
