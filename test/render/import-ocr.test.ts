// The seeds are scans read by OCR: the shape the importer meets most. The five seed readings are
// printed as our DOCX, rendered at 300 dpi and read back with tesseract (Vietnamese, one block of
// lines per page, as a scanner's OCR gives them), then imported and scored against what the page
// shows (printed-letters.ts). OCR's own letter errors ("TÍNH" for "TỈNH") cost text fields; the
// floor is set below the measured score so that only a change in the importer's reading can fail it.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/cli/commands/export';
import { letterNames, printLetters, scoreReadBack } from './printed-letters';

const run = promisify(execFile);
const soffice = findSoffice();
const tesseract = existsSync('/usr/bin/tesseract') && existsSync('/usr/bin/pdftoppm') && /^vie$/m.test(execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8' }));
const SEEDS = letterNames.filter((n) => n.startsWith('seed-'));
const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-import-ocr-'));
const texts = new Map<string, string>();

async function ocr(name: string): Promise<string> {
  await run('pdftoppm', ['-r', '300', '-png', path.join(dir, `${name}.pdf`), path.join(dir, `${name}-page`)]);
  const pages = readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-page`) && f.endsWith('.png'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const read = await Promise.all(
    pages.map(async (p) => (await run('tesseract', [path.join(dir, p), 'stdout', '-l', 'vie', '--psm', '4'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 1 << 24 })).stdout),
  );
  // A scan's pages, one after the other, as an OCR tool gives them.
  return read.join('\f');
}

describe.skipIf(!soffice || !tesseract)(
  `importing the seeds printed and read back by OCR${soffice && tesseract ? '' : ' — skipped: soffice, pdftoppm or tesseract with Vietnamese (tesseract-ocr-vie) is not installed'}`,
  () => {
    beforeAll(async () => {
      await printLetters(SEEDS, dir, soffice as string);
      for (const name of SEEDS) texts.set(name, await ocr(name));
    }, 300_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    // Measured 87/110 (test/fixtures/letters/README.md); the floor leaves room for another build of
    // tesseract reading a letter differently, not for a lost field.
    it('reads the fields right but for OCR\'s letter errors, none invented', () => {
      const { total, misses } = scoreReadBack(texts);
      expect(total).toBe(110);
      expect(misses.filter((m) => m.invented)).toEqual([]);
      expect(total - misses.length, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(84);
    });
  },
);
