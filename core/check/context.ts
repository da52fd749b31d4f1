// The body flattened once per check: every rule that reads body text walks this list instead of
// re-walking the tree, which keeps a 10-page letter well inside the editor's 50 ms budget.
import type { Block, Letter } from '../letter/types';
import { plainText } from '../letter/inline';
import type { CalendarDate, CheckContext } from './types';

export interface IndexedBlock {
  /** "body.3" or "body.3.children.0". */
  path: string;
  block: Block;
  /** Plain text of the block's own content (children excluded). */
  text: string;
  depth: number;
}

export interface BodyIndex {
  /** Every block in reading order (a parent before its children). */
  blocks: IndexedBlock[];
  /** The block whose text ends the content: the deepest last block with text. */
  last: IndexedBlock | null;
}

function walk(blocks: readonly Block[], prefix: string, depth: number, out: IndexedBlock[]): void {
  blocks.forEach((block, i) => {
    const path = `${prefix}.${i}`;
    out.push({ path, block, text: plainText(block.content), depth });
    if (block.kind === 'item') walk(block.children, `${path}.children`, depth + 1, out);
  });
}

export function indexBody(body: readonly Block[]): BodyIndex {
  const blocks: IndexedBlock[] = [];
  walk(body, 'body', 0, blocks);
  let last: IndexedBlock | null = null;
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const b = blocks[i] as IndexedBlock;
    if (b.text.trim() !== '') {
      last = b;
      break;
    }
  }
  return { blocks, last };
}

export function makeContext(letter: Letter, today: CalendarDate, stage: 'draft' | 'issue'): CheckContext {
  return { today, stage, body: indexBody(letter.body) };
}
