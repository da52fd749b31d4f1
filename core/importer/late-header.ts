// Text copied from a PDF reads the header's table cell by cell, and the right cell (national title,
// motto, dateline) can come out after a bare "Kính gửi:" of the left one:
//   "Kính gửi:" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập- Tự do- Hạnh phúc" /
//   "Hiệp Hòa, ngày07 tháng 9 năm 2020" / "- Các trường Mầm non, …".
// Such lines are taken out of the recipients and handed to the header. OCR that reads a scan's header
// columns one after the other may set the right one after the footer's Nơi nhận list instead.
import { blankLine, contentOf } from './lines';
import type { SourceLine } from './lines';
import { DATE, isMotto, isNationalTitle, isRecipientsStart } from './patterns';
import { fold, squash } from './text';
import { isDatelineOnly, isHeaderElement } from './zones';

const textOf = (l: SourceLine): string => squash(contentOf(l.raw, l.runs, l.open).text);

/**
 * Removes the header's elements standing right under a bare "Kính gửi:" (line `at`) when the header
 * above (lines before `at`) holds no dateline of its own; returns them, in order, for the header to read.
 */
export function takeHeaderAfterGreeting(lines: SourceLine[], at: number, footerStart: number): SourceLine[] {
  const greeting = textOf(lines[at] as SourceLine);
  if (!isRecipientsStart(greeting) || !/:\s*$/.test(greeting)) return [];
  if (lines.slice(0, at).some((l) => DATE.test(fold(textOf(l))))) return [];
  const taken: number[] = [];
  for (let i = at + 1; i < footerStart; i += 1) {
    const line = lines[i] as SourceLine;
    const text = textOf(line);
    if (text === '') continue;
    if (line.runs !== null || !isHeaderElement(text)) break;
    taken.push(i);
  }
  if (taken.length === 0) return [];
  const out = taken.map((i) => lines[i] as SourceLine);
  for (const i of taken) lines[i] = blankLine(lines[i] as SourceLine);
  return out;
}

/**
 * "- Lưu VT." / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc" / "TP. Cà Mau, ngày DẦ tháng 7
 * năm 2021" / "TM. BAN THƯỜNG VỤ": the header's right column read after the left one's Nơi nhận list, before
 * the signature. Taken only when no dateline stands above the footer and the run, opening with the national
 * title or the motto, holds one; returned, in order, for the header to read.
 */
export function takeHeaderInFooter(lines: SourceLine[], footerStart: number): SourceLine[] {
  if (lines.slice(0, footerStart).some((l) => DATE.test(fold(textOf(l))))) return [];
  const start = lines.findIndex((l, i) => i >= footerStart && l.runs === null && (isNationalTitle(textOf(l)) || isMotto(textOf(l))));
  if (start < 0) return [];
  const taken: number[] = [];
  for (let i = start; i < lines.length; i += 1) {
    const text = textOf(lines[i] as SourceLine);
    if (text === '') continue;
    if (!isNationalTitle(text) && !isMotto(text) && !isDatelineOnly(text)) break;
    taken.push(i);
  }
  if (!taken.some((i) => isDatelineOnly(textOf(lines[i] as SourceLine)))) return [];
  const out = taken.map((i) => lines[i] as SourceLine);
  for (const i of taken) lines[i] = blankLine(lines[i] as SourceLine);
  return out;
}

