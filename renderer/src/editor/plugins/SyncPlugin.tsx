// Keeps the Lexical body and the document store in step. Edits in the body become letter changes
// (one undo step per action; a typing burst in one text node is one step). When the store replaces
// the letter (open, new, undo, redo, a panel's change), the body is redrawn from it: from the saved
// editor state when there is one (exact, with the caret), otherwise from Letter.body.
import { useEffect } from 'react';
import { $getNodeByKey, $getRoot, $isTextNode } from 'lexical';
import type { EditorState, LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { DocumentStore } from '../../app/document-store';
import { $writeBody, createIncrementalBodyReader } from '../convert';

/** Tag of updates that come from the store, so they are not recorded again. */
export const FROM_STORE_TAG = 'vt-from-store';
/** Tag of updates made by an action of the table: always an undo step of its own. */
export const ACTION_TAG = 'vt-action';

/**
 * Edits that only change text inside one block, with the blocks themselves unchanged, continue the
 * same undo step ("typing in block X"); anything structural is a step of its own.
 */
function typingKey(prev: EditorState, next: EditorState, dirtyLeaves: Set<string>): string | undefined {
  const prevBlocks = prev.read(() => $getRoot().getChildrenKeys());
  const nextBlocks = next.read(() => $getRoot().getChildrenKeys());
  if (prevBlocks.length !== nextBlocks.length || prevBlocks.some((k, i) => k !== nextBlocks[i])) return undefined;
  let block: string | null = null;
  for (const key of dirtyLeaves) {
    const owner = next.read(() => {
      const node = $getNodeByKey(key);
      return node && $isTextNode(node) ? (node.getTopLevelElement()?.getKey() ?? null) : null;
    });
    if (owner === null || (block !== null && owner !== block)) return undefined;
    block = owner;
  }
  return block === null ? undefined : `body-text:${block}`;
}

export function registerSync(editor: LexicalEditor, store: DocumentStore<EditorState>): () => void {
  let generation = -1;
  const readBody = createIncrementalBodyReader();
  const redraw = () => {
    const snap = store.getSnapshot();
    if (snap.generation === generation) return;
    generation = snap.generation;
    const saved = snap.present.editorState;
    if (saved) {
      editor.setEditorState(saved, { tag: FROM_STORE_TAG });
    } else {
      editor.update(() => $writeBody(snap.letter.body), { tag: FROM_STORE_TAG, discrete: true });
    }
    store.attachEditorState(editor.getEditorState());
    editor.getEditorState().read(() => readBody(null)); // prime the cache with the new content
  };
  const offStore = store.subscribe(redraw);
  const offUpdate = editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
    if (tags.has(FROM_STORE_TAG)) return;
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) {
      store.attachEditorState(editorState); // caret moved: remembered, not a step
      return;
    }
    const body = editorState.read(() => readBody(dirtyElements));
    const key = tags.has(ACTION_TAG) ? undefined : tags.has('history-merge') ? 'body-merge' : typingKey(prevEditorState, editorState, dirtyLeaves);
    store.update({ ...store.letter, body }, key, editorState);
  });
  redraw();
  return () => {
    offStore();
    offUpdate();
  };
}

export function SyncPlugin({ store }: { store: DocumentStore<EditorState> }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSync(editor, store), [editor, store]);
  return null;
}
