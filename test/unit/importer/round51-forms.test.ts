// Forms found while the fifty-first unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const binhPhuoc = letterFrom({
  head: 'UBND TỈNH BÌNH PHƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 2229/SGDĐT-TCCB Bình Phước, ngày 12 tháng 6 năm 2017\nV/v cử cán bộ quản lý tham gia bồi dưỡng',
  greeting: 'Kính gửi: Các đơn vị trực thuộc.',
  body: 'Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VP, TCCB.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Hùng',
});

describe('scans from Bình Phước (Sở GDĐT 2229, UBND 2162) and Thái Bình 123: the ink around the footer (round 51)', () => {
  it('"“NHI”" / "PHÓ GIÁM ĐÔ€" / "e1 ‹tng": a quoted word is the seal\'s; a deputy\'s title with its last word marred is no signer', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VP, TCCB-03b,\n\nSN\n\n“NHI”\n\nPHÓ GIÁM ĐÔ€\ne1 ‹tng';
    const l = read(binhPhuoc({ footer })).letter;
    expect([l.signature.title, l.signature.signer]).toEqual(['PHÓ GIÁM ĐÔ€', '']);
  });
  it('"Lưu: VP, TCCB-03b,": the unit and its copies after a hyphen', () => {
    const r = readArchive('- Lưu: VP, TCCB-03b,', 'SGDĐT-TCCB');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VP', 'TCCB'], 3, null]);
  });
  it('"Lưu: VT(v213-17), ẹ": a unit with its filing code glued in brackets; a toned small letter after it is no drafter', () => {
    const r = readArchive('- Lưu: VT(v213-17), ẹ', 'UBND-KGVX');
    expect([r.archive.units, r.drafter]).toEqual([['VT(v213-17)'], null]);
  });
  it('"Lưu VP. ^^": carets alone are no raised drafter\'s mark', () => {
    const r = readArchive('- Lưu VP. ^^', 'SGDĐT');
    expect([r.archive.units, r.drafter]).toEqual([['VP'], null]);
  });
  it('"Lưu VT, d." and "KGVX^{Ph}" keep their drafters', () => {
    expect(readArchive('- Lưu VT, d.', 'LĐTBXH').drafter).toEqual({ initials: 'D', copies: null });
    expect(readArchive('- Lưu: VT, KGVX^{Ph}.', 'UBND-KGVX').drafter).toEqual({ initials: 'PH', copies: null });
  });
});

describe('a scan of Công an tỉnh Lâm Đồng 1413 (round 51)', () => {
  it('"Số: 4ll2 /CAT-PC04(Đ1)": two letters among a hand-filled number\'s digits leave it unread (4112 would be invented)', () => {
    const l = read(binhPhuoc({ number: 'Số: 4ll2 /CAT-PC04(Đ1) Lâm Đồng, ngày 16 tháng 3 năm 2026\nV/v xác minh' })).letter;
    expect([l.number, l.symbol]).toEqual([null, 'CAT-PC04(Đ1)']);
  });
  it('"Số: l2/UBND-VX" still reads 12 (one letter for a one)', () => {
    expect(read(binhPhuoc({ number: 'Số: l2/UBND-VX Bình Phước, ngày 16 tháng 3 năm 2017\nV/v xác minh' })).letter.number).toBe(12);
  });
});

describe('the signer and the drafting unit after the archive line (Thái Bình 123; TCHQ 879 as our exporter prints it, round 51)', () => {
  it('"* Đặng Phương Bắc" after the archive line, no list after it: the signer, not an entry', () => {
    const footer = 'Nơi nhận: " GIÁM ĐÓC\n- Như trên; CHỦ VN\n- Lưu VP. ^^\n\n* Đặng Phương Bắc';
    const l = read(binhPhuoc({ footer })).letter;
    expect([l.distribution, l.signature.signer]).toEqual([['Như trên'], 'Đặng Phương Bắc']);
  });
  it('"- Lưu: VT, Tin.": a word from a capital right after the records desk stands in the drafting unit\'s place, no drafter', () => {
    const r = readArchive('- Lưu: VT, Tin.', 'TCHQ-TXNK');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'Tin'], null]);
  });
  it('"- Lưu: VT, KGVX, Tài." keeps "Tài" as the drafter after the unit', () => {
    expect(readArchive('- Lưu: VT, KGVX, Tài.', 'UBND-KGVX').drafter).not.toBeNull();
  });
});

describe('a police office\'s team in brackets (Công an Lâm Đồng 1413, round 51)', () => {
  it('"Lưu: VT, PC04 (ĐI)." under "CAT-PC04(Đ1)": the office with its team is one unit, as the symbol writes it', () => {
    expect(readArchive('- Lưu: VT, PC04 (ĐI).', 'CAT-PC04(Đ1)').archive.units).toEqual(['VT', 'PC04 (ĐI)']);
  });
  it('"Lưu: VT, PC04 (ĐI)." under a symbol without the bracket keeps reading two units', () => {
    expect(readArchive('- Lưu: VT, PC04 (ĐI).', 'CAT-PC04').archive.units).toEqual(['VT', 'PC04', 'ĐI']);
  });
});

describe('a signer\'s family name marred, a pen\'s capitals before it (Thái Bình 356, round 51)', () => {
  it('"ST nàng Văn Thiện": the capitals apart go, the name is kept as read', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nST nàng Văn Thiện';
    expect(read(binhPhuoc({ footer })).letter.signature.signer).toBe('nàng Văn Thiện');
  });
});

describe('a web copy that runs the dateline, the recipient and the first paragraph into one line (BYT 384, round 51)', () => {
  const head = 'BỘ Y TẾ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 384/BYT-KCB V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh\n';
  const glued = (opener: string) =>
    `Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương ${opener}, Ủy ban nhân dân tỉnh, thành phố trực thuộc TW đã khẩn trương chỉ đạo Sở Y tế chủ trì phối hợp với các sở, ban ngành liên quan tạo mọi điều kiện thuận lợi về nhân lực, cơ sở vật chất để cấp chứng chỉ hành nghề. Tuy nhiên, toàn quốc mới cấp được 80,85% số chứng chỉ hành nghề.\n`;
  const footer = 'Trân trọng cảm ơn./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên';
  it('"… Trung ương Trong thời gian qua, …": the recipient ends where the paragraph\'s opening words start, before their comma', () => {
    const l = read(head + glued('Trong thời gian qua') + footer).letter;
    expect(l.recipients).toEqual(['Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });
  it('"Hiện nay," opens the paragraph the same way', () => {
    expect(read(head + glued('Hiện nay') + footer).letter.recipients).toEqual(['Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });
});
