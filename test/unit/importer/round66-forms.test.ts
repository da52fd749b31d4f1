// Forms found while the sixty-sixth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

const letter = (footer: string) =>
  `BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\nSố: 5817/TCHQ-TXNK Hà Nội, ngày 03 tháng 9 năm 2020\nV/v hoàn thuế nhập khẩu\n\nKính gửi: Công ty TNHH Gang thép Hưng nghiệp Fomosa Hà Tĩnh.\n\nTổng cục Hải quan có ý kiến để Công ty biết./.\n\n${footer}`;

describe('a customs OCR text (Tổng cục Hải quan 5817, round 66)', () => {
  it('"- Lưu: VT, TXNK (3b). W": a letter Vietnamese has not, alone after the line\'s full stop, is no drafter', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT, TXNK (3b). W')).letter;
    expect([l.archive.units, l.archive.copies, l.drafter]).toEqual([['VT', 'TXNK'], 3, null]);
  });
  it('"- Lưu: VT, TXNK (3b). H" still reads its drafter', () => {
    expect(read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT, TXNK (3b). H')).letter.drafter).toEqual({ initials: 'H', copies: null });
  });
});

describe('a customs OCR text\'s dateline (round 66)', () => {
  it('"Hà Nội, ngày) 3 tháng 9 năm 2020": a bracket glued to "ngày", the day a space after it, is a speck', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT, TXNK.').replace('ngày 03 tháng', 'ngày) 3 tháng')).letter;
    expect([l.date.day, l.date.month]).toEqual([3, 9]);
  });
  it('"ngày )3 tháng 9": a sign glued to the digits may be one of them; the day stays unread', () => {
    expect(read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT, TXNK.').replace('ngày 03 tháng', 'ngày )3 tháng')).letter.date.day).toBeNull();
  });
});

describe('a Bộ Nội vụ PDF in `pdftotext -layout` (12094, round 66)', () => {
  const head = (above: string) =>
    `          BỘ NỘI VỤ                   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                                               Độc lập - Tự do - Hạnh phúc\n${above}\n     Số:   /BNV-CCHC                       Hà Nội, ngày 15 tháng 12 năm 2025\n  V/v hướng dẫn triển khai Đề án\n\n                Kính gửi: Các bộ, cơ quan ngang bộ.\n\n           Bộ Nội vụ đề nghị các cơ quan thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CCHC.`;
  it('"12094" alone right above "Số:   /BNV-CCHC": the number the e-office system printed into the blank', () => {
    const l = read(head('       12094')).letter;
    expect([l.number, l.symbol, l.date.day]).toEqual([12094, 'BNV-CCHC', 15]);
  });
  it('with no digits above, the blank stays a blank', () => {
    expect(read(head('')).letter.number).toBeNull();
  });
});

describe('a Bộ Công an OCR scan (4214, round 66)', () => {
  const footer = 'ơi nhận: KT.BỌ TRƯỜNG\nxà. a- THỨ TRƯỞNG\n- Đ/c Bộ trưởng (để báo cáo);\n\n- C04, V01, H01 (để thực hiện);\n\n- Lưu: VT, C04 (P6).';
  it('"xà." over the first dashed entry is a scrap; "a- THỨ TRƯỞNG": the stroke before the position goes', () => {
    const l = read(letter(footer)).letter;
    expect([l.distribution, l.signature.delegation, l.signature.title]).toEqual([['Đ/c Bộ trưởng (để báo cáo)', 'C04, V01, H01 (để thực hiện)'], 'KT.BỌ TRƯỜNG', 'THỨ TRƯỞNG']);
  });
  it('"Lưu: VT, C04 (P6).", "C04(P6)": a numbered room in brackets stays with its office, as typed', () => {
    expect(read(letter(footer)).letter.archive.units).toEqual(['VT', 'C04 (P6)']);
    expect(read(letter(footer.replace('C04 (P6)', 'C04(P6)'))).letter.archive.units).toEqual(['VT', 'C04(P6)']);
  });
});

describe('a Sở Nội vụ Lâm Đồng PDF in plain `pdftotext` (1364, round 66)', () => {
  it('"Số: 1364" / title / motto / dateline / "/SNV-TCBC": the symbol after the right column\'s dateline completes the number line', () => {
    const l = read('UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\nSố: 1364\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 10 tháng 9 năm 2025\n\n/SNV-TCBC\n\nV/v ý kiến đối với hồ sơ hợp nhất Hội\n\nKính gửi: Sở Tư pháp.\n\nSở Nội vụ có ý kiến như sau./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCBC.').letter;
    expect([l.number, l.symbol, l.place, l.date.day]).toEqual([1364, 'SNV-TCBC', 'Lâm Đồng', 10]);
  });
});

describe('a Cục Thuế web text without its header (5402, round 66)', () => {
  const body = (dates: string) => `**Kính gửi:** Thuế tỉnh Tây Ninh\n\nCục Thuế nhận được công văn ${dates}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CS.`;
  it('a date things take effect from ("từ ngày 01/01/2026") does not date the letter when it answers one of 14/10/2025', () => {
    expect(read(body('số 100/TTN ngày 14/10/2025 của Thuế tỉnh Tây Ninh; bảng giá áp dụng từ ngày 01/01/2026.')).letter.date.year).toBe(2025);
  });
  it('alone, it still tells the year ("Kể từ ngày 01/12/2025, …")', () => {
    expect(read(body('về việc kể từ ngày 01/12/2025, Cục tiếp nhận hồ sơ trực tuyến.')).letter.date.year).toBe(2025);
  });
});

describe('a Cà Mau scan\'s number line (Phòng GDĐT 278, round 65)', () => {
  it('"Số: 278&PGDĐT": an "&" where the slash was leaves the digits the number', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT.').replace('Số: 5817/TCHQ-TXNK Hà Nội,', 'Số: 278&PGDĐT _ TP Cà Mau,')).letter;
    expect([l.number, l.symbol]).toEqual([278, 'PGDĐT']);
  });
});

describe('a Bộ GDĐT scan whose TL. and KT. lines ran into the Nơi nhận (3792, round 66)', () => {
  it('"(để b/c) KT. VỤ TRƯỞNG VỤ …" and, after an entry\'s ";", "VÀ CÔNG TÁC …" are the marker\'s line, not entries', () => {
    const l = read(letter('Nơi nhận: TL. BỘ TRƯỞNG\n\n- Như trên, (để b/c) KT. VỤ TRƯỞNG VỤ GIÁO DỤC CHÍNH TRỊ\n- Bộ trưởng (để b/c);\n\n- TT. Ngô Thị Minh (để b/c); VÀ CÔNG TÁC HỌC SINH SINH VIÊN\n\n- Lưu: VT, Vụ GDCTHSSV.\n\nLê Thị Hằng')).letter;
    expect([l.distribution, l.signature.delegation, l.signature.title, l.signature.signer]).toEqual([
      ['Như trên, (để b/c)', 'Bộ trưởng (để b/c)', 'TT. Ngô Thị Minh (để b/c)'],
      'TL. BỘ TRƯỞNG\nKT. VỤ TRƯỞNG VỤ GIÁO DỤC CHÍNH TRỊ VÀ CÔNG TÁC HỌC SINH SINH VIÊN',
      '',
      'Lê Thị Hằng',
    ]);
  });
});
