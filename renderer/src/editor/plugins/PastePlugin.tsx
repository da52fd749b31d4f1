// Paste keeps text and bold / italic / underline only, and rebuilds numbered lists into items. A
// single unlabelled line is inserted inline at the caret; anything longer becomes blocks after the
// current one (or in place of an empty paragraph), through the same $insertBlocks the clause panel uses.
import { useEffect } from 'react';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertBlocks } from '../commands';
import { $createRuns } from '../convert';
import { htmlToLines } from '../paste-html';
import { parseLabel } from '../../../../core/format/parse-label';
import { linesToBlocks, textToLines } from '../paste-structure';

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : 'dataTransfer' in event ? event.dataTransfer : null;
          if (!data) return false;
          const html = data.getData('text/html');
          const text = data.getData('text/plain');
          if (!html && !text) return false;
          event.preventDefault();
          const lines = html ? htmlToLines(html) : textToLines(text);
          const selection = $getSelection();
          const only = lines.length === 1 ? lines[0] : undefined;
          if (only && !only.level && !parseLabel(only.runs.map((r) => r.text).join('')) && $isRangeSelection(selection)) {
            selection.insertNodes($createRuns(only.runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }))));
            return true;
          }
          const blocks = linesToBlocks(lines);
          if (blocks.length === 0) return true;
          if ($isRangeSelection(selection) && !selection.isCollapsed()) selection.removeText();
          return $insertBlocks(blocks);
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
