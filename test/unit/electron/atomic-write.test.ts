// A save must never leave a broken draft: the old file survives a process killed half way through a
// write, a full disk, and a failing rename; no temporary file is left behind by a failure we survive.
import { fork } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile } from '../../../electron/storage/atomic-write';
import type { AtomicFs } from '../../../electron/storage/atomic-write';
import { writeDraftFile } from '../../../electron/storage/drafts';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vanthu-atomic-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const OLD = '{"schemaVersion":1,"subject":"bản cũ"}\n';

/** Real fs, except that writes fail with `code` once `failAfter` bytes have been written. */
function failingFs(code: string, failAfter: number, failRename = false): AtomicFs {
  return {
    rename: async (a, b) => {
      if (failRename) throw Object.assign(new Error('rename failed'), { code });
      await fs.rename(a, b);
    },
    rm: (f, o) => fs.rm(f, o),
    async open(file, flags) {
      const handle = await fs.open(file, flags);
      let total = 0;
      return {
        async write(data, offset, length) {
          if (total >= failAfter) throw Object.assign(new Error('disk full'), { code });
          const r = await handle.write(data, offset, length);
          total += r.bytesWritten;
          return r;
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

describe('atomicWriteFile', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const target = path.join(dir, 'cv.vanthu');
    await fs.writeFile(target, OLD);
    await atomicWriteFile(target, 'mới ✓');
    expect(await fs.readFile(target, 'utf8')).toBe('mới ✓');
    expect(await fs.readdir(dir)).toEqual(['cv.vanthu']);
  });

  it('keeps the old draft when the disk fills half way, and cleans up', async () => {
    const target = path.join(dir, 'cv.vanthu');
    await fs.writeFile(target, OLD);
    const big = 'y'.repeat(3 * 1024 * 1024);
    await expect(atomicWriteFile(target, big, failingFs('ENOSPC', 1))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fs.readFile(target, 'utf8')).toBe(OLD);
    expect(await fs.readdir(dir)).toEqual(['cv.vanthu']);
  });

  it('keeps the old draft when the rename fails', async () => {
    const target = path.join(dir, 'cv.vanthu');
    await fs.writeFile(target, OLD);
    await expect(atomicWriteFile(target, 'mới', failingFs('EBUSY', Infinity, true))).rejects.toMatchObject({ code: 'EBUSY' });
    expect(await fs.readFile(target, 'utf8')).toBe(OLD);
    expect(await fs.readdir(dir)).toEqual(['cv.vanthu']);
  });

  it('reports a failed draft save in Vietnamese naming the file, never throwing', async () => {
    const target = path.join(dir, 'không-có-thư-mục', 'cv.vanthu');
    const r = await writeDraftFile(target, OLD);
    expect(r).toEqual({ ok: false, error: `Không ghi được tệp “cv.vanthu” (${target}): thư mục không còn tồn tại.` });
  });

  it('keeps the old draft intact when the saving process is killed half way through the write', async () => {
    const target = path.join(dir, 'cv.vanthu');
    await fs.writeFile(target, OLD);
    const child = fork(path.join(import.meta.dirname, 'fixtures', 'stall-mid-write.ts'), [target, String(4 * 1024 * 1024)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const progress = await new Promise<{ tmp?: string; written?: number; done?: boolean }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as { tmp: string; written: number }));
      child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    expect(progress.done).toBeUndefined();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    // The kill really happened mid-save: a partial temporary file is on disk…
    const tmp = progress.tmp as string;
    expect(path.dirname(tmp)).toBe(dir);
    const partial = await fs.stat(tmp);
    expect(partial.size).toBeGreaterThan(0);
    expect(partial.size).toBeLessThan(4 * 1024 * 1024);
    // …and the draft itself is exactly the old one, still valid JSON.
    const after = await fs.readFile(target, 'utf8');
    expect(after).toBe(OLD);
    expect(() => JSON.parse(after)).not.toThrow();

    // The next save succeeds beside the leftover and replaces the draft completely.
    await atomicWriteFile(target, '{"schemaVersion":1}\n');
    expect(await fs.readFile(target, 'utf8')).toBe('{"schemaVersion":1}\n');
  });
});
