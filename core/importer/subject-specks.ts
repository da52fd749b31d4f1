// Specks a scan left at the start or the end of a subject's lines: read as signs, they are no words of
// the subject and go, each with a note.
import type { Notes } from './notes';

/** "-_ đến năm 2030": dash-like signs before a line's first word in small letters. */
const LEADING = /^[-_~]{1,3}\s+(?=\p{Ll})/u;

/**
 * "… cấp THCS, THPT `": a backtick, a caret or a tilde standing apart at a line's end (no quote mark, which may close a
 * name); "Chỉnh sách thế - \": or a backslash, a dash before it too.
 */
const TRAILING = /\s+(?:[-–—]\s+(?=\\))?[`´ˆ^~\\]{1,2}$/u;

/**
 * "V/v: hướng dẫn khấu trừ thuế. Bey d4": after the subject's full stop, a pen's scrawl OCR read as a short
 * word or two, the last with a digit glued to its letters (no subject's word is written so).
 */
const SCRAWL_AFTER_STOP = /(?<=\p{L}\.)\s+((?:\p{L}{1,4}\s+)?\p{L}{1,3}\d)$/u;

/**
 * "… của Sở Tư :' pháp tổ chức": an apostrophe or a backtick (after a colon at most) standing alone between two
 * words in small letters; a colon or semicolon alone there ("kinh doanh : dịch vụ") is kept as typed.
 */
const BETWEEN_WORDS = /(?<=\p{Ll})\s+[:;]?['’`´]{1,2}(?=\s+\p{Ll})/gu;

/** A subject line without the specks at its start, between its words and at its end. */
export function subjectLineWithoutSpecks(text: string, no: number, notes: Notes): string {
  let line = text;
  const lead = LEADING.exec(line);
  if (lead !== null) {
    notes.add('subject', 'dropped', `Dòng ${no}: bỏ "${lead[0].trim()}" đầu dòng trích yếu (nhiễu nhận dạng chữ).`, text);
    line = line.slice(lead[0].length);
  }
  const apart = line.replace(BETWEEN_WORDS, '');
  if (apart !== line) {
    notes.add('subject', 'dropped', `Dòng ${no}: bỏ ký tự nhiễu đứng riêng giữa các chữ của trích yếu.`, text);
    line = apart;
  }
  return withoutTrailingSpeck(line, no, notes);
}

/**
 * The subject so far with its next line joined on without a space where a hyphen cut a span: "… năm học 2021-" /
 * "2022", a span of years; "… Nghị định số 37/2021/NĐ-" / "CP, ngày …", a symbol (capitals on both sides).
 */
export function joinSubjectLine(sofar: string, line: string): string {
  // "… công văn số 0001/TB-" / "2016 ngày …": a symbol cut at its hyphen before its year.
  const cut = (/\d-$/.test(sofar) && /^\d/.test(line)) || (/\p{Lu}-$/u.test(sofar) && (/^\p{Lu}{2,}(?!\p{Ll})/u.test(line) || (/\/\p{Lu}+-$/u.test(sofar) && /^\d{2,4}\b/u.test(line))));
  return cut ? `${sofar}${line}` : `${sofar} ${line}`;
}

/** A subject line (its first, "V/v …", too) without the speck at its end. */
export function withoutTrailingSpeck(text: string, no: number, notes: Notes): string {
  const trail = TRAILING.exec(text) ?? SCRAWL_AFTER_STOP.exec(text);
  if (trail === null) return text;
  notes.add('subject', 'dropped', `Dòng ${no}: bỏ "${trail[0].trim()}" cuối dòng trích yếu (nhiễu nhận dạng chữ).`, text);
  return text.slice(0, trail.index);
}
