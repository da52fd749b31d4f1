// Inserting a clause "as the right item level": the same wording is a clause (1.) in one letter, a
// point (a) in another and a dash (-) in a third (seeds 000, 001, 003). Moving the top of a block
// tree to another level moves its children by the same step, so the structure is kept.
import type { Block, ItemLevel } from '../letter/types';
import { ITEM_LEVELS } from '../letter/types';
import type { InsertLevel } from './template';

const depth = (level: ItemLevel): number => ITEM_LEVELS.indexOf(level);
const atDepth = (d: number): ItemLevel => ITEM_LEVELS[Math.max(0, Math.min(ITEM_LEVELS.length - 1, d))] as ItemLevel;

function shift(blocks: readonly Block[], delta: number): Block[] {
  return blocks.map((b) => (b.kind === 'item' ? { ...b, level: atDepth(depth(b.level) + delta), children: shift(b.children, delta) } : b));
}

/** The blocks with their top level set to `level` ("paragraph" turns top items into plain paragraphs). */
export function relevel(blocks: readonly Block[], level: InsertLevel): Block[] {
  const first = blocks.find((b) => b.kind === 'item');
  return blocks.flatMap((b): Block[] => {
    if (level === 'paragraph') {
      if (b.kind === 'paragraph') return [b];
      // A paragraph has no children: they follow it, keeping their own levels.
      return [{ kind: 'paragraph', content: b.content, ...(b.clause ? { clause: b.clause } : {}) }, ...b.children];
    }
    if (b.kind === 'paragraph') return [{ kind: 'item', level, title: false, content: b.content, children: [], ...(b.clause ? { clause: b.clause } : {}) }];
    const delta = depth(level) - depth((first as { level: ItemLevel } | undefined)?.level ?? b.level);
    return shift([b], delta);
  });
}

/** The level a clause inserts at by default: its first block's level, or "paragraph". */
export function naturalLevel(blocks: readonly Block[]): InsertLevel {
  const first = blocks[0];
  return first && first.kind === 'item' ? first.level : 'paragraph';
}
