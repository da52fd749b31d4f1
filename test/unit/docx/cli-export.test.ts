// `vanthu export` through the real dispatcher with an in-memory CliIo: drafts are read from the
// fixtures on disk, outputs are captured.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { CliIo } from '../../../electron/cli/io';
import { readDocxPackage } from '../../../core/ooxml/package';
import { DRAFTS_DIR } from './fixtures';
import { sampleLetter, serializeLetter } from '../../../core/letter';
import { addComment } from '../../../core/review/comments';
import { suggestDeletion } from '../../../core/review/suggestions';

function memoryIo(stdin = '') {
  const written = new Map<string, Uint8Array | string>();
  const out: string[] = [];
  const errors: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    error: (t) => errors.push(t),
    readFile: async (f) => new Uint8Array(await fs.readFile(f)),
    writeFile: async (f, d) => {
      written.set(f, d);
    },
    readStdin: async () => new TextEncoder().encode(stdin),
    cwd: DRAFTS_DIR,
  };
  return { io, written, out, errors };
}

/** The sample with one comment on the subject and one suggested deletion in it, by a leader. */
function reviewedSample(): string {
  const actor = { author: { name: 'Trần Văn Bình', title: 'Chánh Văn phòng' }, now: '2026-11-20T09:00:00.000Z' };
  const commented = addComment(sampleLetter(), actor, { path: 'subject', range: { start: 0, end: 9 } }, 'Dùng bảo đảm thay cho đảm bảo.');
  if (!commented.ok) throw new Error(commented.error);
  const suggested = suggestDeletion(commented.value.letter, actor, 'subject', 10, 17);
  if (!suggested.ok) throw new Error(suggested.error);
  return serializeLetter(suggested.value.letter);
}

describe('vanthu export', () => {
  it('--review writes comments and tracked changes with author and date; without it, the clean letter', async () => {
    const withReview = memoryIo(reviewedSample());
    expect(await runCli(['export', '-', '-o', 'r.docx', '--review'], withReview.io)).toBe(0);
    const reviewed = await readDocxPackage(withReview.written.get(path.join(DRAFTS_DIR, 'r.docx')) as Uint8Array);
    if (!reviewed.ok) throw new Error(reviewed.error);
    expect(reviewed.value.text('word/comments.xml')).toContain('Dùng bảo đảm thay cho đảm bảo.');
    const xml = reviewed.value.text('word/document.xml') ?? '';
    expect(xml).toMatch(/<w:del [^>]*w:author="Trần Văn Bình"[^>]*>/);
    expect(xml).toContain('<w:commentRangeStart');

    const plain = memoryIo(reviewedSample());
    expect(await runCli(['export', '-', '-o', 'p.docx'], plain.io)).toBe(0);
    const clean = await readDocxPackage(plain.written.get(path.join(DRAFTS_DIR, 'p.docx')) as Uint8Array);
    if (!clean.ok) throw new Error(clean.error);
    expect(clean.value.text('word/comments.xml')).toBeNull();
    expect(clean.value.text('word/document.xml')).not.toContain('<w:del ');
  });

  it('"-o thu.pdf" without --pdf writes the DOCX as thu.docx and says so, never DOCX bytes under a .pdf name', async () => {
    const m = memoryIo();
    expect(await runCli(['export', 'seed-004.vanthu', '-o', 'thu.pdf'], m.io)).toBe(0);
    expect([...m.written.keys()]).toEqual([path.join(DRAFTS_DIR, 'thu.docx')]);
    expect(m.errors.join('\n')).toContain('thu.docx thay cho thu.pdf');
    expect(m.out.join('\n')).toContain('Đã xuất thu.docx');
  });

  it('exports a draft to the -o file and exits 0', async () => {
    const m = memoryIo();
    const code = await runCli(['export', 'seed-000.vanthu', '-o', 'out.docx'], m.io);
    expect(code).toBe(0);
    const bytes = m.written.get(path.join(DRAFTS_DIR, 'out.docx'));
    expect(bytes).toBeInstanceOf(Uint8Array);
    const pkg = await readDocxPackage(bytes as Uint8Array);
    expect(pkg.ok).toBe(true);
    expect(m.out.join('\n')).toContain('Đã xuất out.docx');
    expect(m.errors).toEqual([]);
  });

  it('defaults the output name to the draft\'s, and prints export warnings', async () => {
    const m = memoryIo();
    expect(await runCli(['export', 'seed-003.vanthu', '--profile', 'government'], m.io)).toBe(0);
    expect([...m.written.keys()]).toEqual([path.join(DRAFTS_DIR, 'seed-003.docx')]);
    expect(m.errors.join('\n')).toMatch(/^Cảnh báo: body: .*\.\/\./m);
  });

  it('exports a letter with format errors but names each one', async () => {
    const draft = JSON.parse(await fs.readFile(path.join(DRAFTS_DIR, 'seed-000.vanthu'), 'utf8'));
    draft.date = { day: 31, month: 2, year: 2022 };
    const m = memoryIo(JSON.stringify(draft));
    expect(await runCli(['export', '-', '-o', 'feb.docx'], m.io)).toBe(0);
    expect(m.written.size).toBe(1);
    expect(m.errors.join('\n')).toMatch(/^Lỗi thể thức: .*\[date-valid\]$/m);
    expect(m.errors.join('\n')).toContain('vanthu check -');
  });

  it('reads the draft from stdin with "-"', async () => {
    const m = memoryIo(await fs.readFile(path.join(DRAFTS_DIR, 'seed-002.vanthu'), 'utf8'));
    expect(await runCli(['export', '-', '-o', 'x.docx'], m.io)).toBe(0);
    expect(m.written.size).toBe(1);
  });

  it('refuses a bad draft with non-zero exit and restoreLetter\'s Vietnamese messages, writing nothing', async () => {
    const draft = JSON.parse(await fs.readFile(path.join(DRAFTS_DIR, 'seed-000.vanthu'), 'utf8'));
    draft.date.month = 13;
    delete draft.symbol;
    const m = memoryIo(JSON.stringify(draft));
    const code = await runCli(['export', '-', '-o', 'bad.docx'], m.io);
    expect(code).not.toBe(0);
    const text = m.errors.join('\n');
    expect(text).toContain('bản nháp không hợp lệ');
    expect(text).toContain('date.month: tháng phải từ 1 đến 12');
    expect(text).toMatch(/symbol: /);
    expect(text).not.toMatch(/\bat \w+ \(|Error:/);
    expect(m.written.size).toBe(0);
  });

  it('says so in Vietnamese for broken JSON, a missing file, a wrong profile or no draft', async () => {
    const broken = memoryIo('{ "schemaVersion": 1,');
    expect(await runCli(['export', '-', '-o', 'a.docx'], broken.io)).toBe(1);
    expect(broken.errors.join('\n')).toContain('không đọc được JSON');

    const missing = memoryIo();
    expect(await runCli(['export', 'khong-co.vanthu'], missing.io)).toBe(1);
    expect(missing.errors.join('\n')).toContain('khong-co.vanthu: không tìm thấy tệp.');

    const profile = memoryIo();
    expect(await runCli(['export', 'seed-000.vanthu', '--profile', 'a4-dep'], profile.io)).toBe(2);
    expect(profile.errors.join('\n')).toContain('--profile: không có khổ trình bày "a4-dep"');

    const none = memoryIo();
    expect(await runCli(['export'], none.io)).toBe(2);
    expect(none.errors.join('\n')).toContain('Thiếu tệp bản nháp');
    for (const m of [broken, missing, profile, none]) expect(m.written.size).toBe(0);
  });
});
