// What the first window shows, decided once from the command line: the named .vanthu file (or a
// Vietnamese message when it cannot be read — the renderer then starts blank and shows it), the
// built-in sample for `--sample`, otherwise a blank letter.
import type { StartupDocument } from '../core/platform/contract';
import type { LaunchRequest } from './launch-args';
import { readDraftFile } from './storage/drafts';

export async function resolveStartup(request: LaunchRequest): Promise<StartupDocument> {
  if (request.file !== null) {
    const read = await readDraftFile(request.file);
    return read.ok ? { kind: 'file', file: read.value } : { kind: 'error', message: read.error };
  }
  return request.sample ? { kind: 'sample' } : { kind: 'blank' };
}
