// The body as the editor holds it: a flat sequence of blocks in document order, each with its depth
// (how many items enclose it). Lexical edits flat blocks well (Enter, Backspace, paste); the Letter
// stores a tree. Pre-order plus depth describes a tree exactly, so Letter.body ⇄ flat is identity.
// Pure: no Lexical, no DOM, so it is unit-tested under Node.
import type { ClauseRef } from '../../../core/letter/extensions/clause-ref';
import type { Block, Inline, ItemLevel } from '../../../core/letter/types';
import { flattenLabeled, labelBlocks } from '../../../core/format/labels';
import { missingCase } from '../../../core/result';

export interface FlatBlock {
  kind: Block['kind'];
  /** null for a paragraph. */
  level: ItemLevel | null;
  title: boolean;
  /** Number of enclosing items; 0 at the top of the body. */
  depth: number;
  content: Inline[];
  clause?: ClauseRef;
}

/** Tree → document order. */
export function flattenBody(blocks: readonly Block[], depth = 0): FlatBlock[] {
  return blocks.flatMap((block): FlatBlock[] => {
    switch (block.kind) {
      case 'paragraph':
        return [{ kind: 'paragraph', level: null, title: false, depth, content: block.content, ...(block.clause ? { clause: block.clause } : {}) }];
      case 'item':
        return [
          { kind: 'item', level: block.level, title: block.title, depth, content: block.content, ...(block.clause ? { clause: block.clause } : {}) },
          ...flattenBody(block.children, depth + 1),
        ];
      default:
        return missingCase(block);
    }
  });
}

/**
 * Document order → tree. A depth deeper than the open items allow (possible while editing, e.g. after
 * deleting a parent) is clamped to the deepest open item, so every flat sequence yields a valid tree.
 */
export function buildBody(flat: readonly FlatBlock[]): Block[] {
  const root: Block[] = [];
  const open: Block[][] = [root];
  for (const f of flat) {
    const depth = Math.max(0, Math.min(f.depth, open.length - 1));
    open.length = depth + 1;
    const siblings = open[depth] as Block[];
    const extra = f.clause ? { clause: f.clause } : {};
    if (f.kind === 'item' && f.level !== null) {
      const children: Block[] = [];
      siblings.push({ kind: 'item', level: f.level, title: f.title, content: f.content, children, ...extra });
      open.push(children);
    } else {
      siblings.push({ kind: 'paragraph', content: f.content, ...extra });
    }
  }
  return root;
}

/** The effective depth of each flat block once clamped as buildBody does (for consistent UI). */
export function effectiveDepths(flat: readonly Pick<FlatBlock, 'kind' | 'depth'>[]): number[] {
  let openItems = 0;
  return flat.map((f) => {
    const depth = Math.max(0, Math.min(f.depth, openItems));
    openItems = f.kind === 'item' ? depth + 1 : depth;
    return depth;
  });
}

/** The label of every flat block (null for paragraphs), computed exactly as the DOCX writer does. */
export function labelsOf(flat: readonly FlatBlock[]): (string | null)[] {
  return flattenLabeled(labelBlocks(buildBody(flat))).map((n) => n.label);
}

const sameMarks = (a: Inline, b: Inline) => a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;

/** Runs as the editor produces them: NFC, no empty runs, neighbours with the same marks merged. */
export function canonicalContent(content: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of content) {
    const text = r.text.normalize('NFC');
    if (text === '') continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last, r)) last.text = (last.text + text).normalize('NFC');
    else out.push({ text, bold: r.bold, italic: r.italic, underline: r.underline });
  }
  return out;
}

/**
 * The body as the editor gives it back: canonical runs everywhere, and a body that is a single empty
 * paragraph is no body. Editor → Letter → editor is identity on bodies already in this form.
 */
export function canonicalBody(blocks: readonly Block[]): Block[] {
  const walk = (list: readonly Block[]): Block[] =>
    list.map((b): Block => {
      switch (b.kind) {
        case 'paragraph':
          return { ...b, content: canonicalContent(b.content) };
        case 'item':
          return { ...b, content: canonicalContent(b.content), children: walk(b.children) };
        default:
          return missingCase(b);
      }
    });
  const body = walk(blocks);
  const only = body[0];
  if (body.length === 1 && only && only.kind === 'paragraph' && only.content.length === 0 && !only.clause) return [];
  return body;
}
