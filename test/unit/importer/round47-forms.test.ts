// Forms found while the forty-seventh unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const binhPhuoc = letterFrom({
  head: 'UBND TỈNH BÌNH PHƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 2430/SGDĐT-CTTT Bình Phước, ngày 30 tháng 6 năm 2017\nV/v phòng, chống đuối nước cho học sinh',
  greeting: 'Kính gửi:\n- Phòng GDĐT các huyện, thị xã;\n- Các đơn vị trực thuộc.',
  body: 'Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên; SÀN\n\n- BGĐ Sở; `\n\n- Lưu: VT, CTTT. ` Mộ\nXa # Esö% :\n\n"EHó GIÁM ĐỐC\n\n262. tac,',
});

describe('a scan from Bình Phước (Sở GD&ĐT 2430, round 47)', () => {
  it('\'"EHó GIÁM ĐỐC\' under the Lưu line: the deputy\'s marred "PHÓ" stays with its position, no entry, no drafter made up', () => {
    const l = read(binhPhuoc({})).letter;
    expect([l.signature.title, l.signature.signer, l.drafter]).toEqual(['EHó GIÁM ĐỐC', '', null]);
    expect(l.archive.units).toEqual(['VT', 'CTTT']);
  });
  it('"- Như trên;" / "- Phòng GD;" / "- Lưu: VT." over "PHÓ GIÁM ĐỐC" is unchanged', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Phòng GD;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHồ Hải Thạch';
    const l = read(binhPhuoc({ footer })).letter;
    expect([l.distribution, l.signature.title]).toEqual([['Như trên', 'Phòng GD'], 'PHÓ GIÁM ĐỐC']);
  });
});

describe('Vĩnh Long scans (Sở GD&ĐT 408, Phòng GD&ĐT Bình Tân 785, round 47)', () => {
  it('"Lưu: VT, GDTrH-GDTX, website Sở.": the web site in small letters is a unit too, no drafter', () => {
    const { archive, drafter } = readArchive('- Lưu: VT, GDTrH-GDTX, website Sở.', 'SGDĐT-GDTrH-GDTX');
    expect([archive.units, drafter]).toEqual([['VT', 'GDTrH-GDTX', 'website Sở'], null]);
  });
  it('"Nơi nhận: TRƯƠNG PHÒNG": "TRƯỞNG PHÒNG" with its marks lost is the title, no signer "Trương Phòng"', () => {
    const footer = 'Nơi nhận: TRƯƠNG PHÒNG\n- Như trên; `\n\n- UBND huyện; (báo cáo)\n- Lưu: VT.\n\n% ấu +';
    const sig = read(binhPhuoc({ footer })).letter.signature;
    expect([sig.title, sig.signer]).toEqual(['TRƯƠNG PHÒNG', '']);
  });
});

describe('the header of Phòng GD&ĐT Bình Tân 785 (round 47)', () => {
  const head = '._UBND HUYỆN BÌNH TÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độ lặp — \'Tự du —\'Hynh:phúc';
  const number = 'Số: 785/PGD&ĐT\nV/v đẩy nhanh thực hiện thu BHYT\nhọc sinh, BHXH tự nguyện và cài VssID\n\nBình Tân, ngàuÈ4háng 10 năm 2021';
  it('"Độ lặp — \'Tự du —\'Hynh:phúc": a motto OCR marred still parts the unit\'s name from it', () => {
    expect(read(binhPhuoc({ head, number })).letter.agency).toEqual({ parent: 'UBND HUYỆN BÌNH TÂN', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' });
  });
  it('"Bình Tân, ngàuÈ4háng 10 năm 2021": the day glued to "tháng" that lost its "t"; the line is the dateline, the day unread', () => {
    const l = read(binhPhuoc({ head, number })).letter;
    expect([l.place, l.date.day, l.date.month, l.date.year]).toEqual(['Bình Tân', null, 10, 2021]);
    expect(l.subject).toBe('đẩy nhanh thực hiện thu BHYT học sinh, BHXH tự nguyện và cài VssID');
  });
});

describe('signatures under the seal (Vĩnh Long 408, Bình Phước 2524, round 47)', () => {
  it('"= GIÁM ĐÓC" / seal\'s words / "IÁM ĐÓC" / name: "=" is OCR\'s "KT.", the line the delegation, the second position the title', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT, GDTrH-GDTX, website Sở.\n\n= GIÁM ĐÓC\n\nGIÁO DỤC\n\nL\n\nIÁM ĐÓC\n\nTrương Thanh Nhuận';
    const l = read(binhPhuoc({ footer })).letter;
    expect(l.distribution).toEqual(['Như kính gửi']);
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['GIÁM ĐÓC', 'IÁM ĐÓC', 'Trương Thanh Nhuận']);
  });
  it('"¬... GIAM ĐỌC" over the name alone: the strokes go, the position is the title', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VP.\n\n¬... GIAM ĐỌC\n\nNguyễn Minh Tường';
    const sig = read(binhPhuoc({ footer })).letter.signature;
    expect([sig.delegation, sig.title, sig.signer]).toEqual([null, 'GIAM ĐỌC', 'Nguyễn Minh Tường']);
  });
  it('"GIÁM ĐÓC" / "NNN": a word of capitals with no vowel is a seal\'s scrap, not part of the title', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GĐTTH.\n\nGIÁM ĐÓC\nNNN\n\nN\n\ntăm .lu nạ';
    expect(read(binhPhuoc({ footer })).letter.signature.title).toBe('GIÁM ĐÓC');
  });
});

describe('a signer\'s name the seal cut (Phú Thọ 342, round 47)', () => {
  it('"Nguyễn hị Thu Huyền": a whole family name, then "Thị" without its "T", is the signer, kept as read', () => {
    const footer = 'Nơi nhận: KT, GIÁM ĐỐC\n- Như trên; E\n\n- PGĐ Sở (Bà Huyền);\n- Lưu: VT, VP.\n\nNguyễn hị Thu Huyền';
    expect(read(binhPhuoc({ footer })).letter.signature.signer).toBe('Nguyễn hị Thu Huyền');
  });
  it('"Nguyễn và Thu Huyền" (a word no middle name ends in) is no name', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nGIÁM ĐỐC\n\nNguyễn và Thu Huyền';
    expect(read(binhPhuoc({ footer })).letter.signature.signer).toBe('');
  });
});

describe('the Lưu line of Phú Thọ 348 (round 47)', () => {
  it('"Lưu VP, ĐTBD/Ø4z" under "…/SGD&ĐT-ĐTBD": the unit the symbol names keeps, the hand\'s scrawl after it goes', () => {
    const { archive, drafter } = readArchive('- Lưu VP, ĐTBD/Ø4z', 'SGD&ĐT-ĐTBD');
    expect([archive.units, drafter]).toEqual([['VP', 'ĐTBD'], null]);
  });
});
