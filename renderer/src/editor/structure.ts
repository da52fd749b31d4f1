// Structural edits of the flat body, as pure functions over (kind, level, depth) rows so that the
// rules are unit-tested without Lexical: Tab / Shift+Tab, "make this a point", and where an
// inserted block belongs. commands.ts applies the results to Lexical nodes.
import { ITEM_LEVELS } from '../../../core/letter/types';
import type { ItemLevel } from '../../../core/letter/types';
import { LEVEL_RANK } from '../../../core/format/labels';
import { effectiveDepths } from './outline';

export interface Row {
  kind: 'paragraph' | 'item';
  level: ItemLevel | null;
  depth: number;
}

/** The open items just before position i: [depth 0 ancestor, depth 1 ancestor, …] as row indices. */
export function openChain(rows: readonly Row[], i: number): number[] {
  const depths = effectiveDepths(rows.slice(0, i));
  const chain: number[] = [];
  for (let j = 0; j < i; j += 1) {
    const row = rows[j] as Row;
    const d = depths[j] as number;
    chain.length = d;
    if (row.kind === 'item') chain.push(j);
  }
  return chain;
}

/** Where an item of this level belongs after the rows before i: under the nearest open item of a higher rank. */
export function depthForLevel(rows: readonly Row[], i: number, level: ItemLevel): number {
  const chain = openChain(rows, i);
  while (chain.length > 0) {
    const top = rows[chain[chain.length - 1] as number] as Row;
    if (top.level !== null && LEVEL_RANK[top.level] < LEVEL_RANK[level]) break;
    chain.pop();
  }
  return chain.length;
}

/** The index one past the last descendant of row i. */
export function subtreeEnd(rows: readonly Row[], i: number): number {
  const depths = effectiveDepths(rows);
  const own = depths[i] as number;
  let end = i + 1;
  if ((rows[i] as Row).kind !== 'item') return end;
  while (end < rows.length && (depths[end] as number) > own) end += 1;
  return end;
}

const shiftLevel = (level: ItemLevel, by: number): ItemLevel => ITEM_LEVELS[Math.max(0, Math.min(ITEM_LEVELS.length - 1, LEVEL_RANK[level] + by))] as ItemLevel;

/**
 * Row i changes to `target` (an item level, or null for a plain paragraph). Its subtree moves with it:
 * descendants keep their place under it, with their levels shifted by the same number of steps.
 * Returns the new rows (the input is not modified).
 */
export function setRowLevel(rows: readonly Row[], i: number, target: ItemLevel | null): Row[] {
  const out = rows.map((r) => ({ ...r }));
  const row = out[i];
  if (!row) return out;
  const end = subtreeEnd(rows, i);
  const depths = effectiveDepths(rows);
  const oldDepth = depths[i] as number;
  if (target === null) {
    // A paragraph keeps its place: inside its parent item, its former children lifted to its depth.
    out[i] = { kind: 'paragraph', level: null, depth: oldDepth };
    for (let j = i + 1; j < end; j += 1) (out[j] as Row).depth = Math.max(oldDepth, (depths[j] as number) - 1);
    return out;
  }
  const newDepth = depthForLevel(out, i, target);
  const levelShift = row.level === null ? 0 : LEVEL_RANK[target] - LEVEL_RANK[row.level];
  out[i] = { kind: 'item', level: target, depth: newDepth };
  for (let j = i + 1; j < end; j += 1) {
    const d = out[j] as Row;
    d.depth = (depths[j] as number) - oldDepth + newDepth;
    if (d.level !== null) d.level = shiftLevel(d.level, levelShift);
  }
  return out;
}

/** Tab (+1) / Shift+Tab (−1) on row i. */
export function indentRow(rows: readonly Row[], i: number, delta: 1 | -1): Row[] {
  const row = rows[i];
  if (!row) return rows.map((r) => ({ ...r }));
  if (row.kind === 'item' && row.level !== null) {
    const rank = LEVEL_RANK[row.level] + delta;
    if (rank < 0) return setRowLevel(rows, i, null);
    return setRowLevel(rows, i, ITEM_LEVELS[Math.min(rank, ITEM_LEVELS.length - 1)] as ItemLevel);
  }
  // A paragraph: Tab makes it an item one level below its enclosing item (a clause at the top);
  // Shift+Tab moves a continuation paragraph out of its item.
  const depth = effectiveDepths(rows)[i] as number;
  if (delta === 1) {
    const chain = openChain(rows, i).slice(0, depth);
    const parent = chain.length > 0 ? (rows[chain[chain.length - 1] as number] as Row) : null;
    const level: ItemLevel = parent?.level ? shiftLevel(parent.level, 1) : 'clause';
    return setRowLevel(rows, i, level);
  }
  const out = rows.map((r) => ({ ...r }));
  (out[i] as Row).depth = Math.max(0, depth - 1);
  return out;
}
