// Forms found while the sixty-eighth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive } from './read';

const letter = (head: string, footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.') =>
  `${head}\n\nKính gửi: Các cơ quan, đơn vị.\n\nĐề nghị các cơ quan, đơn vị thực hiện./.\n\n${footer}`;

describe('Party-style letters (Tỉnh ủy Cà Mau 197, Hội Nông dân Lâm Đồng 52, round 68)', () => {
  it('"Số 197-CV/TU" and "Số 52 - CV/HNDT": the number, its hyphen and the Party symbol', () => {
    const a = read(letter('TỈNH ỦY CÀ MAU ĐẢNG CỘNG SẢN VIỆT NAM\nSố 197-CV/TU Cà Mau, ngày 24 tháng 4 năm 2021\nV/v tăng cường kiểm tra')).letter;
    const b = read(letter('HỘI NÔNG DÂN VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc\nSố 52 - CV/HNDT Lâm Đồng, ngày 09 tháng 9 năm 2025\nV/v cử đại diện')).letter;
    expect([a.number, a.symbol, b.number, b.symbol]).toEqual([197, 'CV/TU', 52, 'CV/HNDT']);
  });
  it('"⁄2v …" and "W⁄%w …": the italic "V/v" OCR marred opens the subject', () => {
    const a = read(letter('TỈNH ỦY CÀ MAU ĐẢNG CỘNG SẢN VIỆT NAM\nSố 197-CV/TU Cà Mau, ngày 24 tháng 4 năm 2021\n⁄2v tăng cường kiểm tra, xử lý')).letter;
    const b = read(letter('TỈNH ỦY CÀ MAU ĐẢNG CỘNG SẢN VIỆT NAM\nSố 197-CV/TU Cà Mau, ngày 24 tháng 4 năm 2021\nW⁄%w cử đại diện lãnh đạo')).letter;
    expect([a.subject, b.subject]).toEqual(['tăng cường kiểm tra, xử lý', 'cử đại diện lãnh đạo']);
  });
});

describe('Cà Mau and Hà Nội datelines and number lines (round 68)', () => {
  const head = (line: string) => `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ CÀ MAU Độc lập - Tự do - Hạnh phúc\n${line}\nV/v bảo vệ trẻ em`;
  it('"ngày 3` tháng 6": the backtick after the day\'s digit goes', () => {
    expect(read(letter(head('Số: 1422/UBND-KGVX TP. Cà Mau, ngày 3` tháng 6 năm 2021'))).letter.date.day).toBe(3);
  });
  it('"ngày PHháng 10 năm 2021": the day\'s scrawl glued to "tháng" without its "t"; place and month still read', () => {
    const l = read(letter(head('Số: 303/STP-PBGDPL Cà Mau, ngày PHháng 10 năm 2021'))).letter;
    expect([l.place, l.date.day, l.date.month, l.date.year]).toEqual(['Cà Mau', null, 10, 2021]);
  });
  it('"ngayd9 tháng b-ndm 2021": a marred "năm" after a hyphen; the place and the year still read', () => {
    const l = read(letter(head('Số: 23820/CTHN-TTHT Ha Nội, ngayd9 tháng b-ndm 2021'))).letter;
    expect([l.place, l.date.month, l.date.year]).toEqual(['Ha Nội', null, 2021]);
  });
  it('"Số;/?!/ /CI-TTHT": signs and two slashes before the symbol are the hand-filled number\'s scrawl', () => {
    const l = read(letter(head('Số;/?!/ /CI-TTHT Bae Ninh, ngày 22 thang 11 năm 2019'))).letter;
    expect([l.number, l.symbol]).toEqual([null, 'CI-TTHT']);
  });
});

describe('Nơi nhận and Lưu lines of round 68', () => {
  it('"~ Như trên; KT": the marker\'s letters of the signature column go from the entry', () => {
    const l = read(letter('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH CÀ MAU Độc lập - Tự do - Hạnh phúc\nSố: 1939/UBND-KGVX Cà Mau, ngày 25 tháng 4 năm 2021\nV/v phòng, chống dịch', 'Nơi nhận:\n~ Như trên; KT\n- TT TU (b/c);\n`~ Website Cục Thuế;\n- Lưu: VT.')).letter;
    expect(l.distribution).toEqual(['Như trên', 'TT TU (b/c)', 'Website Cục Thuế']);
  });
  it('"Lưu: VT, TTHT(2)V „ Œ; 3)": the pen\'s scrawl after the copies goes', () => {
    const { archive, drafter } = readArchive('- Lưu: VT, TTHT(2)V „ Œ; 3)', 'CTHN-TTHT');
    expect([archive, drafter]).toEqual([{ units: ['VT', 'TTHT'], copies: 2 }, null]);
  });
  it('"Lưu: VT, CCHC&VTLT(Hoài).": a name alone in the last unit\'s brackets is the drafter', () => {
    const { archive, drafter } = readArchive('- Lưu: VT, CCHC&VTLT(Hoài).', 'SNV-CCHC&VTLT');
    expect([archive.units, drafter]).toEqual([['VT', 'CCHC&VTLT'], { initials: 'Hoài', copies: null }]);
  });
  it('"Lưu: VT. La(128).": small letters glued to three digits are a register mark, a unit as typed; "PL.(300)" stays the drafter', () => {
    expect(readArchive('- Lưu: VT. La(128).', 'UBND-KGVX').archive.units).toEqual(['VT', 'La(128)']);
    expect(readArchive('- Lưu: VT, La(128).', 'UBND-KGVX').drafter).toBeNull();
    expect(readArchive('- Lưu: VT, KGVX. PL.(300)', 'UBND-KGVX').drafter).toEqual({ initials: 'PL', copies: 300 });
  });
});

describe('more forms of rounds 65–68 (recipients, body, footer)', () => {
  const ubnd = (kinhGui: string, body = 'Đề nghị các cơ quan, đơn vị thực hiện./.', footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.') =>
    `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SÓC TRĂNG Độc lập - Tự do - Hạnh phúc\nSố: 1384/UBND-CN Sóc Trăng, ngày 19 tháng 8 năm 2020\nV/v đẩy mạnh cài đặt Bluezone\n\n${kinhGui}\n\n${body}\n\n${footer}`;
  it('"- UBND các huyện, thị xã, thành phố;" / "tỉnh Sóc Trăng.": the list\'s closing place goes with its last entry', () => {
    const l = read(ubnd('Kính gửi:\n- Các Sở, ban, ngành;\n- UBND các huyện, thị xã, thành phố;\ntỉnh Sóc Trăng.')).letter;
    expect([l.recipients, l.body.length]).toEqual([['Các Sở, ban, ngành', 'UBND các huyện, thị xã, thành phố; tỉnh Sóc Trăng'], 1]);
  });
  it('"Kính gửi: Công ty TNHH X" / "" / "Mã số thuế: …" / "" / address: the company\'s details past OCR\'s blank lines', () => {
    const l = read(ubnd('Kính gửi: Công ty TNHH TOYO INK VIỆT NAM\n\nMã số thuế: 2300276041\n\nG9, KCN Quế Võ, phường Vân Dương, TP Bắc Ninh')).letter;
    expect([l.recipients, l.body.length]).toEqual([['Công ty TNHH TOYO INK VIỆT NAM Mã số thuế: 2300276041 G9, KCN Quế Võ, phường Vân Dương, TP Bắc Ninh'], 1]);
  });
  it('"- Số điện thoại liên hệ: 088 882 5136" / "Kính gửi Sở Nội vụ … tổng hợp./.": the phone number ends its line\'s paragraph', () => {
    const l = read(ubnd('Kính gửi: Sở Nội vụ.', 'Sở Y tế cử đại diện như sau:\n- Họ và tên: Nguyễn Văn A;\n- Số điện thoại liên hệ: 088 882 5136\nKính gửi Sở Nội vụ tỉnh Lâm Đồng tổng hợp./.')).letter;
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual(['Sở Y tế cử đại diện như sau:', 'Họ và tên: Nguyễn Văn A;', 'Số điện thoại liên hệ: 088 882 5136', 'Kính gửi Sở Nội vụ tỉnh Lâm Đồng tổng hợp./.']);
  });
  it('a legal site\'s page footer ("+84-8-3930 3279 * www.ThuVienPhapLuat.vn") and "được biết). —" are noise', () => {
    const l = read(ubnd('Kính gửi: Sở Nội vụ.', 'Tổng cục Hải quan trả lời như sau.\n\n+84-8-3930 3279 * www.ThuVienPhapLuat.vn\n\nCông ty được biết). —')).letter;
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual(['Tổng cục Hải quan trả lời như sau.', 'Công ty được biết).']);
  });
  it('"I.MỘT SỐ NHIỆM VỤ TRỌNG TÂM": a section\'s numeral glued to its heading in capitals', () => {
    const l = read(ubnd('Kính gửi: Sở Nội vụ.', 'Sở hướng dẫn như sau:\n\nI.MỘT SỐ NHIỆM VỤ TRỌNG TÂM\n\n1. Triển khai các phần mềm.')).letter;
    expect(l.body[1]).toMatchObject({ kind: 'item', level: 'section' });
  });
  it('"(để phe/đ), / - S2 C~": the seal\'s specks after an entry\'s bracket go', () => {
    const l = read(ubnd('Kính gửi: Sở Nội vụ.', undefined, 'Nơi nhận:\n- Như trên;\n- Chủ tịch UBND các huyện (để p/h), / - S2 C~\n- Lưu: VT, KGVX (3) Q')).letter;
    expect([l.distribution, l.drafter]).toEqual([['Như trên', 'Chủ tịch UBND các huyện (để p/h)'], { initials: 'Q', copies: null }]);
  });
});

describe('stamps, scraps and an address of rounds 66–68', () => {
  const customs = (kinhGui: string, body: string, footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TXNK.') =>
    `BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\nSố: 5469/TCHQ-TXNK Hà Nội, ngày 18 tháng 8 năm 2020\nV/v chuyển đổi từ DNCX\n\n${kinhGui}\n\n${body}\n\n${footer}`;
  it('"Kính gửi: Cục Hải quan tỉnh Đồng Nai. TRUONG VIET" / "IMPORT EXPORT SERVICES TRADING": a company\'s stamp goes', () => {
    const l = read(customs('Kính gửi: Cục Hải quan tỉnh Đồng Nai. TRUONG VIET', 'IMPORT EXPORT SERVICES TRADING CÓ .I0\n\nTrả lời công văn số 1066/HQĐNa-TXNK của Cục Hải quan tỉnh Đồng Nai./.')).letter;
    expect([l.recipients, l.body.length]).toEqual([['Cục Hải quan tỉnh Đồng Nai'], 1]);
  });
  it('"- Căn cứ …" / ", .. Căn cứ …": commas and dots OCR read for the next dash item\'s dash', () => {
    const l = read(customs('Kính gửi: Các đơn vị.', '- Căn cứ Công điện số 541/CĐ-TTg của Thủ tướng Chính phủ;\n\n, .. Căn cứ Công văn số 197-CV/TU của Tỉnh ủy;\n\nSở Y tế đề nghị thực hiện./.')).letter;
    expect(l.body.slice(0, 2).map((b) => (b.kind === 'item' ? b.level : b.kind))).toEqual(['dash', 'dash']);
  });
  it('"fin Đức Thường" alone under the Lưu line: a name whose family name the ink marred, kept as typed', () => {
    const l = read(customs('Kính gửi: Các đơn vị.', 'Cục Thuế trả lời như sau./.', 'Noi nhận:\n- Như kính gửi;\n~ Lưu: VT, TTHT.\n\nfin Đức Thường')).letter;
    expect(l.signature.signer).toBe('fin Đức Thường');
  });
  it('"- Ban Giám đốc sở, Z< 1.H.C,": the seal\'s specks after an entry\'s comma go', () => {
    const l = read(customs('Kính gửi: Các đơn vị.', 'Sở Tư pháp đề nghị thực hiện./.', 'Nơi nhận:\n- Như trên;\n- Ban Giám đốc sở, Z< 1.H.C,\n- Chánh VP sở;\n- Lưu: VT.')).letter;
    expect(l.distribution).toEqual(['Như trên', 'Ban Giám đốc sở', 'Chánh VP sở']);
  });
});

describe('headers of rounds 67–68 (Tổng cục Hải quan 7562, Hội Nông dân Lâm Đồng 52)', () => {
  it('"số: SỒ2TCHQ-TXNK": capitals and a digit of the number read as letters, glued to the symbol; no number', () => {
    const l = read(letter('BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\nsố: SỒ2TCHQ-TXNK Hà Nội, ngày 10 tháng 12 năm 2019\nV/v thay đổi mục đích sử dụng')).letter;
    expect([l.number, l.symbol, l.place]).toEqual([null, 'TCHQ-TXNK', 'Hà Nội']);
  });
  it('"HỘI NÔNG DÂN VIỆT NAM" over "BCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG": the national body is the parent', () => {
    const l = read(letter('HỘI NÔNG DÂN VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc\nSố 52 - CV/HNDT Lâm Đồng, ngày 09 tháng 9 năm 2025\nV/v cử đại diện')).letter;
    expect(l.agency).toEqual({ parent: 'HỘI NÔNG DÂN VIỆT NAM', name: 'BCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG' });
  });
});
