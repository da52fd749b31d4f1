// Forms found while the forty-fifth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const phuTho = letterFrom({
  head: 'UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 1800/SGD&ĐT-KT&QLCLGD Phú Thọ, ngày 29 tháng 12 năm 2017\nV/v triển khai Cuộc thi Sáng tạo',
  greeting: 'Kính gửi:\n- Phòng giáo dục và đào tạo các huyện, thành, thị;\n- Các trường trung học phô thông.',
  body: 'Ngày 28 tháng 12 năm 2017, Sở Giáo dục và Đào tạo nhận được Công văn số 5789/KH-BTC./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A',
});

describe('school scans from Phú Thọ (Sở GD&ĐT 1800, 1686, round 45)', () => {
  it('"V⁄ triển khai … thanh thiếu Phú Thọ, ngày 2 Ø tháng 12 năm 2017": a "V/v" that lost its "v", the dateline with a day read in two scraps run onto it', () => {
    const number = 'Số: đấ0/SGD&ĐT-KT&QLCLGD\nV⁄ triển khai Cuộc thi Sáng tạo thanh thiếu Phú Thọ, ngày 2 Ø tháng 12 năm 2017\n\nniên, nhi đồng tỉnh Phú Thọ năm 2018';
    const l = read(phuTho({ number })).letter;
    expect(l.subject).toBe('triển khai Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Phú Thọ năm 2018');
    expect([l.place, l.date.day, l.date.month, l.date.year]).toEqual(['Phú Thọ', null, 12, 2017]);
  });
  it('"Phú Thọ, ngàw/4tháng 10 năm 2015": a hand-filled day read as a slash and a digit glued to "tháng" leaves the day unread', () => {
    const number = 'Số:.⁄⁄%⁄ /SGD&ĐT-KT&KĐCLGD Phú Thọ, ngàw/4tháng 10 năm 2015\nV/v hướng dẫn thực hiện nhiệm vụ';
    const l = read(phuTho({ number })).letter;
    expect([l.place, l.date.day, l.date.month, l.date.year]).toEqual(['Phú Thọ', null, 10, 2015]);
  });
});

const thaiBinh = letterFrom({
  head: 'UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 87/SGDĐT-VP\n\nV/v Tham gia khóa học Tiếng Nhật Thái Bình, ngày 06_ tháng 02 năm 2018',
  greeting: 'Kính gửi: - Phòng GDĐT các huyện, thành phó;\n- Các trường THPT.',
  body: 'Nhằm nâng cao năng lực Ngoại ngữ cho cán bộ, Sở tổ chức khóa học tiếng Nhật./.',
  footer: 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A',
});

describe('school scans from Thái Bình (Sở GD&ĐT 87, 732, round 45)', () => {
  it('"V/v Tham gia khóa học Tiếng Nhật Thái Bình, ngày …": the place is the words the agency line ends on, the capitalised words before it the subject\'s', () => {
    const l = read(thaiBinh({})).letter;
    expect([l.subject, l.place, l.date.day]).toEqual(['Tham gia khóa học Tiếng Nhật', 'Thái Bình', 6]);
  });
  it('with the day unreadable, the whole dateline still read off the subject\'s line', () => {
    const number = 'Số: 87/SGDĐT-VP\n\nV/v Tham gia khóa học Tiếng Nhật Thái Bình, ngày 2 Ø tháng 02 năm 2018';
    const l = read(thaiBinh({ number })).letter;
    expect([l.subject, l.place, l.date.day, l.date.month]).toEqual(['Tham gia khóa học Tiếng Nhật', 'Thái Bình', null, 2]);
  });
  it('a place the agency lines do not name stays whole', () => {
    const number = 'Số: 87/SGDĐT-VP\n\nV/v Tham gia khóa học tại Đông Hưng Thái Bình, ngày 06 tháng 02 năm 2018';
    const head = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    expect(read(thaiBinh({ head, number })).letter.place).toBe('Đông Hưng Thái Bình');
  });
  it('"Só: †3SGDĐT-GDTrH - Thái Bình, ngày …": the slash lost, a sign and a digit glued to the symbol; the dash before the place joins nothing', () => {
    const number = 'Só: †3SGDĐT-GDTrH - Thái Bình, ngày 01 tháng 10 năm 2018\nV/v cử giáo viên';
    const l = read(thaiBinh({ number })).letter;
    expect([l.number, l.symbol, l.place, l.date.day]).toEqual([null, 'SGDĐT-GDTrH', 'Thái Bình', 1]);
  });
  it('"Số :†S4/CV - SGDĐT": a symbol typed with spaces round its hyphen stays whole', () => {
    const number = 'Số :†S4/CV - SGDĐT Thái Bình, ngày 01 tháng 10 năm 2018\nV/v cử giáo viên';
    expect(read(thaiBinh({ number })).letter.symbol).toBe('CV - SGDĐT');
  });
  it('"Số: /⁄#⁄ /SGDĐT-CTTT": signs alone before the last slash are the hand-filled number\'s scrawl', () => {
    const number = 'Số: /⁄#⁄ /SGDĐT-CTTT Vĩnh Long, ngày O2 tháng 02 năm 2020\nV/v cử giáo viên';
    const l = read(thaiBinh({ number })).letter;
    expect([l.number, l.symbol, l.place]).toEqual([null, 'SGDĐT-CTTT', 'Vĩnh Long']);
  });
  it('"[“v: cứ giáo viên …": a "V/v:" whose "V/" OCR read as two signs opens the subject', () => {
    const number = 'Só: 732/SGDĐT-GDTrH Thái Bình, ngày 01 tháng 10 năm 2018\n[“v: cứ giáo viên tham gia điễu\nhành tại lễ khai mạc đại hội';
    expect(read(thaiBinh({ number })).letter.subject).toBe('cứ giáo viên tham gia điễu hành tại lễ khai mạc đại hội');
  });
});

describe('a web page from Bộ Xây dựng (1022/BXD-KTXD, round 45)', () => {
  it('"Lưu VP, KTXD, S(8).": one capital with a count in brackets glued to it is the drafter\'s initial and the copies issued', () => {
    const { archive, drafter } = readArchive('- Lưu VP, KTXD, S(8).', 'BXD-KTXD');
    expect([archive.units, archive.copies, drafter]).toEqual([['VP', 'KTXD'], null, { initials: 'S', copies: 8 }]);
  });
  it('"Lưu: VT, KTXD (8).": a unit\'s own count in brackets stays the archive\'s', () => {
    const { archive, drafter } = readArchive('- Lưu: VT, KTXD (8).', 'BXD-KTXD');
    expect([archive.units, archive.copies, drafter]).toEqual([['VT', 'KTXD'], 8, null]);
  });
});

describe('a scan from Nhà xuất bản Giáo dục Việt Nam (2145/NXBGDVN, round 45)', () => {
  const nxb = letterFrom({
    head: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNHÀ XUÁT BẢN GIÁO DỤC VIỆT NAM Độc lập - Tự do - Hạnh phúc',
    number: 'Số: 2145/NXBGDVN Hà Nội, ngày 17 tháng 9 năm 2021\n\nV/v cung cấp phiên bản điện tử của SGK',
    greeting: 'Kính gửi: Sở Giáo dục và Đào tạo tỉnh Vĩnh Long',
    body: 'Trân trọng cảm ơn./.',
    footer: 'Nơi nhận: CHỦ TỊCH-HỘI ĐÔNG THÀNH VIÊN\n\n- Như kính gửi;\n\n- Bộ trưởng (để b/c);\n\n- Lưu VT, CNTT.\n\nTRÁC+ bì ;M HỮU” E r\n= MỘT THÀNH VIÊN )\nNHÀ XUẤT BẠN\n\nS\\',
  });
  it('"BỘ GIÁO DỤC VÀ ĐÀO TẠO" over "NHÀ XUẤT BẢN …": the ministry is the parent of its publisher', () => {
    expect(read(nxb({})).letter.agency).toEqual({ parent: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO', name: 'NHÀ XUÁT BẢN GIÁO DỤC VIỆT NAM' });
  });
  it('"Nơi nhận: CHỦ TỊCH-HỘI ĐÔNG THÀNH VIÊN": the chair of the members\' council is the signature\'s, the seal\'s "= MỘT THÀNH VIÊN )" no part of it, no signer invented', () => {
    const l = read(nxb({})).letter;
    expect(l.distribution).toEqual(['Như kính gửi', 'Bộ trưởng (để b/c)']);
    expect([l.signature.title, l.signature.signer]).toEqual(['CHỦ TỊCH-HỘI ĐÔNG THÀNH VIÊN', '']);
  });
});

describe('a scan from Thái Bình (Sở GD&ĐT 87, round 45): the seal cut the title short', () => {
  it('"KT. GIÁM ĐÓC" over "PHÓ GIÁM" (no name under it): "PHÓ GIÁM" is the title, no signer invented', () => {
    const footer = 'Nơi nhận: KT. GIÁM ĐÓC\nNhư kính gửi; PHÓ GIÁM\n- Lưu VT. ;';
    const sig = read(thaiBinh({ footer })).letter.signature;
    expect([sig.delegation, sig.title, sig.signer]).toEqual(['KT. GIÁM ĐÓC', 'PHÓ GIÁM', '']);
  });
  it('"Phó Đức Phương" under a title is still a name', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nPhó Đức Phương';
    expect(read(thaiBinh({ footer })).letter.signature.signer).toBe('Phó Đức Phương');
  });
});

describe('a scan from Vĩnh Long (Sở GD&ĐT 124, round 45): a footnote in small print between two pages', () => {
  const wrapped = [
    '2. Cán bộ quản lý, giáo viên, nhân viên đến trường để thực hiện các nhiệm vụ như',
    'sau:',
    '',
    '- Triển khai, quán triệt các văn bản chỉ đạo của các cấp, các ngành và của Sở Giáo',
    'dục và Đào tạo về việc phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới',
    'của vi rút Corona gây ra.',
    '',
    'Ị Chỉ thị số 05/CT-TTg ngày 28/01/2020 của Thủ tướng Chính phủ về phòng, chống dịch bệnh viêm đường hô hấp',
    'cấp do chủng mới của vị rút Corona gây ra; Chỉ thị số 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ về',
    'việc phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra; Quyết định số',
    '- 100% trường học chủ động sắp xếp, tổ chức tổng vệ sinh, rửa, lau tất cả mặt sàn,',
    'bàn ghế của tất cả các phòng học, phòng chức năng, ký túc xá, thiết bị dạy học, đồ chơi',
    'cho trẻ và hành lang, lối đi trong khuôn viên trường bằng xà phòng, hoàn thành trước 15',
    'giờ ngày 03/02/2020.',
    '',
    '- Rà soát, thống kê danh sách học sinh, giáo viên đi về từ vùng có dịch và gửi về Sở',
    'Giáo dục và Đào tạo (Phòng Chính trị, tư tưởng) qua thư điện tử trước 15 giờ ngày',
    '03/02/2020./.',
  ];
  it('lines a fifth longer than the body\'s, opening with the mark OCR read as "Ị", are dropped; the dashes around them stay', () => {
    const [clause] = tree(read(phuTho({ body: wrapped.join('\n') })).letter.body) as Array<Record<string, Array<Record<string, unknown>>>>;
    const dashes = Object.values(clause ?? {})[0]?.map((d) => Object.keys(d)[0]?.slice(0, 26));
    expect(dashes).toEqual(['dash: Triển khai, quán tri', 'dash: 100% trường học chủ ', 'dash: Rà soát, thống kê da']);
  });
  it('the same lines at the body\'s own width stay', () => {
    const short = wrapped.map((line) => (line.startsWith('Ị') ? 'Ị Chỉ thị số 05/CT-TTg ngày 28/01/2020 của Thủ tướng Chính phủ' : line));
    const text = JSON.stringify(read(phuTho({ body: short.join('\n') })).letter.body);
    expect(text).toContain('Chỉ thị số 05/CT-TTg');
  });
});

describe('the closing request of Sở GD&ĐT Thái Bình 732 (round 45)', () => {
  const clauses = '1. Thành phần đoàn:\n\n- Trưởng đoàn cô giáo Phạm Thị Huyền.\n\n3. Trang phục:\n\nNam áo sơ-mi trắng; Nữ áo dài.';
  it('"Sở Giáo dục và Đào tạo yêu cầu các đơn vị nghiêm túc thực hiện." as the last paragraph closes the letter, under no clause', () => {
    const body = `${clauses}\n\nSở Giáo dục và Đào tạo yêu cầu các đơn vị nghiêm túc thực hiện. Nếu có vướng mắc cần liên hệ về phòng GDTrH.`;
    expect(tree(read(thaiBinh({ body })).letter.body)).toEqual([
      { 'clause T: Thành phần đoàn:': [{ 'dash: Trưởng đoàn cô giáo Phạm Thị Huyền.': [] }] },
      { 'clause T: Trang phục:': ['p: Nam áo sơ-mi trắng; Nữ áo dài.'] },
      'p: Sở Giáo dục và Đào tạo yêu cầu các đơn vị nghiêm túc thực hiện. Nếu có vướng mắc cần liên hệ về phòng GDTrH.',
    ]);
  });
  it('the same request before more of the clause stays the clause\'s', () => {
    const body = `${clauses}\n\nSở Giáo dục và Đào tạo yêu cầu các đơn vị nghiêm túc thực hiện.\n\nGiày đen.`;
    const last = read(thaiBinh({ body })).letter.body.at(-1);
    expect(last?.kind === 'item' ? last.children.length : 0).toBe(3);
  });
});

describe('a scan from Phú Thọ (Sở GD&ĐT 1686, round 45): part "A." over an "I." OCR read for "1."', () => {
  const body = [
    'Sở GD&ĐT hướng dẫn như sau:',
    'A. NHIỆM VỤ TRỌNG TÂM',
    'I. Tiếp tục chú trọng bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ trong toàn tỉnh.',
    '2. Triển khai tổ chức nghiêm túc các kỳ thi.',
    '3. Tăng cường đổi mới kiểm tra, đánh giá.',
    'B. CÁC NHIỆM VỤ CỤ THỂ',
    'I. ĐỐI VỚI SỞ',
    '1. Công tác thi.',
  ].join('\n\n');
  it('"A." is a part\'s label kept in its paragraph, not clause 1; the "I." sentence over "2." is clause 1', () => {
    expect(tree(read(phuTho({ body })).letter.body)).toEqual([
      'p: Sở GD&ĐT hướng dẫn như sau:',
      'p: A. NHIỆM VỤ TRỌNG TÂM',
      { 'clause: Tiếp tục chú trọng bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ trong toàn tỉnh.': [] },
      { 'clause: Triển khai tổ chức nghiêm túc các kỳ thi.': [] },
      { 'clause: Tăng cường đổi mới kiểm tra, đánh giá.': [] },
      'p: B. CÁC NHIỆM VỤ CỤ THỂ',
      { 'section T: ĐỐI VỚI SỞ': [{ 'clause: Công tác thi.': [] }] },
    ]);
  });
  it('"I. KẾT QUẢ" in capitals over "2." stays a section (no sentence)', () => {
    const headed = body.replace('I. Tiếp tục chú trọng bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ trong toàn tỉnh.', 'I. KẾT QUẢ').replace('A. NHIỆM VỤ TRỌNG TÂM\n\n', '').concat('\n\nII. NHIỆM VỤ');
    const [, first] = tree(read(phuTho({ body: headed })).letter.body) as object[];
    expect(Object.keys(first ?? {})[0]).toBe('section T: KẾT QUẢ');
  });
});

describe('a layout PDF from Vĩnh Long (Sở GD&ĐT 2146, round 45), pasted indented', () => {
  it('"    Số:2146/SGDĐT-GDTrH-GDTX      Vĩnh Long, ngày …": the number line is no part of the place, so the symbol stays whole', () => {
    const number = '    Số:2146/SGDĐT-GDTrH-GDTX                  Vĩnh Long, ngày 16 tháng 9 năm 2021\n    V/v Bưu điện Vĩnh Long nhận vận chuyển';
    const l = read(phuTho({ number })).letter;
    expect([l.number, l.symbol, l.place]).toEqual([2146, 'SGDĐT-GDTrH-GDTX', 'Vĩnh Long']);
  });
});
