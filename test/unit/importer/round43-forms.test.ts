// Forms found while the forty-third unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

describe('archive lines of a ministry and a city (Bộ Xây dựng 470, UBND TP.HCM 1025, round 43)', () => {
  it('"Lưu VT, Vụ KTQH. (PDM 03)": the drafter and the copies issued in brackets after the units\' full stop', () => {
    const { archive, drafter } = readArchive('- Lưu VT, Vụ KTQH. (PDM 03)', 'BXD-KTQH');
    expect([archive.units, drafter]).toEqual([['VT', 'Vụ KTQH'], { initials: 'PDM', copies: 3 }]);
  });
  it('"Lưu: VT, (ĐT-MT) TV.": the bracketed unit joined by its hyphen, the drafter after it', () => {
    const { archive, drafter } = readArchive('- Lưu: VT, (ĐT-MT) TV.', 'UBND-ĐT');
    expect([archive.units, drafter]).toEqual([['VT', 'ĐT-MT'], { initials: 'TV', copies: null }]);
  });
  it('"Lưu: VT, (ĐT-PVH).": with nothing after the brackets, they still hold the unit and the drafter', () => {
    const { archive, drafter } = readArchive('- Lưu: VT, (ĐT-PVH).', 'UBND-ĐT');
    expect([archive.units, drafter]).toEqual([['VT', 'ĐT'], { initials: 'PVH', copies: null }]);
  });
});

const hcm = letterFrom({
  head: 'ỦY BAN NHÂN DÂNTHÀNH PHỐ HỒ CHÍ MINH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 1025/UBND-ĐT\nTP. Hồ Chí Minh, ngày 14 tháng 3 năm 2009\nVề đẩy mạnh đầu tư ra nước ngoài',
  greeting: 'Kính gửi: Sở Kế hoạch và Đầu tư',
  body: 'Ủy ban nhân dân Thành phố chỉ đạo như sau./.',
  footer: [
    'Nơi nhận:',
    'Như trên;',
    'Thường trực Thành ủy (kèm QĐ 236/QĐ-TTg )',
    'TTUB: CT, các PCT;',
    'VPHĐ-UB: CPVP;',
    'Các Phòng Chuyên viên;',
    'Lưu: VT, (ĐT-MT) TV.',
    '',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Trung Tín',
  ].join('\n'),
});

describe('a Nơi nhận typed without dashes (UBND TP.HCM 1025, round 43)', () => {
  it('an entry ended by its closed bracket, one in capitals ended by ";": entries, not signature lines', () => {
    const l = read(hcm({})).letter;
    expect(l.distribution).toEqual(['Như trên', 'Thường trực Thành ủy (kèm QĐ 236/QĐ-TTg )', 'TTUB: CT, các PCT', 'VPHĐ-UB: CPVP', 'Các Phòng Chuyên viên']);
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Trung Tín']);
  });
  it('in a dashed list an entry wrapped after its bracket still goes on ("- Bộ Tài chính (để b/c)" / "và Kho bạc;")', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Bộ Tài chính (để b/c)\nvà Kho bạc;\n- Lưu: VT, ĐT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Trung Tín';
    expect(read(hcm({ footer })).letter.distribution).toEqual(['Như trên', 'Bộ Tài chính (để b/c) và Kho bạc']);
  });
});

const thaiBinh82 = letterFrom({
  head: 'UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 82/SGDĐT-GDTrH Thái Bình, ngày 28 tháng 01 năm 2021\nV/v tăng cường phòng, chống dịch Covid-19',
  greeting: 'Kính gửi: Các cơ sở giáo dục trực thuộc',
  body: 'Sở GDĐT yêu cầu thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện./.',
  footer: [
    'ẢNơi nhận: KT. GIÁM ĐÓC',
    '- TT. Tỉnh Ủy, HĐND ) HỚ-G ÁM ĐÓC',
    '- UBND tỉnh; +9',
    '- Như kính gửi; N2',
    '- Các đơn vị thuộc Sở;',
    '- Lưu: VT, GDTrH.',
    '',
    'GIÁO DỤC l',
    '—- TẠO Z',
  ].join('\n'),
});

describe('a footer the seal ran through, its signer lost (Sở GD&ĐT Thái Bình 82, round 43)', () => {
  it('"ẢNơi nhận: KT. GIÁM ĐÓC": the label under its speck, the marker beside it', () => {
    const l = read(thaiBinh82({})).letter;
    expect(l.signature.delegation).toBe('KT. GIÁM ĐÓC');
    expect(l.distribution[1]).toBe('UBND tỉnh');
  });
  it('"- TT. Tỉnh Ủy, HĐND ) HỚ-G ÁM ĐÓC": the marred deputy\'s position is the title, the lone ")" goes', () => {
    const l = read(thaiBinh82({})).letter;
    expect([l.distribution[0], l.signature.title]).toEqual(['TT. Tỉnh Ủy, HĐND', 'HỚ-G ÁM ĐÓC']);
  });
  it('no signer is made of the position\'s end ("ÁM ĐÓC" is no name), nor an entry of the seal\'s "—- TẠO Z"', () => {
    const l = read(thaiBinh82({})).letter;
    expect(l.signature.signer).toBe('');
    expect(l.distribution).toEqual(['TT. Tỉnh Ủy, HĐND', 'UBND tỉnh', 'Như kính gửi', 'Các đơn vị thuộc Sở']);
  });
});

const vinhLong558 = letterFrom({
  head: 'UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 55Š /SGDĐT-CTTT Vĩnh Long, ngày 16 tháng 4 năm 2020\n\nV/v tiếp tục thực hiện các biện pháp phòng, chống dịch Covid-19',
  greeting: 'Kính gửi:\n- Các trường THPT, THCS&THPT;\n- Các trung tâm GDNN-GDTX%:;\n- Các trường Phổ thông Dân tộc nội trú.',
  body: 'Sở GDĐT đề nghị các đơn vị thực hiện nghiêm túc./.',
  footer: [
    'Nơi nhận: KT.GIÁM ĐÓC',
    '- Như trên (đề thực hiện);',
    '- Bộ GDĐT (để báo cáo); ⁄§ á SPHÓ ISÁM ĐÓC',
    '- Sở Y tế (để phối hợp); ~',
    '- Lưu: VT, CTTT. Q ĐÀO TẠO ⁄/ j',
    '',
    'Truxế Thanh Nhuận',
  ].join('\n'),
});

describe('a scan whose number, footer and archive line the pen and seal marred (Sở GD&ĐT Vĩnh Long 558, round 43)', () => {
  it('"Số: 55Š /…": "Š" is shaped like a digit, so the number cannot be told (not 55)', () => {
    const l = read(vinhLong558({})).letter;
    expect([l.number, l.symbol]).toEqual([null, 'SGDĐT-CTTT']);
  });
  it('"GDNN-GDTX%:;": the percent sign glued to the entry goes', () => {
    expect(read(vinhLong558({})).letter.recipients[1]).toBe('Các trung tâm GDNN-GDTX');
  });
  it('"⁄§ á SPHÓ ISÁM ĐÓC": the signs, the lone letter and the capital glued before "PHÓ" go', () => {
    const sig = read(vinhLong558({})).letter.signature;
    expect([sig.delegation, sig.title]).toEqual(['KT.GIÁM ĐÓC', 'PHÓ ISÁM ĐÓC']);
  });
  it('"Lưu: VT, CTTT. Q ĐÀO TẠO ⁄/ j": the seal\'s words after the full stop are no units and no drafter', () => {
    const l = read(vinhLong558({})).letter;
    expect([l.archive.units, l.drafter]).toEqual([['VT', 'CTTT'], null]);
  });
  it('a figure\'s percent sign stays ("- Giảm 10%;")', () => {
    const greeting = 'Kính gửi:\n- Các trường giảm 10%;\n- Các trung tâm GDNN-GDTX.';
    expect(read(vinhLong558({ greeting })).letter.recipients[0]).toBe('Các trường giảm 10%');
  });
});

describe('scans of Sở GD&ĐT Thái Bình 354 and Phú Thọ 318, 529 (round 43)', () => {
  const thaiBinh354 = letterFrom({
    head: 'UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
    number: 'Số: 554 /SGDĐT _ , :\n⁄⁄ đảm bảo ANTT, ATGT trong Thái Bình, ngày 22 tháng 5 năm 2018\nđịp hè và kỳ thi THPT Quốc gia\n2018',
    greeting: 'Kính gửi: - Các phòng Giáo dục và Đào tạo;\n- Các đơn vị trực thuộc.',
    body: '1. Thực hiện nghiêm chế độ báo cáo về Sở GD&ĐT.',
    footer: 'Nơi nhân: ~— GIÁM ĐÓ\n- Như kính gửi;\n- Lưu VP, ĐIBD⁄\n\nPhạm Văn Xuyên',
  });
  it('"⁄⁄ đảm bảo … Thái Bình, ngày 22 tháng 5 năm 2018": "V/v" read as two fraction slashes, the dateline run in', () => {
    const l = read(thaiBinh354({})).letter;
    expect([l.subject, l.place, l.date]).toEqual(['đảm bảo ANTT, ATGT trong địp hè và kỳ thi THPT Quốc gia 2018', 'Thái Bình', { day: 22, month: 5, year: 2018 }]);
  });
  it('"GIÁM ĐÓ", the title with its last letter lost, is no signer\'s name', () => {
    const sig = read(thaiBinh354({})).letter.signature;
    expect([sig.title, sig.signer]).toEqual(['GIÁM ĐÓ', 'Phạm Văn Xuyên']);
  });
  it('"Lưu VP, ĐIBD⁄": the stroke glued to the last unit goes', () => {
    expect(read(thaiBinh354({})).letter.archive.units).toEqual(['VP', 'ĐIBD']);
  });
  it('"¬... GIAM ĐỌC" over "Nơi nhận:" after the closing "./.": the signature\'s title, not a paragraph', () => {
    const body = 'Sở GD&ĐT đề nghị các đơn vị triển khai thực hiện./.\n\n¬... GIAM ĐỌC';
    const footer = 'Nơi nhận:\n- Như kính gửi (để thực hiện);\n- Lưu: VT, GDTrH.\n\nNguyễn Văn Mạnh';
    const l = read(thaiBinh354({ body, footer })).letter;
    expect(l.signature.title).toBe('GIAM ĐỌC');
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual(['Sở GD&ĐT đề nghị các đơn vị triển khai thực hiện./.']);
  });
});

describe('a subject cut by the dateline and the motto before its cited number (Sở GD&ĐT Vĩnh Long 1268, round 43)', () => {
  const vinhLong1268 = (subjectTail: string) =>
    letterFrom({
      head: 'UBND TỈNH VĨNH LONG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      number: `Số: 1268 /SGDĐT-VP\nV/v thực hiện Quyết định số\n\nVĩnh Long, ngày 06 tháng 6 năm 2021\n\nĐộc lập - Tự do - Hạnh phúc\n\n${subjectTail}`,
      greeting: 'Kính gửi:\n- Trưởng các Phòng chuyên môn, nghiệp vụ thuộc Sở;\n- Thủ trưởng các đơn vị trực thuộc.',
      body: 'Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện./.',
      footer: 'Nơi nhận:\n- Như trên;\n- Lưu VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Ngọc Bích',
    })({});
  it('"… Quyết định số" / … / "2666/QĐ-BYT ngày 29/5/2021" / "của Bộ Y tế": the number goes on the subject', () => {
    expect(read(vinhLong1268('2666/QĐ-BYT ngày 29/5/2021\ncủa Bộ Y tế')).letter.subject).toBe('thực hiện Quyết định số 2666/QĐ-BYT ngày 29/5/2021 của Bộ Y tế');
  });
});
