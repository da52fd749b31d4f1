// What a scan prints at the foot of its pages, read by OCR in the middle of the letter: the drafting
// unit's name and address repeated on every page, and the footnote above it. Neither is a letter's line.
import type { Notes } from './notes';
import { PAGE_NUMBER, blankLine, markPageBreak } from './lines';
import type { SourceLine } from './lines';
import { LIST_LABEL } from './paragraphs';
import { fold, startsLower } from './text';

/** "Website Cục thuế TP.Hồ Chí Minh: http://…": a labelled web address, as a tax office prints at each page's foot. */
const PAGE_FOOT = /^website\b[^:]{0,60}:\s*\S+$/;

/**
 * The office's web address printed at the foot of every page, read by OCR in the middle of a sentence
 * that goes on over the page. Only the last line before a page break, so a sentence naming the site stays.
 */
export function dropPageFoot(lines: SourceLine[], notes: Notes): void {
  for (let i = 1; i < lines.length; i += 1) {
    if ((lines[i] as SourceLine).pageBreak !== true || (lines[i - 1] as SourceLine).pageBreak === true) continue;
    let j = i - 1;
    while (j >= 0 && (lines[j] as SourceLine).raw.trim() === '') j -= 1;
    const foot = lines[j];
    if (foot === undefined || foot.runs !== null) continue;
    const text = foot.raw.trim();
    if (text.length > 120 || !PAGE_FOOT.test(fold(text))) continue;
    notes.add('document', 'dropped', `Dòng ${foot.no}: bỏ địa chỉ trang web in ở chân trang.`, text);
    lines[j] = blankLine(foot);
    markPageBreak(lines, i);
  }
}

/** A line's letters and digits, folded: OCR marks the two copies of a printed line differently ("chóng"/"chống", "-"/"—"). */
const keyOf = (raw: string): string => fold(raw).replace(/[^a-z0-9]/g, '');
/** A line long enough that its coming back word for word is no chance (a "- Như trên;" comes back often). */
const MIN_KEY = 30;

/**
 * "! Văn phòng Đoàn …": a footnote's first line, its mark read by OCR as "!" or kept as a raised digit;
 * the mark stands glued after a word or a number in the text above ("18/155!").
 */
const FOOTNOTE_START = /^\s*([!¹²³⁴⁵⁶⁷⁸⁹])\s*\p{Lu}/u;

const blank = (line: SourceLine): boolean => line.raw.trim() === '';

/**
 * "Phòng An ninh mạng … (PA05) Công an tỉnh Lâm Đồng" / "(Số 04 Trần Bình Trọng, …)": lines printed at
 * the foot of every page come back word for word. Where every copy stands at a page's foot (a page
 * number, a page break or the text's end follows it, past blank lines and the foot's other lines), all are
 * dropped, and with the first a footnote right above it; the sentence cut by the page goes on over the gap.
 */
export function dropRepeatedPageFoot(lines: SourceLine[], notes: Notes): void {
  const at = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.runs !== null) return;
    const key = keyOf(line.raw);
    if (key.length < MIN_KEY) return;
    at.set(key, [...(at.get(key) ?? []), i]);
  });
  const repeated = new Set([...at.values()].filter((list) => list.length >= 2).flat());
  if (repeated.size === 0) return;
  /** Past blank lines and the foot's other lines, a page number, a page break or the end follows line i. */
  const atFoot = (i: number): boolean => {
    let j = i + 1;
    while (j < lines.length && (blank(lines[j] as SourceLine) || repeated.has(j))) j += 1;
    const next = lines[j];
    return next === undefined || next.pageBreak === true || (next.runs === null && PAGE_NUMBER.test(fold(next.raw).trim()));
  };
  // Every copy at a page's foot: a sentence the body says twice may end a page once.
  const foot = [...repeated].filter((i) => at.get(keyOf((lines[i] as SourceLine).raw))?.every(atFoot) === true).sort((a, b) => a - b);
  if (foot.length === 0) return;
  const first = foot[0] as number;
  dropFootnoteAbove(lines, first, notes);
  for (const i of foot) {
    notes.add('document', 'dropped', `Dòng ${(lines[i] as SourceLine).no}: bỏ dòng in ở chân mỗi trang (tên, địa chỉ đơn vị soạn thảo).`, (lines[i] as SourceLine).raw.trim());
    lines[i] = blankLine(lines[i] as SourceLine);
  }
  // The first copy stood where the page broke: the paragraph it cut goes on after it.
  markPageBreak(lines, first);
}

/** The footnote right above the page's foot (a blank line between), when its mark stands in the text above it. */
function dropFootnoteAbove(lines: SourceLine[], footAt: number, notes: Notes): void {
  let end = footAt - 1;
  while (end >= 0 && blank(lines[end] as SourceLine)) end -= 1;
  let start = end;
  while (start - 1 >= 0 && !blank(lines[start - 1] as SourceLine) && end - start < 5) start -= 1;
  const head = lines[start];
  const mark = head === undefined || head.runs !== null ? null : FOOTNOTE_START.exec(head.raw);
  if (mark === null || start === 0) return;
  const above = lines.slice(0, start).map((l) => l.raw).join('\n');
  // The footnote marks are signs that need no escaping in a pattern.
  const glued = new RegExp(`[\\p{L}\\d)]${mark[1] as string}(?=[\\s.,;:]|$)`, 'u');
  if (!glued.test(above)) return;
  for (let i = start; i <= end; i += 1) {
    notes.add('document', 'dropped', `Dòng ${(lines[i] as SourceLine).no}: bỏ chú thích cuối trang.`, (lines[i] as SourceLine).raw.trim());
    lines[i] = blankLine(lines[i] as SourceLine);
  }
}

/** A footnote's number alone on its line, as a text layer sets the raised digit apart ("   1"). */
const FOOTNOTE_NUMBER = /^\s*([1-9]\d?)\s*$/;
/** The most lines one footnote runs to. */
const FOOTNOTE_LINES = 6;

/**
 * "   1" / "Bao gồm Sở Giáo dục - …;" / "   2" / "Công văn số 1444/…" / (the page number) / (the break): the
 * footnotes a text layer gives at a page's foot, after a blank line, each number alone over its text, the
 * numbers counting up. Dropped, with a note, when each number stands glued to a word above ("Bộ GDĐT2"),
 * and the block ends the page (a page number, a page break or the text's end follows it); the sentence the
 * page cut goes on over the gap.
 */
export function dropPageFootnotes(lines: SourceLine[], notes: Notes): void {
  const raw = (i: number): string => (lines[i] as SourceLine).raw;
  for (let i = 1; i < lines.length; i += 1) {
    const first = FOOTNOTE_NUMBER.exec(raw(i));
    // A number alone that a page break marks is the next page's number at its top ("2" / "4. Thủ trưởng …").
    if (first === null || !blank(lines[i - 1] as SourceLine) || (lines[i] as SourceLine).runs !== null || (lines[i] as SourceLine).pageBreak === true) continue;
    let j = i;
    let n = Number(first[1]);
    const marks: number[] = [];
    while (j < lines.length) {
      const m = FOOTNOTE_NUMBER.exec(raw(j));
      if (m === null || Number(m[1]) !== n) break;
      let k = j + 1;
      while (k < lines.length && !blank(lines[k] as SourceLine) && !FOOTNOTE_NUMBER.test(raw(k)) && (lines[k] as SourceLine).pageBreak !== true) k += 1;
      // A note is a few lines, and never opens as a clause or a list item does.
      if (k === j + 1 || k - j - 1 > FOOTNOTE_LINES || LIST_LABEL.test(raw(j + 1))) break;
      marks.push(n);
      n += 1;
      j = k;
    }
    if (marks.length === 0) continue;
    let after = j;
    while (after < lines.length && blank(lines[after] as SourceLine)) after += 1;
    const next = lines[after];
    const atFoot = next === undefined || next.pageBreak === true || (next.runs === null && PAGE_NUMBER.test(fold(next.raw).trim()));
    const above = lines.slice(0, i).map((l) => l.raw).join('\n');
    if (!atFoot || !marks.every((mark) => new RegExp(`[\\p{L})]${mark}(?=[\\s.,;:]|$)`, 'u').test(above))) continue;
    const end = lines.slice(i, j).findLastIndex((l) => !blank(l)) + i;
    for (let k = i; k <= end; k += 1) {
      if (!blank(lines[k] as SourceLine)) notes.add('document', 'dropped', `Dòng ${(lines[k] as SourceLine).no}: bỏ chú thích cuối trang.`, raw(k).trim());
      lines[k] = blankLine(lines[k] as SourceLine);
    }
    markPageBreak(lines, i);
    i = j;
  }
}

/** A line that ends a sentence: the text above a footnote cut mid-sentence by the page does not. */
const SENTENCE_ENDS = /[.:;!?…]["”)]?\s*$/u;

/**
 * "… kế hoạch bài dạy để giảm" / "Thông tư 09/2021/TT-BGDĐT, … dạy học trực tuyến" / "trong cơ sở … thường
 * xuyên." / "1" / "" / "1" / (the break) / "áp lực công việc …": plain pdftotext gives a page's footnote
 * right under the page's last line and its number after it, then the page number. Dropped, with a note,
 * when the number stands glued to a word above ("theo quy định1."), no blank line parts the number from
 * the note, and the sentence the page cut goes on in small letters on the next page: the note is then the
 * lines from the last one opening with a capital, the line above it ending no sentence.
 */
export function dropFootnotesOverNumber(lines: SourceLine[], notes: Notes): void {
  const raw = (i: number): string => (lines[i] as SourceLine).raw;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] as SourceLine;
    const mark = FOOTNOTE_NUMBER.exec(raw(i));
    // The page's break starts at the number: the blank lines and the page number under it are the break's.
    if (mark === null || line.runs !== null || line.pageBreak !== true || (lines[i - 1] as SourceLine).pageBreak === true || blank(lines[i - 1] as SourceLine)) continue;
    // Past the break's blank lines and page number, the next page's first line.
    let after = i + 1;
    while (after < lines.length && (lines[after] as SourceLine).pageBreak === true && (blank(lines[after] as SourceLine) || FOOTNOTE_NUMBER.test(raw(after)))) after += 1;
    const goesOn = lines[after];
    if (goesOn === undefined || goesOn.runs !== null || !startsLower(goesOn.raw.trim())) continue;
    let start = -1;
    for (let s = i - 1; s >= Math.max(1, i - FOOTNOTE_LINES) && !blank(lines[s] as SourceLine); s -= 1) {
      const above = lines[s - 1] as SourceLine;
      if (/^\s*[\p{Lu}\d]/u.test(raw(s)) && !blank(above) && !SENTENCE_ENDS.test(above.raw)) {
        start = s;
        break;
      }
    }
    if (start < 0 || !SENTENCE_ENDS.test(raw(i - 1))) continue;
    const text = lines.slice(0, start).map((l) => l.raw).join('\n');
    if (!new RegExp(`[\\p{L})]${mark[1] as string}(?=[\\s.,;:]|$)`, 'u').test(text)) continue;
    for (let k = start; k < i; k += 1) {
      notes.add('document', 'dropped', `Dòng ${(lines[k] as SourceLine).no}: bỏ chú thích cuối trang.`, raw(k).trim());
      lines[k] = blankLine(lines[k] as SourceLine);
    }
    markPageBreak(lines, i);
  }
}
