// Numbered migrations: migrations[n] turns a raw draft of schemaVersion n into n + 1.
// Old drafts always open; a draft from a newer app is refused (never silently truncated).
import { CURRENT_SCHEMA_VERSION } from './types';

export type RawDraft = Record<string, unknown>;
export type Migration = (draft: RawDraft) => RawDraft;

/**
 * Version 1 is the first public format, so no migration exists yet. When v2 arrives, add
 * `1: (d) => ({ ...d, schemaVersion: 2, ... })` here and a fixture of a v1 draft to the tests.
 */
export const migrations: Readonly<Record<number, Migration>> = {};

export type MigrationOutcome =
  | { kind: 'migrated'; draft: RawDraft; from: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown'; version: unknown };

export function migrate(draft: RawDraft, table: Readonly<Record<number, Migration>> = migrations, current: number = CURRENT_SCHEMA_VERSION): MigrationOutcome {
  const version = draft.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'unknown', version };
  if (version > current) return { kind: 'newer', version };
  let next = draft;
  for (let v = version; v < current; v += 1) {
    const step = table[v];
    if (!step) return { kind: 'unknown', version };
    next = step(next);
  }
  return { kind: 'migrated', draft: next, from: version };
}
