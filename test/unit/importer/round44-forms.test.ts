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
  it('"Nơi nhận: 3⁄4. +1 LGIÁM ĐÓC" over "; “ÍÖỀNIÁM ĐÓC": scraps where "KT." stood, then the head\'s and the deputy\'s positions the seal marred', () => {
    const footer = 'Nơi nhận: 3⁄4. +1 LGIÁM ĐÓC\n\n- Lãnh đạo Sở GDĐT (để báo cáo); “ÍÖỀNIÁM ĐÓC\n- Như kính gửi (để thực hiện);\n- Lưu: VT, GDTrH-GDTX.\n\nTrương Thanh Nhuận';
    const l = read(vpcp({ footer })).letter;
    expect(l.distribution).toEqual(['Lãnh đạo Sở GDĐT (để báo cáo)', 'Như kính gửi (để thực hiện)']);
    expect([l.signature.delegation, l.signature.title]).toEqual(['LGIÁM ĐÓC', 'ÍÖỀNIÁM ĐÓC']);
  });
  it('". GIÁM ĐÓC" over "PHÓ GIÁM ĐÓC" keeps its full stop: only a marker read as letterless scraps is dropped', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n. GIÁM ĐÓC\nPHÓ GIÁM ĐÓC\n\nTrương Thanh Nhuận';
    expect(read(vpcp({ footer })).letter.signature.delegation).toBe('. GIÁM ĐÓC');
  });
  it('"TRƯỞNG PHÒNG" in capitals is still a position', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nNguyễn Văn Hà';
    const sig = read(vpcp({ footer })).letter.signature;
    expect([sig.title, sig.signer]).toEqual(['TRƯỞNG PHÒNG', 'Nguyễn Văn Hà']);
  });
});

describe('scans of Sở GD&ĐT Thái Bình 276 and Phú Thọ 447, 526 (round 44)', () => {
  const thaiBinh276 = letterFrom({
    head: 'UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
    number: 'Sóz/16/SGDĐT-VP Thái Bình, ngày0‡ tháng 5 năm 2018\nV/v cập nhật cơ sở dữ liệu ngành',
    greeting: 'Kính gửi:\n- _ Các phòng Giáo dục và Đào tạo;\n- - Các đơn vị trực thuộc.',
    body: 'Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.',
    footer: 'KT. GIAM ĐO\nNơi nhận: Ầ Á 4\n- Như kính gửi;\n- Lưu: VT, VP.',
  });
  it('"Sóz/16/SGDĐT-VP": a number line whose colon OCR read as a letter; the number unread, the symbol read', () => {
    const l = read(thaiBinh276({})).letter;
    expect([l.number, l.symbol]).toEqual([null, 'SGDĐT-VP']);
  });
  it('"Nơi nhận: Ầ Á 4": letters and a digit standing one by one after the label are no entry', () => {
    expect(read(thaiBinh276({})).letter.distribution).toEqual(['Như kính gửi']);
  });
  it('"À.: PHÓ GIÁM ĐÓC" under the Lưu line: the lone letter is no entry', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Lưu: KT&KĐCLGD, VP.\n\nKT. GIÁM ĐỎC\nÀ.: PHÓ GIÁM ĐÓC';
    const l = read(thaiBinh276({ footer })).letter;
    expect(l.distribution).toEqual(['Như kính gửi']);
    expect(l.signature.title).toBe('PHÓ GIÁM ĐÓC');
  });
  it('"Lưu: VT, VP, ĐTBDZf#Ø" under "…/SGD&ĐT-ĐTBD": the unit the symbol names, the scribble glued to it gone', () => {
    const { archive, drafter } = readArchive('- Lưu: VT, VP, ĐTBDZf#Ø', 'SGD&ĐT-ĐTBD');
    expect([archive.units, drafter]).toEqual([['VT', 'VP', 'ĐTBD'], null]);
  });
  it('"Phú Thọ, ngày.“ tháng 3Š năm 201Ê`": a year whose last digit OCR read as a letter keeps the line a dateline', () => {
    const number = 'SỐ: 7 /SGD&ĐT-KTKĐCLGD Phú Thọ, ngày.“ tháng 3Š năm 201Ê`\nV/v: Hướng dẫn triển khai Olympic tiếng Anh';
    const body = 'Thi ngày 08 tháng 4 năm 2016./.';
    const l = read(thaiBinh276({ number, body })).letter;
    expect([l.place, l.date.day, l.date.year]).toEqual(['Phú Thọ', null, 2016]);
  });
});
