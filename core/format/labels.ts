// Labels of numbered body items (nd30.md §4.7): sections I. II., clauses 1. 2., points a) b) … in the
// Vietnamese alphabet (no f, j, w, z; đ after d), then "-" and "+". Labels are computed, never
// stored, and restart under each parent. The editor, importer and DOCX writer all use these.
import type { Block, ItemBlock, ItemLevel } from '../letter/types';
import { missingCase } from '../result';

/** The point alphabet: a b c d đ e g h i k l m n o p q r s t u v x y. */
export const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

/** Rank of each level: a higher-ranked item restarts the counters of every level below it. */
export const LEVEL_RANK: Readonly<Record<ItemLevel, number>> = { section: 0, clause: 1, point: 2, dash: 3, plus: 4 };

/** 0 → "a", 4 → "đ", 22 → "y"; past "y" letters double spreadsheet-style ("aa", "ab", …). */
export function pointLetter(index: number): string {
  const n = POINT_LETTERS.length;
  let i = index;
  let out = '';
  do {
    out = POINT_LETTERS[i % n] + out;
    i = Math.floor(i / n) - 1;
  } while (i >= 0);
  return out;
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → "I", 4 → "IV", 14 → "XIV". */
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** The label of the item at a 0-based position among its counted siblings: "II.", "3.", "đ)", "-", "+". */
export function itemLabel(level: ItemLevel, index: number): string {
  switch (level) {
    case 'section':
      return `${toRoman(index + 1)}.`;
    case 'clause':
      return `${index + 1}.`;
    case 'point':
      return `${pointLetter(index)})`;
    case 'dash':
      return '-';
    case 'plus':
      return '+';
    default:
      return missingCase(level);
  }
}

export interface LabeledBlock {
  block: Block;
  /** null for a plain paragraph. */
  label: string | null;
  /** Nesting depth: 0 for top-level blocks. */
  depth: number;
  children: LabeledBlock[];
}

/**
 * Labels for a list of sibling blocks (the body, or an item's children). Counting is per level among
 * siblings; a paragraph between items does not restart them; a higher-ranked item restarts the
 * counters below it (so a flat "I. 1. 2. II. 1." body numbers as written).
 */
export function labelBlocks(blocks: readonly Block[], depth = 0): LabeledBlock[] {
  const counters: Record<ItemLevel, number> = { section: 0, clause: 0, point: 0, dash: 0, plus: 0 };
  return blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return { block, label: null, depth, children: [] };
      case 'item': {
        const label = itemLabel(block.level, counters[block.level]);
        counters[block.level] += 1;
        for (const level of Object.keys(counters) as ItemLevel[]) {
          if (LEVEL_RANK[level] > LEVEL_RANK[block.level]) counters[level] = 0;
        }
        return { block, label, depth, children: labelBlocks(block.children, depth + 1) };
      }
      default:
        return missingCase(block);
    }
  });
}

/** Document order (each block, then its children), for writers that emit one paragraph per block. */
export function flattenLabeled(tree: readonly LabeledBlock[]): LabeledBlock[] {
  return tree.flatMap((n) => [n, ...flattenLabeled(n.children)]);
}

/** The label of one item given the whole body, or null if the item is not in it. */
export function labelOf(body: readonly Block[], target: ItemBlock): string | null {
  return flattenLabeled(labelBlocks(body)).find((n) => n.block === target)?.label ?? null;
}
