// Collects the importer's notes per field path (Letter.importNotes), so the editor can highlight
// what was missing, unsure, dropped or converted.
import type { ImportNote } from '../letter/extensions/import-notes';

export type NoteKind = ImportNote['kind'];

export class Notes {
  readonly list: ImportNote[] = [];

  add(path: string, kind: NoteKind, message: string, source?: string): void {
    const note: ImportNote = { path, kind, message };
    if (source !== undefined && source !== '') note.source = source.length > 300 ? `${source.slice(0, 297)}…` : source;
    this.list.push(note);
  }

  missing(path: string, message: string): void {
    this.add(path, 'missing', message);
  }

  /** A field first reported missing was found after all (a place on the line above, a subject further on). */
  found(path: string): void {
    const at = this.list.findIndex((n) => n.path === path && n.kind === 'missing');
    if (at >= 0) this.list.splice(at, 1);
  }

  has(path: string, kind?: NoteKind): boolean {
    return this.list.some((n) => n.path === path && (kind === undefined || n.kind === kind));
  }
}
