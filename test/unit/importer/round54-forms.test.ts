// Forms found while the fifty-fourth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

const lawyers = letterFrom({
  head: 'LIÊN ĐOÀN LUẬT SƯ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 358/LĐLSVN-BTV Hà Nội, ngày 16 tháng 7 năm 2025\nV/v hướng dẫn các Đoàn Luật sư thực hiện hợp nhất',
  greeting: 'Kính gửi: Ban Chủ nhiệm Đoàn Luật sư các tỉnh, thành phố',
  body: 'Ban Thường vụ Liên đoàn Luật sư Việt Nam đề nghị các Đoàn Luật sư thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VPLĐ.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLS. TS. Đỗ Ngọc Thịnh',
});

describe('a scan of the lawyers\' federation\'s 358 (round 54)', () => {
  it('"Số: 42Ÿ LĐLSVN-BTV": an accented y after a hand-filled number\'s digits stands for more digits; the number is unread', () => {
    const l = read(lawyers({ number: 'Số: 42Ÿ LĐLSVN-BTV Hà Nội, ngày 16 tháng 7 năm 2025\nV/v hướng dẫn các Đoàn Luật sư' })).letter;
    expect([l.number, l.symbol]).toEqual([null, 'LĐLSVN-BTV']);
  });
  it('"% hướng dân các Đoàn Luật sự": an italic "V/v" read as a per cent sign opens the subject', () => {
    const number = 'Số: 358/LĐLSVN-BTV Hà Nội, ngày 16 tháng 7 năm 2025\n% hướng dân các Đoàn Luật sự\nthực hiện hợp nhất theo quy định';
    expect(read(lawyers({ number })).letter.subject).toBe('hướng dân các Đoàn Luật sự thực hiện hợp nhất theo quy định');
  });
  it('"LS. TS. Đỗ Ngọc Thịnh": the signer\'s profession and degree stay with the name', () => {
    expect(read(lawyers({})).letter.signature.signer).toBe('LS. TS. Đỗ Ngọc Thịnh');
  });
  it('"THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn" on one line is still the title and the name', () => {
    const s = read(lawyers({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VPLĐ.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG Đỗ Hoàng Anh Tuấn' })).letter.signature;
    expect([s.title, s.signer]).toEqual(['THỨ TRƯỞNG', 'Đỗ Hoàng Anh Tuấn']);
  });
});

const taxOffice = letterFrom({
  head: 'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TP HÀ NỘI Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 58080/CT-TTHT Hà Nội, ngày 26 tháng 6 năm 2020\nV/v vướng mắc không liên quan trực tiếp đến nghĩa vụ thuế',
  greeting: 'Kính gửi: Công ty TNHH kiểm toán HSK',
  body: 'Cục Thuế TP Hà Nội trả lời để Công ty được biết./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT(2).\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Tiến Trường',
});

describe('an OCR\'d answer of Cục Thuế Hà Nội (58080, round 54)', () => {
  it('"Số: S¥O¥OICT-TTHT Ha Nội, ngày …": the slash read as "I" after a number\'s signs; the symbol and the place are read, the number is not', () => {
    const l = read(taxOffice({ number: 'Số: S¥O¥OICT-TTHT Ha Nội, ngày 26 tháng 6 năm 2020\nV/v vướng mắc về thuế' })).letter;
    expect([l.number, l.symbol, l.place]).toEqual([null, 'CT-TTHT', 'Ha Nội']);
  });
  it('"Lưu: VT, TTHT(2) (635": a record number in a bracket OCR left unclosed is no unit', () => {
    const l = read(taxOffice({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT(2) (635\n\nNguyễn Tiến Trường' })).letter;
    expect(l.archive).toEqual({ units: ['VT', 'TTHT'], copies: 2 });
  });
});

describe('a scan of Công an tỉnh Lâm Đồng 1710 (round 54)', () => {
  const police = letterFrom({
    head: 'CÔNG AN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    number: 'Số: 1710/CAT-PA05 Lâm Đồng, ngày 04 tháng 6 năm 2025\nV/v kiện toàn Đội ứng cứu sự cố',
    greeting: 'Kính gửi: Sở Nội vụ tỉnh Lâm Đồng.',
    body: 'Công an tỉnh đề nghị Sở Nội vụ tổng hợp./.',
    footer: 'Aơi nhận: _ KT.GIÁM ĐÓC\n- Như trên (để phối hợp);\n- Đ/c GĐCAT (để báo cáo);\n\n- Lưu VT. PA05(Đ1.Đ2).\n\nø tả Phạm Thanh Hùng',
  });
  it('"Aơi nhận: _ KT.GIÁM ĐÓC": the label with its N read as an A, the marker beside it the signature\'s', () => {
    const footer = 'Aơi nhận: _ KT.GIÁM ĐÓC\n- Như trên (để phối hợp); Xa R Sanh\n- Đ/c GĐCAT (để báo cáo); VÀNG” CUNT DU\n\n- Lưu VT. PA05(Đ1.Đ2).\n\nPhạm Thanh Hùng';
    const l = read(police({ footer })).letter;
    expect([l.archive.units, l.signature.delegation, l.signature.signer]).toEqual([['VT', 'PA05(Đ1.Đ2)'], 'KT.GIÁM ĐÓC', 'Phạm Thanh Hùng']);
  });
  it('"ø tả Phạm Thanh Hùng": two scraps in small letters before a full name are the pen\'s', () => {
    expect(read(police({})).letter.signature.signer).toBe('Phạm Thanh Hùng');
  });
});

describe('a customs answer copied as markdown (Cục Hải quan 39712, round 54)', () => {
  it('"Kính gửi: Chi nhánh Công ty TNHH KGL" / "Việt Nam tại TP. HCM." / "(Đ/c: …)": the line over the address ends the name', () => {
    const text = 'BỘ TÀI CHÍNH\n**CỤC HẢI QUAN**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 39712/CHQ-GSQL\n*V/v vướng mắc thủ tục hải quan*\n\n*Hà Nội, ngày 03 tháng 12 năm 2025*\n\n**Kính gửi:** Chi nhánh Công ty TNHH KGL\nViệt Nam tại TP. HCM.\n*(Đ/c: Tầng 5, Tòa nhà Thép Toàn Thắng, TP. HCM)*\nTrả lời công văn số 01/KGL của Chi nhánh, Cục Hải quan có ý kiến như sau./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, GSQL.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Văn A';
    const l = read(text).letter;
    expect(l.recipients[0]).toMatch(/^Chi nhánh Công ty TNHH KGL Việt Nam tại TP\. HCM\. \(Đ\/c: Tầng 5/u);
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual(['Trả lời công văn số 01/KGL của Chi nhánh, Cục Hải quan có ý kiến như sau./.']);
  });
});

describe('a markdown pipe-table copy of TCT 1414 (round 54)', () => {
  const text = (head: string, sign: string) =>
    `| ${head} ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|\n| Số: 1414/TCT-CS V/v hỗ trợ người có công với cách mạng cải thiện nhà ở. | Hà Nội, ngày 04 tháng 05 năm 2013 |\n\nKính gửi: Cục Thuế tỉnh Hà Tĩnh.\n\nTổng cục Thuế thông báo để Cục Thuế được biết./.\n\n| Nơi nhận: - Như trên; - Lưu: VT, CS (2b). | ${sign} |`;
  const sign = 'TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG Ngô Văn Độ';
  it('"BỘ TÀI CHÍNH TỔNG CỤC THUẾ" in one cell: the ministry, and its general department of one word\'s name', () => {
    expect(read(text('BỘ TÀI CHÍNH TỔNG CỤC THUẾ', sign)).letter.agency).toEqual({ parent: 'BỘ TÀI CHÍNH', name: 'TỔNG CỤC THUẾ' });
  });
  it('"BỘ NỘI VỤ" stays one name', () => {
    expect(read(text('BỘ NỘI VỤ', sign)).letter.agency).toEqual({ parent: null, name: 'BỘ NỘI VỤ' });
  });
  it('"TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG Ngô Văn Độ": two delegation lines, the title, the signer', () => {
    const s = read(text('BỘ TÀI CHÍNH TỔNG CỤC THUẾ', sign)).letter.signature;
    expect([s.delegation, s.title, s.signer]).toEqual(['TL. TỔNG CỤC TRƯỞNG\nKT. VỤ TRƯỞNG VỤ CHÍNH SÁCH', 'PHÓ VỤ TRƯỞNG', 'Ngô Văn Độ']);
  });
});

describe('a quota list of "+" items OCR marred (Công an tỉnh Lâm Đồng 1710, round 54)', () => {
  const letter = (list: string) =>
    `CÔNG AN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1710/CAT-PA05 Lâm Đồng, ngày 04 tháng 6 năm 2025\nV/v kiện toàn Đội ứng cứu sự cố\n\nKính gửi: Sở Nội vụ tỉnh Lâm Đồng.\n\nThành phần Đội gồm:\n\n${list}\n\nCông an tỉnh đề nghị Sở Nội vụ tổng hợp./.\n\nNơi nhận:\n- Như trên;\n- Lưu VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nPhạm Thanh Hùng`;
  const kinds = (list: string) => read(letter(list)).letter.body.map((b) => (b.kind === 'item' ? `${b.level}: ${b.content.map((r) => r.text).join('')}` : 'p'));
  it('": Văn phòng Đoàn …;" and "! Trường …;" after "+" items (a page number\'s "CÓ" between) are "+" items', () => {
    const list = '+ Văn phòng Tỉnh ủy: 01 đồng chí;\n\n: Văn phòng Đoàn đại biểu Quốc hội: 01 đồng chí;\n\n+ Trường Đại học Đà Lạt: 02 đồng chí;\nCÓ\n\n! Trường Đại học Yersin Đà Lạt: 02 đồng chỉ;';
    expect(kinds(list).filter((k) => k.startsWith('plus'))).toEqual([
      'plus: Văn phòng Tỉnh ủy: 01 đồng chí;',
      'plus: Văn phòng Đoàn đại biểu Quốc hội: 01 đồng chí;',
      'plus: Trường Đại học Đà Lạt: 02 đồng chí;',
      'plus: Trường Đại học Yersin Đà Lạt: 02 đồng chỉ;',
    ]);
  });
});

describe('a scan whose signer the seal hid (Sở GDĐT Vĩnh Long 284, round 54)', () => {
  const letter = (footer: string) =>
    `UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 284/SGDĐT-CTTT Vĩnh Long, ngày 29 tháng 02 năm 2020\nV/v cho học sinh đi học lại\n\nKính gửi: Các đơn vị trực thuộc Sở.\n\nĐề nghị các đơn vị thực hiện./.\n\n${footer}`;
  it('"Nơi nhận: “GIÁM EöÔC" with no name under the list: the marred "GIÁM ĐỐC" is the title, no entry', () => {
    const l = read(letter('Nơi nhận: “GIÁM EöÔC\n- Như trên (để thực hiện);\n- Bộ GDĐT (để báo cáo);\n- Lưu: VT, CTTT.')).letter;
    expect([l.distribution, l.signature.title, l.signature.signer]).toEqual([['Như trên (để thực hiện)', 'Bộ GDĐT (để báo cáo)'], 'GIÁM EöÔC', '']);
  });
});
