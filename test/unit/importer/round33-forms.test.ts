// Forms found while the thirty-third unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const letter = letterFrom({
  head: 'UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 1742/SGD&ĐT-VP Phú Thọ, ngày 18 tháng 10 năm 2016\nV/v sử dụng hệ thống một cửa điện tử',
  greeting: 'Kính gửi: Các đơn vị trực thuộc Sở.',
  body: 'Sở Giáo dục và Đào tạo thông báo như sau.\n\nSở yêu cầu các đơn vị nghiêm túc thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thu Huyền',
});

/** The archive line's reading, without its notes. */
const archiveOf = (line: string) => {
  const { archive, drafter } = readArchive(line, 'SGD&ĐT-VP');
  return { archive, drafter };
};

describe('the archive line', () => {
  it('"Lưu: VT, Phòng GDTrH&GDTX.": a room named by its kind and initials with a small "r" is one unit, no drafter "Phòng"', () => {
    expect(archiveOf('- Lưu: VT, Phòng GDTrH&GDTX.')).toEqual({ archive: { units: ['VT', 'Phòng GDTrH&GDTX'], copies: null }, drafter: null });
  });
  it('"Lưu: VT, Phòng Tổng hợp.", "Vụ Pháp chế (3)": a room or department named in words is one unit', () => {
    expect(archiveOf('- Lưu: VT, Phòng Tổng hợp.')).toEqual({ archive: { units: ['VT', 'Phòng Tổng hợp'], copies: null }, drafter: null });
    expect(archiveOf('- Lưu: VT, Vụ Pháp chế (3).')).toEqual({ archive: { units: ['VT', 'Vụ Pháp chế'], copies: 3 }, drafter: null });
  });
  it('"Lưu: VT, Ban Tuyên giáo, Hùng.": the drafter\'s name after such a unit is still the drafter', () => {
    expect(archiveOf('- Lưu: VT, Ban Tuyên giáo, Hùng.').drafter).toEqual({ initials: 'Hùng', copies: null });
  });
  it('"Lưu: VT, Vy": two letters in mixed case right after "VT" stand in the drafting unit\'s place, not a drafter\'s', () => {
    expect(archiveOf('- Lưu: VT, Vy')).toEqual({ archive: { units: ['VT', 'Vy'], copies: null }, drafter: null });
  });
  it('"Lưu: VI, Vy.": so after the records desk OCR misread (the OCR of the printed letter)', () => {
    expect(archiveOf('- Lưu: VI, Vy.')).toEqual({ archive: { units: ['VT', 'Vy'], copies: null }, drafter: null });
  });
  it('"Lưu: VT, CN (2). Ha": after a unit, such a mark is the drafter\'s, as before', () => {
    expect(archiveOf('- Lưu: VT, CN (2). Ha').drafter).toEqual({ initials: 'HA', copies: null });
  });
});

describe('the number', () => {
  it('"Số: 3 39/C04-P6": digits a gap parts are a hand-filled number OCR read in pieces: no number, a note', () => {
    const r = read(letter({ number: 'Số: 3 39/C04-P6 Hà Nội, ngày 28 tháng 8 năm 2025\nV/v chuẩn bị triển khai Chương trình' }));
    expect([r.letter.number, r.letter.symbol]).toEqual([null, 'C04-P6']);
    expect(r.notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });
});

describe('the body', () => {
  it('"… quá tải! … 400 tỷ đồng”, dự kiến …": a closing mark mid-sentence (a footnote\'s number) quotes nothing back to the intro', () => {
    const body =
      'Cục đề nghị đồng chí Chủ tịch chỉ đạo thực hiện một số nội dung sau:\n\n' +
      '1. Về xây dựng xã, phường không ma tuý\n\n' +
      'Tỉnh hiện có 03 đơn vị đạt tiêu chí.\n\n' +
      '2. Về cơ sở cai nghiện ma tuý\n\n' +
      'Tỉnh hiện có 04 cơ sở cần nâng cấp với kinh phí 400 tỷ đồng”, dự kiến được hỗ trợ từ ngân sách trung ương.\n\n' +
      'Trân trọng./.';
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: Cục đề nghị đồng chí Chủ tịch chỉ đạo thực hiện một số nội dung sau:',
      { 'clause T: Về xây dựng xã, phường không ma tuý': ['p: Tỉnh hiện có 03 đơn vị đạt tiêu chí.'] },
      { 'clause T: Về cơ sở cai nghiện ma tuý': ['p: Tỉnh hiện có 04 cơ sở cần nâng cấp với kinh phí 400 tỷ đồng”, dự kiến được hỗ trợ từ ngân sách trung ương.'] },
      'p: Trân trọng./.',
    ]);
  });
  it('"99009000999009090096ss": a dotted rule OCR read as digits is dropped with a note', () => {
    const body = 'Cục đề nghị như sau.\n\n99009000999009090096ss\n\nTrân trọng./.';
    const r = read(letter({ body }));
    expect(tree(r.letter.body)).toEqual(['p: Cục đề nghị như sau.', 'p: Trân trọng./.']);
    expect(r.notes.some((n) => n.source === '99009000999009090096ss')).toBe(true);
  });
  it('"Số tài khoản" / "0123456789012": a number alone on its line stays', () => {
    const body = 'Kinh phí chuyển vào tài khoản số\n0123456789012 tại Kho bạc Nhà nước tỉnh.\n\nTrân trọng./.';
    expect(tree(read(letter({ body })).letter.body)).toEqual(['p: Kinh phí chuyển vào tài khoản số 0123456789012 tại Kho bạc Nhà nước tỉnh.', 'p: Trân trọng./.']);
  });
});

describe('a signature OCR read above the Nơi nhận', () => {
  it('"… thực hiện ./." / "ẤT. GIÁM ĐÓC" / "“HỒ GIÁM ĐÓC": the marred marker and title after the closing start the signature; the marker line is the delegation, kept as typed', () => {
    const body = 'Sở thông báo như sau.\n\nSở yêu cầu các đơn vị nghiêm túc thực hiện ./.\nẤT. GIÁM ĐÓC\n\n“HỒ GIÁM ĐÓC\n» NÀ';
    const footer = 'Nơi nhận:\n\n- Như trên;\n\n- Lưu: VT, VP.\n\nNguyễn Thị Thu Huyền';
    const r = read(letter({ body, footer }));
    expect(tree(r.letter.body)).toEqual(['p: Sở thông báo như sau.', 'p: Sở yêu cầu các đơn vị nghiêm túc thực hiện ./.']);
    expect(r.letter.signature).toEqual({ authority: null, delegation: 'ẤT. GIÁM ĐÓC', title: 'HỒ GIÁM ĐÓC', signer: 'Nguyễn Thị Thu Huyền' });
    expect(r.notes.some((n) => n.path === 'signature.delegation' && n.kind === 'uncertain')).toBe(true);
  });
  it('"P. GIÁM ĐỐC" over the name: the short "Phó" is the title\'s own', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nP. GIÁM ĐỐC\n\nNguyễn Thị Thu Huyền';
    expect(read(letter({ footer })).letter.signature).toEqual({ authority: null, delegation: null, title: 'P. GIÁM ĐỐC', signer: 'Nguyễn Thị Thu Huyền' });
  });
});

describe('an OCR\'d scan of Thái Bình 770', () => {
  const thaiBinh = letterFrom({
    head: 'UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
    number: 'Số: 770/SGDĐT\nV/v hưởng ứng ngày Quốc tế giảm nhẹ thiên tai\n\nThái Bình, ngày 10 tháng 10 năm 2018',
    greeting: 'Kính gửi: - Phòng GD&ĐT các huyện, thành phố;\n- Trường MN Hoa Hồng.',
    body: 'Sở đề nghị các đơn vị triển khai như sau.\n\nĐề nghị các đơn vị nghiêm túc thực hiện./.',
    footer: 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Thiệp',
  });
  it('"Số: †#Ï/SGDĐT": a hand-filled number OCR read as signs, before a symbol of initials alone, is the number line', () => {
    const l = read(thaiBinh({ number: 'Số: †#Ï/SGDĐT\nV/v hưởng ứng ngày Quốc tế giảm nhẹ thiên tai\n\nThái Bình, ngày 10 tháng 10 năm 2018' })).letter;
    expect([l.number, l.symbol, l.subject]).toEqual([null, 'SGDĐT', 'hưởng ứng ngày Quốc tế giảm nhẹ thiên tai']);
  });
  it('"KTGIÁMĐÓC _““": the marker run into the position is the delegation line; the strokes after it go, with a note', () => {
    const footer = 'KTGIÁMĐÓC _““\nNơi nhận: PHÓ GIÁM ĐỐC\n- Như kính gửi;\n- Lưu VT.\n\nHoàng Văn Thiệp';
    const r = read(thaiBinh({ footer }));
    expect(r.letter.signature).toEqual({ authority: null, delegation: 'KTGIÁMĐÓC', title: 'PHÓ GIÁM ĐỐC', signer: 'Hoàng Văn Thiệp' });
    expect(r.notes.some((n) => n.path === 'signature.delegation' && n.source === 'KTGIÁMĐÓC _““')).toBe(true);
  });
});

describe('a subject whose second line ran into the dateline (Bộ GD&ĐT 3977, OCR)', () => {
  const moet = letterFrom({
    head: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    number: '',
    greeting: 'Kính gửi: Các sở giáo dục và đào tạo.',
    body: 'Bộ Giáo dục và Đào tạo đề nghị như sau.\n\nTrân trọng./.',
    footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GDTH.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Hữu Độ',
  });
  it('"V/v tăng cường chỉ đạo thực hiện" / "Chương trình giáo dục phổ thông 2018 Hà Nội, ngày …" / "cấp tiểu học": the words before the place are the subject\'s', () => {
    const number = 'Số: 3977/BGDĐT-GDTH\nV/v tăng cường chỉ đạo thực hiện\nChương trình giáo dục phổ thông 2018 Hà Nội, ngày 05 tháng 10 năm 2020\ncấp tiểu học';
    const l = read(moet({ number })).letter;
    expect([l.subject, l.place, l.date]).toEqual(['tăng cường chỉ đạo thực hiện Chương trình giáo dục phổ thông 2018 cấp tiểu học', 'Hà Nội', { day: 5, month: 10, year: 2020 }]);
  });
  it('"V/v …" / "Thành phố Hồ Chí Minh, ngày …": a place with its own small word stays the place', () => {
    const number = 'Số: 3977/BGDĐT-GDTH\nV/v tăng cường chỉ đạo thực hiện chương trình\nThành phố Hồ Chí Minh, ngày 05 tháng 10 năm 2020';
    const l = read(moet({ number })).letter;
    expect([l.subject, l.place]).toEqual(['tăng cường chỉ đạo thực hiện chương trình', 'Thành phố Hồ Chí Minh']);
  });
});

describe('a section title in capitals wrapped (Bắc Giang 1218, -layout)', () => {
  it('"II. TỔ CHỨC TRIỂN KHAI HOẠT ĐỘNG NGHIÊN CỨU KHOA HỌC" / "CỦA HỌC SINH TRUNG HỌC": the capitals below go on with the title', () => {
    const body =
      'Sở hướng dẫn như sau:\n' +
      '       I. MỤC ĐÍCH\n' +
      '       1. Khuyến khích học sinh nghiên cứu khoa học.\n' +
      '       II. TỔ CHỨC TRIỂN KHAI HOẠT ĐỘNG NGHIÊN CỨU KHOA HỌC\n' +
      'CỦA HỌC SINH TRUNG HỌC\n' +
      '       Các đơn vị thực hiện tốt các nội dung sau:\n' +
      '       1. Tổ chức cho học sinh nghiên cứu.\n\n' +
      'Trân trọng./.';
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: Sở hướng dẫn như sau:',
      { 'section T: MỤC ĐÍCH': [{ 'clause: Khuyến khích học sinh nghiên cứu khoa học.': [] }] },
      { 'section T: TỔ CHỨC TRIỂN KHAI HOẠT ĐỘNG NGHIÊN CỨU KHOA HỌC CỦA HỌC SINH TRUNG HỌC': ['p: Các đơn vị thực hiện tốt các nội dung sau:', { 'clause: Tổ chức cho học sinh nghiên cứu.': [] }] },
      'p: Trân trọng./.',
    ]);
  });
});
