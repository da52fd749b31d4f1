// Forms found while the forty-fourth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const vpcp = letterFrom({
  head: 'VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  number: 'Số: 2518/VPCP-V.I\nV/v ngăn chặn hoạt động buôn lậu\nHà Nội, ngày 18 tháng 3 năm 2017',
  greeting: 'Kính gửi:\n- Bộ Công an;Phòng PC47, Công an tỉnh Thanh Hóa;\n- Ủy ban nhân dân tỉnh Thanh Hóa.',
  body: 'Phó Thủ tướng Chính phủ có ý kiến như sau./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, V.I.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn A',
});

describe('two recipients a web page ran together (VPCP 2518, round 44)', () => {
  it('"- Bộ Công an;Phòng PC47, …;": a ";" right before a capital, with no space, parts two entries', () => {
    expect(read(vpcp({})).letter.recipients).toEqual(['Bộ Công an', 'Phòng PC47, Công an tỉnh Thanh Hóa', 'Ủy ban nhân dân tỉnh Thanh Hóa']);
  });
  it('"- Các trường THPT; trung tâm GDNN-GDTX …": units one entry lists after "; " stay one entry', () => {
    const greeting = 'Kính gửi:\n- Các trường THPT; trung tâm GDNN-GDTX các huyện;\n- Các phòng GDĐT.';
    expect(read(vpcp({ greeting })).letter.recipients).toEqual(['Các trường THPT; trung tâm GDNN-GDTX các huyện', 'Các phòng GDĐT']);
  });
});

describe('a scan from Vĩnh Long (Sở GD&ĐT 454, round 44)', () => {
  it('"Lưu: VT, GDTrH-GDTX, Website Sở.": the web site is a unit in words, no drafter\'s name', () => {
    const { archive, drafter } = readArchive('- Lưu: VT, GDTrH-GDTX, Website Sở.', 'SGDĐT-GDTrH-GDTX');
    expect([archive.units, drafter]).toEqual([['VT', 'GDTrH-GDTX', 'Website Sở'], null]);
  });
  it('"Trữớng Thanh Nhuận": a family name OCR marred past the syllables, in a name\'s case, is no position', () => {
    const footer = 'Nơi nhận: 3⁄4. +1 LGIÁM ĐÓC\n- Như kính gửi;\n- Lưu: VT, GDTrH-GDTX.\n\nTrữớng Thanh Nhuận';
    expect(read(vpcp({ footer })).letter.signature.signer).toBe('Trữớng Thanh Nhuận');
  });
  it('"TRƯỞNG PHÒNG" in capitals is still a position', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nNguyễn Văn Hà';
    const sig = read(vpcp({ footer })).letter.signature;
    expect([sig.title, sig.signer]).toEqual(['TRƯỞNG PHÒNG', 'Nguyễn Văn Hà']);
  });
});
