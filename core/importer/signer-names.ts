// How a signer's name is written, as against a position or the seal's words: a line of capitalised words,
// or of capitals, that holds no position's word.
import { isVietnameseSyllable } from '../encoding';
import { hasTitleWord } from './title-words';
import { OFFICER_RANK, fold, titleCase } from './text';

const RANK = new RegExp(String.raw`^${OFFICER_RANK}\s(?=\p{Lu})`, 'u');
/** Two to six words, each capitalised (an officer's rank before them), no digits or list punctuation: how a name is written. */
export const nameShaped = (text: string): boolean => {
  const words = text.replace(RANK, '').split(' ');
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w)) && !/[\d:;,()/]/.test(text);
};
export const looksLikeName = (text: string): boolean => nameShaped(text) && !hasTitleWord(text);
/** A position's words inside a word OCR marred ("SGIÁM"): "giám", "đốc", "trưởng", "tịch" folded. */
const POSITION_INSIDE = /(giam|doc|truong|tich)/;
/**
 * A line in capitals read as a name. "SGIÁM ĐÓC" (OCR's "PHÓ GIÁM ĐỐC" with a speck glued on) is shaped
 * like a name, but "SGIÁM" is no Vietnamese syllable and holds a position's word: no one is called so.
 * A name with a word outside the syllable table and no such word ("Y BIÊR NIÊ") is still a name.
 */
export const nameInCapitals = (line: string): boolean => {
  // "ÁM ĐÓC": the end of "GIÁM ĐỐC" the seal left; no name ends in "Đốc". "GIÁM ĐÓ": nor starts with "Giám".
  // "TRƯƠNG PHÒNG": "TRƯỞNG PHÒNG" with its marks lost; two words, a unit's kind last, make no name.
  // "XPHO TRƯƠMG PHÒN": nor a name end on "Trưởng Phòng" OCR marred ("TRƯƠMG", the "G" of "PHÒNG" lost).
  // "HU TỊCH": nor does one end in "Tịch", the end of "CHỦ TỊCH" the seal left.
  // "CÔNG TY TNHH GIÁO DỤC EDMICRO": a company's name over its director's position is no one's name.
  // "‘ONG CỤC THUE XNK": nor is a department's name ("CỤC", with its marks: "Cúc" is a given name) one.
  if (/(?:^|\s)CỤC(?:\s|$)/u.test(line) || /(?:^|\s)(?:cong ty|tnhh)(?:\s|$)/.test(fold(line)) || /\s(?:doc|tich)$/.test(fold(line).trim()) || /^giam\s/.test(fold(line).trim()) || /^truong (?:phong|ban|khoa|tram)$/.test(fold(line).trim()) || /(?:^|\s)tru\S{2,4}\s+phong?$/.test(fold(line).trim())) return false;
  const name = titleCase(line);
  if (!looksLikeName(name)) return false;
  return name.split(' ').every((w) => isVietnameseSyllable(w) || !POSITION_INSIDE.test(fold(w)));
};
