// A blank line OCR left inside a name: "… và Diễn đàn" / "" / "Doanh nghiệp Việt Nam được biết.", "… thành
// phố Cà" / "" / "Mau, Hiệu trưởng …". Where the letter writes the name whole elsewhere ("Diễn đàn Doanh
// nghiệp", "Cà Mau" in its header), the words on both sides of the blank are one name and the sentence goes on.

/** Whether `text` (a paragraph so far) and `next` (the line after the blank) cut a name `letter` writes whole. */
export function cutsWrittenName(letter: string, text: string, next: string, twoWords = false): boolean {
  const head = /^\p{Lu}\p{L}*/u.exec(next)?.[0];
  if (head === undefined) return false;
  // Two words before the cut, or one capitalised (a place's "Cà" / "Mau"). The cut itself is not found:
  // the blank between the two sides puts two spaces there.
  const two = /(?:^|\s)(\p{L}+\s\p{L}+)$/u.exec(text)?.[1];
  const one = /(?:^|\s)(\p{Lu}\p{Ll}*)$/u.exec(text)?.[1];
  // A line that stopped short may end a sentence on a name's word: only two words of it, the last capitalised, tell.
  const tails = twoWords ? [two].filter((t) => t !== undefined && /\s\p{Lu}/u.test(t)) : [two, one];
  return tails.some((tail) => tail !== undefined && letter.includes(`${tail} ${head}`));
}
