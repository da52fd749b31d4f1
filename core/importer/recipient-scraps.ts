// Scraps a scan leaves in the margin of a "Kính gửi" list (a stamp's words, a seal's specks) before an
// entry's dash or the rest of a wrapped entry, and the patterns that tell them from an entry's own words.
import { isVietnameseSyllable } from '../encoding';
import type { Notes } from './notes';

/** A few short scraps, then a word in small letters: the rest of an entry the page wrapped. */
export const SCRAPS_BEFORE_LOWER = /^(\S.{0,8}?)\s+(?=\p{Ll})/u;

/** A few short scraps, then a list's dash and an entry in capitals; "N .- Phòng …": glued to a sign. */
export const SCRAPS_BEFORE_DASH = /^(\S.{0,14}?)(?:\s+|(?<=[^\p{L}\d\s]))(?=-\s+\p{Lu})/u;

/** The words a recipient's entry opens with: an office, a body, a head of one. */
export const ENTRY_OPENER = String.raw`(?:Các|Phòng|Sở|UBND|Ủy ban|Trung tâm|Trường|Ban|Bộ|Cục|Chi cục|Văn phòng|Hiệu trưởng|Thủ trưởng|Giám đốc|Chủ tịch|Đồng chí)\s`;
/** "Hiệu trưởng trường THPT An Thạnh 3.": a line that opens as an entry does, without a dash. */
export const OPENS_AS_ENTRY = new RegExp(`^${ENTRY_OPENER}`, 'u');
/** "- Các Trung tâm: …": a list's dash and an entry that opens as entries do. */
export const DASHED_ENTRY = new RegExp(String.raw`^[-–—•]\s*${ENTRY_OPENER}`, 'u');
/**
 * "Ngôi Sĩ Go de - Các đơn vị …;": longer scraps (a stamp's words OCR read in the margin), then a list's
 * dash and an entry that opens as entries do; the scraps open as none does.
 */
export const SCRAPS_BEFORE_ENTRY = new RegExp(String.raw`^(?!${ENTRY_OPENER})(\S.{0,29}?)\s+(?=-\s+${ENTRY_OPENER})`, 'u');

/**
 * The stamp's words before such an entry: three tokens or more, with a capital inside the run ("Ngôi Sĩ Go
 * de") or a sign a phrase has not ("m%&c, Ạ:” xi"); "Đồng thời - Các đơn vị …" is the text's own.
 */
export const areStampWords = (scraps: string): boolean => {
  const tokens = scraps.split(/\s+/);
  // "THÁI Vịnh - Các Trung tâm: …": two words, one in capitals, the other capitalised, are a stamp's name.
  if (tokens.length === 2 && /^\p{Lu}{3,}$/u.test(tokens[0] as string) && /^\p{Lu}\p{Ll}+$/u.test(tokens[1] as string)) return true;
  return tokens.length >= 3 && (tokens.slice(1).some((t) => /^\p{Lu}/u.test(t) || /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(t)) || /[^\p{L}\s,]/u.test(scraps));
};

/**
 * Scraps, not words: tokens of three letters at most, one of them no syllable or with signs or digits in
 * it ("=1àn", "n kg 0903320", "SA gi hnh"); "Sở Y tế" is words.
 */
export const areMarginScraps = (tokens: readonly string[]): boolean =>
  tokens.every((t) => t.replace(/[^\p{L}]/gu, '').length <= 3) && tokens.some((t) => !/^\p{L}+$/u.test(t) || !isVietnameseSyllable(t));

/** The match of a scraps-then-entry pattern when what it took for scraps are margin scraps, else null. */
export function marginScrapsBefore(pattern: RegExp, text: string): RegExpExecArray | null {
  const m = pattern.exec(text);
  return m !== null && areMarginScraps((m[1] as string).split(' ')) ? m : null;
}

/**
 * What follows the "Kính gửi:" label on its line, without a scan's scraps. "Kính gửi: Cục Hải quan tỉnh Đồng
 * Nai. TRUONG VIET": after the recipient's full stop, capitals without a tone mark are the words of a stamp OCR
 * read beside it (the letter's own capitals carry their marks). "Kính gửi: „", "Kinh gửi: "¬" over the dashed
 * list: signs with no letter or digit are specks; so is a closing mark apart at the end, none opened.
 */
export function withoutLabelScraps(rest: string, line: string, notes: Notes): string {
  if (rest !== '' && !/[\p{L}\p{N}]/u.test(rest)) {
    notes.add('recipients', 'dropped', `Bỏ "${rest}" sau nhãn "Kính gửi" (nhiễu nhận dạng chữ).`, line);
    return '';
  }
  const mark = /\s+[”’]$/u.exec(rest);
  if (mark && !/[“‘]/u.test(rest)) {
    notes.add('recipients', 'dropped', `Bỏ "${mark[0].trim()}" cuối dòng "Kính gửi" (nhiễu nhận dạng chữ).`, line);
    return rest.slice(0, mark.index);
  }
  const stamp = /(?<=\p{Ll}\.)\s+([A-Z]{2,}(?:\s+[A-Z]{2,}){0,2})$/u.exec(rest);
  if (stamp === null) return rest;
  notes.add('recipients', 'dropped', `Bỏ "${stamp[1] as string}" sau nơi nhận (chữ của con dấu khi quét).`, line);
  return rest.slice(0, stamp.index);
}
