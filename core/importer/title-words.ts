// The words a signer's position is made of ("CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG"), told from the family and
// given names that fold to the same letters ("Trương", "Tống", "Nguyễn Tiến Trường").
import { fold } from './text';

// "Quyền" heads a position ("QUYỀN GIÁM ĐỐC") but ends many names ("Nguyễn Mạnh Quyền"): only at the start.
// "Văn Phòng" ends names ("Nguyễn Văn Phòng"): only "Phó Văn phòng", the office's deputy, is a position.
// "TỔ PHÓ THƯỜNG TRỰC": a standing deputy's position. "RƯỞNG PHÒNG": "TRƯỞNG" with its first letter under the
// seal ("rưởng" is no word of its own).
const TITLE_WORDS = /\b(chu tich|giam doc|truong|chanh|bi thu|chu nhiem|tong|thu truong|thu tuong|ke toan|uy vien|pho van phong|thuong truc)\b|^quyen\b/;
/** The same words with their tone marks: "Trương" is a family name, "Trưởng" a position. */
const TITLE_WORDS_MARKED = /(?<!\p{L})(chủ tịch|giám đốc|t?rưởng|chánh|bí thư|chủ nhiệm|tổng|thứ trưởng|thủ tướng|kế toán|[uủ]y viên|phó văn phòng|thường trực)(?!\p{L})|^quyền(?!\p{L})/u;

const TITLE_WORDS_ALL = new RegExp(TITLE_WORDS.source, 'g');
/**
 * Words that fold to a position word but may be a name: "Trương" is no "Trưởng", "Tống" no "Tổng",
 * "Nguyễn Tiến Trường" bears a given name; the same words without marks in a text that has them say
 * nothing either way.
 */
const MAYBE_FAMILY_NAME = new Set(['trương', 'tống', 'truong', 'tong', 'trường']);
/** "Tổng cục", "Cục trưởng", "Vụ trưởng": with "Cục" or "Vụ" beside them, those words name a position, never a person. */
const OFFICE_POSITION = /\b(tong cuc|cuc truong|vu truong)\b/;

/**
 * Position words, read with their tone marks when the text has any. OCR may have lost them all, or only
 * some ("PHO CHU TỊCH", "THƯ TRƯƠNG"): a position word typed without its marks still counts, unless
 * the word as typed is a family name.
 */
export const hasTitleWord = (text: string): boolean => {
  const lower = text.trim().toLowerCase();
  const f = fold(lower);
  if (f === lower) return TITLE_WORDS.test(f);
  if (TITLE_WORDS_MARKED.test(lower) || OFFICE_POSITION.test(f)) return true;
  const typed = text.trim();
  for (const m of f.matchAll(TITLE_WORDS_ALL)) {
    const word = lower.slice(m.index, m.index + m[0].length);
    // "Trữớng Thanh Nhuận": a word OCR marred past the syllable table, typed with a capital and small letters
    // as a name is, folds to "truong" as the family name Trương does; in capitals it would be a position's.
    const marredName = (m[0] === 'truong' || m[0] === 'tong') && /^\p{Lu}\p{Ll}+$/u.test(typed.slice(m.index, m.index + m[0].length)) && !TITLE_WORDS_MARKED.test(word);
    if (!MAYBE_FAMILY_NAME.has(word) && !marredName) return true;
  }
  return false;
};
