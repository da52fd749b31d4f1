// Forms found in the ninth unseen round (a legal-document site's markdown crawl, provincial portals,
// a page that flattens its table one cell per line), each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';
import { parseArchive } from '../../../core/importer/archive';
import { Notes } from '../../../core/importer/notes';

const letter = (header: string, recipients: string, body = 'Đề nghị các cơ quan thực hiện./.', footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nHồ An Phong') =>
  `${header}\n\n${recipients}\n\n${body}\n\n${footer}`;
const HEADER = 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 6316/BVHTTDL-VP\nV/v triển khai kết luận Hội nghị Trung ương\nHà Nội, ngày 21 tháng 11 năm 2025';

describe('the archive line', () => {
  const archive = (line: string, symbol: string) => parseArchive(line, new Notes(), { symbol });

  it.each([
    // Initials with the copies issued (tens) after the units: the drafter's mark.
    ['Lưu: VT, VP (THTT), TN (30).', 'BVHTTDL-VP', { units: ['VT', 'VP (THTT)'], copies: null }, { initials: 'TN', copies: 30 }],
    // A unit's archive copies are counted in ones: "HC (2)" stays a unit.
    ['Lưu: VT, VP, HC (2).', 'BVHTTDL-VP', { units: ['VT', 'VP', 'HC'], copies: 2 }, null],
    // The unit the symbol names, whatever its count.
    ['Lưu: VT, KGVX (10).', 'UBND-KGVX', { units: ['VT', 'KGVX'], copies: 10 }, null],
  ])('%s (symbol %s)', (line, symbol, units, drafter) => {
    const got = archive(line, symbol);
    expect(got.archive).toEqual(units);
    expect(got.drafter).toEqual(drafter);
  });

  it.each([
    // A name written out, whole or after its family name's initial, is kept as typed…
    ['Lưu: VT, V.I (3), Thiện.', 'VPCP-V.I', 'Thiện'],
    ['Lưu: VT, QLDN1, HDiem.', 'TNI-QLDN1', 'HDiem'],
    // …initials are written in capitals.
    ['Lưu: VT, VP (HC), Tài (25).', 'BVHTTDL-VP', 'TÀI'],
    ['Lưu: VT, KGVX^{Ph}.', 'UBND-KGVX', 'PH'],
  ])('%s (symbol %s) → drafter %s', (line, symbol, initials) => expect(archive(line, symbol).drafter?.initials).toBe(initials));
});

describe('the recipients', () => {
  it('"… quản lý nhà nước thuộc" / "Bộ": a recipient cut after a word that links on goes on', () => {
    const { letter: l } = read(letter(HEADER, '**Kính gửi:** Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc\nBộ\nThực hiện ý kiến chỉ đạo của\nThủ tướng Chính phủ, Bộ trưởng giao:'));
    expect(l.recipients).toEqual(['Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ']);
    expect((tree(l.body) as unknown[])[0]).toBe('p: Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, Bộ trưởng giao:');
  });

  it('"Đồng kính gửi:" adds the addressees sent a copy after the main list, and says so', () => {
    const block = '**Kính gửi:**\n|\n- Bộ trưởng các Bộ;\n- Chánh Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia.\n|\n|\n**Đồng kính gửi: **\n|\n- Thủ tướng Chính phủ Phạm Minh Chính (để báo\ncáo).\n|';
    const { letter: l, notes } = read(letter(HEADER, block, 'Sau khi Thủ tướng Chính phủ ban hành Chỉ thị số 13/CT-TTg, Phó Thủ tướng có ý kiến như sau:\n1. Các Bộ thực hiện./.'));
    expect(l.recipients).toEqual(['Bộ trưởng các Bộ', 'Chánh Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia', 'Thủ tướng Chính phủ Phạm Minh Chính (để báo cáo)']);
    expect((tree(l.body) as unknown[])[0]).toBe('p: Sau khi Thủ tướng Chính phủ ban hành Chỉ thị số 13/CT-TTg, Phó Thủ tướng có ý kiến như sau:');
    expect(notes.some((n) => n.path === 'recipients' && /Đồng kính gửi/.test(n.message))).toBe(true);
  });

  it('a list ended by "." with no "Đồng kính gửi" after it is over at the blank line', () => {
    const { letter: l } = read(letter(HEADER, 'Kính gửi:\n- Bộ trưởng các Bộ;\n- Chủ tịch UBND các tỉnh.', '- Đồng kính gửi lời cảm ơn tới các đơn vị./.'));
    expect(l.recipients).toEqual(['Bộ trưởng các Bộ', 'Chủ tịch UBND các tỉnh']);
  });
});

describe('the header', () => {
  it('a page that ends each table cell with " |" keeps the agency, the title and the signature apart', () => {
    const text = `BỘ Y TẾ |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM |
Số: 4396/BYT-KH-TC |
Hà Nội, ngày 30 tháng 05 năm 2021 |
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Bộ Y tế trân trọng cảm ơn./.
|
KT. BỘ TRƯỞNG |`;
    const { letter: l } = read(text);
    expect(l.agency).toEqual({ parent: null, name: 'BỘ Y TẾ' });
    expect(l.symbol).toBe('BYT-KH-TC');
    expect(l.date).toEqual({ day: 30, month: 5, year: 2021 });
    expect(l.signature.delegation).toBe('KT. BỘ TRƯỞNG');
  });

  it('"TỈNH ĐĂK NÔNGCỘNG HÒA XÃ HỘI…" glued by a Word copy is cut before the national title', () => {
    const text = 'ỦY BAN NHÂN DÂN\n\nTỈNH ĐĂK NÔNGCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố:1831 /UBND-NN\n\nV/v: phòng cháy, chữa cháy rừng\n\nĐắk Nông, ngày 16 tháng 5 năm 2012\n\nKính gửi: Sở Nông nghiệp và PTNT.\n\nĐề nghị thực hiện./.';
    const { letter: l } = read(text);
    expect(l.agency).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH ĐĂK NÔNG' });
    expect(l.number).toBe(1831);
  });
});

describe('the body', () => {
  it('"… có tên gọi:" / "“Nhà phi thuyền”. Về vấn đề này, …": a quoted name the sentence goes on after is no quoted block', () => {
    const body = 'Cục Hải quan nhận được công văn số 19/CV-TT-2025\nngày 6/10/2025 của Công ty về việc xác định mã số HS lô hàng nhập khẩu có tên gọi:\n“Nhà phi thuyền”. Về vấn đề này, Cục Hải quan có ý kiến như sau:\n\n1. Về chính sách mặt hàng: đề nghị Công ty thực hiện./.';
    const { letter: l } = read(letter(HEADER, 'Kính gửi: Công ty TNHH Thuận Thành.', body));
    expect((tree(l.body) as unknown[])[0]).toBe(
      'p: Cục Hải quan nhận được công văn số 19/CV-TT-2025 ngày 6/10/2025 của Công ty về việc xác định mã số HS lô hàng nhập khẩu có tên gọi: “Nhà phi thuyền”. Về vấn đề này, Cục Hải quan có ý kiến như sau:',
    );
  });
});
