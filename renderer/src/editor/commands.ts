// Editor commands: pure `$…` functions that run inside editor.update (and are unit-tested in a
// headless editor), plus thin wrappers for the shell and the clause panel.
import { $getRoot, $getSelection, $getState, $isRangeSelection, $setState, createCommand } from 'lexical';
import type { ElementNode, LexicalCommand, LexicalEditor, LexicalNode } from 'lexical';
import type { Block, ItemLevel } from '../../../core/letter/types';
import { flattenBody } from './outline';
import { $createBlockNode } from './convert';
import { $createBodyParagraphNode } from './nodes/BodyParagraphNode';
import { $createItemNode, $isItemNode } from './nodes/ItemNode';
import { clauseState, depthState, levelState, titleState } from './nodes/state';
import { indentRow, setRowLevel, subtreeEnd } from './structure';
import type { Row } from './structure';

export const INDENT_BLOCK_COMMAND: LexicalCommand<1 | -1> = createCommand('VT_INDENT_BLOCK');
export const SET_BLOCK_LEVEL_COMMAND: LexicalCommand<ItemLevel | null> = createCommand('VT_SET_BLOCK_LEVEL');
export const TOGGLE_TITLE_COMMAND: LexicalCommand<void> = createCommand('VT_TOGGLE_TITLE');

function $rowOf(node: LexicalNode): Row {
  const depth = $getState(node, depthState);
  return $isItemNode(node) ? { kind: 'item', level: node.getLevel(), depth } : { kind: 'paragraph', level: null, depth };
}

/** Indices (among the root's children) of the blocks the selection touches, in order. */
export function $selectedBlockIndices(): number[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const top = (n: LexicalNode) => (n.getKey() === 'root' ? null : n.getTopLevelElement());
  const a = top(selection.anchor.getNode());
  const b = top(selection.focus.getNode());
  if (!a || !b) return [];
  const [i, j] = [a.getIndexWithinParent(), b.getIndexWithinParent()].sort((x, y) => x - y) as [number, number];
  return Array.from({ length: j - i + 1 }, (_, k) => i + k);
}

/** The level of the body item holding the caret, or null in a plain paragraph or with no caret. */
export function $cursorItemLevel(): ItemLevel | null {
  const indices = $selectedBlockIndices();
  const at = indices[indices.length - 1];
  const node = at === undefined ? null : $getRoot().getChildAtIndex(at);
  return $isItemNode(node) ? node.getLevel() : null;
}

/** For the clause panel: the level at the body's caret (the editor keeps it while the panel has focus). */
export function cursorItemLevel(editor: LexicalEditor): ItemLevel | null {
  return editor.getEditorState().read($cursorItemLevel);
}

/**
 * The body selection as a block (its index among the editor's blocks) and character offsets in that
 * block's text, or null when there is none or it spans several blocks. Labels are drawn by CSS, so
 * the block's text is exactly the part's plain text the review model anchors to.
 */
export function $selectionInBlock(): { index: number; start: number; end: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const block = selection.anchor.getNode().getTopLevelElement();
  if (!block || block !== selection.focus.getNode().getTopLevelElement()) return null;
  const texts = block.getAllTextNodes();
  const offsetOf = (point: typeof selection.anchor): number => {
    let offset = 0;
    if (point.type === 'element') {
      // An element point sits before child `point.offset`: count the text of the children before it.
      const before = point.getNode().getChildren().slice(0, point.offset);
      return before.reduce((n, child) => n + child.getTextContentSize(), 0);
    }
    for (const t of texts) {
      if (t.getKey() === point.key) return offset + point.offset;
      offset += t.getTextContentSize();
    }
    return offset;
  };
  const [start, end] = [offsetOf(selection.anchor), offsetOf(selection.focus)].sort((x, y) => x - y) as [number, number];
  return { index: block.getIndexWithinParent(), start, end };
}

export function selectionInBlock(editor: LexicalEditor): { index: number; start: number; end: number } | null {
  return editor.getEditorState().read($selectionInBlock);
}

/** Writes changed rows back onto the root's children (swapping node classes where the kind changed). */
function $applyRows(before: readonly Row[], after: readonly Row[]): void {
  const children = $getRoot().getChildren();
  after.forEach((row, i) => {
    const old = before[i];
    const node = children[i] as ElementNode | undefined;
    if (!old || !node || (old.kind === row.kind && old.level === row.level && old.depth === row.depth)) return;
    if (old.kind !== row.kind) {
      const next = row.kind === 'item' && row.level ? $createItemNode(row.level, row.depth) : $createBodyParagraphNode(row.depth);
      const clause = $getState(node, clauseState);
      if (clause) $setState(next, clauseState, clause);
      next.append(...node.getChildren());
      node.replace(next);
      return;
    }
    $setState(node, depthState, row.depth);
    if (row.level) $setState(node, levelState, row.level);
  });
}

function $transformSelected(step: (rows: Row[], i: number) => Row[]): boolean {
  const indices = $selectedBlockIndices();
  if (indices.length === 0) return false;
  const before = $getRoot().getChildren().map($rowOf);
  let rows = before;
  let skipUntil = -1;
  for (const i of indices) {
    if (i < skipUntil) continue; // already moved with its selected ancestor
    skipUntil = subtreeEnd(rows, i);
    rows = step(rows, i);
  }
  $applyRows(before, rows);
  // A caret on a replaced (empty) block points at a detached node: put it in the block's successor.
  const selection = $getSelection();
  if ($isRangeSelection(selection) && !selection.anchor.getNode().isAttached()) {
    $getRoot().getChildAtIndex(indices[0] as number)?.selectEnd();
  }
  return true;
}

/** Tab / Shift+Tab. */
export function $indentSelection(delta: 1 | -1): boolean {
  return $transformSelected((rows, i) => indentRow(rows, i, delta));
}

/** Make the selected blocks items of one level, or plain paragraphs (null). */
export function $setSelectionLevel(level: ItemLevel | null): boolean {
  return $transformSelected((rows, i) => setRowLevel(rows, i, level));
}

/**
 * Backspace with the caret at the very start of an item lifts the item into a paragraph (its text and
 * place kept), as word processors end a list; anywhere else Backspace deletes as usual (false).
 */
export function $liftItemAtStart(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const anchor = selection.anchor;
  const block = anchor.getNode().getTopLevelElement();
  if (!$isItemNode(block) || anchor.offset !== 0) return false;
  const first = block.getFirstDescendant();
  const atStart = anchor.type === 'element' ? anchor.key === block.getKey() : first !== null && anchor.getNode().is(first);
  return atStart && $setSelectionLevel(null);
}

/** Titled clause on/off for the selected items. */
export function $toggleTitle(): boolean {
  const children = $getRoot().getChildren();
  const items = $selectedBlockIndices().map((i) => children[i]).filter($isItemNode);
  if (items.length === 0) return false;
  const on = !items.every((n) => n.isTitle());
  for (const n of items) $setState(n, titleState, on);
  return true;
}

/**
 * Inserts blocks after the block holding the cursor (after its whole subtree, so an item's points stay
 * with it), at that block's depth; into an empty paragraph, in its place. Without a selection, at the
 * end of the body. The caret ends at the end of the last inserted block.
 */
export function $insertBlocks(blocks: readonly Block[]): boolean {
  const flat = flattenBody(blocks);
  if (flat.length === 0) return false;
  const root = $getRoot();
  const children = root.getChildren();
  const rows = children.map($rowOf);
  const indices = $selectedBlockIndices();
  const at = indices.length > 0 ? (indices[indices.length - 1] as number) : -1;
  const current = at >= 0 ? (children[at] as ElementNode) : null;
  const baseDepth = current ? $getState(current, depthState) : 0;
  const nodes = flat.map((f) => $createBlockNode({ ...f, depth: f.depth + baseDepth }));
  const replaceEmpty = current !== null && !$isItemNode(current) && current.getTextContentSize() === 0;
  if (current && replaceEmpty) {
    current.replace(nodes[0] as ElementNode);
    let prev = nodes[0] as ElementNode;
    for (const n of nodes.slice(1)) prev = prev.insertAfter(n) as ElementNode;
  } else if (current) {
    let prev = children[subtreeEnd(rows, at) - 1] as ElementNode;
    for (const n of nodes) prev = prev.insertAfter(n) as ElementNode;
  } else {
    root.append(...nodes);
  }
  (nodes[nodes.length - 1] as ElementNode).selectEnd();
  return true;
}

/** The clause panel's entry point: one update, so one undo step. */
export function insertBlocks(editor: LexicalEditor, blocks: readonly Block[]): void {
  editor.update(() => {
    $insertBlocks(blocks);
  });
  editor.focus();
}
