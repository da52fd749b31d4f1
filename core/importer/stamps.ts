// A scanned letter often carries the receiving office's stamp ("CÔNG VĂN ĐẾN / Số: … / Ngày: 29/4/2010 /
// Chuyển: …") between the recipients and the body; OCR turns it into a few short lines there. Such a
// run of short lines holding a bare date (or "ĐẾN") is no part of the letter: it is dropped and noted.
import type { SourceLine } from './lines';
import { blankLine, contentOf } from './lines';
import type { Notes } from './notes';
import { fold, squash } from './text';
import { DOCUMENT_KIND_START } from './late-subject';

const BARE_DATE = /^(ngay\s*:?\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}$/;
const STAMP_WORD = /(^|\s)(den|cong van den|chuyen)\s*:?($|\s)/;
/** ": : số:.4⁄2....": the stamp's number line, its blank filled in by hand and dotted. */
const STAMP_NUMBER = /^[^a-z\d]*so\s*:/;
/** A stamp line: short, no sentence punctuation at its end, no list label. */
const stampLike = (text: string): boolean =>
  text.length <= 40 && (!/[.;:!?,]$/.test(text) || STAMP_NUMBER.test(fold(text))) && !/^[-–—+•]|^\d{1,2}\s*[.)]\s|^[IVX]{1,5}\.\s/.test(text);
/** "THÔNG BẢO Ngày...Z..tháng .£2năm 20/2|": a notice's kind in capitals with the stamp's dotted date run into it. */
const KIND_WITH_STAMP_DATE = /^(\p{Lu}[\p{Lu}\s]+?)\s+(Ngày\s*[.…].*)$/u;

export function dropReceivedStamp(lines: SourceLine[], from: number, to: number, notes: Notes): void {
  const run: number[] = [];
  let dated = false;
  for (let i = from; i < to; i += 1) {
    const line = lines[i] as SourceLine;
    const text = squash(contentOf(line.raw, line.runs, line.open).text);
    if (text === '') continue;
    // The notice's kind ends the stamp; the stamp's date run into its line goes with the stamp.
    const kind = run.length > 0 ? KIND_WITH_STAMP_DATE.exec(text) : null;
    if (kind && DOCUMENT_KIND_START.test(fold(kind[1] as string))) {
      if (dated && run.length >= 2) {
        notes.add('body', 'dropped', `Dòng ${line.no}: bỏ ngày của dấu "công văn đến" đọc lẫn sau tên loại văn bản.`, kind[2] as string);
        lines[i] = { ...line, raw: kind[1] as string };
      }
      break;
    }
    if (!stampLike(text)) break;
    const f = fold(text);
    if (BARE_DATE.test(f) || (STAMP_WORD.test(f) && text === text.toUpperCase())) dated = true;
    run.push(i);
    if (run.length > 8) return;
  }
  if (!dated || run.length < 2) return;
  const first = lines[run[0] as number] as SourceLine;
  const last = lines[run[run.length - 1] as number] as SourceLine;
  const source = run.map((i) => squash(contentOf((lines[i] as SourceLine).raw, null).text)).join(' | ');
  notes.add('body', 'dropped', `Dòng ${first.no}–${last.no}: bỏ dấu "công văn đến" của nơi nhận (không thuộc văn bản).`, source);
  for (const i of run) lines[i] = blankLine(lines[i] as SourceLine);
}
