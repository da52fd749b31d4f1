// One undo history for the whole letter: header fields and body alike. Each entry is a whole Letter
// (plain data, cheap to keep) plus the editor state that showed it, so undoing a body change puts
// Lexical back exactly (selection included) without rebuilding it. Typing bursts in one field merge
// into one step; every action is its own step.
import type { Letter } from '../../../core/letter/types';

export interface Entry<S> {
  /** Unique per change: "dirty" is simply present.id !== savedId. */
  id: number;
  letter: Letter;
  /** The editor state showing this letter's body; null until the editor has drawn it. */
  editorState: S | null;
}

export interface CommitOptions<S> {
  /** Changes with the same key in quick succession merge (typing in one field); omit for a discrete step. */
  mergeKey?: string;
  editorState?: S | null;
  /** Milliseconds since an arbitrary origin (injected so tests need no clock). */
  now: number;
}

/** How long a typing pause may be and still continue the same undo step. */
export const MERGE_WINDOW_MS = 1500;
const LIMIT = 300;

export class History<S> {
  private past: Entry<S>[] = [];
  private future: Entry<S>[] = [];
  private last: { key: string; at: number } | null = null;
  private nextId = 1;
  present: Entry<S>;

  constructor(letter: Letter, editorState: S | null = null) {
    this.present = { id: this.nextId++, letter, editorState };
  }

  commit(letter: Letter, options: CommitOptions<S>): void {
    const editorState = options.editorState === undefined ? this.present.editorState : options.editorState;
    const key = options.mergeKey;
    const merge = key !== undefined && this.last?.key === key && options.now - this.last.at <= MERGE_WINDOW_MS && this.past.length > 0;
    if (!merge) {
      this.past.push(this.present);
      if (this.past.length > LIMIT) this.past.shift();
    }
    this.present = { id: this.nextId++, letter, editorState };
    this.future = [];
    this.last = key === undefined ? null : { key, at: options.now };
  }

  /** The editor moved the caret or re-drew the same letter: remember its state, no new step. */
  attachEditorState(editorState: S): void {
    this.present = { ...this.present, editorState };
  }

  /** Ends the current typing burst, so the next change starts a new step. */
  seal(): void {
    this.last = null;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  undo(): Entry<S> | null {
    const prev = this.past.pop();
    if (!prev) return null;
    this.future.push(this.present);
    this.present = prev;
    this.last = null;
    return prev;
  }

  redo(): Entry<S> | null {
    const next = this.future.pop();
    if (!next) return null;
    this.past.push(this.present);
    this.present = next;
    this.last = null;
    return next;
  }
}
