// Forms found in the thirteenth unseen round (OCR'd provincial tax letters, a government office's letters
// copied from a web page with their words run together, a ministry's letter in bold markdown), each
// tested on its own.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';

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

  it('"- Lưu:" / "VT, VP (38b).": the archive\'s units wrapped under its label', () => {
    const { letter: l } = read(webCopy({ footer: '*Nơi nhận:*\n- Như\ntrên;\n- Lưu:\nVT, VP (38b).\n|\n**TL. BỘ TRƯỞNG**\nCHÁNH VĂN PHÒNG\n**Phạm\nChí Thanh**' }));
    expect(l.archive).toEqual({ units: ['VT', 'VP'], copies: 38 });
    expect(l.signature).toEqual({ authority: null, delegation: 'TL. BỘ TRƯỞNG', title: 'CHÁNH VĂN PHÒNG', signer: 'Phạm Chí Thanh' });
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

describe('a tax office\'s answer that cites the law', () => {
  const texts = (blocks: ReturnType<typeof read>['letter']['body']): string[] => blocks.map((b) => b.content.map((r) => r.text).join(''));

  it('"1. Về kê khai, Quyết toán thuế." over its text is a titled clause, as "2. Về hoàn thuế GTGT." last of all is', () => {
    const { letter: l } = read(scanned({ body: 'Cục Thuế có ý kiến như sau:\n\n1. Về kê khai, Quyết toán thuế.\n\nKhoản 4 Điều 12 Thông tư số 156/2013/TT-BTC quy định về khai quyết toán thuế.\n\n2. Về hoàn thuế GTGT.\n\nKhoản 5 Điều 1 Thông tư số 130/2016/TT-BTC hướng dẫn các trường hợp hoàn thuế.\n\nCục Thuế tỉnh Bắc Ninh hướng dẫn để Công ty biết và thực hiện./.' }));
    expect(tree(l.body)).toEqual([
      'p: Cục Thuế có ý kiến như sau:',
      { 'clause T: Về kê khai, Quyết toán thuế.': ['p: Khoản 4 Điều 12 Thông tư số 156/2013/TT-BTC quy định về khai quyết toán thuế.'] },
      { 'clause T: Về hoàn thuế GTGT.': ['p: Khoản 5 Điều 1 Thông tư số 130/2016/TT-BTC hướng dẫn các trường hợp hoàn thuế.'] },
      'p: Cục Thuế tỉnh Bắc Ninh hướng dẫn để Công ty biết và thực hiện./.',
    ]);
  });

  it('a lone "e)" under the law it cites keeps its label as text; "a)" then "b)" are the letter\'s points', () => {
    const cited = read(scanned({ body: 'Cục Thuế có ý kiến như sau:\n\nKhoản 3 Điều 10 Thông tư số 156/2013/TT-BTC quy định thời hạn nộp hồ sơ.\n\ne) Thời hạn nộp hồ sơ quyết toán thuế chậm nhất là ngày thứ 45.\n\nCông ty thực hiện theo quy định./.' })).letter;
    expect(texts(cited.body)).toContain('e) Thời hạn nộp hồ sơ quyết toán thuế chậm nhất là ngày thứ 45.');
    const own = read(scanned({ body: 'Cục Thuế đề nghị Công ty:\n\na) Nộp hồ sơ đúng hạn;\n\nb) Lưu giữ chứng từ.\n\nCông ty thực hiện theo quy định./.' })).letter;
    expect(own.body.filter((b) => b.kind === 'item').map((b) => (b.kind === 'item' ? b.level : ''))).toEqual(['point', 'point']);
    // OCR's "e)" for the first point "a)" is still a point when "b)" follows it.
    const misread = read(scanned({ body: 'Cục Thuế đề nghị Công ty:\n\ne) Nộp hồ sơ đúng hạn;\n\nb) Lưu giữ chứng từ.\n\nCông ty thực hiện theo quy định./.' })).letter;
    expect(misread.body.filter((b) => b.kind === 'item')).toHaveLength(2);
  });

  it('"“Điều 2. …" and "“Điều 12. …" with only the last closing mark: both articles are quoted, their labels text', () => {
    const paragraphs = [
      'Căn cứ Nghị định số 41/2020/NĐ-CP của Chính phủ:',
      '“Điều 2. Đối tượng áp dụng',
      'Nghị định này áp dụng đối với các đối tượng sau:',
      '1. Doanh nghiệp hoạt động sản xuất trong các ngành kinh tế sau:',
      'a) Nông nghiệp, lâm nghiệp và thủy sản;',
      'Căn cứ Điểm a Khoản 1 Điều 12 Luật Kế toán, trong đó quy định như sau:',
      '“Điều 12. Kỳ kế toán',
      '1. Kỳ kế toán gồm kỳ kế toán năm, kỳ kế toán quý.”',
      'Cục Thuế trả lời để Công ty biết./.',
    ];
    // The article's heading and its first sentence are on two lines with no blank line between.
    const body = paragraphs.join('\n\n').replace('áp dụng\n\nNghị định', 'áp dụng\nNghị định');
    const { letter: l } = read(scanned({ body }));
    expect(l.body.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(texts(l.body)).toEqual(paragraphs);
  });

  it('an e-signature stamp the scan cut at the left ("ý bởi:", "ia chỉ: …", "h Tông,") is dropped; the paragraph goes on past it', () => {
    const body = 'Công ty TNHH FuliKin Bắc Ninh sáp nhập và trở\nthành Chi nhánh phụ thuộc kể từ tháng\n\ný bởi: Cục Thuế tỉnh Bắc Ninh.\nia chỉ: Đường Lý Anh Tông,\n\nh Tông,\n"hường Võ Cường, TP Bắc Ninh\n\n9/2018 thì Công ty phải quyết toán thuế TNDN./.';
    const { letter: l, notes } = read(scanned({ body }));
    expect(texts(l.body)).toEqual(['Công ty TNHH FuliKin Bắc Ninh sáp nhập và trở thành Chi nhánh phụ thuộc kể từ tháng 9/2018 thì Công ty phải quyết toán thuế TNDN./.']);
    expect(notes.filter((n) => n.kind === 'dropped' && n.path === 'document')).toHaveLength(4);
  });

  it('"Digitally signed by" / "Date: … +07:00" / "Location: …" / "- quận Ngô Quyền - Hải Phòn": a stamp in English, dropped', () => {
    const body = 'Cục Thuế có ý kiến như sau:\n\nDigitally signed by\n\nDate: 2020.05.05 16:56:11 +07:00\n\nLocation: Số 6 - Đà Nẵng - phường Máy Tơ\n- quận Ngô Quyền - Hải Phòn\n\nCông ty thực hiện theo quy định./.';
    const { letter: l } = read(scanned({ body }));
    expect(texts(l.body)).toEqual(['Cục Thuế có ý kiến như sau:', 'Công ty thực hiện theo quy định./.']);
  });

  it('a short line in small letters after a letter\'s own line is kept when no stamp came before it', () => {
    const { letter: l } = read(scanned({ body: 'Cục Thuế đề nghị Công ty nộp hồ sơ\n\nđúng hạn, lưu giữ chứng từ./.' }));
    expect(texts(l.body).join(' ')).toContain('đúng hạn, lưu giữ chứng từ./.');
  });
});
