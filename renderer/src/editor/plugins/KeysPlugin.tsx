// Keyboard behaviour of the body: Tab / Shift+Tab change the level of the current block(s), Backspace
// at the start of an item lifts it into a paragraph, Enter in
// an empty item ends the list (the item becomes a paragraph), and Shift+Enter starts a new paragraph
// instead of a line break (the draft format has no line breaks inside a block).
import { useEffect } from 'react';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, INSERT_LINE_BREAK_COMMAND, INSERT_PARAGRAPH_COMMAND, KEY_BACKSPACE_COMMAND, KEY_TAB_COMMAND } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $indentSelection, $liftItemAtStart, $setSelectionLevel, $toggleTitle, INDENT_BLOCK_COMMAND, SET_BLOCK_LEVEL_COMMAND, TOGGLE_TITLE_COMMAND } from '../commands';
import { $isItemNode } from '../nodes/ItemNode';

export function KeysPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_TAB_COMMAND,
          (event) => {
            event.preventDefault();
            return $indentSelection(event.shiftKey ? -1 : 1);
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_BACKSPACE_COMMAND,
          (event) => {
            if (!$liftItemAtStart()) return false;
            event.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(INDENT_BLOCK_COMMAND, (delta) => $indentSelection(delta), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(SET_BLOCK_LEVEL_COMMAND, (level) => $setSelectionLevel(level), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(TOGGLE_TITLE_COMMAND, () => $toggleTitle(), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          INSERT_PARAGRAPH_COMMAND,
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
            const block = selection.anchor.getNode().getTopLevelElement();
            if (!$isItemNode(block) || block.getTextContentSize() > 0) return false;
            return $setSelectionLevel(null);
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          INSERT_LINE_BREAK_COMMAND,
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            selection.insertParagraph();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
