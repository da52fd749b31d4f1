// The seal's ring: a round seal prints the agency's name ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TỈNH THÁI BÌNH")
// around its edge, and OCR of a signed scan reads pieces of it in the signature block, in capitals, where
// a signer's name stands ("GIÁO ĐỤC" / "ĐÌ VÀ ĐÀO TẠO"). No person's name is a run of the agency's words.
import { fold, isFullNameStart } from './text';

const wordsOf = (text: string): string[] =>
  fold(text)
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter((w) => w !== '');

/**
 * The header writes the body's name short ("HỘI LHPN TỈNH LÂM ĐỒNG", "UBND TỈNH …") where the ring spells
 * it out ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH …"): the agency's initials, folded, and the words they stand for.
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  lhpn: 'lien hiep phu nu',
  mttq: 'mat tran to quoc',
  ldld: 'lien doan lao dong',
  gddt: 'giao duc va dao tao',
  tncs: 'thanh nien cong san',
};
const agencyWordsOf = (text: string): string[] => wordsOf(text).flatMap((w) => (SPELLED_OUT[w] ?? w).split(' '));

/**
 * "daot" for "ĐÀO T…": the run's last word may carry the first letter of the agency's next word, which the
 * ring prints close after it ("VÀ ĐÀOT/").
 */
const gluedToNext = (word: string, agencyWord: string, next: string | undefined): boolean =>
  agencyWord.length >= 2 && next !== undefined && word === agencyWord + next.charAt(0);

/** The longest run of the line's words found, in the same order, among the agency's words. */
function longestSharedRun(line: readonly string[], agency: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < line.length; i += 1) {
    for (let j = 0; j < agency.length; j += 1) {
      let k = 0;
      while (i + k < line.length && j + k < agency.length && line[i + k] === agency[j + k]) k += 1;
      if (i + k < line.length && j + k < agency.length && gluedToNext(line[i + k] as string, agency[j + k] as string, agency[j + k + 1])) k += 1;
      // "SỈ GIÁO Ð": the line's last word may be the first letters of the agency's next word, cut where the ring's text ends.
      else if (k > 0 && i + k === line.length - 1 && j + k < agency.length && (agency[j + k] as string).startsWith(line[i + k] as string)) k += 1;
      best = Math.max(best, k);
    }
  }
  return best;
}

/**
 * A line of two or more words, all but one of them a run of the agency's name (the one a word OCR marred
 * at the ring's cut), that opens with no family name (or is three of its words and nothing else): "NGUYỄN THANH SƠN" signing for "UBND HUYỆN THANH
 * SƠN" shares two words with it, but opens with a family name.
 */
export function isSealRing(line: string, agencyLines: readonly string[]): boolean {
  const words = wordsOf(line);
  if (words.length < 2) return false;
  const run = longestSharedRun(words, agencyWordsOf(agencyLines.join(' ')));
  // "Ho CHI MINH" under "THANH PHO HO CHI MINH": three words or more, every one the agency's in its order, are
  // the ring's though a family name opens them (a city named after a person).
  if (run === words.length && words.length >= 3) return true;
  return !isFullNameStart(line) && run >= 2 && run >= words.length - 1;
}

/**
 * "VÀ ĐÀOT/" with no title read: a piece of the ring from inside the name. A line that opens as the agency's
 * name does ("CÔNG TY TNHH GIÁO DỤC EDMICRO" over its director's position) is the authority, not the ring.
 */
export function isSealRingPiece(line: string, agencyLines: readonly string[]): boolean {
  return isSealRing(line, agencyLines) && wordsOf(line)[0] !== agencyWordsOf(agencyLines.join(' '))[0];
}
