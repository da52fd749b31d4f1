// Vietnamese text helpers the rules share. Case conversions use the 'vi' locale and NFC, so that
// "ỦY" compares equal however it was typed.

export const upper = (s: string): string => s.toLocaleUpperCase('vi').normalize('NFC');
export const lower = (s: string): string => s.toLocaleLowerCase('vi').normalize('NFC');

/** True when the text has letters and none of them is lower case. */
export function isAllUpper(s: string): boolean {
  return /\p{L}/u.test(s) && s === upper(s);
}

/** "nguyễn duy HƯNG" → "Nguyễn Duy Hưng": every syllable capitalised, the rest lower case. */
export function titleCase(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (w ? upper(w.charAt(0)) + lower(w.slice(1)) : w))
    .join(' ');
}

/** Letters without their diacritics, except Đ/đ which is a letter of its own ("ỦY" → "UY", "ĐỒNG" → "ĐONG"). */
export function stripMarks(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** A token with no vowel cannot be a Vietnamese word: it is initials ("Ph", "Trql"). */
export function looksLikeInitials(token: string): boolean {
  return /^\p{L}{1,6}$/u.test(token) && !/[aeiouy]/i.test(stripMarks(token));
}

/** Collapses runs of spaces and trims. */
export const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Quotes a piece of the user's text inside a message, shortened when long. */
export function quote(s: string, max = 60): string {
  const t = squeeze(s);
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}
