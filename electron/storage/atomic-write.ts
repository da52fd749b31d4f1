// Atomic file replacement: the bytes go to a temporary file beside the target, are flushed to disk
// (fsync), and only then renamed over the target; the directory is fsynced so the rename itself
// survives a power cut. A crash at any point leaves either the old file or the new one, never a mix.
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';

/** The slice of fs/promises this needs; tests pass a wrapper that fails or stalls half way. */
export interface AtomicFs {
  open(file: string, flags: string): Promise<AtomicHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
}

export interface AtomicHandle {
  write(data: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** Written in chunks so a huge payload does not need one giant syscall and progress is observable. */
const CHUNK = 1 << 20;

/** Temporary names start with the target's name and end in `.vanthu-tmp`, so leftovers are recognisable. */
export function temporaryPathFor(file: string, unique: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${unique}.vanthu-tmp`);
}

async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync (EPERM/EISDIR); NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await nodeFs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function atomicWriteFile(file: string, data: Uint8Array | string, fs: AtomicFs = nodeFs): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const tmp = temporaryPathFor(file, `${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`);
  let renamed = false;
  try {
    // 'wx': never follow or reuse an existing file at the temporary name.
    const handle = await fs.open(tmp, 'wx');
    try {
      for (let offset = 0; offset < bytes.length; ) {
        const { bytesWritten } = await handle.write(bytes, offset, Math.min(CHUNK, bytes.length - offset));
        if (bytesWritten <= 0) throw new Error('write returned no progress');
        offset += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
    renamed = true;
    await syncDirectory(path.dirname(file));
  } finally {
    if (!renamed) await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}
