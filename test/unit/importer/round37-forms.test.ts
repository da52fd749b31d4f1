// Forms found while the thirty-seventh unseen round was collected, and misses the probes showed, each
// tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const province = letterFrom({
  head: 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC GIANG Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 1520/UBND-KGVX Bắc Giang, ngày 04 tháng 5 năm 2020\nV/v thời gian hoạt động trở lại đối với bậc học mầm non',
  greeting: 'Kính gửi:\n- Sở Giáo dục và Đào tạo;\n- UBND các huyện, thành phố.',
  body: 'Chủ tịch UBND tỉnh cho ý kiến về thời gian hoạt động trở lại đối với bậc học mầm non./.',
  footer: 'Nơi nhận: KT. CHỦ TỊCH\n- Như trên;\n- Chủ tịch, các PCT UBND tỉnh;\n- VP UBND tỉnh: LĐVP, TKCT,\nTH, TTTT; :\n- Lưu: VT, KGVX.',
});

describe('a provincial letter OCR\'d with its signature column lost (Bắc Giang KGVX, the OCR probe)', () => {
  it('"- VP UBND tỉnh: LĐVP, TKCT," / "TH, TTTT; :": capitals holding a semicolon go on the entry the comma left open; no title is made of them', () => {
    const r = read(province({}));
    expect(r.letter.distribution).toEqual(['Như trên', 'Chủ tịch, các PCT UBND tỉnh', 'VP UBND tỉnh: LĐVP, TKCT, TH, TTTT']);
    expect(r.letter.signature.title).toBe('');
    expect(r.letter.signature.delegation).toBe('KT. CHỦ TỊCH');
  });
  it('"- Như trên;" / "PHÓ CHỦ TỊCH, TRƯỞNG BAN": a title with a comma is still the signature\'s after an entry that ended', () => {
    const r = read(province({ footer: 'Nơi nhận: KT. CHỦ TỊCH\n- Như trên;\nPHÓ CHỦ TỊCH, TRƯỞNG BAN\n- Lưu: VT, KGVX.\n\nLê Ánh Dương' }));
    expect(r.letter.signature.title).toBe('PHÓ CHỦ TỊCH, TRƯỞNG BAN');
    expect(r.letter.distribution).toEqual(['Như trên']);
  });
});

describe('a department letter printed and OCR\'d, its archive line split by a comma (Gia Lai Sở Công Thương 1922, the OCR probe)', () => {
  it('"- Lưu: VT, Văn, phòng.": the office written out and cut by OCR\'s comma is one unit, no drafter "VĂN PHÒNG"', () => {
    const r = readArchive('- Lưu: VT, Văn, phòng.', 'SCT-VP');
    expect([r.archive, r.drafter]).toEqual([{ units: ['VT', 'Văn phòng'], copies: null }, null]);
  });
  it('"- Lưu: VT, VP. Văn Cường.": a name that is no office stays the drafter\'s', () => {
    expect(readArchive('- Lưu: VT, VP. Văn Cường.', 'SCT-VP').drafter).toEqual({ initials: 'Văn Cường', copies: null });
  });
});

describe('a district letter printed and OCR\'d, the position run onto the Nơi nhận label (Mai Châu, the OCR probe)', () => {
  const district = letterFrom({
    head: 'UBND HUYỆN MAI CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    number: 'Số: /UBND Mai Châu, ngày 10 tháng 01 năm 2020\nV/v kêu gọi hỗ trợ kinh phí bắn pháo hoa',
    greeting: 'Kính gửi: Các doanh nghiệp, hộ kinh doanh trên địa bàn huyện',
    body: 'Xin trân trọng cảm ơn!\n\nKÍNH THƯ./.',
    footer: 'Nơi nhận: PHÓ CHỦ TỊCH UBND HUYỆN\n- Lưu: VT.\n\nPhạm Văn Hoàn',
  });
  it('"Nơi nhận: PHÓ CHỦ TỊCH UBND HUYỆN": a position naming its committee by "UBND" is the signature\'s, no entry', () => {
    const r = read(district({}));
    expect(r.letter.distribution).toEqual([]);
    expect(r.letter.signature.title).toBe('PHÓ CHỦ TỊCH UBND HUYỆN');
    expect(r.letter.signature.signer).toBe('Phạm Văn Hoàn');
  });
});

describe('a provincial letter printed and OCR\'d, its file code read with commas (Vĩnh Long 4195, the OCR probe)', () => {
  it('"- Lưu: VI, 3, 09, 02.": three numbers in a row after the units are one file code, and the last of them no count of copies', () => {
    const r = readArchive('- Lưu: VI, 3, 09, 02.', 'UBND-VX');
    expect(r.archive).toEqual({ units: ['VT', '3.09.02'], copies: null });
    expect(r.notes.some((n) => n.path === 'archive.units' && n.kind === 'uncertain' && n.message.includes('3.09.02'))).toBe(true);
  });
  it('"- Lưu: VT, VX, 02.": one number alone after the units is still read as the copies', () => {
    expect(readArchive('- Lưu: VT, VX, 02.', 'UBND-VX').archive).toEqual({ units: ['VT', 'VX'], copies: 2 });
  });
});
