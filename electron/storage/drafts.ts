// Reading and writing .vanthu files and the library folders. Text only: the renderer restores
// drafts through core/letter (restoreLetter), which is where their content is judged.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { err, ok } from '../../core/result';
import type { Result } from '../../core/result';
import type { DraftFile, LibraryFile } from '../../core/platform/contract';
import { atomicWriteFile } from './atomic-write';
import { describeFsError } from './fs-messages';

/** Far beyond any real draft; refuses to pull a wrongly chosen huge file into memory. */
export const MAX_DRAFT_BYTES = 50 * 1024 * 1024;
const MAX_LIBRARY_BYTES = 10 * 1024 * 1024;

export const DRAFT_EXTENSION = '.vanthu';

export function withDraftExtension(file: string): string {
  return path.extname(file).toLowerCase() === DRAFT_EXTENSION ? file : `${file}${DRAFT_EXTENSION}`;
}

async function readTextFile(file: string, limit: number): Promise<Result<string, string>> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return err(`“${path.basename(file)}” (${file}) là một thư mục, không phải tệp.`);
    if (stat.size > limit) return err(`Tệp “${path.basename(file)}” quá lớn (${Math.round(stat.size / 1048576)} MB) để là một bản nháp.`);
    return ok(await fs.readFile(file, 'utf8'));
  } catch (e) {
    return err(describeFsError(e, file, 'đọc'));
  }
}

export async function readDraftFile(file: string): Promise<Result<DraftFile, string>> {
  const absolute = path.resolve(file);
  const text = await readTextFile(absolute, MAX_DRAFT_BYTES);
  return text.ok ? ok({ path: absolute, name: path.basename(absolute), text: text.value }) : text;
}

export async function writeDraftFile(file: string, text: string): Promise<Result<DraftFile, string>> {
  const absolute = path.resolve(file);
  try {
    await atomicWriteFile(absolute, text);
    return ok({ path: absolute, name: path.basename(absolute), text });
  } catch (e) {
    return err(describeFsError(e, absolute, 'ghi'));
  }
}

export async function writeBytes(file: string, bytes: Uint8Array): Promise<Result<{ path: string }, string>> {
  try {
    await atomicWriteFile(file, bytes);
    return ok({ path: file });
  } catch (e) {
    return err(describeFsError(e, file, 'ghi'));
  }
}

/**
 * Every *.json file in the given folders, sorted by path. An unreadable folder or file is returned as
 * an entry with `error` (and empty text), so one offline network share does not hide the others.
 */
export async function readLibraryFolders(folders: string[]): Promise<LibraryFile[]> {
  const out: LibraryFile[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = (await fs.readdir(folder)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
    } catch (e) {
      out.push({ path: folder, text: '', error: describeFsError(e, folder, 'đọc').replace('tệp', 'thư mục') });
      continue;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      const text = await readTextFile(file, MAX_LIBRARY_BYTES);
      out.push(text.ok ? { path: file, text: text.value } : { path: file, text: '', error: text.error });
    }
  }
  return out;
}
