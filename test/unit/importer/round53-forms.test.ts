// Forms found while the fifty-third unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const police = letterFrom({
  head: 'BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 5689/BCA-C04 Hà Nội, ngày 16 tháng 12 năm 2025\nV/v dự kiến kế hoạch đầu tư công trung hạn\nNSTW thực hiện CTMTQG PCMT\nđến năm 2030',
  greeting: 'Kính gửi: Các Bộ, cơ quan trung ương.',
  body: 'Thực hiện Quyết định số 7619/QĐ-BCA ngày 8/9/2025 của Bộ trưởng Bộ Công an, Bộ Công an đề nghị các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, C04(P6).\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn Long',
});

describe('a scan of Bộ Công an 5689 (round 53)', () => {
  it('"Kính gửi: ....................-«cŸẰ. .": a dotted blank for the hand, specks after it: no recipient is read', () => {
    const r = read(police({ greeting: 'Kính gửi: ..................................-«cŸẰ. .' }));
    expect([r.letter.recipients, r.notes.some((n) => n.path === 'recipients' && n.kind === 'dropped')]).toEqual([[], true]);
  });
  it('"Kính gửi: ..........Các Bộ, cơ quan trung ương." keeps a recipient typed after the dots', () => {
    expect(read(police({ greeting: 'Kính gửi: ..........Các Bộ, cơ quan trung ương.' })).letter.recipients).toEqual(['Các Bộ, cơ quan trung ương']);
  });
  it('"ngày | tháng 12 năm 2025" with a cited "ngày 8/9/2925": a date years on is the citation misread and leaves the month', () => {
    const number = 'Số:96ÿđ /BCA-C04 Hà Nội, ngày | tháng 12 năm 2025\nV/v dự kiến kế hoạch đầu tư công trung hạn';
    const body = 'Thực hiện Quyết định số 7619/QĐ-BCA ngày 8/9/2925 của Bộ trưởng Bộ Công an, Bộ Công an đề nghị các đơn vị thực hiện./.';
    expect(read(police({ number, body })).letter.date).toEqual({ day: null, month: 12, year: 2025 });
  });
  it('"… PCMT" / "-_ đến năm 2030": the signs before a subject line\'s first small word are a scan\'s specks', () => {
    const number = 'Số: 5689/BCA-C04 Hà Nội, ngày 16 tháng 12 năm 2025\nV/v dự kiến kế hoạch đầu tư công trung hạn\nNSTW thực hiện CTMTQG PCMT\n-_ đến năm 2030';
    expect(read(police({ number })).letter.subject).toBe('dự kiến kế hoạch đầu tư công trung hạn NSTW thực hiện CTMTQG PCMT đến năm 2030');
  });
});

describe('the Lâm Đồng Sở replies (Sở Tài chính 464, round 53)', () => {
  it('"Lưu: VT, VPTrúc." under "STC-VP": the unit the symbol names, then the drafter\'s name the text layer glued to it', () => {
    const r = readArchive('- Lưu: VT, VPTrúc.', 'STC-VP');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'VP'], { initials: 'Trúc', copies: null }]);
  });
  it('"VPTrúc" under a symbol that names no VP stays one unit, as typed', () => {
    expect(readArchive('- Lưu: VT, VPTrúc.', 'STC-KH').archive.units).toEqual(['VT', 'VPTrúc']);
  });
});

describe('a dateline plain pdftotext gives cell by cell (Sở Nội vụ 1547, round 53)', () => {
  const head = 'UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 1547 /SNV-TCBC\n\n';
  const tail = '\n\nV/v thẩm định đối với dự thảo Quyết định\n\nKính gửi: Công an tỉnh\nSở Nội vụ có ý kiến như sau./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCBC.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A';
  it('"Lâm Đồng, ngày 18" / motto / "tháng 9" / "" / "năm 2025": the parts past the motto make the dateline', () => {
    const l = read(`${head}Lâm Đồng, ngày 18\n\nĐộc lập - Tự do - Hạnh phúc\ntháng 9\n\nnăm 2025${tail}`).letter;
    expect([l.place, l.date]).toEqual(['Lâm Đồng', { day: 18, month: 9, year: 2025 }]);
  });
  it('a line that is no part of a date stops the search', () => {
    const l = read(`${head}Lâm Đồng, ngày 18\n\nĐộc lập - Tự do - Hạnh phúc\nV/v thẩm định\ntháng 9 năm 2025${tail}`).letter;
    expect(l.date.month).toBeNull();
  });
});

describe('a scan of Thái Bình\'s Sở GDĐT 115 (round 53)', () => {
  it('"v: Kiêm tra công nhận trường" / "Trung học …": "V/v:" with its "V/" lost opens the subject', () => {
    const text = 'UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 115/SGDĐT-GDTrH Thái Bình, ngày 01 tháng 3 năm 2018\n\nv: Kiêm tra công nhận trường\nTrung học đạt chuân Quốc gia\n\nKính gửi: Các phòng Giáo dục và Đào tạo\n\nSở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu VP.\n\nGIÁM ĐỐC\n\nNguyễn Văn A';
    expect(read(text).letter.subject).toBe('Kiêm tra công nhận trường Trung học đạt chuân Quốc gia');
  });
});

describe('a customs answer copied as markdown (Cục Hải quan 39209, round 53)', () => {
  const letter = (greeting: string) =>
    `BỘ TÀI CHÍNH\n**CỤC HẢI QUAN**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 39209/CHQ-GSQL\n*V/v hướng dẫn thủ tục hải quan*\n\n*Hà Nội, ngày 01 tháng 12 năm 2025*\n\n${greeting}\nTrả lời công văn số 09/HDTLMM/2025 của Công ty, Cục Hải quan có ý kiến như sau./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, GSQL (03b).\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Văn A`;
  it('"**Kính" / "gửi:** Công ty TNHH" / "Bao bì Kỹ thuật cao Riches.": a company\'s kind alone goes on with its name', () => {
    expect(read(letter('**Kính\ngửi:** Công ty TNHH\nBao bì Kỹ thuật cao Riches.')).letter.recipients).toEqual(['Công ty TNHH Bao bì Kỹ thuật cao Riches']);
  });
  it('"Kính gửi: Công ty TNHH X." / "Trả lời …": a named company ends its line; the body opens', () => {
    const l = read(letter('Kính gửi: Công ty TNHH Bao bì Kỹ thuật cao Riches.')).letter;
    expect(l.recipients).toEqual(['Công ty TNHH Bao bì Kỹ thuật cao Riches']);
    expect(l.body).toHaveLength(1);
  });
});

describe('a crawler\'s flattening of BYT 6087 (round 53)', () => {
  const letter = (paragraph: string) =>
    `BỘ Y TẾ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 6087/BYT-KCB V/v thực hiện cấp chứng chỉ hành nghề.\nHà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương ${paragraph}\n1. Chỉ đạo Sở Y tế tổ chức quán triệt phổ biến kiến thức pháp luật về khám bệnh, chữa bệnh.\nNơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên`;
  it('"… có liên quan; Công văn số 2991/VPCP-KGVX …; Bộ Y tế đề nghị …": grounds listed inside one paragraph stay one', () => {
    const p = 'Thực hiện Luật Khám bệnh, chữa bệnh và các văn bản quy phạm pháp luật có liên quan; Công văn số 2991/VPCP-KGVX ngày 16/4/2013 của Văn phòng Chính phủ về việc cấp chứng chỉ hành nghề; Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo thực hiện một số nội dung sau:';
    expect(read(letter(p)).letter.body[0]?.content.map((r) => r.text).join('')).toBe(p);
  });
  it('"… trong tỉnh; Theo báo cáo …": words that open a paragraph after the semicolon still start one', () => {
    const p = 'Thực hiện Luật Khám bệnh, chữa bệnh và các văn bản quy phạm pháp luật có liên quan trên địa bàn trong tỉnh; Theo báo cáo của các địa phương, việc cấp chứng chỉ hành nghề còn chậm, Bộ Y tế đề nghị thực hiện một số nội dung sau:';
    expect(read(letter(p)).letter.body[1]?.content.map((r) => r.text).join('')).toMatch(/^Theo báo cáo/u);
  });
});

describe('a scan of Thái Bình\'s Sở GDĐT 232 (round 53)', () => {
  it('"… (qua phòng" / "" / "Tổ chức cán bộ, … nhận) trước ngày …": a bracket left open goes on past OCR\'s blank line', () => {
    const body = [
      'Sở Giáo dục và Đào tạo yêu cầu thủ trưởng các đơn vị tự kiểm tra đồng thời xây dựng',
      'và gửi báo cáo tự kiểm tra của đơn vị mình về Sở Giáo dục và Đào tạo (qua phòng',
      '',
      'Tổ chức cán bộ, đ/c Phan Thanh Tùng nhận) trước ngày 02/5/2018.',
      'Thời gian kiểm tra các đơn vị: tháng 5/2018 (lịch cụ thể thông báo sau)./.',
    ].join('\n');
    const texts = read(police({ body })).letter.body.map((b) => b.content.map((r) => r.text).join(''));
    expect(texts[0]).toMatch(/\(qua phòng Tổ chức cán bộ, đ\/c Phan Thanh Tùng nhận\) trước ngày 02\/5\/2018\.$/u);
  });
});

describe('a ministry\'s letter as markdown (BVHTTDL 6278, round 53)', () => {
  const head = '**Kính gửi:** Các cơ quan, đơn vị thuộc Bộ.\n\nBộ giao các đơn vị thực hiện các nhiệm vụ sau:\n';
  const foot = '\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP (HC), Tài (20).\n\n**KT. BỘ TRƯỞNG**\n**THỨ TRƯỞNG**\n\nNguyễn Văn A';
  it('"… đảm bảo" / "**hoàn thành nhiệm vụ trước ngày 15/12/2025.**": bold words opening in small letters go on the sentence', () => {
    const body = '**7. Cục Hợp\ntác quốc tế**\nKhẩn trương hoàn thành thực thi phương án cắt giảm, đơn giản hóa TTHC, đảm bảo\n**hoàn thành nhiệm vụ trước ngày 15/12/2025.**';
    const item = read(`${head}${body}${foot}`).letter.body[1];
    const children = item?.kind === 'item' ? item.children.map((b) => b.content.map((r) => r.text).join('')) : [];
    expect(children).toEqual(['Khẩn trương hoàn thành thực thi phương án cắt giảm, đơn giản hóa TTHC, đảm bảo hoàn thành nhiệm vụ trước ngày 15/12/2025.']);
  });
  it('"**1. Giao người đứng đầu các" / "cơ quan chuyên môn**": a bold title wrapped in small letters stays one title', () => {
    const body = '**1. Giao người đứng đầu các\ncơ quan chuyên môn, cơ quan hành chính khác**\n- Tiếp tục triển khai việc cập nhật cơ sở dữ liệu.';
    const item = read(`${head}${body}${foot}`).letter.body[1];
    expect(item?.kind === 'item' ? [item.title, item.content.map((r) => r.text).join('')] : null).toEqual([true, 'Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác']);
  });
});

describe('marks around a scan\'s body lines (Vĩnh Long 334, Bộ Công an 5689, round 53)', () => {
  it('"… trong trường học./,⁄⁄": fraction slashes glued to the closing are a hand\'s initials', () => {
    const body = 'Sở Giáo dục và Đào tạo đề nghị các đơn vị xử lý các trường hợp vứt khẩu trang không đúng nơi quy định trong trường học./,⁄⁄';
    const texts = read(police({ body })).letter.body.map((b) => b.content.map((r) => r.text).join(''));
    expect(texts).toEqual(['Sở Giáo dục và Đào tạo đề nghị các đơn vị xử lý các trường hợp vứt khẩu trang không đúng nơi quy định trong trường học./,']);
  });
  it('"… năm 2026." / "Hà" / "": one short word alone between paragraphs is a page number OCR misread', () => {
    const body = 'Các Bộ đề xuất dự toán chi ngân sách trung ương thực hiện Chương trình năm 2026.\nHà\n\nVăn bản trả lời đề nghị gửi về Bộ Công an trước ngày 24/12/2025./.';
    const texts = read(police({ body })).letter.body.map((b) => b.content.map((r) => r.text).join(''));
    expect(texts).toEqual(['Các Bộ đề xuất dự toán chi ngân sách trung ương thực hiện Chương trình năm 2026.', 'Văn bản trả lời đề nghị gửi về Bộ Công an trước ngày 24/12/2025./.']);
  });
});
