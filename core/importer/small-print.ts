// A scanned page's footnote, which OCR reads where the page's foot falls: between the last line of one
// page and the first of the next, often with its mark in the text above lost. Its print is smaller, so
// its lines run well past the body's width; that, and the mark OCR made of its raised number, tell it.
import type { Notes } from './notes';
import { blankLine, markPageBreak } from './lines';
import type { SourceLine } from './lines';
import { startsLower } from './text';

/** "Ị Chỉ thị số 05/CT-TTg …": a footnote's first line, its raised "1" read as "Ị" (or a sign), before a capital. */
const SMALL_PRINT_START = /^\s*[Ị!¹²³⁴⁵⁶⁷⁸⁹]\s+\p{Lu}/u;
/** How much longer than the body's usual wrapped line a line of small print runs. */
const SMALL_PRINT_RATIO = 1.2;
/** The most lines one page's footnotes run to. */
const MAX_LINES = 8;
/** Wrapped lines needed before the body's usual width means anything. */
const MIN_SAMPLES = 8;

const blank = (line: SourceLine | undefined): boolean => line === undefined || line.raw.trim() === '';

/** The median length of the lines the text wraps (the next goes on in small letters), or null. */
function usualWidth(lines: readonly SourceLine[]): number | null {
  const widths: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const prev = (lines[i - 1] as SourceLine).raw.trim();
    const cur = (lines[i] as SourceLine).raw.trim();
    if (prev !== '' && cur !== '' && startsLower(cur) && !/[.:;!?]$/.test(prev)) widths.push(prev.length);
  }
  if (widths.length < MIN_SAMPLES) return null;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] as number;
}

/**
 * "" / "Ị Chỉ thị số 05/CT-TTg … về phòng, chống dịch bệnh viêm đường hô hấp" / "cấp do chủng mới …" /
 * "… Quyết định số" / "- 100% trường học …": after a blank line, two or more lines of small print (each
 * a fifth longer than the body's usual line), the first opening with a footnote's mark, and the next
 * page's text under them. Dropped, with a note; a last short line that ends the note goes with it.
 */
export function dropSmallPrintFootnotes(lines: SourceLine[], notes: Notes): void {
  const width = usualWidth(lines);
  if (width === null) return;
  const long = (i: number): boolean => {
    const line = lines[i];
    return line !== undefined && line.runs === null && line.raw.trim().length >= width * SMALL_PRINT_RATIO;
  };
  for (let i = 1; i < lines.length; i += 1) {
    if (!blank(lines[i - 1]) || !SMALL_PRINT_START.test((lines[i] as SourceLine).raw) || !long(i)) continue;
    let end = i;
    while (end + 1 < lines.length && end - i + 1 < MAX_LINES && long(end + 1)) end += 1;
    if (end === i) continue;
    const next = lines[end + 1];
    if (next !== undefined && !blank(next) && startsLower(next.raw.trim()) && blank(lines[end + 2])) end += 1;
    for (let k = i; k <= end; k += 1) {
      notes.add('document', 'dropped', `Dòng ${(lines[k] as SourceLine).no}: bỏ chú thích cuối trang (chữ nhỏ, nhận dạng giữa hai trang).`, (lines[k] as SourceLine).raw.trim());
      lines[k] = blankLine(lines[k] as SourceLine);
    }
    markPageBreak(lines, i);
    i = end;
  }
}
