// A clerk's most common source is a PDF: the letter printed, then copied out with pdftotext (-layout
// keeps the two columns and the first-line indents side by side; plain mode gives the cells one after
// another) or a PDF viewer. Every fixture's careful reading is printed as our DOCX, turned into a PDF
// by LibreOffice, read back with pdftotext in both modes, and imported; each field is compared with
// what the page really shows (printed-letters.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/cli/commands/export';
import { letterNames, printLetters, scoreReadBack } from './printed-letters';

const soffice = findSoffice();
const poppler = existsSync('/usr/bin/pdftotext');
const MODES = { layout: ['-layout'], plain: [] } as const;
type Mode = keyof typeof MODES;

const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-import-printed-'));
const texts: Record<Mode, Map<string, string>> = { layout: new Map(), plain: new Map() };

describe.skipIf(!soffice || !poppler)(
  `importing the fixtures printed to PDF${soffice && poppler ? '' : ' — skipped: soffice (libreoffice-writer) or pdftotext (poppler-utils) is not installed'}`,
  () => {
    beforeAll(async () => {
      await printLetters(letterNames, dir, soffice as string);
      for (const name of letterNames) {
        for (const [mode, args] of Object.entries(MODES) as Array<[Mode, readonly string[]]>) {
          texts[mode].set(name, execFileSync('pdftotext', [...args, '-enc', 'UTF-8', path.join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }));
        }
      }
    }, 300_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    // Floors from the measurement in test/fixtures/letters/README.md (layout 1,064/1,100, plain
    // 1,028/1,100); most misses left are a titled clause that only bold told apart.
    it.each([
      ['layout', 0.95],
      ['plain', 0.92],
    ] as const)('pdftotext %s: at least a share of %s of the fields read right, none invented', (mode, floor) => {
      const { total, misses } = scoreReadBack(texts[mode]);
      expect(misses.filter((m) => m.invented)).toEqual([]);
      expect((total - misses.length) / total, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(floor);
    });

    it('reads the five seeds printed with -layout right in every field but the bold', () => {
      const seeds = scoreReadBack(texts.layout).misses.filter((m) => m.letter.startsWith('seed-'));
      expect(seeds.filter((m) => m.field !== 'body.text' && m.field !== 'body.structure')).toEqual([]);
    });
  },
);
