// `vanthu export --pdf`: the draft goes DOCX → PDF through LibreOffice and the PDF is written.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/cli/commands/export';
import type { CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/main';
import { DRAFTS_DIR } from '../unit/docx/fixtures';

describe.skipIf(!findSoffice())(`vanthu export --pdf${findSoffice() ? '' : ' — skipped: soffice (libreoffice-writer) is not installed'}`, () => {
  it('writes a PDF to -o and exits 0', async () => {
    const written = new Map<string, Uint8Array | string>();
    const io: CliIo = {
      out: () => undefined,
      error: () => undefined,
      readFile: async (f) => new Uint8Array(await fs.readFile(f)),
      writeFile: async (f, d) => void written.set(f, d),
      readStdin: async () => new Uint8Array(),
      cwd: DRAFTS_DIR,
    };
    expect(await runCli(['export', 'seed-004.vanthu', '--pdf', '-o', 'seed-004.pdf'], io)).toBe(0);
    const pdf = written.get(path.join(DRAFTS_DIR, 'seed-004.pdf')) as Uint8Array;
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');

    // "-o seed-004.docx --pdf": the PDF is not saved under a .docx name, where Word could not open it.
    written.clear();
    expect(await runCli(['export', 'seed-004.vanthu', '--pdf', '-o', 'seed-004.docx'], io)).toBe(0);
    expect([...written.keys()]).toEqual([path.join(DRAFTS_DIR, 'seed-004.pdf')]);
  });
});
