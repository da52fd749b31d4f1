// Forms found while the thirty-seventh unseen round was collected, and misses the probes showed, each
// tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

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

const thaiBinh = letterFrom({
  head: 'UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 30/SGDĐT- VP Thái Bình, ngày 15 tháng 5 năm 2018\n\nV/v hưởng ứng ngày thế giới không hút\nthuốc lá 31/5',
  greeting: 'Kính gửi: - Phòng GD&ĐT các huyện, thành phố;\n- Trường MN Hoa Hồng.',
  body: 'Sở GD&ĐT Thái Bình yêu cầu các đơn vị thực hiện tốt một số nội dung sau.\n\nYêu cầu các đơn vị nghiêm túc thực hiện./.',
  footer: 'Nơi nhận: GIÁM ĐỐC\n- Như trên;\n- Lưu VT.\n\nTrần Thị Bích Vân',
});

describe('a department letter OCR\'d with specks at its edges (Thái Bình 305)', () => {
  it('"\\UBND TỈNH THÁI BÌNH": a backslash glued before the parent agency is a speck, dropped with a note', () => {
    const r = read(thaiBinh({ head: '\\UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc' }));
    expect(r.letter.agency.parent).toBe('UBND TỈNH THÁI BÌNH');
    expect(r.notes.some((n) => n.path === 'agency.name' && n.kind === 'dropped' && n.source === '\\')).toBe(true);
  });
  it('"Vv/Hưởng ứng …": the subject marker typed with a slash after its two letters leaves no slash in the subject', () => {
    const r = read(thaiBinh({ number: 'Số: 30/SGDĐT- VP Thái Bình, ngày 15 tháng 5 năm 2018\n\nVv/Hưởng ứng ngày thế giới không hút\nthuốc lá 31/5' }));
    expect(r.letter.subject).toBe('Hưởng ứng ngày thế giới không hút thuốc lá 31/5');
  });
  it('"- Như trên; / TỰ": a slash alone and two capitals beside the first entry are the seal\'s scraps', () => {
    const r = read(thaiBinh({ footer: 'Nơi nhận: GIÁM ĐỐC\n- Như trên; / TỰ\n- Lưu VT.\n\nTrần Thị Bích Vân' }));
    expect(r.letter.distribution).toEqual(['Như trên']);
  });
  it('"- Như trên; để b/c": an abbreviation with its slash stays the entry\'s', () => {
    const r = read(thaiBinh({ footer: 'Nơi nhận: GIÁM ĐỐC\n- Như trên; b/c\n- Lưu VT.\n\nTrần Thị Bích Vân' }));
    expect(r.letter.distribution).toEqual(['Như trên; b/c']);
  });
});

const bacNinh = letterFrom({
  head: 'UBND TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 248/SGDĐT-CTHSSV Bắc Ninh, ngày 28 tháng 02 năm 2020\nV/v thông báo cho học sinh, sinh viên đi học trở lại',
  greeting: 'Kính gửi: - Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;\n- Các đơn vị trực thuộc;\n- Trường Cao đẳng Công nghiệp Hưng Yên cơ sở 2;\nTHÁI Vịnh - Các Trung tâm: GDNN-GDTX huyện; Ngoại ngữ; Ngoại\nngữ-Tin học trên địa bàn tỉnh.',
  body: 'Thực hiện Công văn số 550/BGDĐT-GDTC của Bộ Giáo dục và Đào tạo,\n\n1. Sở GDĐT đề nghị các đơn vị thông báo kịp thời.\n\n2. Các cơ sở giáo dục tiếp tục triển khai một số nội dung sau:\n\n2.1. Đối với các cơ sở giáo dục tiếp tục tạm nghỉ học\nThực hiện nghiêm túc Công văn số 193/SGDĐT-CTHSSV.\n\n22. Đối với các cơ sở giáo dục có học sinh đi học trở lại\n\na) Tổng vệ sinh, tẩy trùng phòng lớp học.\n\ne) Kiểm soát chặt chẽ người ra, vào khuôn viên nhà trường.\n\nø) Trong thời gian dịch bệnh chưa chấm dứt, các nhà trường không tổ\nchức các hoạt động tập trung đông học sinh.\n\n3. Sở GDĐT yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.',
  footer: 'Nơi nhận: KT. GIÁM ĐỐC\n- Như trên;\n- Lưu: VT, CTHSSV.\n\nNguyễn Thế Sơn',
});

describe('a department letter OCR\'d with its stamp and its labels marred (Bắc Ninh 248)', () => {
  it('"THÁI Vịnh - Các Trung tâm: …" wrapped on: a stamp\'s two words before the next entry go; the entry stays whole', () => {
    const r = read(bacNinh({}));
    expect(r.letter.recipients).toEqual([
      'Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố',
      'Các đơn vị trực thuộc',
      'Trường Cao đẳng Công nghiệp Hưng Yên cơ sở 2',
      'Các Trung tâm: GDNN-GDTX huyện; Ngoại ngữ; Ngoại ngữ-Tin học trên địa bàn tỉnh',
    ]);
  });
  it('"2.1." then "22.": a clause numbered as the next sub-label with its dot lost is that sub-label, kept as text; "ø)" after "e)" is point g)', () => {
    const r = read(bacNinh({}));
    expect((tree(r.letter.body) as unknown[]).slice(1)).toEqual([
      { 'clause: Sở GDĐT đề nghị các đơn vị thông báo kịp thời.': [] },
      {
        'clause: Các cơ sở giáo dục tiếp tục triển khai một số nội dung sau:': [
          'p: 2.1. Đối với các cơ sở giáo dục tiếp tục tạm nghỉ học',
          'p: Thực hiện nghiêm túc Công văn số 193/SGDĐT-CTHSSV.',
          'p: 22. Đối với các cơ sở giáo dục có học sinh đi học trở lại',
          { 'point: Tổng vệ sinh, tẩy trùng phòng lớp học.': [] },
          { 'point: Kiểm soát chặt chẽ người ra, vào khuôn viên nhà trường.': [] },
          { 'point: Trong thời gian dịch bệnh chưa chấm dứt, các nhà trường không tổ chức các hoạt động tập trung đông học sinh.': [] },
        ],
      },
      { 'clause: Sở GDĐT yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.': [] },
    ]);
    expect(r.notes.filter((n) => n.path === 'body' && n.kind === 'uncertain' && /"22\."|"ø\)"/.test(n.message))).toHaveLength(2);
  });
  it('"ø)" after "f)", a letter no point is labelled with, stays text', () => {
    const r = read(bacNinh({ body: 'f) Kiểm soát chặt chẽ người ra, vào trường.\n\nø) Trong thời gian dịch bệnh chưa chấm dứt./.' }));
    expect(tree(r.letter.body)).toEqual(['p: f) Kiểm soát chặt chẽ người ra, vào trường.', 'p: ø) Trong thời gian dịch bệnh chưa chấm dứt./.']);
  });
  it('"22." with no "2.1." before it stays clause 22', () => {
    const r = read(bacNinh({ body: '21. Các cơ sở giáo dục tiếp tục triển khai.\n\n22. Đối với các cơ sở giáo dục có học sinh đi học trở lại./.' }));
    expect(tree(r.letter.body)).toEqual([{ 'clause: Các cơ sở giáo dục tiếp tục triển khai.': [] }, { 'clause: Đối với các cơ sở giáo dục có học sinh đi học trở lại./.': [] }]);
  });
  it('"… để có" / "" / "ý" / "biện pháp xử lý": a letter alone set apart by a blank line inside a sentence goes; "./.?!ý_ “" after the closing goes', () => {
    const r = read(bacNinh({ body: 'Các nhà trường báo cáo để có\n\ný\nbiện pháp xử lý kịp thời.\n\nSở GDĐT yêu cầu các đơn vị thực hiện./.?!ý_ “' }));
    expect(tree(r.letter.body)).toEqual(['p: Các nhà trường báo cáo để có biện pháp xử lý kịp thời.', 'p: Sở GDĐT yêu cầu các đơn vị thực hiện./.']);
  });
  it('"… những" / "a" / "vấn đề …": a letter on the line right under the sentence\'s stays (a wrapped word)', () => {
    const r = read(bacNinh({ body: 'Nếu có phát sinh những\na\nvấn đề khó khăn thì báo cáo kịp thời./.' }));
    expect(tree(r.letter.body)).toEqual(['p: Nếu có phát sinh những a vấn đề khó khăn thì báo cáo kịp thời./.']);
  });
});

describe('a ministry letter from a web page, the dateline glued to the recipients (Bộ Y tế 908)', () => {
  it('"… năm 2016Kính gửi: - Sở Y tế …": the label glued to the year is cut off the dateline', () => {
    const text = 'BỘ Y TẾ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 908 / BYT - BH\n\nV/v hướng dẫn bổ sung thông tin thuốc\n\nHà Nội, ngày 22 tháng 02 năm 2016Kính gửi: - Sở Y tế các tỉnh, thành phố trực thuộc Trung ương\n\n • Các Bệnh viện trực thuộc Bộ Y tế\n\nBộ Y tế đề nghị Thủ trưởng các đơn vị thực hiện./.';
    const r = read(text);
    expect([r.letter.place, r.letter.date]).toEqual(['Hà Nội', { day: 22, month: 2, year: 2016 }]);
    expect(r.letter.recipients).toEqual(['Sở Y tế các tỉnh, thành phố trực thuộc Trung ương', 'Các Bệnh viện trực thuộc Bộ Y tế']);
  });
});

describe('archive lines of Lâm Đồng\'s Sở VHTTDL 2601 and VPCP 4739', () => {
  it('"- Lưu: VT, QL TDTT (T.Toàn).": the symbol\'s unit typed with a space is one unit; a name cut to its initial is kept as typed', () => {
    const r = readArchive('- Lưu: VT, QL TDTT (T.Toàn).', 'SVHTTDL-QLTDTT');
    expect([r.archive, r.drafter]).toEqual([{ units: ['VT', 'QL TDTT'], copies: null }, { initials: 'T.Toàn', copies: null }]);
  });
  it('"- Lưu: VT, QL TDTT." of another symbol: two units', () => {
    expect(readArchive('- Lưu: VT, QL TDTT.', 'SVHTTDL-VP').archive.units).toEqual(['VT', 'QL', 'TDTT']);
  });
  it('"- Lưu: VT, NN (02), VLA": capitals after the unit\'s copies and a comma are the drafter\'s mark, with a note', () => {
    const r = readArchive('- Lưu: VT, NN (02), VLA', 'VPCP-NN');
    expect([r.archive, r.drafter]).toEqual([{ units: ['VT', 'NN'], copies: 2 }, { initials: 'VLA', copies: null }]);
    expect(r.notes.some((n) => n.path === 'drafter' && n.kind === 'uncertain')).toBe(true);
  });
  it('"- Lưu: VT, TH (2), NN" of "VPCP-NN": the unit the symbol names stays a unit', () => {
    const r = readArchive('- Lưu: VT, TH (2), NN', 'VPCP-NN');
    expect([r.archive, r.drafter]).toEqual([{ units: ['VT', 'TH', 'NN'], copies: 2 }, null]);
  });
});

describe('a department letter in `pdftotext -layout` shape with a table in its body (Sở Xây dựng Lâm Đồng 951)', () => {
  const text = (rows: string) =>
    `       UBND TỈNH LÂM ĐỒNG               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n          SỞ XÂY DỰNG                         Độc lập - Tự do - Hạnh phúc\n\n       Số: 951    /SXD-QLCLCT               Lâm Đồng, ngày 27 tháng 8 năm 2025\n  V/v cử thành viên tham gia Hội đồng\n   An toàn, vệ sinh lao động tỉnh\n\n                           Kính gửi: Sở Nội vụ tỉnh Lâm Đồng\n\n       Sở Xây dựng cử thành viên tham gia Hội đồng ATVSLĐ trên địa bàn tỉnh Lâm Đồng, như sau:\n\n${rows}\n\n     Sở Xây dựng cử thành viên tham gia như trên gửi Sở Nội vụ tỉnh Lâm\nĐồng được biết, tổng hợp thực hiện theo quy định./.\n\nNơi Nhận:                                                 GIÁM ĐỐC\n- Như trên;\n- Lưu VT, QLCLCT.\n\n                                                          Lê Ngọc Tiến`;
  it('each row of cells parted by wide gaps is a paragraph of its own', () => {
    const r = read(text(' STT             Họ và tên                Chức vụ             Điện thoại\n   1        Phan Nhật Thanh             Phó Giám đốc Sở         0357.668.668'));
    expect(tree(r.letter.body)).toEqual([
      'p: Sở Xây dựng cử thành viên tham gia Hội đồng ATVSLĐ trên địa bàn tỉnh Lâm Đồng, như sau:',
      'p: STT Họ và tên Chức vụ Điện thoại',
      'p: 1 Phan Nhật Thanh Phó Giám đốc Sở 0357.668.668',
      'p: Sở Xây dựng cử thành viên tham gia như trên gửi Sở Nội vụ tỉnh Lâm Đồng được biết, tổng hợp thực hiện theo quy định./.',
    ]);
  });
  it('a justified line stretched wide, single words between its gaps, goes on in its sentence', () => {
    const r = read(text('       Các thành viên báo cáo kết quả về Sở Xây dựng qua\nSở       GDĐT       (điện    thoại      0357.668.668     hoặc       Email:\nthanhtra@lamdong.gov.vn) để tổng hợp.'));
    expect((tree(r.letter.body) as unknown[])[1]).toBe('p: Các thành viên báo cáo kết quả về Sở Xây dựng qua Sở GDĐT (điện thoại 0357.668.668 hoặc Email: thanhtra@lamdong.gov.vn) để tổng hợp.');
  });
});

const phuTho = letterFrom({
  head: 'UBND TỈNH PHÚ THỌ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do -Hạnh phúc',
  number: 'Số: 232 /SGD&ĐT-CTHSSV Phú Thọ, ngày 27 tháng 10 năm 2015\n\nV/v triển khai, tổ chức thực hiện bài tập\nthể dục buổi sáng',
  greeting: 'Kính gửi:\n- Phòng GD&ĐT các huyện, thành, thị;\n-- Các Trường THPT.',
  body: 'Sở Giáo dục và Đào tạo đề nghị triển khai một số nội dung sau:\n\n. Chỉ đạo, tổ chức triển khai hoạt động tập thể dục giữa giờ.\n\n2. Tổ chức tập huấn cho giáo viên trong các nhà trường.\n\nKẺ Căn cứ vào điều kiện thực tế, nhà trường chủ động lựa chọn hình thức:\n\n- Bài thể dục buổi sáng;\n\n- Bài võ cổ truyền.\n\n4. Tăng cường công tác chỉ đạo, kiểm tra.\n\nSở Giáo dục và Đào tạo đề nghị thực hiện nghiêm túc nội dung trên./.',
  footer: 'Wới nhận: KT. GIAM ĐỌC\n- Như kính gửi: oị cBRRS GIÁM ĐÓC\n- Website của Sở:\n\n- Lưu VP.CTHSSV.',
});

describe('a department letter OCR\'d with its labels marred (Phú Thọ 1832, read 232)', () => {
  it('"-- Các Trường THPT.": a dash OCR read twice is one dash', () => {
    expect(read(phuTho({})).letter.recipients).toEqual(['Phòng GD&ĐT các huyện, thành, thị', 'Các Trường THPT']);
  });
  it('". Chỉ đạo …" before "2." and "KẺ Căn cứ …" between "2." and "4.": the clauses the numbering skips, with notes', () => {
    const r = read(phuTho({}));
    expect((tree(r.letter.body) as unknown[]).slice(1, 5)).toEqual([
      { 'clause: Chỉ đạo, tổ chức triển khai hoạt động tập thể dục giữa giờ.': [] },
      { 'clause: Tổ chức tập huấn cho giáo viên trong các nhà trường.': [] },
      { 'clause: Căn cứ vào điều kiện thực tế, nhà trường chủ động lựa chọn hình thức:': [{ 'dash: Bài thể dục buổi sáng;': [] }, { 'dash: Bài võ cổ truyền.': [] }] },
      { 'clause: Tăng cường công tác chỉ đạo, kiểm tra.': [] },
    ]);
    expect(r.notes.filter((n) => n.path === 'body' && n.kind === 'uncertain' && /nhãn mục "[13]\."/.test(n.message))).toHaveLength(2);
  });
  it('"I." read as clause 1, then "KẺ …" and "2.": no clause is skipped, so "KẺ …" stays clause 1\'s paragraph', () => {
    const r = read(phuTho({ body: 'I. Tổ chức tập huấn cho giáo viên.\n\nKẺ Căn cứ vào điều kiện thực tế, nhà trường chủ động lựa chọn.\n\n2. Tăng cường công tác chỉ đạo, kiểm tra./.' }));
    expect(tree(r.letter.body)).toEqual([{ 'clause: Tổ chức tập huấn cho giáo viên.': ['p: KẺ Căn cứ vào điều kiện thực tế, nhà trường chủ động lựa chọn.'] }, { 'clause: Tăng cường công tác chỉ đạo, kiểm tra./.': [] }]);
  });
  it('"KẺ Căn cứ …" where no clause is skipped stays a paragraph', () => {
    const r = read(phuTho({ body: '1. Tổ chức tập huấn cho giáo viên.\n\nKẺ Căn cứ vào điều kiện thực tế, nhà trường chủ động lựa chọn.\n\n2. Tăng cường công tác chỉ đạo, kiểm tra./.' }));
    expect(tree(r.letter.body)).toEqual([{ 'clause: Tổ chức tập huấn cho giáo viên.': ['p: KẺ Căn cứ vào điều kiện thực tế, nhà trường chủ động lựa chọn.'] }, { 'clause: Tăng cường công tác chỉ đạo, kiểm tra./.': [] }]);
  });
  it('"Wới nhận: KT. GIAM ĐỌC": OCR\'s W for the N still opens Nơi nhận; a stamp\'s letters after "Như kính gửi:" go; "VP.CTHSSV" is two units', () => {
    const r = read(phuTho({}));
    expect(r.letter.signature.delegation).toBe('KT. GIAM ĐỌC');
    expect(r.letter.signature.title).toBe('GIÁM ĐÓC');
    expect(r.letter.distribution).toEqual(['Như kính gửi', 'Website của Sở']);
    expect(r.letter.archive).toEqual({ units: ['VP', 'CTHSSV'], copies: null });
  });
});

describe('Nơi nhận rows with the signature column\'s scraps after each entry (Phú Thọ 636, round 36)', () => {
  const footer = (rows: string) => read(phuTho({ footer: `Nơi nhận: KT. GIÁM ĐỐC\n${rows}\n- Lưu: VT, VP.` })).letter.distribution;
  it('"- TT CĐN; ly", "- Website Sở; .. lê", "- Các PGĐ Sở: ⁄Z XU)": two small letters or a fraction slash\'s scraps after the end go', () => {
    expect(footer('- Như trên;\n- Các PGĐ Sở: ⁄Z XU)\n- TT CĐN; ly\n- Website Sở; .. lê')).toEqual(['Như trên', 'Các PGĐ Sở', 'TT CĐN', 'Website Sở']);
  });
  it('"- Các phòng: TH; KT" and "- Sở Tài chính; để b/c": units and an aside after the end stay', () => {
    expect(footer('- Như trên;\n- Các phòng: TH; KT\n- Sở Tài chính; để b/c')).toEqual(['Như trên', 'Các phòng: TH; KT', 'Sở Tài chính; để b/c']);
  });
});
