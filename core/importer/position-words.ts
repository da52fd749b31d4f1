// Positions in capitals (the signature's title, a position run into a Nơi nhận entry) as OCR leaves them:
// whole, cut at the column's edges, or marred inside. Words are compared folded (no marks, lower case).
import { fold, isUpperText, mostlyUpper } from './text';

/** Words a position is made of; a line of capitals with another word in it is no position. */
const POSITION_WORDS = new Set(
  'pho chu tich giam doc truong phong ban chanh van bi thu nhiem tong ke toan uy vien quyen cuc vu hieu thanh tra doan hoi dong nhan dan cong tac xa huyen tinh so dai ky bo thuong truc tuong thue to ubnd hdnd'.split(' '),
);
const positionWords = (line: string): string[] => fold(line).trim().split(/[\s,]+/).filter((w) => w !== '');
/** "PHÓ CHỦ TỊCH", "BỘ TRƯỞNG, CHỦ NHIỆM" (two positions one after the other). */
export const onlyPositionWords = (line: string): boolean => {
  const words = positionWords(line);
  return words.length > 0 && words.every((w) => POSITION_WORDS.has(w));
};

/**
 * "O CHU TỊC", "PHÓ GIÁM ĐỐ": a position in capitals that OCR cut at the edges of its column; the first
 * word may be the end of a position word (or a misread "PHÓ") and the last its start, the words between are whole.
 */
export function positionCutByOcr(line: string): boolean {
  const words = positionWords(line);
  if (words.length < 2 || !isUpperText(line)) return false;
  const known = [...POSITION_WORDS];
  // "PRQ CỤC TRƯỜNG": before two whole position words, a short first word is "PHÓ" misread.
  // "XRƯỞNG PHÒNG": a long first word whose first letter a stroke marred, the rest of it whole.
  const marredFirst = (w: string): boolean =>
    known.some((k) => k.endsWith(w) || (w.length >= 5 && k.length === w.length && k.slice(1) === w.slice(1))) || (words.length >= 3 && /^[a-z]{2,3}$/.test(w));
  return words.every((w, i) => POSITION_WORDS.has(w) || (i === 0 && marredFirst(w)) || (i === words.length - 1 && known.some((k) => k.startsWith(w))));
}

/**
 * "PHO CỤC TRƯỢ": a position whose last word OCR cut at the column's edge, in whole position words
 * before it. Stricter than positionCutByOcr, since a name in capitals can pass that ("LÊ VĂN TÚ"):
 * the first word is a whole position word and at least three letters of the last one are left.
 */
export function positionEndCutByOcr(line: string): boolean {
  const words = positionWords(line);
  const last = words[words.length - 1] ?? '';
  return POSITION_WORDS.has(words[0] ?? '') && last.length >= 3 && !POSITION_WORDS.has(last) && positionCutByOcr(line);
}

/**
 * "PHO GLIAM ĐÓỌC", "PHO GLÀM ĐỌC,": a position of three words in capitals whose middle word OCR marred;
 * it opens with a position word and closes as a position does ("ĐỐC" with its vowel misread, "TRƯỞNG", "TỊCH").
 */
export function positionMarredInside(line: string): boolean {
  const words = line.trim().replace(/[,.]$/, '').split(/\s+/);
  // "GIÁM EöÔC": two words may carry a small letter OCR made of a marred capital.
  if (!isUpperText(line) && !(words.length === 2 && mostlyUpper(line))) return false;
  // "GIẢM ĐC", "GIẢÀM ĐỌC": "GIÁM ĐỐC" alone, its vowels misread or lost. "LGIÁM ĐÓC", "“ÍÖỀNIÁM ĐÓC":
  // or the seal's ink glued to its first word, or read in place of "PHÓ G", before the "IÁM".
  // "NÁM ĐỌC": or its "GI" read as one letter, when the second word is "ĐỐC" as OCR marks it.
  // "GIÁM EöÔC": the "Đ" of "ĐỐC" read as "E".
  if (words.length === 2) {
    const [first, second] = [fold(words[0] as string), fold(words[1] as string)];
    return (/^(?:gi[a-z]{0,2}m|[^a-z\s]?[a-z]{0,4}iam)$/.test(first) && /^[de][a-z]{0,2}c$/.test(second)) || (/^[a-z]am$/.test(first) && second === 'doc');
  }
  // "PHÓO GIÁM ĐÓC": or its first word's vowel doubled.
  return words.length === 3 && (onlyPositionWords(words[0] as string) || /^phoo$/.test(fold(words[0] as string))) && /^(d[a-z]{1,2}c|truong|tich|nhiem)$/.test(fold(words[2] as string));
}
