// Field paths ("recipients.1", "body.3.children.0", "signature.signer") are how findings point into
// a draft. Fixes use these helpers to change exactly one place and copy only the spine above it, so
// the editor's undo sees a new letter and untouched parts keep their identity.
import type { Letter } from '../letter/types';

const segments = (path: string): string[] => (path === '' ? [] : path.split('.'));

/** The value at a path, or undefined when the path does not exist in this letter. */
export function getIn(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const seg of segments(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

function setAt(node: unknown, segs: readonly string[], update: (value: unknown) => unknown): unknown {
  if (segs.length === 0) return update(node);
  if (node === null || typeof node !== 'object') return node;
  const [head, ...rest] = segs as [string, ...string[]];
  if (Array.isArray(node)) {
    const i = Number(head);
    if (!Number.isInteger(i) || i < 0 || i >= node.length) return node;
    const next = setAt(node[i], rest, update);
    if (next === node[i]) return node;
    const copy = node.slice();
    copy[i] = next;
    return copy;
  }
  const record = node as Record<string, unknown>;
  if (!(head in record)) return node;
  const next = setAt(record[head], rest, update);
  return next === record[head] ? node : { ...record, [head]: next };
}

/** A copy of the letter with the value at `path` replaced by update(old); the same letter if absent. */
export function updateIn<T>(letter: Letter, path: string, update: (value: T) => T): Letter {
  return setAt(letter, segments(path), (v) => update(v as T)) as Letter;
}

/** Updates a string field; leaves the letter as is when the path does not hold a string. */
export function updateText(letter: Letter, path: string, update: (text: string) => string): Letter {
  if (typeof getIn(letter, path) !== 'string') return letter;
  return updateIn<string>(letter, path, update);
}

/** Removes the array element a path like "distribution.3" points at. */
export function removeAt(letter: Letter, path: string): Letter {
  const segs = segments(path);
  const index = Number(segs.pop());
  const parentPath = segs.join('.');
  const parent = getIn(letter, parentPath);
  if (!Array.isArray(parent) || !Number.isInteger(index) || index < 0 || index >= parent.length) return letter;
  return updateIn<unknown[]>(letter, parentPath, (list) => list.filter((_, i) => i !== index));
}
