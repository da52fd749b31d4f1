// Forms found while the seventieth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive } from './read';

describe('Cục Thuế Hà Nội 4991\'s Lưu line (round 70)', () => {
  it('"Lm: VT, mg, (63)": small letters in the unit\'s place are the unit; a lone bracketed number is no copies', () => {
    const r = readArchive('- Lm: VT, mg, (63)', 'CTHN-TTHT');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT', 'mg'], null, null]);
    // As our exporter prints that reading: still the unit, no drafter's mark invented.
    expect(readArchive('Lưu: VT, mg.', 'CTHN-TTHT')).toMatchObject({ archive: { units: ['VT', 'mg'] }, drafter: null });
  });
});

describe('Cà Mau UBND scans 617 and 1838 (round 70)', () => {
  const letter = (greeting: string, footer: string) =>
    `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHÓ CÀ MAU Độc lập - Tự do - Hạnh phúc\nSố: 617/UBND-VX TP. Cà Mau, ngày 22 tháng 3 năm 2020\n\nV/v triển khai thực hiện các giải pháp\n\n${greeting}\n\nChủ tịch Ủy ban nhân dân thành phố yêu cầu thực hiện./.\n\n${footer}`;
  it('"Kính gửi: „" over the dashed list: the signs after the label are specks', () => {
    const l = read(letter('Kính gửi: „\n- Phòng, ban, ngành thành phô;\n- Uy ban nhân dân xã, phường.', 'Nơi nhận:\n- Như trên;\n- Lưu: VT.')).letter;
    expect(l.recipients).toEqual(['Phòng, ban, ngành thành phô', 'Uy ban nhân dân xã, phường']);
  });
  it('"Nơi nhận: TL, CHỦ TỊCH" over "KT. CHÁNH VĂN PHÒNG": the TL. line OCR read with a comma stays in the delegation', () => {
    const footer = 'Nơi nhận: TL, CHỦ TỊCH\n\n- Như trên; KT. CHÁNH VĂN PHÒNG\n- CT, PCT UBND TP; PHÓ CHÁNH VĂN PHÒNG\n\n- Lưu: VT.';
    const s = read(letter('Kính gửi: Phòng, ban, ngành thành phố.', footer)).letter.signature;
    expect([s.delegation, s.title]).toEqual(['TL, CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']);
  });
});

describe('Cục Thuế Hà Nội 4991\'s header and addressee (round 70)', () => {
  const text = (greeting: string) =>
    `TONG CỤC THUÊ ˆ_ CỘNG HOA XÃ HỘI chủ JẾT NAM\nCỤC THUÊ TP HÀ NỘI Độc lập - Tự do giấc\nSố: 4994 /CTHN-TTHT Hà Nội, ngày 0Ÿ tháng 0 02 năm 2021\nV/v đăng ký người phụ thuộc\n\n${greeting}\n\nCục Thuế TP Hà Nội trả lời để Công ty được biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.`;
  it('"TONG CỤC THUÊ ˆ_": the modifier circumflex is a sign; "tháng 0 02": still the dateline, its place read', () => {
    const l = read(text('Kính gửi: Công ty TNHH Chứng khoán JB Việt Nam')).letter;
    expect([l.agency.parent, l.place, l.date.month, l.date.year]).toEqual(['TONG CỤC THUÊ', 'Hà Nội', null, 2021]);
  });
  it('"- Bia chỉ: …" under the company: the dash is OCR\'s opening bracket of its address', () => {
    const l = read(text('Kính gửi: Công ty TNHH Chứng khoán JB Việt Nam\n\n- Bia chỉ: Tang 23, Tòa Đông, Lotte Center Ha Nội, Phường\nCống Vị, Quận Ba Đình, TP Hà Nội - MST: 0102132189)')).letter;
    expect(l.recipients).toEqual(['Công ty TNHH Chứng khoán JB Việt Nam - Bia chỉ: Tang 23, Tòa Đông, Lotte Center Ha Nội, Phường Cống Vị, Quận Ba Đình, TP Hà Nội - MST: 0102132189)']);
  });
});

describe('Báo và Phát thanh, Truyền hình Lâm Đồng 113-CV, a Party form (round 70)', () => {
  it('"TỈNHỦYLÂMĐÔNG ." over "BÁO VÀ PHÁT THANH, TRUYÈN HÌNH"; "Số ÍÄ3-CV/B&PTTH Lâm Đông, …": parent, paper, symbol', () => {
    const text =
      '_—_ TỈNHỦYLÂMĐÔNG . ĐÁNG CỘNG SẢN VIỆT NAM\nBÁO VÀ PHÁT THANH, TRUYÈN HÌNH\n\n*\n\nSố ÍÄ3-CV/B&PTTH Lâm Đông, ngày 03 tháng 9 năm 2025\nVề việc cử lãnh đạo tham gia Ban\n\nKính gửi: Sở Nội vụ tỉnh Lâm Đồng.\n\nBáo cử lãnh đạo tham gia như sau./.\n\nNơi nhận:\n- Như kính gửi;\n- Lưu VT.';
    const l = read(text).letter;
    expect([l.agency.parent, l.agency.name, l.number, l.symbol, l.place]).toEqual(['TỈNHỦYLÂMĐÔNG', 'BÁO VÀ PHÁT THANH, TRUYÈN HÌNH', null, 'CV/B&PTTH', 'Lâm Đông']);
  });
});

describe('round 70: scraps beside the addressee, the subject and the body lines', () => {
  const head = (greeting: string, subject = 'V/v cử lãnh đạo tham gia Ban', body = 'Sở gửi Sở Nội vụ tổng hợp./.') =>
    `UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc\nSố: 2300/SNNMT-TCCB Lâm Đồng, ngày 04 tháng 9 năm 2025\n${subject}\n\n${greeting}\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCCB.`;
  it('"Kính gửi: Sở Nội vụ ”": a closing mark apart at the end, none opened, is a speck', () => {
    expect(read(head('Kính gửi: Sở Nội vụ ”')).letter.recipients).toEqual(['Sở Nội vụ']);
  });
  it('"Địa chỉ: …, xã Yên" / "Trung, huyện Yên Phong, tỉnh Bắc Ninh.": the address wrapped onto the next line is the company\'s', () => {
    const greeting = 'Kính gửi: Công ty TNHH Samsung SDS Việt Nam\n\nMã số thuế: 2300680991\n\nĐịa chỉ: Lô CN05, Khu Công nghiệp Yên Phong, xã Yên\nTrung, huyện Yên Phong, tỉnh Bắc Ninh.';
    expect(read(head(greeting)).letter.recipients).toEqual(['Công ty TNHH Samsung SDS Việt Nam Mã số thuế: 2300680991 Địa chỉ: Lô CN05, Khu Công nghiệp Yên Phong, xã Yên Trung, huyện Yên Phong, tỉnh Bắc Ninh']);
  });
  it('"V& triển khai …": the V/v OCR read with an ampersand opens the subject', () => {
    expect(read(head('Kính gửi: Sở Nội vụ.', 'V& triển khai, thực hiện Nghị định số 37/2021/NĐ-CP')).letter.subject).toBe('triển khai, thực hiện Nghị định số 37/2021/NĐ-CP');
  });
  it('"… hết sức phức tạp, „" / "nhằm đảm bảo …": a low quote mark alone at a line\'s end is a speck', () => {
    const l = read(head('Kính gửi: Sở Nội vụ.', undefined, 'Tuy nhiên, trước diễn biến của dịch bệnh là hết sức phức tạp, „\nnhằm đảm bảo công tác phòng, chống dịch./.')).letter;
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual(['Tuy nhiên, trước diễn biến của dịch bệnh là hết sức phức tạp, nhằm đảm bảo công tác phòng, chống dịch./.']);
  });
  it('"TTHT (ntnphuong-6; 20). pe": small letters after a closing bracket and the stop are a speck, no drafter\'s mark', () => {
    expect(readArchive('- Lưu: VT, TTHT (ntnphuong-6; 20). pe', 'CT-TTHT').drafter).toBeNull();
  });
});

describe('a position wrapped after its comma (Cục Thuế 5402, the fixtures)', () => {
  it('"TRƯỞNG BAN BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ": one title, the two lines joined by a space', () => {
    const text =
      'BỘ TÀI CHÍNH\nCỤC THUẾ\n\nSố: 5402/CT-CS\nV/v lệ phí trước bạ\n\nHà Nội, ngày 19 tháng 11 năm 2025\n\nKính gửi: Thuế tỉnh Tây Ninh.\n\nCục Thuế trả lời để Thuế tỉnh Tây Ninh biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CS.\n\nTL. CỤC TRƯỞNG\nTRƯỞNG BAN BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nNguyễn Thị Thanh Hằng';
    const s = read(text).letter.signature;
    expect([s.delegation, s.title, s.signer]).toEqual(['TL. CỤC TRƯỞNG', 'TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ', 'Nguyễn Thị Thanh Hằng']);
  });
});

describe('Hà Nội and Bắc Ninh tax offices\' Lưu and Số lines (the fixtures, round 70)', () => {
  it('"VT, TTHT.(6; 4)", "TCHQ (/6 ).": a hand\'s tally in brackets is no count of copies', () => {
    expect(readArchive('- Lưu: VT, TTHT.(6; 4)', 'CT-TTHT').archive).toEqual({ units: ['VT', 'TTHT'], copies: null });
    expect(readArchive('~ Luu: VT, TCHQ (/6 ).', 'BTC-TCHQ').archive).toEqual({ units: ['VT', 'TCHQ'], copies: null });
  });
  it('"VT, TTHTQ). (6; 3)": a capital glued where the unit\'s bracket opened is OCR\'s bracket', () => {
    expect(readArchive('- Lưu: VT, TTHTQ). (6; 3)', 'CTHN-TTHT').archive.units).toEqual(['VT', 'TTHT']);
  });
  it('"VT, TTHT(2). // 82)": a number after slashes past the copies is a record\'s', () => {
    expect(readArchive('- Lưu: VT, TTHT(2). // 82)', 'CTHN-TTHT').archive).toEqual({ units: ['VT', 'TTHT'], copies: 2 });
  });
  it('"sé: 4Ô ÁÄÉÍ \'CTHN-TTHT Hà Nội, …": a two-piece scrawl and a quote mark for the slash; the symbol is read', () => {
    const l = read('CỤC THUẾ TP HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nsé: 4Ô ÁÄÉÍ \'CTHN-TTHT Hà Nội, ngày 20 tháng 11 năm 2020\nV/v chính sách thuế\n\nKính gửi: Công ty A.\n\nCục Thuế trả lời để Công ty biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.').letter;
    expect([l.number, l.symbol, l.place]).toEqual([null, 'CTHN-TTHT', 'Hà Nội']);
  });
});
