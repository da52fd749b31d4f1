// The one editor configuration: our nodes (with Lexical's paragraph replaced by ours), the theme
// classes the page stylesheet draws, and an error handler that surfaces rather than hides.
import { createEditor } from 'lexical';
import type { EditorThemeClasses, Klass, LexicalEditor, LexicalNode, LexicalNodeReplacement } from 'lexical';
import { BodyParagraphNode, paragraphReplacement } from './nodes/BodyParagraphNode';
import { ItemNode } from './nodes/ItemNode';

export const EDITOR_NAMESPACE = 'vanthu-body';

export const editorNodes: ReadonlyArray<Klass<LexicalNode> | LexicalNodeReplacement> = [BodyParagraphNode, ItemNode, paragraphReplacement];

export const editorTheme: EditorThemeClasses = {
  paragraph: 'vt-p',
  text: { bold: 'vt-b', italic: 'vt-i', underline: 'vt-u' },
};

export function onEditorError(error: Error): void {
  // Lexical recovers by resetting to the last good state; keep the cause visible for bug reports.
  console.error('[editor]', error);
}

/** A DOM-less editor with the same nodes: used by unit tests and by conversions outside React. */
export function createBodyEditor(): LexicalEditor {
  return createEditor({
    namespace: EDITOR_NAMESPACE,
    nodes: [...editorNodes],
    theme: editorTheme,
    onError: (e) => {
      throw e;
    },
  });
}
