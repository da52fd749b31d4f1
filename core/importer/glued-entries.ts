// What OCR runs onto a Nơi nhận entry's row besides the entry: the brace a list's notes hang on, and the
// archive line glued after the last entry's ";".
import { isArchiveEntry } from './patterns';

/** "(để báo cáo)": a brace's note, set beside or under the entries it spans. */
const NOTE = String.raw`\(\s*(?:để|đề|đê|de)\s[^()]*\)`;
const BRACE_NOTE = new RegExp(String.raw`(?<=\.)\s+${NOTE}\s*[;.]?\s*$`, 'u');
/** "- Các Trung tâm GDNN-GDTX;  [ (để thực hiện)": after an entry's ";", the brace OCR read as a bracket, and its note. */
export const BRACE_BESIDE = new RegExp(String.raw`(?<=;)\s+[[\]{}|]\s*${NOTE}\s*$`, 'u');

/**
 * "- Website Sở; Lưu VP.": the archive line OCR ran onto the last entry's row after its ";" is read as the
 * archive line of its own. A brace's note set under the list ("(để báo cáo)", for the entries it spans) was
 * joined after it; it is no archive unit nor a drafter's mark, and goes with neither.
 */
export function gluedArchive(e: { raw: string; text: string; plus: boolean }): Array<{ raw: string; text: string; plus: boolean }> {
  if (isArchiveEntry(e.text)) return [e];
  const at = /;\s+(?=L\S{0,2}u\b)/u.exec(e.text);
  const rawAt = /;\s+(?=L\S{0,2}u\b)/u.exec(e.raw);
  if (at === null || rawAt === null || !isArchiveEntry(e.text.slice(at.index + at[0].length))) return [e];
  return [
    { raw: e.raw.slice(0, rawAt.index + 1), text: e.text.slice(0, at.index + 1), plus: e.plus },
    { raw: e.raw.slice(rawAt.index + rawAt[0].length).replace(BRACE_NOTE, ''), text: e.text.slice(at.index + at[0].length).replace(BRACE_NOTE, ''), plus: false },
  ];
}
