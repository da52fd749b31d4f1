// The loaded libraries as one catalog: clauses by id, each with the variable definitions it sees
// (library-wide ones overridden by its own), the conditions it is offered under, and a search index.
import type { Block, Letter } from '../letter/types';
import type { ClauseRef } from '../letter/extensions/clause-ref';
import { buildSearchIndex, search } from '../search/index';
import type { SearchIndex } from '../search/index';
import type { Clause, ClauseLibrary } from './model';
import type { Defs, FillReport } from './placeholders';
import { blockTexts, emptyReport, fillBlocks, placeholdersIn } from './placeholders';
import { relevel } from './relevel';
import type { InsertLevel } from './template';
import type { RecipientRole } from './roles';
import { rolesOfRecipients } from './roles';
import type { VariableDef } from './variables';

export interface CatalogEntry {
  clause: Clause;
  library: ClauseLibrary;
  /** The definitions of the variables the clause uses, in order of first use. */
  variables: VariableDef[];
  defs: Defs;
}

export interface ClauseCatalog {
  libraries: ClauseLibrary[];
  entries: CatalogEntry[];
  byId: Map<string, CatalogEntry>;
  index: SearchIndex;
}

export function clauseDefs(library: ClauseLibrary, clause: Clause): Defs {
  const defs = new Map<string, VariableDef>();
  for (const v of library.variables) defs.set(v.name, v);
  for (const v of clause.variables) defs.set(v.name, v);
  return defs;
}

/** Variables in the order the text first uses them (the form follows the reading order). */
export function usedVariables(blocks: readonly Block[], defs: Defs): VariableDef[] {
  const seen = new Map<string, VariableDef>();
  for (const text of blockTexts(blocks)) {
    for (const use of placeholdersIn(text)) {
      const def = defs.get(use.name);
      if (def && !seen.has(use.name)) seen.set(use.name, def);
    }
  }
  return [...seen.values()];
}

/** Later libraries do not override an id an earlier one holds (`library check` reports the clash). */
export function buildCatalog(libraries: readonly ClauseLibrary[]): ClauseCatalog {
  const entries: CatalogEntry[] = [];
  const byId = new Map<string, CatalogEntry>();
  for (const library of libraries) {
    for (const clause of library.clauses) {
      if (byId.has(clause.id)) continue;
      const defs = clauseDefs(library, clause);
      const entry = { clause, library, defs, variables: usedVariables(clause.body, defs) };
      entries.push(entry);
      byId.set(clause.id, entry);
    }
  }
  const categoryTitle = new Map(libraries.flatMap((l) => l.categories.map((c) => [c.id, c.title] as const)));
  const index = buildSearchIndex(
    entries.map((e) => ({
      title: e.clause.title,
      keywords: [...e.clause.keywords, categoryTitle.get(e.clause.category) ?? ''].join(' '),
      body: blockTexts(e.clause.body).join(' '),
    })),
  );
  return { libraries: [...libraries], entries, byId, index };
}

export interface ClauseSearchOptions {
  limit?: number;
  category?: string;
  /** Only clauses offered for these recipient roles (their condition holds). */
  roles?: ReadonlySet<RecipientRole>;
}

export function isOffered(clause: Clause, roles: ReadonlySet<RecipientRole> | undefined): boolean {
  if (!clause.condition || !roles) return true;
  return clause.condition.recipientRoles.some((r) => roles.has(r));
}

/** Ranked clauses for a query; an empty query lists the catalog in library order. */
export function searchClauses(catalog: ClauseCatalog, query: string, options: ClauseSearchOptions = {}): Array<{ entry: CatalogEntry; score: number }> {
  const limit = options.limit ?? 50;
  const keep = (e: CatalogEntry) => (options.category === undefined || e.clause.category === options.category) && isOffered(e.clause, options.roles);
  if (query.trim() === '') return catalog.entries.filter(keep).slice(0, limit).map((entry) => ({ entry, score: 0 }));
  const filtered = options.category !== undefined || options.roles !== undefined;
  const hits = search(catalog.index, query, filtered ? Math.max(limit * 4, 200) : limit);
  return hits
    .map((h) => ({ entry: catalog.entries[h.index] as CatalogEntry, score: h.score }))
    .filter((h) => keep(h.entry))
    .slice(0, limit);
}

export interface RenderedClause {
  blocks: Block[];
  report: FillReport;
}

/**
 * The clause's blocks ready to insert: variables filled (unfilled ones left as «label»), set at the
 * chosen level, each top-level block carrying the clause id, version and the values used.
 */
export function renderClause(entry: CatalogEntry, values: Readonly<Record<string, string>>, level?: InsertLevel): RenderedClause {
  const report = emptyReport();
  const filled = fillBlocks(entry.clause.body, entry.defs, values, report);
  const used: Record<string, string> = {};
  for (const v of entry.variables) {
    const value = values[v.name];
    if (value !== undefined && value.trim() !== '') used[v.name] = value;
  }
  const ref: ClauseRef = { id: entry.clause.id, version: entry.clause.version, library: entry.library.id, ...(Object.keys(used).length > 0 ? { values: used } : {}) };
  const placed = level ? relevel(filled, level) : filled;
  return { blocks: placed.map((b) => ({ ...b, clause: ref })), report };
}

/** The roles a letter's recipients address (for clause conditions). */
export const letterRoles = (letter: Pick<Letter, 'recipients'>): Set<RecipientRole> => rolesOfRecipients(letter.recipients);
