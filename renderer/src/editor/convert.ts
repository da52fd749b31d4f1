// Letter.body ⇄ editor state. Writing builds one Lexical block per flat block (outline.ts); reading
// walks the root's children back into flat blocks and rebuilds the tree. Text is normalised to NFC
// here, because Lexical keeps whatever the input method produced (NFD from some Telex/VNI setups).
import { $createTextNode, $getRoot, $getState, $isElementNode, $isLineBreakNode, $isTextNode, $setState } from 'lexical';
import type { ElementNode, LexicalNode, TextFormatType } from 'lexical';
import type { Block, Inline } from '../../../core/letter/types';
import { buildBody, canonicalContent, flattenBody } from './outline';
import type { FlatBlock } from './outline';
import { $createBodyParagraphNode } from './nodes/BodyParagraphNode';
import { $createItemNode, $isItemNode } from './nodes/ItemNode';
import { clauseState, depthState } from './nodes/state';

const MARKS: ReadonlyArray<[keyof Omit<Inline, 'text'>, TextFormatType]> = [
  ['bold', 'bold'],
  ['italic', 'italic'],
  ['underline', 'underline'],
];

/** Lexical text nodes for a run list (empty runs dropped: Lexical would drop them anyway). */
export function $createRuns(content: readonly Inline[]): LexicalNode[] {
  return content
    .filter((r) => r.text !== '')
    .map((r) => {
      const node = $createTextNode(r.text.normalize('NFC'));
      for (const [mark, format] of MARKS) if (r[mark]) node.toggleFormat(format);
      return node;
    });
}

/** One Lexical block for one flat block. */
export function $createBlockNode(f: FlatBlock): ElementNode {
  const node = f.kind === 'item' && f.level !== null ? $createItemNode(f.level, f.depth, f.title) : $createBodyParagraphNode(f.depth);
  if (f.clause) $setState(node, clauseState, f.clause);
  node.append(...$createRuns(f.content));
  return node;
}

/** Replaces the whole editor content with a body. An empty body is one empty paragraph to type in. */
export function $writeBody(blocks: readonly Block[]): void {
  const root = $getRoot();
  root.clear();
  const flat = flattenBody(blocks);
  if (flat.length === 0) root.append($createBodyParagraphNode());
  else root.append(...flat.map($createBlockNode));
}

/**
 * Lexical puts a zero-width space where a composition starts at a format boundary; it is no text of
 * the letter (and would travel invisibly into the DOCX), so it is dropped here.
 */
const ZERO_WIDTH = /\u200B/g;

/** The runs of one block, NFC, marks kept, anything else (line breaks) read as a space. */
export function $readRuns(element: ElementNode): Inline[] {
  const runs: Inline[] = [];
  for (const child of element.getChildren()) {
    if ($isTextNode(child)) {
      runs.push({ text: child.getTextContent().replace(ZERO_WIDTH, ''), bold: child.hasFormat('bold'), italic: child.hasFormat('italic'), underline: child.hasFormat('underline') });
    } else if ($isLineBreakNode(child)) {
      runs.push({ text: ' ', bold: false, italic: false, underline: false });
    } else if ($isElementNode(child)) {
      runs.push(...$readRuns(child));
    } else {
      runs.push({ text: child.getTextContent(), bold: false, italic: false, underline: false });
    }
  }
  return canonicalContent(runs);
}

/** One root child as a flat block. Any foreign element reads as a paragraph, so no text is lost. */
export function $readFlatBlock(node: LexicalNode): FlatBlock {
  const depth = $getState(node, depthState);
  const clause = $getState(node, clauseState);
  const content = $isElementNode(node) ? $readRuns(node) : canonicalContent([{ text: node.getTextContent(), bold: false, italic: false, underline: false }]);
  const base = { depth, content, ...(clause ? { clause } : {}) };
  return $isItemNode(node) ? { kind: 'item', level: node.getLevel(), title: node.isTitle(), ...base } : { kind: 'paragraph', level: null, title: false, ...base };
}

export function $readFlatBody(): FlatBlock[] {
  return $getRoot().getChildren().map($readFlatBlock);
}

/** The editor content as Letter.body (a lone empty paragraph is no body). */
export function $readBody(): Block[] {
  const flat = $readFlatBody();
  const only = flat[0];
  if (flat.length === 1 && only && only.content.length === 0 && only.kind === 'paragraph' && !only.clause) return [];
  return buildBody(flat);
}

/**
 * $readBody for every keystroke of a long letter: blocks Lexical did not touch (not in dirtyElements)
 * are taken from the previous read, so typing costs one block's conversion, not the whole body's.
 */
export function createIncrementalBodyReader(): (dirtyElements: ReadonlyMap<string, boolean> | null) => Block[] {
  let cache = new Map<string, FlatBlock>();
  return (dirtyElements) => {
    const next = new Map<string, FlatBlock>();
    const flat: FlatBlock[] = [];
    for (const node of $getRoot().getChildren()) {
      const key = node.getKey();
      const cached = dirtyElements === null || dirtyElements.has(key) ? undefined : cache.get(key);
      const block = cached ?? $readFlatBlock(node);
      next.set(key, block);
      flat.push(block);
    }
    cache = next;
    const only = flat[0];
    if (flat.length === 1 && only && only.content.length === 0 && only.kind === 'paragraph' && !only.clause) return [];
    return buildBody(flat);
  };
}
