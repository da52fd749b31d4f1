// Forms found in the unseen letters of test/fixtures/letters (web pages, PDF text, DOC text), each
// tested on its own: page titles above the header, site captions, loose tone marks, a whole letter on
// one line, a signature without Nơi nhận, a news post that kept only body and Nơi nhận.
import { describe, expect, it } from 'vitest';
import { read } from './read';
import { importText } from '../../../core/importer';
import { dropLooseMarks } from '../../../core/importer/runon';

const HEADER = `UBND TỈNH BÌNH DƯƠNG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1802/SGDĐT-VP
V/v phòng chống lụt, bão
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 06 tháng 11 năm 2013

Kính gửi: Phòng GDĐT các huyện.

Đề nghị các đơn vị chủ động phòng chống bão./.`;

describe('web copies', () => {
  it('a page title "Về việc …" above the header is dropped, the agency and the letter\'s own V/v are read', () => {
    const { letter, notes } = read(`Về việc phòng chống lụt, bão năm 2013\n\n${HEADER}`);
    expect(letter.agency).toEqual({ parent: 'UBND TỈNH BÌNH DƯƠNG', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' });
    expect(letter.subject).toBe('phòng chống lụt, bão');
    expect(notes).toContainEqual(expect.objectContaining({ path: 'header', kind: 'dropped', source: 'Về việc phòng chống lụt, bão năm 2013' }));
  });

  it('a "Về việc" subject with no later V/v is still the subject', () => {
    expect(read(HEADER.replace('V/v phòng chống lụt, bão', 'Về việc phòng chống lụt, bão')).letter.subject).toBe('phòng chống lụt, bão');
  });

  it('a site caption in capitals ("VIEWS: 10 PAGES: 1") is not part of the agency', () => {
    expect(read(`VIEWS: 10 PAGES: 1\n\n${HEADER}`).letter.agency.parent).toBe('UBND TỈNH BÌNH DƯƠNG');
  });

  it('a title at the very end is the signature when Nơi nhận and "./." are missing', () => {
    const { letter } = read(`${HEADER.replace('./.', '.')}\n\n                TRƯỞNG PHÒNG`);
    expect(letter.signature.title).toBe('TRƯỞNG PHÒNG');
    expect(letter.body).toHaveLength(1);
  });

  it('a news post that kept only the body (closed by "./.") and Nơi nhận is a letter, its gaps flagged', () => {
    const { letter, notes } = read('Sở Giáo dục và Đào tạo có ý kiến như sau:\n1. Thống nhất lắp đặt pano từ ngày 03/02/2020.\nĐề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, CTTT.');
    expect(letter.agency.name).toBe('');
    expect(letter.date.year).toBe(2020);
    expect(letter.archive.units).toEqual(['VT', 'CTTT']);
    for (const path of ['agency.name', 'number', 'subject', 'recipients']) expect(notes).toContainEqual(expect.objectContaining({ path, kind: 'missing' }));
    expect(notes).toContainEqual(expect.objectContaining({ path: 'date.year', kind: 'uncertain' }));
  });

  it('a body alone, without any part of a letter, is still refused', () => {
    expect(importText('Trộn đều bột với trứng./.', { fallbackYear: 2099 }).ok).toBe(false);
  });
});

describe('PDF text', () => {
  it('drops loose tone marks and counts them, leaves marks on letters alone', () => {
    const { text, dropped } = dropLooseMarks('bị thiêt hai ̀ ̣ ̣ do lũ lụt ̉\nĐao tao. ́ ̣ Kính');
    expect(text).toBe('bị thiêt hai do lũ lụt \nĐao tao. Kính');
    expect(dropped).toBe(6);
    expect(dropLooseMarks('Thi\u0301ên').dropped).toBe(0);
  });

  it('cuts a whole letter on one line at its own breaks', () => {
    const line =
      '1. UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010 V/v báo cáo nhanh thiệt hại do lũ lụt. Kính gửi: - Ủy ban nhân dân tỉnh Ninh Thuận; - Bộ Giáo dục và Đào tạo. Vừa qua, tỉnh bị mưa lớn gây lũ lụt; Sở báo cáo như sau: I. TÌNH HÌNH THIỆT HẠI: 1. Thành phố: thiệt hại 6.050 triệu đồng. Cụ thể: a) Trường Mẫu giáo Phước Mỹ: - Nước ngập 1 m; - Hư hỏng vật dụng.';
    const { letter, notes } = read(line);
    expect(letter.agency).toEqual({ parent: 'UBND TỈNH NINH THUẬN', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' });
    expect([letter.number, letter.symbol, letter.place]).toEqual([2917, 'SGDĐT-VP', 'Phan Rang-Tháp Chàm']);
    expect(letter.date).toEqual({ day: 5, month: 11, year: 2010 });
    expect(letter.subject).toBe('báo cáo nhanh thiệt hại do lũ lụt.');
    expect(letter.recipients).toEqual(['Ủy ban nhân dân tỉnh Ninh Thuận', 'Bộ Giáo dục và Đào tạo']);
    // "… gây lũ lụt; Sở báo cáo như sau:" is one sentence: only words that open a paragraph start one after a ";".
    expect(letter.body.map((b) => (b.kind === 'item' ? `${b.level}${b.title ? '*' : ''}` : 'p'))).toEqual(['p', 'section*']);
    expect(notes).toContainEqual(expect.objectContaining({ path: 'document', kind: 'uncertain' }));
  });

  it('leaves long ordinary lines alone', () => {
    const long = `Kính gửi: Sở Y tế.\n\n${'Đề nghị các đơn vị thực hiện nghiêm các quy định, báo cáo kết quả trước ngày 15/3/2024; '.repeat(6)}./.`;
    const { notes, letter } = read(long);
    expect(notes.some((n) => n.message.includes('trên một dòng'))).toBe(false);
    expect(letter.body).toHaveLength(1);
  });
});
