// One small JSON file in userData, read as untrusted input (zod) and written atomically.
// Used for settings, recent files and the recovery entry.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { err, ok } from '../../core/result';
import type { Result } from '../../core/result';
import { atomicWriteFile } from './atomic-write';
import { describeFsError } from './fs-messages';

export type JsonRead<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; value: T }
  /** The file exists but is not valid JSON of the expected shape. */
  | { kind: 'corrupt'; detail: string };

export async function readJsonFile<T>(file: string, schema: z.ZodType<T>): Promise<Result<JsonRead<T>, string>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ok({ kind: 'missing' });
    return err(describeFsError(e, file, 'đọc'));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return ok({ kind: 'corrupt', detail: e instanceof Error ? e.message : String(e) });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return ok({ kind: 'corrupt', detail: parsed.error.issues.map((i) => i.path.join('.')).join(', ') });
  return ok({ kind: 'ok', value: parsed.data });
}

export async function writeJsonFile(file: string, value: unknown): Promise<Result<void, string>> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await atomicWriteFile(file, `${JSON.stringify(value, null, 2)}\n`);
    return ok(undefined);
  } catch (e) {
    return err(describeFsError(e, file, 'ghi'));
  }
}

/** Moves a corrupt file aside (kept for diagnosis) so it is reported once, not at every start. */
export async function setAside(file: string, stamp: string): Promise<void> {
  await fs.rename(file, `${file}.corrupt-${stamp.replace(/[:.]/g, '-')}`).catch(() => fs.rm(file, { force: true }));
}
