// "Đã ký: Trương Thanh Nhuận": a published copy writes that the original was signed before the signer's
// name, in the space the signature leaves. The mark goes (with a note); the name is the signer's.
import type { Notes } from './notes';
import { looksLikeName } from './signer-names';

/** "Đã ký:", "(Đã ký)", "Đã ký" before a name in its own capitals and small letters. */
const SIGNED_BEFORE_NAME = /^\(?\s*[Đđ]ã\s+[Kk]ý\s*\)?\s*:?\s*(?=\p{Lu}\p{Ll})/u;

export function cutSignedMark(line: string, notes: Notes): string {
  const m = SIGNED_BEFORE_NAME.exec(line);
  if (m === null) return line;
  const name = line.slice(m[0].length).trim();
  if (!looksLikeName(name)) return line;
  notes.add('signature', 'dropped', `Bỏ "${m[0].trim()}" (ghi chú bản sao: bản gốc đã ký) trước họ tên người ký.`, line);
  return name;
}
