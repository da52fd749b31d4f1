// Forms found in the thirtieth unseen round (a Công an tỉnh scan certified as a copy, with its unit's
// address at each page's foot; an old OCR layer without diacritics; a cinet page whose archive line
// is parted by full stops; a PDF whose asterisks are the author's), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const letter = letterFrom({
  head: 'BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 855/CAT-PA05 Lâm Đồng, ngày 20 tháng 8 năm 2025\nV/v đôn đốc cử nhân sự tham gia Đội\nứng cứu sự cố mạng, máy tính tỉnh Lâm Đồng',
  greeting: 'Kính gửi:\n- Văn phòng Tỉnh ủy;\n- Văn phòng UBND tỉnh.',
  body: 'Công an tỉnh đề nghị các cơ quan, đơn vị khẩn trương gửi danh sách trước ngày 22/8/2025.\n\nRất mong nhận được sự quan tâm phối hợp của các đồng chí./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, PA05.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHuỳnh Ngọc Liêm',
});

describe('the number line', () => {
  it('"Số:Z5⁄CAT-PA05": a fraction slash before the symbol is its slash; the number OCR marred stays unread', () => {
    const l = read(letter({ number: 'Số:Z5⁄CAT-PA05 Lâm Đồng, ngày 20 tháng 8 năm 2025\nV/v đôn đốc cử nhân sự' })).letter;
    expect([l.number, l.symbol, l.place]).toEqual([null, 'CAT-PA05', 'Lâm Đồng']);
  });
  it('"Số: Í2.⁄2//§GDĐT-GDTH": a hand-filled number read as "Í" and signs still makes the number line', () => {
    const l = read(letter({ number: 'Số: Í2.⁄2//§GDĐT-GDTH Bắc Ninh, ngày 19 tháng 8 năm 2021\nV/v lùi thời gian tựu trường' })).letter;
    expect([l.number, l.symbol, l.place]).toEqual([null, '§GDĐT-GDTH', 'Bắc Ninh']);
  });
});

describe('the header of an old OCR layer without diacritics', () => {
  const head = 'QUOC HOI KHOA XIV\nDOAN DAI BIEU QUOC HOI\nTINH HA GIANG\n\nLONG HOA XA HOI CHO NGHi[A\n- VIVI\' NAM\nDO lap - Tyr do - Hanh phtic';
  it('"LONG HOA XA HOI CHO NGHi[A" / "- VIVI\' NAM": the national title with its first word marred, and its cut-off end, are no agency lines', () => {
    const l = read(letter({ head, number: 'Ha Giang, ngay 01 thang 9 narn 2017\n\nSo: 117/VP-DDBQH\nV/v giai quyet kien nghi cua cu tri' })).letter;
    expect(l.agency).toEqual({ parent: 'QUOC HOI KHOA XIV', name: 'DOAN DAI BIEU QUOC HOI\nTINH HA GIANG' });
    // "narn": the "m" of "năm" read as "rn".
    expect([l.place, l.date]).toEqual(['Ha Giang', { day: 1, month: 9, year: 2017 }]);
  });
  it('"VIỆT NAM" alone ends an agency\'s name where no national title stands right above it', () => {
    const l = read(letter({ head: 'NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc' })).letter;
    expect(l.agency.name).toBe('NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM');
  });
  it('“V/v …” in quotes ends with its closing quote: the stamp\'s scraps OCR read under it are no part of it', () => {
    const number = 'Số: 117/VP-DDBQH Ha Giang, ngay 01 thang 9 nam 2017\n" V/v giai thong bao ket qua tra loi\nkien nghi cua cu tri"\n\nGoiVG\' VAN \'1;?)04';
    expect(read(letter({ number })).letter.subject).toBe('giai thong bao ket qua tra loi kien nghi cua cu tri');
  });
  it('"V/v … tham gia Đội" / "*, , £ h F" / "ứng cứu …": signs OCR read between the subject\'s lines go with neither', () => {
    const number = 'Số: 855/CAT-PA05 Lâm Đồng, ngày 20 tháng 8 năm 2025\nV/v đôn đốc cử nhân sự tham gia Đội\n*, , £ h F\nứng cứu sự cố mạng, máy tính';
    const { letter: l, notes } = read(letter({ number }));
    expect(l.subject).toBe('đôn đốc cử nhân sự tham gia Đội ứng cứu sự cố mạng, máy tính');
    expect(notes.some((n) => n.path === 'subject' && n.kind === 'dropped')).toBe(true);
  });
});

describe('the page foot of a scan', () => {
  const foot = 'Phòng An ninh mạng và Phòng, chóng tội phạm sử dụng công nghệ cao (PA05) Công an tỉnh Lâm Đồng\n(Só 04 Trần Bình Trọng, Phường Cam Ly - Đà Lạt, tỉnh Lâm Đông; số điện thoại 0693.449.407)';
  const footAgain = 'Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05) Công an tinh Lâm Đồng\n(Số 04 Trần Bình Trọng, Phường Cam Ly — Đà Lạt, tỉnh Lâm Đông; số điện thoại 0693.449.407)';
  const body =
    'Tuy nhiên, đến nay chỉ có 18/155! cơ quan, đơn vị gửi thông tin thành viên theo yêu cầu.\n\n' +
    'Do thời gian gấp, đề nghị các cơ quan, đơn vị khẩn trương gửi danh sách về Công an tỉnh (qua Phòng\n' +
    'An ninh mạng; địa chỉ số 04 đường Trần Bình Trọng, phường Cam Ly - Đà Lạt, tỉnh Lâm\n\n' +
    '! Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh; Sở Ngoại vụ; Sở Tư pháp; Sở Tài chính.\n\n' +
    `${foot}\n2\n\n` +
    'Đồng; số điện thoại: 0693.449.407) trước ngày 22/8/2025.\n' +
    'Rất mong nhận được sự quan tâm phối hợp của các đồng chí./.';
  it('the unit\'s name and address at each page\'s foot, and the footnote above the first, go; the sentence goes on over the page', () => {
    const footer = 'ơi nhận:\n- Như trên;\n- Lưu: VT, PA05.\n\n' + footAgain;
    const { letter: l, notes } = read(letter({ body, footer }));
    expect(tree(l.body)).toEqual([
      'p: Tuy nhiên, đến nay chỉ có 18/155! cơ quan, đơn vị gửi thông tin thành viên theo yêu cầu.',
      'p: Do thời gian gấp, đề nghị các cơ quan, đơn vị khẩn trương gửi danh sách về Công an tỉnh (qua Phòng An ninh mạng; địa chỉ số 04 đường Trần Bình Trọng, phường Cam Ly - Đà Lạt, tỉnh Lâm Đồng; số điện thoại: 0693.449.407) trước ngày 22/8/2025.',
      'p: Rất mong nhận được sự quan tâm phối hợp của các đồng chí./.',
    ]);
    // "ơi nhận:": the label that lost its N still opens the Nơi nhận.
    expect(l.distribution).toEqual(['Như trên']);
    expect(notes.filter((n) => n.kind === 'dropped' && n.path === 'document').length).toBeGreaterThanOrEqual(5);
  });
  it('a sentence the body says twice stays, even where one copy ends a page', () => {
    const twice = 'Được tổ chuyên môn, cơ sở giáo dục phổ thông góp ý trước khi đưa vào sử dụng.';
    const body = `1. Kế hoạch dạy học:\n${twice}\n2\n\n2. Tài liệu dạy học:\n${twice}\n3. Tổ chức dạy học theo kế hoạch./.`;
    const texts = JSON.stringify(tree(read(letter({ body })).letter.body));
    expect(texts.split(twice).length - 1).toBe(2);
  });
  it('a line printed once is kept, and a footnote whose mark the text above lacks stays', () => {
    const once = body.replace('18/155!', '18/155').replace(`${foot}\n`, '');
    const l = read(letter({ body: once })).letter;
    expect(tree(l.body)).toContainEqual('p: ! Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh; Sở Ngoại vụ; Sở Tư pháp; Sở Tài chính.');
  });
});

describe('the footer', () => {
  it('"Noi" alone, the label that lost "nhận:", and "Lu u VT", "Lưu" split by an OCR without Vietnamese', () => {
    const footer = 'Noi\n- Nhu kinh gui;\n- Cac vi DBQH doan HG;\n- Lu u VT\n\nTL. TRUONG DOAN\nCHANH VAN PHONG\n\nDo Van Hung';
    const l = read(letter({ footer })).letter;
    expect(l.distribution).toEqual(['Nhu kinh gui', 'Cac vi DBQH doan HG']);
    expect(l.archive.units).toEqual(['VT']);
    expect(l.signature).toEqual({ authority: null, delegation: 'TL. TRUONG DOAN', title: 'CHANH VAN PHONG', signer: 'Do Van Hung' });
  });
  it('"VT (ĐI, Đ4). NMĐ.": the records desk has no rooms, so the units in its brackets are the line\'s own', () => {
    const r = readArchive('- Lưu VT (ĐI, Đ4). NMĐ.', 'CAT-PA05');
    expect([r.archive, r.drafter]).toEqual([{ units: ['VT', 'ĐI', 'Đ4'], copies: null }, { initials: 'NMĐ', copies: null }]);
    // A unit's own list in brackets stays one unit.
    expect(readArchive('Lưu: VT, TCT(VT, CS(3b)).', 'TCT-CS').archive.units).toEqual(['VT', 'TCT(VT, CS(3b))']);
  });
  it('"VT.DSVH.NĐD.09.": units parted by full stops, the drafter\'s mark and the copies issued last', () => {
    const r = readArchive('Lưu: VT.DSVH.NĐD.09.', '');
    expect([r.archive, r.drafter]).toEqual([{ units: ['VT', 'DSVH'], copies: null }, { initials: 'NĐD', copies: 9 }]);
  });
});

describe('the asterisks of a PDF\'s text', () => {
  it('"(*PDF và *.DOC)" keeps its asterisks, and "* Lưu ý:" is a note, no list item; a "* " before other words is a bullet', () => {
    const body =
      '1. Nộp bài thu hoạch: học viên nộp file (*PDF và *.DOC) qua email của lớp.\n' +
      '* Thành phần: các đội dự thi.\n' +
      '* Lưu ý: Các nội dung khác thực hiện theo Kế hoạch số 1406/KH-SGDĐT./.';
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      { 'clause: Nộp bài thu hoạch: học viên nộp file (*PDF và *.DOC) qua email của lớp.': [{ 'dash: Thành phần: các đội dự thi.': [] }] },
      'p: * Lưu ý: Các nội dung khác thực hiện theo Kế hoạch số 1406/KH-SGDĐT./.',
    ]);
  });
});
