// `vanthu check`: output shapes, exit codes (0 clean, 1 errors, 2 unusable input) and the phiếu
// kiểm tra, through an in-memory CliIo so that nothing touches the terminal or the disk.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand, parseToday } from '../../../electron/cli/commands/check';
import type { CliIo } from '../../../electron/cli/io';
import { sampleLetter, serializeLetter } from '../../../core/letter';
import { readDocxPackage } from '../../../core/ooxml/package';
import { exported } from './docx-helpers';

interface Captured {
  io: CliIo;
  out: string[];
  err: string[];
  written: Map<string, Uint8Array | string>;
}

function memoryIo(files: Record<string, Uint8Array | string>): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array | string>();
  const io: CliIo = {
    cwd: '/w',
    out: (t) => out.push(t),
    error: (t) => err.push(t),
    readFile: async (f) => {
      const v = files[f];
      if (v === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return typeof v === 'string' ? new TextEncoder().encode(v) : v;
    },
    writeFile: async (f, d) => void written.set(f, d),
    readStdin: async () => new Uint8Array(),
  };
  return { io, out, err, written };
}

const SEED_004 = readFileSync(path.resolve(__dirname, '../../fixtures/check/seeds-as-written/004-thanh-hoa.vanthu'), 'utf8');

describe('vanthu check', () => {
  it('a clean draft: exit 0, a Vietnamese "no finding" line', async () => {
    const c = memoryIo({ '/w/a.vanthu': serializeLetter(sampleLetter()) });
    expect(await checkCommand.run(['a.vanthu', '--today', '2022-04-25'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('Không phát hiện sai sót về thể thức.');
  });

  it('--json prints exactly {"findings": [...]} with the six keys, and exits 1 on errors', async () => {
    const c = memoryIo({ '/w/s.vanthu': SEED_004 });
    expect(await checkCommand.run(['s.vanthu', '--json', '--today', '2020-01-09'], c.io)).toBe(1);
    const parsed = JSON.parse(c.out.join('')) as { findings: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['findings']);
    expect(parsed.findings.length).toBeGreaterThan(0);
    for (const f of parsed.findings) {
      expect(Object.keys(f).filter((k) => k !== 'fix')).toEqual(['rule', 'severity', 'message', 'cite', 'path']);
      expect(['error', 'warning', 'info']).toContain(f.severity);
    }
    expect(parsed.findings.find((f) => f.rule === 'subject-final-stop')?.fix).toBe('Bỏ dấu chấm cuối trích yếu');
  });

  it('only warnings and notes: exit 0', async () => {
    const letter = sampleLetter();
    letter.subject += '.';
    const c = memoryIo({ '/w/w.vanthu': serializeLetter(letter) });
    expect(await checkCommand.run(['w.vanthu', '--today', '2022-04-25'], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/CẢNH BÁO \(1\)/);
  });

  it('checks a DOCX by its signature and writes the phiếu kiểm tra as a DOCX', async () => {
    const c = memoryIo({ '/w/cv.docx': await exported(sampleLetter()) });
    expect(await checkCommand.run(['cv.docx', '--report', 'phieu.docx'], c.io)).toBe(0);
    const phieu = c.written.get('/w/phieu.docx');
    expect(phieu).toBeInstanceOf(Uint8Array);
    const pkg = await readDocxPackage(phieu as Uint8Array);
    expect(pkg.ok && pkg.value.text('word/document.xml')).toContain('PHIẾU KIỂM TRA THỂ THỨC VĂN BẢN');
  });

  it('the phiếu lists each finding of a faulty draft with its citation', async () => {
    const c = memoryIo({ '/w/s.vanthu': SEED_004 });
    await checkCommand.run(['s.vanthu', '--today', '2020-01-09', '--report', 'p.docx'], c.io);
    const pkg = await readDocxPackage(c.written.get('/w/p.docx') as Uint8Array);
    const xml = pkg.ok ? (pkg.value.text('word/document.xml') ?? '') : '';
    expect(xml).toContain('Chưa đạt');
    expect(xml).toContain('Phụ lục I, mục II.9.d');
    expect(xml).toContain('Số, ký hiệu: 4146/UBND-CNTT');
  });

  it.each([
    [['missing.vanthu'], 'không tìm thấy tệp'],
    [['bad.vanthu'], 'không đọc được JSON'],
    [['bin.dat'], 'không phải bản nháp'],
    [['broken.docx'], 'DOCX'],
    [['a.vanthu', '--today', '2022-02-30'], 'YYYY-MM-DD'],
    [['a.vanthu', '--stage', 'final'], '--stage'],
    [['a.vanthu', '--verbose'], '--verbose'],
    [[], 'Cách dùng'],
  ])('unusable input %j: exit 2 with a Vietnamese message', async (argv, text) => {
    const c = memoryIo({ '/w/bad.vanthu': '{bad', '/w/bin.dat': new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), '/w/broken.docx': new Uint8Array([0x50, 0x4b, 1, 2, 3]), '/w/a.vanthu': serializeLetter(sampleLetter()) });
    expect(await checkCommand.run(argv, c.io)).toBe(2);
    expect(c.err.join('\n')).toContain(text);
    expect(c.err.join('\n')).not.toMatch(/at .*\.ts:\d+/);
  });

  it('--today accepts only real dates', () => {
    expect(parseToday('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseToday('2023-02-29')).toBeNull();
    expect(parseToday('25/04/2022')).toBeNull();
  });
});
