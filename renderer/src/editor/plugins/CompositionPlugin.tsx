// Vietnamese input methods that compose (IBus/Fcitx Telex, macOS, some VNI setups) at a format
// boundary: after Ctrl+B off at the end of a bold word, Chromium applies the first composition
// update to the DOM in the same task as compositionstart, before Lexical can open a plain text node,
// so the composed word lands inside the bold node. We note where the composition began and with
// which format the clerk meant to type, and when it ends we give the composed text that format.
import { useEffect } from 'react';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_CRITICAL, COMPOSITION_END_COMMAND, COMPOSITION_START_COMMAND } from 'lexical';
import type { LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

interface Start {
  key: string;
  offset: number;
  format: number;
}

export function registerCompositionFormat(editor: LexicalEditor): () => void {
  let start: Start | null = null;
  return mergeRegister(
    editor.registerCommand(
      COMPOSITION_START_COMMAND,
      () => {
        const selection = $getSelection();
        start = null;
        if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return false;
        const node = selection.anchor.getNode();
        if ($isTextNode(node) && node.getFormat() !== selection.format) start = { key: node.getKey(), offset: selection.anchor.offset, format: selection.format };
        return false; // observe only: Lexical's own handling goes on
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      COMPOSITION_END_COMMAND,
      (event) => {
        const s = start;
        start = null;
        const data = event.data ?? '';
        if (!s || data === '') return false;
        editor.update(
          () => {
            const node = $getNodeByKey(s.key);
            if (!$isTextNode(node) || node.getFormat() === s.format) return;
            const text = node.getTextContent();
            if (text.slice(s.offset, s.offset + data.length) !== data) return;
            const parts = node.splitText(s.offset, s.offset + data.length);
            const composed = s.offset === 0 ? parts[0] : parts[1];
            if (!composed) return;
            composed.setFormat(s.format);
            composed.select(data.length, data.length);
            // The placeholder Lexical opened for the composition is now empty text of no use.
            for (const sibling of composed.getParentOrThrow().getChildren()) {
              if ($isTextNode(sibling) && sibling.getTextContent().replace(/\u200B/g, '') === '') sibling.remove();
            }
          },
          { tag: 'history-merge' },
        );
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  );
}

export function CompositionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerCompositionFormat(editor), [editor]);
  return null;
}
