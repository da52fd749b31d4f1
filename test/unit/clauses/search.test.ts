// Search ranking on the clerks' real queries (no diacritics, typos, "24/7"), on the shipped library,
// plus the ranking rules on a tiny collection where the expected order is unambiguous.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, LibrarySchema, searchClauses } from '../../../core/clauses';
import { buildSearchIndex, search } from '../../../core/search/index';
import { foldVietnamese, tokenize } from '../../../core/search/normalize';
import { withinOneEdit } from '../../../core/search/typo';

const library = LibrarySchema.parse(JSON.parse(readFileSync(path.resolve(__dirname, '../../../templates/clauses/an-toan-thong-tin.json'), 'utf8')));
const catalog = buildCatalog([library]);
const ids = (q: string, limit = 5) => searchClauses(catalog, q, { limit }).map((h) => h.entry.clause.id);
const titles = (q: string, limit = 5) => searchClauses(catalog, q, { limit }).map((h) => h.entry.clause.title);

describe('folding and tokens', () => {
  it('removes marks, maps đ, and treats NFC and NFD alike', () => {
    expect(foldVietnamese('Đảm bảo AN TOÀN thông tin')).toBe('dam bao an toan thong tin');
    expect(foldVietnamese('mã độc'.normalize('NFD'))).toBe(foldVietnamese('mã độc'));
  });
  it('keeps 24/7 and phone numbers whole, with their parts for the index', () => {
    expect(tokenize('truc 24/7.', false)).toEqual(['truc', '24/7']);
    expect(tokenize('0869.100.317')).toEqual(['0869.100.317', '0869', '100', '317']);
  });
  it('counts one edit: substitution, insertion, deletion, adjacent swap', () => {
    expect(withinOneEdit('thong', 'thogn')).toBe(true);
    expect(withinOneEdit('tin', 'tim')).toBe(true);
    expect(withinOneEdit('hong', 'hongg')).toBe(true);
    expect(withinOneEdit('abc', 'bca')).toBe(false);
  });
});

describe('ranking rules', () => {
  const index = buildSearchIndex([
    { title: 'Báo cáo định kỳ', body: 'Phòng, chống mã độc trên máy trạm.' },
    { title: 'Phòng, chống mã độc', body: 'Cài đặt phần mềm.' },
    { title: 'Mã hóa dữ liệu', body: 'Sao lưu độc lập.' },
    { title: 'Trực 24/7', body: 'Giám sát liên tục.' },
  ]);
  it('puts a title match above a body match', () => {
    // 2 holds both words apart ("Mã hóa", "độc lập"): below the body that holds the phrase.
    expect(search(index, 'ma doc').map((h) => h.index)).toEqual([1, 0, 2]);
  });
  it('puts a whole word above a prefix, and completes the word being typed', () => {
    const words = buildSearchIndex([{ title: 'Mạng lưới viễn thông', body: '' }, { title: 'Mã độc', body: '' }]);
    expect(search(words, 'ma').map((h) => h.index)).toEqual([1, 0]);
    expect(search(index, 'mã h')[0]?.index).toBe(2);
  });
  it('tolerates one typo but ranks it below exact matches', () => {
    expect(search(index, 'giam sta')[0]?.index).toBe(3);
    expect(search(index, 'chongg').map((h) => h.index)).toEqual([1, 0]);
  });
  it('requires every word and returns nothing for nonsense', () => {
    expect(search(index, 'ma doc zzzz')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('real queries on the shipped library', () => {
  it('"an toan thong tin" finds clauses titled with the phrase first', () => {
    for (const t of titles('an toan thong tin')) expect(foldVietnamese(t)).toContain('an toan thong tin');
  });
  it('"ma doc" finds malware clauses', () => {
    const top = ids('ma doc', 3);
    expect(top).toContain('attt.ma-doc-tap-trung');
    expect(top).toContain('attt.boc-go-ma-doc-botnet');
    for (const t of titles('ma doc', 3)) expect(foldVietnamese(t)).toContain('ma doc');
  });
  it('"truc 24/7" finds the 24/7 monitoring clauses', () => {
    const top = ids('truc 24/7', 3);
    expect(top).toEqual(expect.arrayContaining(['attt.truc-24-7', 'attt.giam-sat-bao-ve', 'attt.giam-sat-tap-trung']));
  });
  it('tolerates a typo and other clerks\' wording', () => {
    expect(ids('cap nhat ban vaa', 1)).toEqual(['attt.cap-nhat-ban-va']);
    expect(ids('tin nhan rac', 1)).toEqual(['ld.tin-nhan-cuoc-goi-rac']);
    expect(ids('botnet', 2)).toEqual(expect.arrayContaining(['attt.boc-go-ma-doc-botnet']));
    expect(ids('VNCERT', 1)).toEqual(['attt.lien-he-quoc-gia']);
  });
  it('filters by category and by the recipients\' roles', () => {
    expect(searchClauses(catalog, 'lua dao', { category: 'ngan-hang' }).every((h) => h.entry.clause.category === 'ngan-hang')).toBe(true);
    const agenciesOnly = searchClauses(catalog, 'lua dao', { roles: new Set(['tat-ca'] as const) }).map((h) => h.entry.clause.id);
    expect(agenciesOnly).toContain('ld.tuyen-truyen');
    expect(agenciesOnly).not.toContain('ld.tin-nhan-cuoc-goi-rac');
  });
});
