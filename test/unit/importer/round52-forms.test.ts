// Forms found while the fifty-second unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const customs = letterFrom({
  head: 'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 5589/TCHQ-TXNK Hà Nội, ngày 21 tháng 8 năm 2020\nV/v chính sách thuế đối với DNCX',
  greeting: 'Kính gửi: Công ty TNHH may mặc thời trang Renaissance.',
  body: 'Trả lời công văn số 08/2020-HQ&T của Công ty, Tổng cục Hải quan có ý kiến như sau:',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TXNK.\n\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\nNguyễn Văn A',
});

describe('an OCR\'d customs answer (TCHQ 5589, round 52)', () => {
  it('"số: B†8/vp.rm 2 Ì ya Nội, ngày) | Thánh 12 nam 2020" (TCHQ 613): a number read as a letter and a dagger, the day\'s pipe no table cell, "Thánh" the month\'s word, the lone letter before the place dropped', () => {
    const l = read(customs({ number: 'số: B†8/vp.rm 2 Ì ya Nội, ngày) | Thánh 12 nam 2020\nV/v trả lời các vướng mắc' })).letter;
    expect([l.number, l.symbol, l.place, l.date]).toEqual([null, 'vp.rm', 'ya Nội', { day: null, month: 12, year: 2020 }]);
  });
  it('"Số: 55 \'CHQ-TXNK Hà Nội, …": a quote mark where the slash was; the symbol is what follows it, not the place\'s', () => {
    const l = read(customs({ number: "Số: 55 'CHQ-TXNK Hà Nội, ngày 21 tháng 8 năm 2020\nV/v chính sách thuế đối với DNCX" })).letter;
    expect([l.number, l.symbol, l.place]).toEqual([55, 'CHQ-TXNK', 'Hà Nội']);
  });
  it('"Lưu: VT. TXNK- H.Linh (1b) VV": the unit, the drafter cut to an initial with the copies issued; the specks after the count go', () => {
    const r = readArchive('~ Lưu: VT. TXNK- H.Linh (1b) VV', 'TCHQ-TXNK');
    expect([r.archive, r.drafter]).toEqual([{ units: ['VT', 'TXNK'], copies: null }, { initials: 'H.Linh', copies: 1 }]);
  });
  it('"Lưu: VT, TTr (02). S." (Đồng Tháp 207 as our exporter prints it): a unit in mixed case with its copies is no name; the mark after it stays', () => {
    expect(readArchive('- Lưu: VT, TTr (02). S.', 'SGDĐT-TTr').drafter).toEqual({ initials: 'S', copies: null });
  });
  it('"Lưu: VT, KTN, Cao Cường (10b)." loses nothing after its count', () => {
    const r = readArchive('- Lưu: VT, KTN, Cao Cường (10b) .', 'UBND-KTN');
    expect([r.drafter, r.notes.filter((n) => n.kind === 'dropped')]).toEqual([{ initials: 'Cao Cường', copies: 10 }, []]);
  });
  it('"Tổng cục Hải quan có ý kiến để Công ty … được bit": the answer handed over closes the letter (its "./." lost to the ink), under no point', () => {
    const body = [
      'Trả lời công văn số 08/2020-HQ&T của Công ty, Tổng cục Hải quan có ý kiến như sau:',
      '1. Trường hợp DNCX nhận gia công cho doanh nghiệp nội địa',
      'a) Đối với DNCX:',
      'Về thuế GTGT đối với dịch vụ gia công của DNCX: đề nghị đối chiếu quy định tại khoản 7 Điều 30 Nghị định số 82/2018/NĐ-CP.',
      'Tổng cục Hải quan có ý kiến để Công ty TNHH may mặc thời trang Renaissance được bit Ay',
    ].join('\n\n');
    const t = tree(read(customs({ body })).letter.body) as unknown[];
    expect(t[t.length - 1]).toBe('p: Tổng cục Hải quan có ý kiến để Công ty TNHH may mặc thời trang Renaissance được bit Ay');
  });
});

const vinhLong = letterFrom({
  head: 'UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 110/SGDĐT-CTTT Vĩnh Long, ngày 2O tháng 01 năm 2020\nV/v phòng, chống dịch bệnh',
  greeting: 'Kính gửi: Các đơn vị trực thuộc Sở GDĐT.',
  body: 'Thực hiện Chỉ thị số 05/CT-TTg ngày 28/01/2020 của Thủ tướng Chính phủ về phòng, chống dịch bệnh, Sở GDĐT yêu cầu các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, CTTT.\n\nGIÁM ĐỐC\n\nNguyễn Thị Quyên Thanh',
});

describe('scans from Vĩnh Long (Sở GDĐT 110, 760, round 52)', () => {
  it('"ngày 2O tháng 01" in a letter carrying out a directive of 28/01: the mended day (20) cannot be, and is left empty', () => {
    const r = read(vinhLong({}));
    expect([r.letter.date, r.notes.some((n) => n.path === 'date.day' && n.message.includes('28/1/2020'))]).toEqual([{ day: null, month: 1, year: 2020 }, true]);
  });
  it('"ngày 2O tháng 01" with only earlier documents cited keeps 20; a typed day is never overruled', () => {
    const body = 'Thực hiện Công văn số 336/UBND-VX ngày 17/01/2020 của UBND tỉnh, Sở GDĐT yêu cầu các đơn vị thực hiện./.';
    expect(read(vinhLong({ body })).letter.date.day).toBe(20);
    const typed = 'Số: 110/SGDĐT-CTTT Vĩnh Long, ngày 20 tháng 01 năm 2020\nV/v phòng, chống dịch bệnh';
    expect(read(vinhLong({ number: typed })).letter.date.day).toBe(20);
  });
  it('"Lưu: VT, TTra." under "SGDĐT-TTr": the unit the symbol names, written out a little longer; no drafter', () => {
    const r = readArchive('- Lưu: VT, TTra.', 'SGDĐT-TTr');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'TTra'], null]);
  });
  it('"Nơi nhận?) KGIÁM+ĐỐCC": the signature\'s marred position beside a label whose colon OCR misread is no entry', () => {
    const footer = 'Nơi nhận?) KGIÁM+ĐỐCC\n- Ban Giám đốc (để chỉ đạo);\n- Website Sở;\n- Lưu: VT, TTr.';
    expect(read(vinhLong({ footer })).letter.distribution).toEqual(['Ban Giám đốc (để chỉ đạo)', 'Website Sở']);
  });
});

const thaiBinh = letterFrom({
  head: 'UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 299/SGDĐT\nV/v hướng dẫn tham gia Hội thi Sáng tạo\nThái Bình, ngày 14 tháng 5 năm 2018',
  greeting: 'Kính gửi: Hiệu trưởng các trường THPT.',
  body: 'Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như kính gửi;\n- Lưu VP, GDCN.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thị Bích Vân',
});

describe('a scan of Thái Bình\'s Sở GDĐT 299 (round 52)', () => {
  it('"Số:4#ƒSGDĐT": a one-part symbol glued after the hand-filled number\'s scrawl; the number is unread', () => {
    const l = read(thaiBinh({ number: 'Số:4#ƒSGDĐT\nV/v hướng dẫn tham gia Hội thi Sáng tạo\nThái Bình, ngày 14 tháng 5 năm 2018' })).letter;
    expect([l.number, l.symbol]).toEqual([null, 'SGDĐT']);
  });
  it('"4: Hướng dẫn tham gia …": the V and slash of "V/v:" read as a four; the lines are the subject', () => {
    const number = 'Số: 299/SGDĐT\n\n4: Hướng dẫn tham gia Hội thi Sáng\ntạo KH-KT tỉnh Thái Bình\n\nThái Bình, ngày 14 tháng 5 năm 2018';
    expect(read(thaiBinh({ number })).letter.subject).toBe('Hướng dẫn tham gia Hội thi Sáng tạo KH-KT tỉnh Thái Bình');
  });
  it('"Nơi nhận: “KT. GIÁM ĐÓC" / "Tú PHÓ GIÁM ĐÓC": a deputy\'s position with a stroke read as a word before it is the title, no entry', () => {
    const footer = 'Nơi nhận: “KT. GIÁM ĐÓC\nTú PHÓ GIÁM ĐÓC\n\n- Như kính gửi (để thực hiện);\n\n- Lưu VP, GDCN.\n\nTrần Thị Bích Vân';
    const l = read(thaiBinh({ footer })).letter;
    expect([l.distribution, l.signature.title]).toEqual([['Như kính gửi (để thực hiện)'], 'PHÓ GIÁM ĐÓC']);
  });
});

describe('round 52\'s Lâm Đồng reply and the Ban Chỉ đạo\'s markdown (Sở Tài chính 1865, BCĐ 174)', () => {
  it('"- Số điện thoại: 0964.171.919" / "Kính gửi Sở Nội vụ … tổng hợp./.": a line ending on a telephone number ended its sentence', () => {
    const body = 'Sở Tài chính cử 01 lãnh đạo Sở tham gia Ban, thông tin cụ thể như sau:\n- Họ và tên: Bùi Thị Tuyết Mai\n- Số điện thoại: 0964.171.919\nKính gửi Sở Nội vụ tỉnh Lâm Đồng tổng hợp theo quy định./.';
    const t = tree(read(thaiBinh({ body })).letter.body) as unknown[];
    expect(t.slice(-2)).toEqual([{ 'dash: Số điện thoại: 0964.171.919': [] }, 'p: Kính gửi Sở Nội vụ tỉnh Lâm Đồng tổng hợp theo quy định./.']);
  });
  it('"… thực hiện** (danh mục …),*": a stray "**" glued to the word before it opens no bold for the paragraphs after it', () => {
    const body = [
      'Ban Chỉ đạo yêu cầu các đồng chí Bộ trưởng chỉ đạo thực hiện các nội dung sau:',
      '*1.2. Đối với 10 nhiệm vụ cần điều chỉnh thẩm quyền giữa trung ương với địa',
      'phương** (danh mục cụ thể theo Báo cáo số 11296/BC-BNV),* các Bộ xây dựng phương án.',
      '*1.3.* Trên cơ sở các Nghị định của',
      'Chính phủ về phân cấp, phân quyền, các Bộ thực hiện rà soát.',
    ].join('\n');
    const l = read(thaiBinh({ body })).letter;
    expect(l.body.slice(2).flatMap((b) => b.content.filter((r) => r.bold).map((r) => r.text))).toEqual([]);
  });
  it('"1.3. Trên cơ sở các Nghị định của" / "Chính phủ về …": a short labelled line ending on "của" is no title; the sentence goes on', () => {
    const body = 'Ban Chỉ đạo yêu cầu các đồng chí Bộ trưởng chỉ đạo thực hiện các nội dung sau đây, bảo đảm đúng tiến độ:\n1.3. Trên cơ sở các Nghị định của\nChính phủ về phân cấp, phân quyền, các Bộ thực hiện rà soát, có kế hoạch sửa đổi các quy định.';
    const l = read(thaiBinh({ body })).letter;
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))[1]).toBe('1.3. Trên cơ sở các Nghị định của Chính phủ về phân cấp, phân quyền, các Bộ thực hiện rà soát, có kế hoạch sửa đổi các quy định.');
  });
});

describe('a first line wrapped on a ";" (Vĩnh Long 760, round 52)', () => {
  const lines = [
    'Sở Giáo dục và Đào tạo yêu cầu các đơn vị quán triệt và thực hiện nghiêm túc các',
    'nội dung về công tác bảo mật đề kiểm tra học kì, tổ chức kiểm tra đột xuất các cơ',
    'sở dạy thêm, học thêm trên địa bàn; kịp thời báo cáo, xin ý kiến chỉ đạo của Sở',
    'khi phát hiện các sai phạm liên quan đến việc dạy thêm, học thêm và việc bảo mật',
    'đề kiểm tra học kì, quản lý dạy thêm, học thêm.',
    'Đề nghị Trưởng phòng chuyên môn, nghiệp vụ thuộc Sở Giáo dục và Đào tạo;',
    'Trưởng phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố; Hiệu trưởng các',
    'trường THCS&THPT, THPT thực hiện nghiêm các yêu cầu trên./.',
  ];
  it('the first line, shorter by its indent, filled the width on its ";": the sentence goes on', () => {
    const texts = read(vinhLong({ body: lines.join('\n') })).letter.body.map((b) => b.content.map((r) => r.text).join(''));
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/^Đề nghị Trưởng phòng chuyên môn, .* Trưởng phòng Giáo dục .* trên\.\/\.$/u);
  });
  it('a ground ("Căn cứ …;") on its first line is its own paragraph', () => {
    const grounds = [...lines.slice(0, 5), 'Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019 và các văn bản hướng dẫn luật;', 'Căn cứ Thông tư số 11/2017/TT-BCA ngày 23 tháng 3 năm 2017 của Bộ Công an./.'];
    expect(read(vinhLong({ body: grounds.join('\n') })).letter.body).toHaveLength(3);
  });
});
