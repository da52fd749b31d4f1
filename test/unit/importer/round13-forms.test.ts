// Forms found in the thirteenth unseen round (OCR'd provincial tax letters, a government office's letters
// copied from a web page with their words run together, a ministry's letter in bold markdown), each
// tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

/** A scanned tax office's letter around the given parts, as tesseract reads it. */
const scanned = (parts: { numberLine?: string; greeting?: string; body?: string; footer?: string }) => `TONG CUC THUE CONG HÒA XÃ HỘI CHỦ NGHĨA VIET NAM

CỤC THUE TINH BAC NINH Độc lập - Tự do - Hạnh phúc
${parts.numberLine ?? 'Số: 1780/CT-TTHT Bắc Ninh, ngày 11 tháng 07 năm 2018'}
V/v Thủ tục về thuế khi sáp
nhập doanh nghiệp.

${parts.greeting ?? 'Kính gửi: Công ty TNHH FufiKin Bắc Ninh'}

${parts.body ?? 'Cục Thuế tỉnh Bắc Ninh trả lời để Công ty biết và thực hiện./.'}

${parts.footer ?? 'Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên;\n- Lưu: VT, TTHT. PHÓ CỤC TRƯỞNG\n\nNguyễn Văn Thu'}`;

describe('an addressee\'s details under "Kính gửi"', () => {
  it('"Mã số thuế: …" and "Địa chỉ: …" with no list ending are part of the one recipient', () => {
    const { letter: l } = read(scanned({ greeting: 'Kính gửi: Công ty TNHH FufiKin Bắc Ninh\nMã số thuế: 2300321657\nĐịa chỉ: Số 14, đường 8, KCN VSIP Bắc Ninh,\nxã Phù Chẩn, thị xã Từ Sơn, tỉnh Bắc Ninh' }));
    expect(l.recipients).toEqual(['Công ty TNHH FufiKin Bắc Ninh Mã số thuế: 2300321657 Địa chỉ: Số 14, đường 8, KCN VSIP Bắc Ninh, xã Phù Chẩn, thị xã Từ Sơn, tỉnh Bắc Ninh']);
  });

  it('typed as a list with ";" they stay entries of the list', () => {
    const { letter: l } = read(scanned({ greeting: 'Kính gửi:\nCông Ty TNHH Khuôn Mẫu Yong Hong;\nMã số thuế: 1102044417;\nĐịa chỉ nhận thông báo: Lô A8-A9, tỉnh Tây Ninh.' }));
    expect(l.recipients).toEqual(['Công Ty TNHH Khuôn Mẫu Yong Hong', 'Mã số thuế: 1102044417', 'Địa chỉ nhận thông báo: Lô A8-A9, tỉnh Tây Ninh']);
  });

  it('"Kính gửi:" / "" / "Công ty TNHH Hyosung Việt Nam" / "(địa chỉ: …)": the address under the recipient is its own, not the body\'s', () => {
    const { letter: l } = read(scanned({ greeting: 'Kính gửi:\n\nCông ty TNHH Hyosung Việt Nam\n(địa chỉ: đường N2, Khu công nghiệp Nhơn Trạch 5, tỉnh Đồng Nai)' }));
    expect(l.recipients).toEqual(['Công ty TNHH Hyosung Việt Nam (địa chỉ: đường N2, Khu công nghiệp Nhơn Trạch 5, tỉnh Đồng Nai)']);
    expect(l.body[0]?.content.map((r) => r.text).join('')).toMatch(/^Cục Thuế tỉnh Bắc Ninh trả lời/);
  });
});

/** A government office's letter as a web page stores it, its words and lines run together. */
const webCopy = (parts: { numberLine?: string; greeting?: string; footer?: string }) => `VĂN PHÒNG CHÍNH PHỦ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

${parts.numberLine ?? 'Số: 3661/VPCP-KTN'}
V/v chủ trương điều chỉnh cục bộ Quy hoạch chung thành phố Nha Trang

Hà Nội, ngày 19 tháng 05 năm 2016

${parts.greeting ?? 'Kính gửi: Bộ Xây dựng.'}

Văn phòng Chính phủ thông báo để các cơ quan, tổ chức biết thực hiện./.

${parts.footer ?? 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KTN.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Cao Lục'}`;

describe('a web copy that lost letters and line breaks', () => {
  it('"S :3661/VPCP-KTN": "Số" with its vowel lost is still the number line', () => {
    const { letter: l } = read(webCopy({ numberLine: 'S :3661/VPCP-KTN' }));
    expect([l.number, l.symbol]).toEqual([3661, 'VPCP-KTN']);
  });

  it('"- Bộ Xây dựng;- Ủy ban nhân dân tỉnh Khánh Hòa.": two dashed recipients on one line', () => {
    const { letter: l } = read(webCopy({ greeting: 'Kính gửi:\n\n- Bộ Xây dựng;- Ủy ban nhân dân tỉnh Khánh Hòa.' }));
    expect(l.recipients).toEqual(['Bộ Xây dựng', 'Ủy ban nhân dân tỉnh Khánh Hòa']);
  });

  it('a hyphen inside an entry opens nothing ("Sở Văn hóa - Thể thao", "VINASAT-1")', () => {
    const { letter: l } = read(webCopy({ greeting: 'Kính gửi:\n\n- Sở Văn hóa - Thể thao;\n- Công ty VINASAT-1.' }));
    expect(l.recipients).toEqual(['Sở Văn hóa - Thể thao', 'Công ty VINASAT-1']);
  });

  it('"- Lưu: VT, KTN (3b) Nghĩa" / "(24).": the drafter\'s copies wrapped under the archive line', () => {
    const { letter: l } = read(webCopy({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KTN (3b) Nghĩa\n(24).\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Cao Lục' }));
    expect(l.archive).toEqual({ units: ['VT', 'KTN'], copies: 3 });
    expect(l.drafter).toEqual({ initials: 'Nghĩa', copies: 24 });
    expect(l.signature.title).toBe('PHÓ CHỦ NHIỆM');
  });

  it('"KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆM" / "N" / "guyễn Cao Lục": the deputy\'s position and the cut name', () => {
    const { letter: l } = read(webCopy({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KTN.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆM\nN\nguyễn Cao Lục' }));
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM', title: 'PHÓ CHỦ NHIỆM', signer: 'Nguyễn Cao Lục' });
  });
});

describe('a tax office\'s scan with its hand-filled parts unreadable', () => {
  it('"Số: AO5f /CT-TTHT | Hai Phong, ngày …": the number is left out with a note, the symbol and place are read', () => {
    const { letter: l, notes } = read(scanned({ numberLine: 'Số: AO5f /CT-TTHT | Hai Phong, ngày 05 tháng năm 2020' }));
    expect([l.number, l.symbol, l.place]).toEqual([null, 'CT-TTHT', 'Hai Phong']);
    expect(l.date).toEqual({ day: 5, month: null, year: 2020 });
    expect(notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });

  it('"sé/(ÖCr-TTHT Bắc Ninh, ngày/WÍ tháng 07 năm 2018": the marred number is cut out of the place', () => {
    const { letter: l, notes } = read(scanned({ numberLine: 'sé/(ÖCr-TTHT Bắc Ninh, ngày/WÍ tháng 07 năm 2018' }));
    expect(l.place).toBe('Bắc Ninh');
    expect(notes.some((n) => n.path === 'place' && n.kind === 'dropped')).toBe(true);
  });

  it('"Nơi nhận: ,CỤC TRƯỞNG" and "- Lưu VT, TTHT (6b), ⁄": the comma and the sign are specks', () => {
    const { letter: l } = read(scanned({ footer: 'Nơi nhận: ,CỤC TRƯỞNG\n- Như trên;\n- Lưu VT, TTHT (6b), ⁄' }));
    expect(l.signature.title).toBe('CỤC TRƯỞNG');
    expect(l.archive).toEqual({ units: ['VT', 'TTHT'], copies: 6 });
  });

  it('"Kính gửi:Cácsởgiáodụcđàotạo": a recipient with no space after the colon', () => {
    const { letter: l } = read(scanned({ greeting: 'Kính gửi:Cácsởgiáodụcđàotạo' }));
    expect(l.recipients).toEqual(['Cácsởgiáodụcđàotạo']);
  });
});
