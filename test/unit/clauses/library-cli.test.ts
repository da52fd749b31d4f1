// `vanthu library check|list|search` on fixture folders: each broken file yields a Vietnamese message
// with its file and line; broken files are skipped by list/search; --update-lock writes the lock.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryCommand } from '../../../electron/cli/commands/library';
import type { CliIo } from '../../../electron/cli/io';
import { atomicWrite } from '../../../electron/cli/io';
import { jsonLineMap, lineOf } from '../../../core/clauses';

const FIXTURES = path.resolve(__dirname, '../../fixtures/libraries');

async function run(argv: string[], cwd = FIXTURES): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => void (out += `${t}\n`),
    error: (t) => void (err += `${t}\n`),
    readFile: async (f) => new Uint8Array(readFileSync(f)),
    writeFile: atomicWrite,
    readStdin: async () => new Uint8Array(),
    cwd,
  };
  const code = await libraryCommand.run(argv, io);
  return { code, out, err };
}

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

describe('vanthu library check', () => {
  it('accepts a good folder', async () => {
    const r = await run(['check', 'good']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('Đã kiểm tra 1 tệp: không có lỗi.');
  });

  it('reports every broken file with its file and line', async () => {
    const r = await run(['check', 'broken']);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    const has = (re: RegExp) => expect(lines.some((l) => re.test(l)), `${re} in\n${r.err}`).toBe(true);
    has(/^broken\/bad-json\.json:6: JSON không hợp lệ/);
    has(/^broken\/schema\.json:15: clauses\.0\.body\.0\.level: cấp mục phải là một trong: section, clause, point, dash, plus$/);
    has(/^broken\/dup-b\.json:9: mã điều khoản "trung\.ma" trùng \(đã có ở broken\/dup-a\.json:9\)$/);
    has(/^broken\/unknown-var\.json:19: clauses\.0\.body\.0\.content\.0\.text: biến \{\{so_dien_thoai\}\} chưa được khai báo$/);
    has(/^broken\/unknown-var\.json:19: .*biến \{\{dip_le\}\} kiểu occasion không có dạng "quy"/);
    has(/^broken\/backwards\.json:10: lui\.phien-ban: phiên bản 2 không lớn hơn phiên bản 3 đã ghi trong lịch sử \(phiên bản đi lùi\)$/);
    has(/^broken\/not-a-library\.json:1: kind phải là một trong/);
    expect(lines.at(-1)).toMatch(/lỗi trong 6 tệp \(đã kiểm tra 7 tệp\)\.$/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/); // no stack traces
  });

  it('compares against the lock file: version went backwards, text changed without a new version', async () => {
    const r = await run(['check', 'locked']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('locked/lib.json:10: khoa.lui: phiên bản đi lùi (tệp khóa ghi 2, tệp này ghi 1)');
    expect(r.err).toContain('locked/lib.json:19: khoa.sua-khong-tang: nội dung đã đổi nhưng phiên bản vẫn là 1');
  });

  it('writes the lock with --update-lock once the folder is clean, and then catches an unbumped edit', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-lib-'));
    temps.push(dir);
    cpSync(path.join(FIXTURES, 'good'), dir, { recursive: true });
    expect((await run(['check', dir, '--update-lock'])).code).toBe(0);
    const lock = JSON.parse(readFileSync(path.join(dir, 'vanthu-library.lock.json'), 'utf8')) as { clauses: Record<string, { version: number }> };
    expect(lock.clauses['mini.truc']?.version).toBe(1);
    const file = path.join(dir, 'mini.json');
    await atomicWrite(file, readFileSync(file, 'utf8').replace('Trực giám sát 24/7', 'Trực, giám sát 24/7'));
    const again = await run(['check', dir]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('mini.truc: nội dung đã đổi nhưng phiên bản vẫn là 1');
  });

  it('explains a missing folder and a missing argument in Vietnamese', async () => {
    expect(await run(['check', 'khong-co'])).toMatchObject({ code: 2, err: 'khong-co: không tìm thấy thư mục.\n' });
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['xoa'])).err).toContain('Không có lệnh con "xoa"');
  });
});

describe('vanthu library list and search', () => {
  it('lists the shipped library by default as {"clauses": [...]}', async () => {
    const r = await run(['list', '--json'], os.tmpdir());
    expect(r.code).toBe(0);
    const { clauses } = JSON.parse(r.out) as { clauses: Array<{ id: string; version: number; title: string; library: string; level: string }> };
    expect(clauses.length).toBeGreaterThanOrEqual(40);
    expect(clauses.find((c) => c.id === 'attt.truc-24-7')).toMatchObject({ version: 1, library: 'an-toan-thong-tin', level: 'point' });
  });

  it('skips broken files, reports them, and keeps the others working', async () => {
    const r = await run(['list', 'broken', '--json']);
    expect(r.code).toBe(0);
    const { clauses } = JSON.parse(r.out) as { clauses: Array<{ id: string }> };
    expect(clauses.map((c) => c.id)).toEqual(expect.arrayContaining(['trung.ma', 'bien.la', 'lui.phien-ban']));
    expect(r.err).toContain('Bỏ qua tệp hỏng broken/bad-json.json');
    expect(r.err).toContain('Bỏ qua tệp hỏng broken/schema.json');
  });

  it('searches as {"results": [...]}, ranked, without diacritics', async () => {
    const r = await run(['search', 'truc', '24/7', '--json', '--limit', '3'], os.tmpdir());
    expect(r.code).toBe(0);
    const { results } = JSON.parse(r.out) as { results: Array<{ id: string; score: number; text: string }> };
    expect(results).toHaveLength(3);
    expect(results.map((x) => x.id)).toContain('attt.truc-24-7');
    for (const x of results) expect(x.text).toContain('24/7');
    expect(results[0]!.score).toBeGreaterThanOrEqual(results[2]!.score);
    const d = await run(['search', 'truc', '--dir', 'good', '--json']);
    expect((JSON.parse(d.out) as { results: Array<{ id: string }> }).results.map((x) => x.id)).toEqual(['mini.truc']);
    expect((await run(['search', '--json'])).code).toBe(2);
  });
});

describe('JSON path → line', () => {
  it('finds values, and the nearest existing ancestor for a missing field', () => {
    const text = '{\n  "a": [\n    { "b": 1 },\n    {\n      "c": "x"\n    }\n  ]\n}\n';
    const map = jsonLineMap(text);
    expect(lineOf(map, ['a', 1, 'c'])).toBe(5);
    expect(lineOf(map, ['a', 0, 'b'])).toBe(3);
    expect(lineOf(map, ['a', 1, 'missing'])).toBe(4);
  });
});
