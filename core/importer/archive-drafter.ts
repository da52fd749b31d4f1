// The drafter's mark at the end of a Lưu line ("Ph", "tđat", "Trung Anh", "LH.8"), from the marks the archive
// line's reading set apart: initials in capitals as the Decree wants, a name written out as typed, and a pen's
// strokes OCR read there dropped with a note.
import type { Drafter } from '../letter/types';
import type { Notes } from './notes';

/** The drafter the line's marks name, or null; `raw` is the Lưu line as typed, for the notes. */
export function drafterFromMarks(marks: readonly string[], drafterCopies: number | null, spelledOut: boolean, raw: string, notes: Notes): Drafter | null {
  let drafter: Drafter | null = null;
  const initials = marks.filter((m) => m !== '').join(' ');
  // "Trung Anh", "Cao Cường", "Thiện", "HDiem" (H. Diễm): a drafter's name written out, whole or with
  // its family name cut to an initial, is kept as typed (the reader decides whether to shorten it to
  // initials); a mark of initials ("Ph", "tđat", "Tài" too short to tell) is written in capitals, as the
  // Decree wants.
  // "Hằng B": a given name and a letter that tells two people of that name apart. "T¡en": see MARK_LETTER.
  // "T.Toàn": the family name cut to its initial and a full stop.
  const fullName = spelledOut || /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}$/u.test(initials) || /^(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}{2,}$/u.test(initials) || /^\p{Lu}\p{Ll}+\s\p{Lu}$/u.test(initials) || /^\p{Lu}{1,2}\p{Ll}{3,}$/u.test(initials.replace(/¡/g, 'i'));
  // "VT, TXNK (3b). W", "VT, VP. Zữi": letters the Vietnamese alphabet has not (F, J, W, Z), alone or in a word in
  // small letters, are no one's initials or name but a pen's stroke OCR read beside the line.
  // "VT, PCTT. #Øu “ẩn đạo": nor are words with two signs or more that no Vietnamese word holds (the signer's
  // name under the seal, OCR'd beside the line).
  const foreign = initials.match(/[^\p{L}\s.¡'-]|[ØøÆæßÞþ]/gu)?.length ?? 0;
  if (/^[FJWZfjwz]{1,2}$/u.test(initials) || (/[FJWZfjwz]/u.test(initials) && /\p{Ll}/u.test(initials)) || foreign >= 2) {
    notes.add('drafter', 'dropped', `Bỏ "${initials}" cuối dòng Lưu (chữ không có trong tiếng Việt, nét bút khi quét).`, raw);
  } else if (initials !== '' && fullName) {
    drafter = { initials, copies: drafterCopies && drafterCopies > 0 ? drafterCopies : null };
    notes.add('drafter', 'uncertain', `Hiểu "${initials}" cuối dòng Lưu là họ tên người soạn thảo (Nghị định 30 ghi chữ viết tắt); hãy kiểm tra.`, raw);
  } else if (initials !== '') {
    drafter = { initials: initials.toUpperCase(), copies: drafterCopies && drafterCopies > 0 ? drafterCopies : null };
    if (initials !== initials.toUpperCase()) {
      notes.add('drafter', 'converted', `Ký hiệu người soạn thảo "${initials}" được viết hoa theo Nghị định 30.`, raw);
    }
  }
  return drafter;
}
