// `vanthu import` end to end through the CLI dispatcher, with an in-memory CliIo: a letter becomes a
// valid draft with notes; garbage (binary, empty, 5 MB, a recipe, a broken DOCX) gets a clear
// Vietnamese message, a non-zero exit code and no draft — never a stack trace.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../../core/encoding';
import { importText, MAX_TEXT_CHARS, MAX_TEXT_LINES } from '../../../core/importer';
import { parseDraft } from '../../../core/letter';
import type { CliIo } from '../../../electron/cli/io';
import { runCli } from '../../../electron/cli/main';

const seed = (n: string) => readFileSync(path.resolve(__dirname, `../../fixtures/letters/${n}.txt`));

function memoryIo(files: Record<string, Uint8Array | string>, stdin: Uint8Array = new Uint8Array()) {
  const written = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    error: (t) => err.push(t),
    readFile: async (file) => {
      const f = files[path.basename(file)];
      if (f === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    writeFile: async (file, data) => {
      written.set(path.basename(file), typeof data === 'string' ? data : new TextDecoder().decode(data));
    },
    readStdin: async () => stdin,
    cwd: '/tmp',
  };
  return { io, written, out, err };
}

describe('vanthu import', () => {
  it('imports a seed letter into a valid draft with its notes and prints a summary', async () => {
    const m = memoryIo({ 'cv.txt': seed('seed-001') });
    expect(await runCli(['import', 'cv.txt', '-o', 'cv.vanthu'], m.io)).toBe(0);
    const draft = parseDraft(m.written.get('cv.vanthu') ?? '');
    expect(draft.ok).toBe(true);
    if (draft.ok) {
      expect(draft.value.letter.symbol).toBe('UBND-THCB');
      expect(draft.value.letter.importNotes).toContainEqual(expect.objectContaining({ path: 'number', kind: 'missing' }));
    }
    expect(m.err.join('\n')).toMatch(/Đã nhập cv\.txt → cv\.vanthu\nBảng mã: Unicode\nGhi chú: .*thiếu/);
  });

  it('reads a TCVN3 file saved as Windows-1252 bytes and says which encoding it found', async () => {
    const legacy = encodeTcvn3(seed('seed-000').toString('utf8'));
    const bytes = new Uint8Array([...legacy].map((c) => {
      const cp = c.codePointAt(0) ?? 0;
      const high: Record<number, number> = { 0x2013: 0x96, 0x2014: 0x97, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2026: 0x85, 0x20ac: 0x80, 0x201a: 0x82, 0x192: 0x83, 0x201e: 0x84, 0x2020: 0x86, 0x2021: 0x87, 0x2c6: 0x88, 0x2030: 0x89, 0x160: 0x8a, 0x2039: 0x8b, 0x152: 0x8c, 0x17d: 0x8e, 0x2dc: 0x98, 0x2122: 0x99, 0x161: 0x9a, 0x203a: 0x9b, 0x153: 0x9c, 0x17e: 0x9e, 0x178: 0x9f };
      return cp < 0x100 ? cp : (high[cp] ?? 0x3f);
    }));
    const m = memoryIo({ 'cu.txt': bytes });
    expect(await runCli(['import', 'cu.txt', '-o', 'cu.vanthu'], m.io)).toBe(0);
    expect(m.err.join('\n')).toMatch(/Bảng mã: TCVN3/);
    const draft = parseDraft(m.written.get('cu.vanthu') ?? '');
    expect(draft.ok && draft.value.letter.signature.signer).toBe('Nguyễn Duy Hưng');
  });

  it('reads from standard input with "-" and can write the draft to standard output', async () => {
    const m = memoryIo({}, new Uint8Array(seed('seed-002')));
    expect(await runCli(['import', '-', '-o', '-'], m.io)).toBe(0);
    expect(parseDraft(m.out.join('')).ok).toBe(true);
  });

  it.each([
    ['empty', new Uint8Array(), /Tệp trống/],
    ['binary', new Uint8Array(8192).map((_, i) => (i * 131 + 7) % 256), /nhị phân/],
    ['a recipe', new TextEncoder().encode('Gà luộc\n\nNguyên liệu:\n- 1 con gà;\n- muối, gừng.\n\nLuộc gà 30 phút, vớt ra ngâm nước đá./.'), /Không nhận ra đây là một công văn/],
    ['5 MB of text', new TextEncoder().encode('Kính gửi: Sở Y tế. '.repeat(280_000)), /quá dài/],
    ['a broken DOCX', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), /DOCX bị hỏng/],
  ])('refuses %s with a clear message and writes nothing', async (_what, bytes, message) => {
    const m = memoryIo({ 'x.txt': bytes });
    const code = await runCli(['import', 'x.txt', '-o', 'x.vanthu'], m.io);
    expect(code).toBe(1);
    expect(m.err.join('\n')).toMatch(message);
    expect(m.err.join('\n')).not.toMatch(/at .*\.ts:\d+/);
    expect(m.written.size).toBe(0);
  });

  it('explains wrong usage and missing files in Vietnamese', async () => {
    const m = memoryIo({});
    expect(await runCli(['import', 'a.txt'], m.io)).toBe(2);
    expect(m.err[0]).toMatch(/tùy chọn -o/);
    expect(await runCli(['import', 'khong-co.txt', '-o', 'x.vanthu'], m.io)).toBe(1);
    expect(m.err[1]).toMatch(/không tìm thấy tệp/);
  });

  it('the core refuses text over its size limit before doing any work', () => {
    const r = importText('a'.repeat(MAX_TEXT_CHARS + 1), { fallbackYear: 2024 });
    expect(r).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });

  it('reads a letter the same with hundreds of blank lines between its parts and a thousand spaces between its columns', () => {
    const text = seed('haugiang-454-layout').toString('utf8');
    const padded = text.replace(/\n\n/g, `\n${'\n'.repeat(300)}`).replace(/ {6,}/g, ' '.repeat(1000));
    const a = importText(text, { fallbackYear: 2024 });
    const b = importText(padded, { fallbackYear: 2024 });
    if (!a.ok || !b.ok) throw new Error('not read');
    const { importNotes: _a, ...plain } = a.value.letter;
    const { importNotes: _b, ...fromPadded } = b.value.letter;
    expect(fromPadded).toEqual(plain);
  });

  it('the core refuses tens of thousands of lines with text (a list, a dump), saying how many, in Vietnamese', () => {
    const r = importText('- Sở Y tế;\n'.repeat(MAX_TEXT_LINES + 1), { fallbackYear: 2024 });
    expect(r).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    if (!r.ok) expect(r.error.message).toMatch(/^Văn bản có 20\.001 dòng chữ: một công văn chỉ vài trăm dòng/);
    // Blank lines are no text: a copy padded with them is still read.
    const padded = importText(`${'\n'.repeat(MAX_TEXT_LINES + 1)}Kính gửi: Sở Y tế.\n\nĐề nghị Sở Y tế thực hiện./.`, { fallbackYear: 2024 });
    expect(padded.ok || padded.error.kind !== 'too-large').toBe(true);
  });
});
