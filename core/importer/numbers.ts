// Numbers as OCR reads them: "2O22", "l5", "*22*", "A308", "….", "___" (a blank left for the records clerk).

export type ReadNumber =
  | { kind: 'value'; value: number; repaired: boolean }
  | { kind: 'blank' }
  | { kind: 'unreadable'; source: string };

export function readNumber(token: string): ReadNumber {
  // "3 39": a typed number has no space inside; digits a gap parts are a hand-filled number OCR read in
  // pieces, and likely lost some of (3980): it cannot be told.
  if (/\d\s+\d/.test(token)) return { kind: 'unreadable', source: token.trim() };
  // "S6:4141./BGDDT-GDTC": a full stop after the digits, before the slash, ends the number. "Số: 69.262 /CT-TTHT":
  // a full stop before three digits parts thousands, as Vietnamese figures are written.
  const t = token.replace(/[*~_\s]/g, '').replace(/(?<=\d)\.$/, '').replace(/^(\d{1,3})\.(\d{3})$/, '$1$2');
  if (t === '' || /^[.…,\-–]+$/.test(t)) return { kind: 'blank' };
  if (/^\d+$/.test(t)) return { kind: 'value', value: Number(t), repaired: false };
  // Letters OCR puts for digits, only when the token is otherwise digits ("tháng 1]": a bracket is a
  // one's upright stroke, as "l" and "|" are; "ngày 0Í": so is an "I" with a speck read as its accent).
  // "4ll2" (for 1413): two letters or more among a hand-filled number's digits are OCR guessing at its
  // strokes, and the number it makes is likely wrong; it cannot be told.
  if (/^[\dOoIl|\]ÍÌíì]+$/.test(t) && /\d/.test(t) && (t.match(/[OoIl|\]ÍÌíì]/g)?.length ?? 0) >= 2 && (t.match(/\d/g)?.length ?? 0) <= 2) return { kind: 'unreadable', source: token.trim() };
  if (/^[\dOoIl|\]ÍÌíì]+$/.test(t) && /\d/.test(t)) {
    const fixed = t.replace(/[Oo]/g, '0').replace(/[Il|\]ÍÌíì]/g, '1');
    return { kind: 'value', value: Number(fixed), repaired: true };
  }
  // One stray letter before or after a hand-filled number ("K308"): the digits, flagged as repaired.
  // A letter shaped like a digit ("q17" for 9197, "52ø" for 5240, "55Š" for 558; q, g, s, š, z, b, t, ø in
  // either case) stands for digits OCR lost: the number cannot be told. So does a hand's "1" or "4" with its
  // flag or its base read as v, u, y or w ("V208" for 1008), or a "3" read as a hooked "J" ("J06" for 3065).
  // "42Ÿ" (for 358): an accented form of such a letter is one too. "A433" (for 1433): so is an "A" before the
  // digits, a hand's open-topped "4" or flagged "1" ("1636a" after them is a typed sub-number's letter).
  const stray = /^(?:(\p{L})(\d{2,})|(\d{2,})(\p{L}))$/u.exec(t);
  const letter = stray === null ? '' : ((stray[1] ?? stray[4]) as string).normalize('NFD').charAt(0);
  // "6434X" (for 64915): a capital after the digits is one more digit OCR misread; a typed sub-number's letter
  // is small ("1636a").
  const digitShaped = /[qgsšzbtøvuywj]/iu.test(letter) || (stray?.[1] !== undefined && /a/iu.test(letter)) || (stray?.[4] !== undefined && /\p{Lu}/u.test(letter));
  if (stray && !digitShaped) return { kind: 'value', value: Number(stray[2] ?? stray[3]), repaired: true };
  return { kind: 'unreadable', source: token };
}
