// The closing mark "./." that ends the content of every Decree 30 template (nd30.md §4.7). The
// Decree's prose does not state it, but all templates show it and seed 003 is faulted for lacking it.

export const CLOSING_MARK = './.';

export function endsWithClosingMark(text: string): boolean {
  return text.trimEnd().endsWith(CLOSING_MARK);
}

/**
 * The text with "./." at its end: "… thực hiện." → "… thực hiện./."; "… thực hiện" → "… thực hiện./.".
 * A trailing ";" or "," (an unfinished list) is replaced; an ellipsis is kept before the mark. A mark
 * typed without its last dot ("… đề nghị./", as a Sở's letter has it) is completed, not doubled.
 */
export function withClosingMark(text: string): string {
  const t = text.trimEnd();
  if (t.endsWith(CLOSING_MARK)) return t;
  if (/[^.]\.\/$/.test(t)) return `${t}.`;
  if (/[^.]\.$/.test(t) || t === '.') return `${t}/.`;
  return `${t.replace(/[;,:]+$/, '')}${CLOSING_MARK}`;
}
