// The CLI's contact with the outside world, injected so commands are testable without a terminal.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { atomicWriteFile } from '../storage/atomic-write';

export interface CliIo {
  out(text: string): void;
  error(text: string): void;
  readFile(file: string): Promise<Uint8Array>;
  /** Atomic: written to a temporary file beside the target, then renamed over it. */
  writeFile(file: string, data: Uint8Array | string): Promise<void>;
  readStdin(): Promise<Uint8Array>;
  cwd: string;
}

/** The CLI writes through the same atomic writer as the app (temporary file, fsync, rename, directory fsync). */
export const atomicWrite = (file: string, data: Uint8Array | string): Promise<void> => atomicWriteFile(file, data);

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  error: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: async (file) => new Uint8Array(await fs.readFile(file)),
  writeFile: atomicWrite,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
    return new Uint8Array(Buffer.concat(chunks));
  },
  cwd: process.cwd(),
};

/** Reads a file and says so in Vietnamese when it cannot. */
export async function readInput(io: CliIo, file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  try {
    return { ok: true, bytes: file === '-' ? await io.readStdin() : await io.readFile(path.resolve(io.cwd, file)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EISDIR' ? 'đây là một thư mục' : code === 'EACCES' ? 'không có quyền đọc' : 'không đọc được tệp';
    return { ok: false, message: `${file}: ${reason}.` };
  }
}
