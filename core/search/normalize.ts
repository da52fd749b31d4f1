// Vietnamese text folded for matching: lower case, tone and vowel marks removed, đ → d, so that
// "an toan thong tin" finds "an toàn thông tin" and NFC/NFD spellings compare equal.

const MARKS = /[\u0300-\u036f]/g;

export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

/**
 * Words of folded text. Digits joined by "/" or "." stay one token ("24/7", "30/4", "0869.100.317")
 * because clerks search for them whole; their parts are added as well so "24" alone still matches.
 */
export function tokenize(folded: string, withParts = true): string[] {
  const out: string[] = [];
  for (const m of folded.matchAll(/[a-z0-9]+(?:[/.][a-z0-9]+)*/g)) {
    const word = m[0];
    out.push(word);
    if (withParts && (word.includes('/') || word.includes('.'))) for (const part of word.split(/[/.]/)) if (part) out.push(part);
  }
  return out;
}

export const tokensOf = (text: string): string[] => tokenize(foldVietnamese(text));
