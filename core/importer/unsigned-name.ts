// A name written out at the end of the archive line when the signature block left nothing to read.
import type { Drafter, Signature } from '../letter/types';
import type { Notes } from './notes';

/** Two to four words each written with a capital and then small letters: "Mai Sơn", "Cao Cường". */
const WRITTEN_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}$/u;

/**
 * "- Lưu: VT, TTHT (02). Mai Sơn" with no title, no signer and no TM./KT. line anywhere (a scan whose
 * seal hid the signature): a printed page sets the signer's name at the foot of the right column, on
 * the archive line's row, so the name there may as well be the signer's as the drafter's ("ĐMDN (2b).
 * Trung Anh" before a signer). Either reading could be an invented value; the drafter is left empty and
 * the name is named in a note instead. A drafter's copies ("Cao Cường (10b)") or a signature that was
 * read settles it, so then the drafter stays.
 */
export function holdUnsignedName(drafter: Drafter | null, signature: Signature, notes: Notes): Drafter | null {
  if (drafter === null || drafter.copies !== null || !WRITTEN_NAME.test(drafter.initials)) return drafter;
  const signed = signature.authority !== null || signature.delegation !== null || signature.title !== '' || signature.signer !== '';
  if (signed) return drafter;
  // The archive parser's own note ("Hiểu … là họ tên người soạn thảo") would now say the opposite.
  const said = notes.list.findIndex((n) => n.path === 'drafter' && n.message.includes(`"${drafter.initials}"`));
  if (said >= 0) notes.list.splice(said, 1);
  notes.add(
    'drafter',
    'uncertain',
    `"${drafter.initials}" cuối dòng Lưu có thể là tên người ký (không đọc được khối chữ ký) hoặc tên người soạn thảo; để trống, hãy kiểm tra.`,
    drafter.initials,
  );
  return null;
}
