// The version update flow. A draft records, on each block inserted from a library, the clause id and
// version (core/letter/extensions/clause-ref.ts). When the loaded library holds a newer version, the
// editor marks the clause, shows a word-level difference between the clerk's text and the new
// version (rendered with the same variable values), and lets the clerk take it or keep theirs.
import type { Block, Letter } from '../letter/types';
import { plainText } from '../letter/inline';
import type { CatalogEntry, ClauseCatalog } from './catalog';
import { renderClause } from './catalog';
import type { DiffOp } from './diff';
import { isUnchanged, wordDiff } from './diff';
import type { HistoryEntry } from './model';
import type { InsertLevel } from './template';

export interface ClauseUpdate {
  /** Field path of the first block of the inserted clause: "body.3", "body.2.children.1". */
  path: string;
  /** Path of the sibling list and the range [start, start + count) the clause occupies in it. */
  listPath: string;
  start: number;
  count: number;
  id: string;
  fromVersion: number;
  toVersion: number;
  /** Change notes of the versions after the one inserted, oldest first. */
  notes: HistoryEntry[];
  current: string;
  proposed: string;
  diff: DiffOp[];
  /** True when the clerk's text equals the new version already (only the recorded version is old). */
  sameText: boolean;
  /** The new version's blocks, placed at the level the clerk's copy has. */
  replacement: Block[];
}

const textOf = (blocks: readonly Block[]): string => {
  const lines: string[] = [];
  const walk = (bs: readonly Block[]) => {
    for (const b of bs) {
      lines.push(plainText(b.content));
      if (b.kind === 'item') walk(b.children);
    }
  };
  walk(blocks);
  return lines.join('\n');
};

function changeNotes(entry: CatalogEntry, after: number): HistoryEntry[] {
  const notes = entry.clause.history.filter((h) => h.version > after);
  return [...notes, { version: entry.clause.version, note: entry.clause.changeNote }];
}

/** Every inserted clause in the letter whose library now has a newer version. */
export function findClauseUpdates(letter: Letter, catalog: ClauseCatalog): ClauseUpdate[] {
  const out: ClauseUpdate[] = [];
  const visit = (list: readonly Block[], listPath: string) => {
    let i = 0;
    while (i < list.length) {
      const block = list[i] as Block;
      const ref = block.clause;
      // Consecutive siblings carrying the same reference are one inserted clause.
      let count = 1;
      while (ref && i + count < list.length && list[i + count]?.clause?.id === ref.id && list[i + count]?.clause?.version === ref.version) count += 1;
      const entry = ref ? catalog.byId.get(ref.id) : undefined;
      if (ref && entry && entry.clause.version > ref.version) {
        const mine = list.slice(i, i + count);
        // Same level as the clerk's copy: the clause may have been inserted as a point or a dash.
        const level: InsertLevel = block.kind === 'item' ? block.level : 'paragraph';
        const replacement = renderClause(entry, ref.values ?? {}, level).blocks;
        const current = textOf(mine);
        const proposed = textOf(replacement);
        const diff = wordDiff(current, proposed);
        out.push({
          path: `${listPath}.${i}`,
          listPath,
          start: i,
          count,
          id: ref.id,
          fromVersion: ref.version,
          toVersion: entry.clause.version,
          notes: changeNotes(entry, ref.version),
          current,
          proposed,
          diff,
          sameText: isUnchanged(diff),
          replacement,
        });
      }
      for (let k = i; k < i + count; k += 1) {
        const b = list[k] as Block;
        if (b.kind === 'item') visit(b.children, `${listPath}.${k}.children`);
      }
      i += count;
    }
  };
  visit(letter.body, 'body');
  return out;
}

/** Applies a change to the sibling list at `listPath` (immutably). */
function editList(letter: Letter, listPath: string, edit: (list: Block[]) => Block[]): Letter {
  const steps = listPath.split('.').slice(1); // after "body": index, "children", index, "children"…
  const rec = (list: readonly Block[], rest: string[]): Block[] => {
    if (rest.length === 0) return edit([...list]);
    const [index, , ...tail] = rest;
    return list.map((b, k) => (k === Number(index) && b.kind === 'item' ? { ...b, children: rec(b.children, tail) } : b));
  };
  return { ...letter, body: rec(letter.body, steps) };
}

/** Replaces the clerk's copy with the new version (same values, same level). */
export function takeUpdate(letter: Letter, update: ClauseUpdate): Letter {
  return editList(letter, update.listPath, (list) => {
    list.splice(update.start, update.count, ...update.replacement);
    return list;
  });
}

/** Keeps the clerk's text and records that the new version was seen, so the mark goes away. */
export function keepMine(letter: Letter, update: ClauseUpdate): Letter {
  return editList(letter, update.listPath, (list) =>
    list.map((b, k) => (k >= update.start && k < update.start + update.count && b.clause ? { ...b, clause: { ...b.clause, version: update.toVersion } } : b)),
  );
}
