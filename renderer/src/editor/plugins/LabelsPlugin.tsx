// Shows each item's label ("1.", "đ)", "-") live, computed over the whole body the way the DOCX writer
// numbers it. Labels go to a data attribute drawn by CSS ::before, so they are never part of the text
// (the caret cannot enter them and copy does not pick them up). Recomputed only when the structure
// (kinds, levels, depths, order) changed, so typing inside a block costs one string comparison.
import { useEffect } from 'react';
import { $getRoot, $getState } from 'lexical';
import type { LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { labelsOf } from '../outline';
import type { FlatBlock } from '../outline';
import { $isItemNode } from '../nodes/ItemNode';
import { depthState } from '../nodes/state';

function $structure(): { keys: string[]; flat: FlatBlock[]; signature: string } {
  const keys: string[] = [];
  const flat: FlatBlock[] = [];
  for (const node of $getRoot().getChildren()) {
    const depth = $getState(node, depthState);
    keys.push(node.getKey());
    flat.push($isItemNode(node) ? { kind: 'item', level: node.getLevel(), title: false, depth, content: [] } : { kind: 'paragraph', level: null, title: false, depth, content: [] });
  }
  const signature = flat.map((f, i) => `${keys[i]}:${f.level ?? 'p'}:${f.depth}`).join('|');
  return { keys, flat, signature };
}

export function registerLabels(editor: LexicalEditor): () => void {
  let last = '';
  const apply = () => {
    const { keys, flat, signature } = editor.getEditorState().read($structure);
    if (signature === last) return;
    last = signature;
    const labels = labelsOf(flat);
    keys.forEach((key, i) => {
      const dom = editor.getElementByKey(key);
      if (!dom) return;
      const label = labels[i];
      if (label === null || label === undefined) delete dom.dataset.label;
      else if (dom.dataset.label !== label) dom.dataset.label = label;
    });
  };
  // Lexical re-creates a block's DOM only for a new node (a new key, so a new signature) or a new
  // root element (remount): then everything is drawn again.
  const offRoot = editor.registerRootListener(() => {
    last = '';
  });
  const offUpdate = editor.registerUpdateListener(apply);
  apply();
  return () => {
    offRoot();
    offUpdate();
  };
}

export function LabelsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerLabels(editor), [editor]);
  return null;
}
