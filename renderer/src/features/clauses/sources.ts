// Where the panel's libraries come from: the shipped templates/ folder (bundled as raw text, so it
// goes through the same zod validation as any other file) and the folders set in Settings (read by the
// platform). A broken file is reported and skipped; the others keep working.
import { buildCatalog, directoriesOf, librariesOf, loadTemplateFiles, templatesOf } from '../../../../core/clauses';
import type { AgencyDirectory, ClauseCatalog, ClauseLibrary, FileProblem, LetterTemplate } from '../../../../core/clauses';

const raw = import.meta.glob<string>('../../../../templates/{clauses,letters,directory}/*.json', { query: '?raw', import: 'default', eager: true });

/** The shipped files as { file, text }, named from templates/. */
export function shippedFiles(): Array<{ file: string; text: string }> {
  return Object.entries(raw)
    .map(([key, text]) => ({ file: key.replace(/^(\.\.\/)+/, ''), text }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

export interface LibrarySet {
  libraries: ClauseLibrary[];
  /** Which file each library came from (for the manager's export and messages). */
  origin: Map<string, string>;
  templates: LetterTemplate[];
  directory: AgencyDirectory | null;
  catalog: ClauseCatalog;
  problems: FileProblem[];
}

/** Shared-folder files come after the shipped ones: a clause id already shipped is not overridden. */
export function assemble(files: ReadonlyArray<{ file: string; text: string }>): LibrarySet {
  const set = loadTemplateFiles(files);
  const libraries = librariesOf(set);
  const origin = new Map(set.files.flatMap((f) => (f.kind === 'clause-library' ? [[f.value.id, f.file] as const] : [])));
  return { libraries, origin, templates: templatesOf(set), directory: directoriesOf(set)[0] ?? null, catalog: buildCatalog(libraries), problems: set.problems };
}

/** Replaces (or adds) one library, keeping the order, and rebuilds the catalog. */
export function withLibrary(set: LibrarySet, library: ClauseLibrary, file: string): LibrarySet {
  const exists = set.libraries.some((l) => l.id === library.id);
  const libraries = exists ? set.libraries.map((l) => (l.id === library.id ? library : l)) : [...set.libraries, library];
  const origin = new Map(set.origin).set(library.id, file);
  return { ...set, libraries, origin, catalog: buildCatalog(libraries) };
}
