// TCVN3 (TCVN 5712:1993, the "ABC" encoding of the .VnTime fonts), written from the published code
// chart: one byte per letter. Text typed in those fonts and pasted into a Unicode program arrives as
// the Windows-1252 characters of those bytes ("Hoµng" for "Hoàng"), or, when a program decoded it as
// Latin-1, as the bare code points U+0080–U+009F. Both forms are mapped.
//
// The ABC fonts (VN3) carry only the lower-case toned letters and Ă Â Ê Ô Ơ Ư Đ; upper-case toned
// letters were typed with the ".VnTimeH" fonts, which draw the lower-case codes as capitals. The
// full standard (VN1) puts upper-case toned letters in 0x01–0x17, 0x80–0x9F and a few high bytes;
// they are mapped too, since converters of the time wrote them.
import { cp1252Char } from './cp1252';

/** Byte → letter, from the chart. */
const CHART: ReadonlyArray<readonly [number, string]> = [
  // C0 area (VN1 upper case)
  [0x01, 'Ú'], [0x02, 'Ụ'], [0x04, 'Ừ'], [0x05, 'Ử'], [0x06, 'Ữ'],
  [0x11, 'Ứ'], [0x12, 'Ự'], [0x13, 'Ỳ'], [0x14, 'Ỷ'], [0x15, 'Ỹ'], [0x16, 'Ý'], [0x17, 'Ỵ'],
  // 0x80–0x9F (VN1 upper case)
  ...[...'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ'].map((ch, i) => [0x80 + i, ch] as const),
  // 0xA1–0xAF: the modified letters
  ...[...'ĂÂÊÔƠƯĐăâêôơưđẰ'].map((ch, i) => [0xa1 + i, ch] as const),
  // 0xB5–0xBF
  ...[...'àảãáạẲằẳẵắẴ'].map((ch, i) => [0xb5 + i, ch] as const),
  // 0xC0–0xFF
  ...[...'ẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ'].map((ch, i) => [0xc0 + i, ch] as const),
];

/** Legacy character (as pasted) → Vietnamese letter. */
export const TCVN3_DECODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [byte, letter] of CHART) {
    map.set(String.fromCharCode(byte), letter);
    map.set(cp1252Char(byte), letter);
  }
  return map;
})();

/** Vietnamese letter → the Windows-1252 character of its byte (used to build test samples). */
export const TCVN3_ENCODE: ReadonlyMap<string, string> = new Map(CHART.map(([byte, letter]) => [letter, cp1252Char(byte)]));

/**
 * Characters of the 0x80–0x9F block that are also everyday punctuation in Unicode text (quotes,
 * dashes, the bullet, the ellipsis). At the edge of a word they are read as punctuation unless reading them as
 * letters makes the word a syllable ("H–" → "HỌ", but "hiÖn”" → "hiện”").
 */
export const TCVN3_PUNCTUATION_LOOKALIKES = new Set([...'‘’“”–—…•']);

const EDGE = /^([\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e‘’“”–—…•]*)(.*?)([\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e‘’“”–—…•]*)$/su;

/** One word of a TCVN3 line, with look-alike punctuation at its edges kept when that reads better. */
export function decodeTcvn3Word(word: string, isWord: (w: string) => boolean): string {
  const full = decodeTcvn3(word);
  const m = EDGE.exec(word);
  if (!m || (m[1] === '' && m[3] === '')) return full;
  const bare = (w: string) => w.replace(/^[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+|[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+$/g, '');
  if (isWord(bare(full))) return full;
  return `${m[1]}${decodeTcvn3(m[2] as string)}${m[3]}`;
}

// What EDGE reads as a word with nothing between its edges, as one test.
const PUNCTUATION_ONLY = /^[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e‘’“”–—…•]*$/u;

/** True for a "word" that is only punctuation (a lone “ or –). */
export function isPunctuationWord(word: string): boolean {
  return PUNCTUATION_ONLY.test(word);
}

export function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_DECODE.get(ch) ?? ch;
  return out;
}

/** Unicode → TCVN3 as pasted text. Letters the table lacks are kept as they are. */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += TCVN3_ENCODE.get(ch) ?? ch;
  return out;
}
