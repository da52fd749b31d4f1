// Numbers as OCR reads them: "2O22", "l5", "*22*", "….", "___" (a blank left for the records clerk).

export type ReadNumber =
  | { kind: 'value'; value: number; repaired: boolean }
  | { kind: 'blank' }
  | { kind: 'unreadable'; source: string };

export function readNumber(token: string): ReadNumber {
  const t = token.replace(/[*~_\s]/g, '');
  if (t === '' || /^[.…,\-–]+$/.test(t)) return { kind: 'blank' };
  if (/^\d+$/.test(t)) return { kind: 'value', value: Number(t), repaired: false };
  // Letters OCR puts for digits, only when the token is otherwise digits.
  if (/^[\dOoIl|]+$/.test(t) && /\d/.test(t)) {
    const fixed = t.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
    return { kind: 'value', value: Number(fixed), repaired: true };
  }
  return { kind: 'unreadable', source: token };
}
