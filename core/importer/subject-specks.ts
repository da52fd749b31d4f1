// Specks a scan left at the start of a subject's lines: read as signs, they are no words of the subject
// and go, each with a note.
import type { Notes } from './notes';

/** "-_ đến năm 2030": dash-like signs before a line's first word in small letters. */
const LEADING = /^[-_~]{1,3}\s+(?=\p{Ll})/u;

/** A subject line without the specks at its start. */
export function subjectLineWithoutSpecks(text: string, no: number, notes: Notes): string {
  const lead = LEADING.exec(text);
  if (lead === null) return text;
  notes.add('subject', 'dropped', `Dòng ${no}: bỏ "${lead[0].trim()}" đầu dòng trích yếu (nhiễu nhận dạng chữ).`, text);
  return text.slice(lead[0].length);
}
