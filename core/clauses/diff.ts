// Word-level difference between the clerk's copy of a clause and the library's newer version, for the
// "updated" mark. Clause texts are short (tens to a few hundred words), so a plain LCS table is fine.

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

/** Operations turning `before` into `after`, consecutive words of one kind merged, words joined by spaces. */
export function wordDiff(before: string, after: string): DiffOp[] {
  const a = words(before.normalize('NFC'));
  const b = words(after.normalize('NFC'));
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = length of the LCS of a[i..] and b[j..], flattened.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[at(i, j)] = a[i] === b[j] ? (lcs[at(i + 1, j + 1)] as number) + 1 : Math.max(lcs[at(i + 1, j)] as number, lcs[at(i, j + 1)] as number);
    }
  }
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], word: string) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else ops.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('equal', a[i] as string);
      i += 1;
      j += 1;
    } else if ((lcs[at(i + 1, j)] as number) >= (lcs[at(i, j + 1)] as number)) {
      push('delete', a[i] as string);
      i += 1;
    } else {
      push('insert', b[j] as string);
      j += 1;
    }
  }
  while (i < n) push('delete', a[i++] as string);
  while (j < m) push('insert', b[j++] as string);
  return ops;
}

export const isUnchanged = (ops: readonly DiffOp[]): boolean => ops.every((o) => o.op === 'equal');
