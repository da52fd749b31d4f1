// The library manager's edits, as pure functions over a library value: replace a clause's text,
// bump its version with a note (the old version goes to its history), and write the file back in
// the shape maintainers keep in git (with its "$schema" reference, two-space indent, final newline).
import type { Result } from '../result';
import { err, ok } from '../result';
import type { Clause, ClauseLibrary } from './model';
import { LibrarySchema } from './model';

export function replaceClause(library: ClauseLibrary, clause: Clause): ClauseLibrary {
  return { ...library, clauses: library.clauses.map((c) => (c.id === clause.id ? clause : c)) };
}

/** Version + 1 with a change note; the previous version and its note are kept in `history`. */
export function bumpVersion(library: ClauseLibrary, id: string, note: string, date: string): Result<ClauseLibrary, string> {
  const clause = library.clauses.find((c) => c.id === id);
  if (!clause) return err(`Thư viện "${library.id}" không có điều khoản "${id}".`);
  if (note.trim() === '') return err('Hãy ghi chú thay đổi trước khi tăng phiên bản.');
  const next: Clause = {
    ...clause,
    version: clause.version + 1,
    changeNote: note.trim(),
    // The entry records the version being replaced and the day it was replaced.
    history: [...clause.history, { version: clause.version, note: clause.changeNote, date }],
  };
  return ok(replaceClause(library, next));
}

/** The library file's text; validated again so a manager bug cannot write a file `check` rejects by schema. */
export function serializeLibrary(library: ClauseLibrary, schemaRef = '../schemas/clause-library.schema.json'): Result<string, string> {
  const parsed = LibrarySchema.safeParse({ ...library, $schema: library.$schema ?? schemaRef });
  if (!parsed.success) return err(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  const { $schema, ...rest } = parsed.data;
  return ok(`${JSON.stringify({ $schema, ...rest }, null, 2)}\n`);
}
