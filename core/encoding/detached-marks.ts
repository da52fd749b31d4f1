// Tone marks a PDF's text layer stored as glyphs of their own, and whose extraction put a space in
// the word: "Đô ̣c lâ ̣p" (the space before the mark) and "Đồ ng Tháp", "phổ biế n" (the space after
// it, leaving the syllable's final consonants alone). Mended before NFC, while the marks are still
// separate code points: a mark on a space is never typed, and "ng", "n" alone are no syllable.

/** Combining diacritics (U+0300–U+036F): Vietnamese tone marks and hats when decomposed. */
const MARK = '[\\u0300-\\u036f]';
/**
 * One space between a letter and the mark that belongs to it, the word going on after the mark. Marks
 * standing apart with spaces on both sides ("hai ̀ ̣ ̣ do", a layer that put every mark at the line's
 * end) cannot be told to their letters and stay as they are.
 */
const SPACE_BEFORE_MARK = new RegExp(`(?<=\\p{L})[ \\u00a0](?=${MARK}+\\p{L})`, 'gu');
/**
 * A space after a letter's mark, before a syllable's final consonants left on their own (the finals
 * Vietnamese allows: c, ch, m, n, ng, nh, p, t), which end the word: a space or a stop after them, not
 * the slash of "(để t/h)", "(để p/h)".
 */
const SPACE_BEFORE_FINAL = new RegExp(`(?<=\\p{L}${MARK}+)[ \\u00a0](?=(?:ch|c|m|ng|nh|n|p|t)(?:[\\s,.;:!?)]|$))`, 'gu');

const ANY_MARK = new RegExp(MARK, 'u');

export interface MendedMarks {
  text: string;
  /** How many spaces were taken out of words. */
  mended: number;
}

export function mendDetachedMarks(input: string): MendedMarks {
  // Text decomposed throughout (a Mac copy) puts a mark before every space after an accented word, and
  // "Như t" cut short or "tổ trư ng" with a lost glyph are as typed. The layer's separate marks sit in
  // text otherwise precomposed, on letters that carry their hats already ("ô" + grave).
  // Both patterns need a separate mark; most texts have none, and need no decomposed copy made.
  if (!ANY_MARK.test(input) || input === input.normalize('NFD')) return { text: input, mended: 0 };
  let mended = 0;
  const count = (): string => {
    mended += 1;
    return '';
  };
  const text = input.replace(SPACE_BEFORE_MARK, count).replace(SPACE_BEFORE_FINAL, count);
  return { text, mended };
}
