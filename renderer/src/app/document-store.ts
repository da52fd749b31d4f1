// The open document: the letter (through its history), the file it belongs to, and whether it has
// unsaved changes. A tiny external store for React's useSyncExternalStore; no React in here.
import type { Letter } from '../../../core/letter/types';
import { History } from './history';
import type { Entry } from './history';

export interface OpenFile {
  path: string;
  name: string;
}

export interface DocSnapshot<S> {
  letter: Letter;
  file: OpenFile | null;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Bumps when the letter is replaced from outside the editor (open, new, undo): the body must be redrawn. */
  generation: number;
  present: Entry<S>;
}

export type Clock = () => number;

export class DocumentStore<S> {
  private history: History<S>;
  private file: OpenFile | null = null;
  private savedId: number;
  private generation = 0;
  private snapshot: DocSnapshot<S>;
  private listeners = new Set<() => void>();

  constructor(letter: Letter, private readonly clock: Clock = () => performance.now()) {
    this.history = new History<S>(letter);
    this.savedId = this.history.present.id;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DocSnapshot<S> => this.snapshot;

  get letter(): Letter {
    return this.history.present.letter;
  }

  /** A new document (opened, created, recovered): fresh history. `saved` false for recovered drafts. */
  load(letter: Letter, file: OpenFile | null, saved = true): void {
    this.history = new History<S>(letter);
    this.file = file;
    this.savedId = saved ? this.history.present.id : -1;
    this.generation += 1;
    this.emit();
  }

  /** A change to the letter, as one undo step (or merged into the current typing burst). */
  update(letter: Letter, mergeKey?: string, editorState?: S | null): void {
    this.history.commit(letter, { mergeKey, editorState, now: this.clock() });
    this.emit();
  }

  /** A change that replaces the body from outside the editor (a panel, a template): redraw the body. */
  replace(letter: Letter): void {
    this.history.commit(letter, { editorState: null, now: this.clock() });
    this.generation += 1;
    this.emit();
  }

  attachEditorState(editorState: S): void {
    this.history.attachEditorState(editorState);
    this.snapshot = { ...this.snapshot, present: this.history.present };
  }

  seal(): void {
    this.history.seal();
  }

  undo(): boolean {
    if (!this.history.undo()) return false;
    this.generation += 1;
    this.emit();
    return true;
  }

  redo(): boolean {
    if (!this.history.redo()) return false;
    this.generation += 1;
    this.emit();
    return true;
  }

  markSaved(file: OpenFile): void {
    this.file = file;
    this.savedId = this.history.present.id;
    this.history.seal();
    this.emit();
  }

  private makeSnapshot(): DocSnapshot<S> {
    const present = this.history.present;
    return {
      letter: present.letter,
      file: this.file,
      dirty: present.id !== this.savedId,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      generation: this.generation,
      present,
    };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const l of this.listeners) l();
  }
}
