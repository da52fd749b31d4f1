// The lock file (vanthu-library.lock.json, beside the libraries) records each clause's version and a
// hash of its content as of the last accepted check. Comparing against it catches the two mistakes a
// maintainer makes by hand: a version that went backwards, and a text changed without a new version
// (clerks would never be told about it). `vanthu library check DIR --update-lock` rewrites it.
import { z } from 'zod';
import type { Clause } from './model';

export const LOCK_FILE = 'vanthu-library.lock.json';

export const LockSchema = z.object({
  kind: z.literal('library-lock'),
  schemaVersion: z.literal(1),
  clauses: z.record(z.string(), z.object({ version: z.number().int().min(1), hash: z.string() })),
});
export type LibraryLock = z.infer<typeof LockSchema>;

/** FNV-1a (32-bit, hex): enough to notice an edit; not a security measure. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** What a clerk would see change: title, text and variables (not notes or keywords). */
export const clauseHash = (c: Clause): string => fnv1a(JSON.stringify([c.title, c.body, c.variables]));

export function buildLock(clauses: readonly Clause[]): LibraryLock {
  const entries = [...clauses].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((c) => [c.id, { version: c.version, hash: clauseHash(c) }] as const);
  return { kind: 'library-lock', schemaVersion: 1, clauses: Object.fromEntries(entries) };
}

export function parseLock(text: string): LibraryLock | null {
  try {
    const parsed = LockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
