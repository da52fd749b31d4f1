// Word-level difference between two texts, for the side-by-side version compare. Texts are split
// into words, runs of spaces and single punctuation marks; the longest common subsequence of tokens
// is kept and the rest marked deleted (left) or inserted (right).

export type DiffOp = 'equal' | 'insert' | 'delete';
export interface DiffSegment {
  op: DiffOp;
  text: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;

export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

/** Above this many token pairs the table would be too big: the middle is shown as replaced whole. */
const MAX_CELLS = 4_000_000;

function lcsOps(a: readonly string[], b: readonly string[]): DiffSegment[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((text) => ({ op: 'insert', text }));
  if (m === 0) return a.map((text) => ({ op: 'delete', text }));
  if (n * m > MAX_CELLS) return [...a.map((text) => ({ op: 'delete' as const, text })), ...b.map((text) => ({ op: 'insert' as const, text }))];
  // table[i][j] = LCS length of a[i..] and b[j..], stored flat.
  const w = m + 1;
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i * w + j] = a[i] === b[j] ? table[(i + 1) * w + j + 1]! + 1 : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    }
  }
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: 'equal', text: a[i]! });
      i += 1;
      j += 1;
    } else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) out.push({ op: 'delete', text: a[i++]! });
    else out.push({ op: 'insert', text: b[j++]! });
  }
  while (i < n) out.push({ op: 'delete', text: a[i++]! });
  while (j < m) out.push({ op: 'insert', text: b[j++]! });
  return out;
}

/** A lone space kept equal between two changes reads as noise: fold it into the change on both sides. */
function foldLoneSpaces(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  segments.forEach((s, k) => {
    const prev = segments[k - 1];
    const next = segments[k + 1];
    if (s.op === 'equal' && /^\s+$/.test(s.text) && prev && next && prev.op !== 'equal' && next.op !== 'equal') {
      out.push({ op: 'delete', text: s.text }, { op: 'insert', text: s.text });
    } else out.push(s);
  });
  return out;
}

/** Merges neighbours with the same op, deletions before insertions within each changed stretch. */
function merge(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = '';
    ins = '';
  };
  for (const s of segments) {
    if (s.op === 'delete') del += s.text;
    else if (s.op === 'insert') ins += s.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last && last.op === 'equal') last.text += s.text;
      else out.push({ ...s });
    }
  }
  flush();
  return out;
}

export function diffWords(before: string, after: string): DiffSegment[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const middle = lcsOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  const segments: DiffSegment[] = [
    ...a.slice(0, head).map((text) => ({ op: 'equal' as const, text })),
    ...middle,
    ...a.slice(a.length - tail).map((text) => ({ op: 'equal' as const, text })),
  ];
  return merge(foldLoneSpaces(merge(segments)));
}

/** The left (old) side of a diff: equal and deleted text. */
export const leftSide = (segments: readonly DiffSegment[]): DiffSegment[] => segments.filter((s) => s.op !== 'insert');
/** The right (new) side of a diff: equal and inserted text. */
export const rightSide = (segments: readonly DiffSegment[]): DiffSegment[] => segments.filter((s) => s.op !== 'delete');
