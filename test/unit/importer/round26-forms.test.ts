// Forms found in the twenty-sixth unseen round (Vĩnh Long and Thái Bình scans OCR'd by tesseract, a
// ministry's old OCR layer, a Sở's signed PDF whose e-signature box runs onto the position, a trade
// union's -layout header), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const letter = letterFrom({
  head: 'UBND TỈNH VĨNH LONG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 772/SGDĐT-CTTT\nVĩnh Long, ngày 19 tháng 5 năm 2020\nV/v tăng cường công tác đảm bảo trật tự an toàn giao thông',
  greeting: 'Kính gửi:\n- Trưởng phòng GDĐT các huyện, thị xã, thành phố;\n- Hiệu trưởng các trường THPT.',
  body: 'Căn cứ Công văn số 1713/BGDĐT-GDCTHSSV, Sở đề nghị các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, CTTT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrương Thanh Nhuận',
});

describe('the number line', () => {
  it('"Số: 44" / "" / "/SGDĐT-VP": a typed number cut from its symbol by the blank the records clerk fills', () => {
    const l = read(letter({ number: 'Số: 44\n\n/SGDĐT-VP\n\nĐồng Tháp, ngày 28 tháng 02 năm 2021\n\nV/v cho học sinh nghỉ học' })).letter;
    expect([l.number, l.symbol, l.place, l.date.day]).toEqual([44, 'SGDĐT-VP', 'Đồng Tháp', 28]);
  });
  it('"Số: ff-›/SGDĐT-CTTT", "Số: +9 /TTr": a hand-filled number OCR read as signs leaves it empty and keeps the symbol', () => {
    const signs = read(letter({ number: 'Số: ff-›/SGDĐT-CTTT Vĩnh Long, ngày 12 tháng 5 năm 2020\n\nV/v tăng cường công tác an toàn giao thông' }));
    expect([signs.letter.number, signs.letter.symbol, signs.letter.place]).toEqual([null, 'SGDĐT-CTTT', 'Vĩnh Long']);
    const plus = read(letter({ number: 'Số: +9 /TTr Thái Bình, ngày 21 tháng 5 năm 2018\nV/v thanh tra công tác chuẩn bị thi' }));
    expect([plus.letter.number, plus.letter.symbol, plus.letter.date.day]).toEqual([null, 'TTr', 21]);
    expect(plus.notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });
  it('"S6:4141./BGDDT-GDTC": a full stop after the digits ends the number', () => {
    const l = read(letter({ number: 'S6:4141./BGDDT-GDTC\nHa Noi, ngay 13 thang 3 nam 2019\nV/v tang cuong chi dao' })).letter;
    expect([l.number, l.symbol]).toEqual([4141, 'BGDDT-GDTC']);
  });
});

describe('the subject', () => {
  it('"(⁄ thanh tra …" / "năm học 2018-2019)": "V/v" read as a bracket; the bracket that closes nothing goes too', () => {
    const { letter: l, notes } = read(letter({ number: 'Số: 20/TTr\nThái Bình, ngày 21 tháng 5 năm 2018\n(⁄ thanh tra công tác chuẩn bị thi THPT quốc\ngia năm 2018\n\nnăm học 2018-2019)' }));
    expect(l.subject).toBe('thanh tra công tác chuẩn bị thi THPT quốc gia năm 2018 năm học 2018-2019');
    expect(notes.some((n) => n.path === 'subject' && n.kind === 'dropped')).toBe(true);
    // A bracket the subject opened stays.
    expect(read(letter({ number: 'Số: 20/TTr\nThái Bình, ngày 21 tháng 5 năm 2018\nV/v hướng dẫn thi (đợt 2)' })).letter.subject).toBe('hướng dẫn thi (đợt 2)');
  });
  it('"V/v góp ý dự thảo Thông tư␣␣␣␣Hà Giang, ngày …" / "của Bộ …": the dateline in the other column leaves the subject open', () => {
    const head = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG           CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n CÔNG ĐOÀN NGÀNH GIÁO DỤC                       Độc lập - Tự do - Hạnh phúc';
    const number = '\n          Số: 117 /CĐN\n    V/v góp ý dự thảo Thông tư                Hà Giang, ngày 8 tháng 11 năm 2017\n    của Bộ Giáo dục và Đào tạo';
    const l = read(letter({ head, number, greeting: '              Kính gửi:          Công đoàn cơ sở trực thuộc' })).letter;
    expect([l.subject, l.place, l.date.day]).toEqual(['góp ý dự thảo Thông tư của Bộ Giáo dục và Đào tạo', 'Hà Giang', 8]);
    // "CÔNG ĐOÀN NGÀNH …" is the issuing union, under its provincial federation.
    expect(l.agency).toEqual({ parent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG', name: 'CÔNG ĐOÀN NGÀNH GIÁO DỤC' });
  });
});

describe('the body', () => {
  it('"c) Hệ thống dạy học trực tuyến" / its text / "2. …": a heading with nothing under it yet takes the paragraph after it', () => {
    const body =
      'Sở hướng dẫn như sau:\n1. Các hình thức dạy học qua Internet\na) Hệ thống quản lý học tập\nHệ thống quản lý học tập là hệ thống phần mềm cho phép tổ chức lớp học.\nb) Hệ thống dạy học trực tuyến\nHệ thống dạy học trực tuyến là phần mềm ứng dụng cho phép tổ chức lớp học.\n2. Yêu cầu về hạ tầng kỹ thuật\nCác đơn vị bảo đảm đường truyền.\nSở đề nghị các đơn vị thực hiện./.';
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: Sở hướng dẫn như sau:',
      {
        'clause T: Các hình thức dạy học qua Internet': [
          { 'point T: Hệ thống quản lý học tập': ['p: Hệ thống quản lý học tập là hệ thống phần mềm cho phép tổ chức lớp học.'] },
          { 'point T: Hệ thống dạy học trực tuyến': ['p: Hệ thống dạy học trực tuyến là phần mềm ứng dụng cho phép tổ chức lớp học.'] },
        ],
      },
      { 'clause T: Yêu cầu về hạ tầng kỹ thuật': ['p: Các đơn vị bảo đảm đường truyền.'] },
      'p: Sở đề nghị các đơn vị thực hiện./.',
    ]);
  });
});

describe('the footer', () => {
  it('"Nà dd ¡. KT.GIÁM ĐÓC" over "- Như trên (để thực hiện); ˆ Ắ :": the label OCR garbled, ended by a stop', () => {
    const { letter: l, notes } = read(letter({ footer: 'Nà dd ¡. KT.GIÁM ĐÓC\n- Như trên (để thực hiện); ˆ Ắ :\n- Bộ GDĐT (để báo cáo); PHO GIAM ĐỌC\n- Lưu: VT, CTTT.\n\nTrương Thanh Nhuận' }));
    expect(l.distribution).toEqual(['Như trên (để thực hiện)', 'Bộ GDĐT (để báo cáo)']);
    expect(l.signature.delegation).toBe('KT.GIÁM ĐÓC');
    expect(notes.some((n) => n.path === 'distribution' && n.message.includes('"Nà dd ¡."'))).toBe(true);
    // A sentence's last words beside the marker are no label.
    const closing = read(letter({ footer: 'Trân trọng. KT. GIÁM ĐỐC\n- Như trên;\n- Lưu: VT. PHÓ GIÁM ĐỐC\n\nTrương Thanh Nhuận' })).letter;
    expect(closing.distribution).not.toContain('Trân trọng');
  });
  it('"- - Như kính gửi ._ (#nn nà": the seal\'s specks after an entry\'s full stop are dropped', () => {
    const l = read(letter({ footer: 'Nơi nhận:\n- - Như kính gửi ._ (#nn nà\n- Lưu: VT.\n\nCHÁNH THANH TRA\n\nBùi Văn Chương' })).letter;
    expect(l.distribution).toEqual(['Như kính gửi']);
  });
  it('"à “Bùi Vấn Chương": a speck and a quote mark glued before the signer\'s name', () => {
    const l = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHÁNH THANH TRA\n\nà “Bùi Vấn Chương' })).letter;
    expect([l.signature.title, l.signature.signer]).toEqual(['CHÁNH THANH TRA', 'Bùi Vấn Chương']);
  });
  it('"PHÓ GIÁM ĐỐC Sở Giáo dục và" / "Đào tạo" / "30.03.2020": the e-signature box\'s office name run onto the position', () => {
    const { letter: l, notes } = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GDTrH.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC Sở Giáo dục và\n\nĐào tạo\nTỉnh Gia Lai\n30.03.2020\n16:30:05 +07:00\n\nLê Duy Định' }));
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signer: 'Lê Duy Định' });
    expect(notes.some((n) => n.path === 'signature' && n.message.includes('"Sở Giáo dục và"'))).toBe(true);
    // A signer's name on the position's line is still the signer's.
    expect(read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC Lê Duy Định' })).letter.signature.signer).toBe('Lê Duy Định');
  });
  it('"Lưu: VT, Tir." under "Số: 20/TTr": the unit the symbol names, one letter misread, is no drafter\'s mark', () => {
    const r = readArchive('- Lưu: VT, Tir.', 'TTr');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'Tir'], null]);
    expect(r.notes.some((n) => n.path === 'archive.units' && n.message.includes('"Tir"'))).toBe(true);
    // Initials unlike the symbol's unit, after the drafting unit, are still the drafter's; right after the
    // records desk, with no unit before them, they stand in the unit's place (round 51: "VT, Tin.").
    expect(readArchive('- Lưu: VT, KGVX, Hải.', 'UBND-HAN').drafter).toEqual({ initials: 'HẢI', copies: null });
    expect(readArchive('- Lưu: VT, Hải.', 'UBND-HAN').archive.units).toEqual(['VT', 'Hải']);
  });
  it('"Lưu: VT, 02b.": the copies with the "b" of "bản", without brackets', () => {
    const r = readArchive('- Lưu: VT, TCCB, 02b.', 'SGDĐT-TCCB');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT', 'TCCB'], 2, null]);
  });
});
