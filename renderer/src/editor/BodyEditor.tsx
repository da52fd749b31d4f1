// The body of the letter: a Lexical rich-text editor with our nodes and plugins, bound to the
// document store. Rendered once per document store; React re-renders of the page never touch it.
import { memo, useEffect } from 'react';
import type { EditorState, LexicalEditor } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { DocumentStore } from '../app/document-store';
import { EDITOR_NAMESPACE, editorNodes, editorTheme, onEditorError } from './config';
import { CompositionPlugin } from './plugins/CompositionPlugin';
import { KeysPlugin } from './plugins/KeysPlugin';
import { LabelsPlugin } from './plugins/LabelsPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { SyncPlugin } from './plugins/SyncPlugin';

function EditorRef({ onEditor }: { onEditor: (editor: LexicalEditor | null) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);
  return null;
}

export interface BodyEditorProps {
  store: DocumentStore<EditorState>;
  /** id of the visible caption that names the body (aria-labelledby). */
  labelId: string;
  onEditor(editor: LexicalEditor | null): void;
}

export const BodyEditor = memo(function BodyEditor({ store, labelId, onEditor }: BodyEditorProps) {
  const initialConfig = {
    namespace: EDITOR_NAMESPACE,
    nodes: [...editorNodes],
    theme: editorTheme,
    onError: onEditorError,
    // The store draws the first body (SyncPlugin), so start with nothing.
    editorState: null,
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={<ContentEditable className="vt-body" aria-labelledby={labelId} spellCheck={false} data-testid="body" />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <SyncPlugin store={store} />
      <LabelsPlugin />
      <KeysPlugin />
      <PastePlugin />
      <CompositionPlugin />
      <EditorRef onEditor={onEditor} />
    </LexicalComposer>
  );
});
