// The seal over the right end of the Nơi nhận lines, or the signer's column beside them: OCR reads their
// letters after the entries' ";" ("UBND tỉnh (Ban chỉ đạo); / bX", "Giám đốc và các Phó Giám đốc; IÁO DỤđ
// 7)", "Sở GDĐT; AC", "Lãnh đạo Sở; sư TR"). An entry or an aside sharing a line after the ";" is made of
// words, counts and abbreviations ("Sở Y tế", "để b/c", "03 bản", "các"); such a tail has a scrap no word is.
import { isVietnameseSyllable } from '../encoding';
import { letterCount } from './noise';
import { OPENS_AS_ENTRY } from './recipient-scraps';
import { titleCase } from './text';

/** A scrap no word is: signs alone, one letter, mixed case inside a word ("bX", "DỤđ"), a bracket never opened ("7)"), capitals no syllable is ("IÁO", "TR"). */
const odd = (token: string): boolean =>
  /^[^\p{L}\p{N}]+$/u.test(token) ||
  (letterCount(token) === 1 && !/\d/.test(token)) ||
  /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(token) ||
  /^\d\)$/u.test(token) ||
  (/^\p{Lu}{2,3}$/u.test(token) && !isVietnameseSyllable(titleCase(token)));
/** A short word beside the scraps: three letters at most, no digit and no slash (a count or "b/c" is an aside's). */
const short = (token: string): boolean => letterCount(token) <= 3 && !/\d|\//.test(token);

/**
 * Where the scraps start after an entry's last ";" (an index into `text`), or null. A tail that opens a bracket
 * ("Bộ GDĐT; (vụ GDCTHSSV)"), holds a colon or ends as an entry does, or opens as an entry does is the entry's
 * own; so is a unit's capitals alone in an entry that lists units after a colon ("Các phòng: TH; KT").
 */
export function sealTailAfterEntry(text: string): number | null {
  const m = /;\s+([^;]{1,14})$/u.exec(text);
  if (m === null) return null;
  const tail = (m[1] as string).trim();
  const tokens = tail.split(/\s+/);
  if (/^\(|[;.:]/u.test(tail) || OPENS_AS_ENTRY.test(`${tail} `) || tokens.length > 3) return null;
  if (tokens.length === 1 && /^\p{Lu}{1,2}$/u.test(tail)) return text.includes(':') ? null : m.index + 1;
  return tokens.some(odd) && tokens.every((t) => odd(t) || short(t)) ? m.index + 1 : null;
}
