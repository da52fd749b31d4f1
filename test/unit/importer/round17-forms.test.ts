// Forms found in the seventeenth unseen round (a district education office's letters as PDF text and as
// Tesseract OCR, a district council's letter, web copies that wrap a name inside its bold span or glue
// "Nơi nhận" to its first entry, tax offices' OCR'd letters), each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';

/** A district education office's letter, typed cleanly; each test swaps in the part it is about. */
const letter = (parts: { head?: string; number?: string; body?: string; footer?: string }) => `${parts.head ?? 'UBND HUYỆN HIỆP HÒA\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'}
${parts.number ?? 'Số: 187/PGD&ĐT\nHiệp Hòa, ngày 04 tháng 4 năm 2020'}
V/v phòng, chống dịch Covid-19

Kính gửi: Hiệu trưởng các trường MN, TH, THCS.

${parts.body ?? 'Phòng GD&ĐT yêu cầu các trường thực hiện tốt các nội dung sau:\n\n1. Tuyên truyền tới toàn thể cán bộ, giáo viên.\n\n2. Bố trí trực trường ở mức tối thiểu.\n\nPhòng Giáo dục và Đào tạo yêu cầu các trường thực hiện nghiêm túc./.'}

${parts.footer ?? 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nPhạm Văn Hà'}`;

describe('the header', () => {
  it('"UBND HUYỆN HIỆP HÒA CỘNG HÒA …" / "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập —- Tự do — Hạnh phúc": OCR\'s doubled dash in the motto', () => {
    const { letter: l } = read(letter({ head: 'UBND HUYỆN HIỆP HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập —- Tự do — Hạnh phúc' }));
    expect(l.agency).toEqual({ parent: 'UBND HUYỆN HIỆP HÒA', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' });
  });

  it('"UBND HUYỆN HIỆP HÒA" over "HĐST HỒ SƠ THĂNG …": a council named by its initials is a unit under its parent', () => {
    const { letter: l } = read(letter({ head: 'UBND HUYỆN HIỆP HÒA\nHĐST HỒ SƠ THĂNG\nHẠNG CHỨC DANH NGHỀ\nNGHIỆP GIÁO VIÊN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc' }));
    expect(l.agency).toEqual({ parent: 'UBND HUYỆN HIỆP HÒA', name: 'HĐST HỒ SƠ THĂNG\nHẠNG CHỨC DANH NGHỀ\nNGHIỆP GIÁO VIÊN' });
  });

  it('"**VĂN" / "PHÒNG CHÍNH PHỦ**": a name a page broke after its first word keeps the break as typed, and is no parent over a "PHÒNG"', () => {
    const { letter: l, notes } = read(letter({ head: '**VĂN\nPHÒNG CHÍNH PHỦ**\n-------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc' }));
    expect(l.agency).toEqual({ parent: null, name: 'VĂN\nPHÒNG CHÍNH PHỦ' });
    // The clerk is told, so that a break the page made can be joined in the editor.
    expect(notes.some((n) => n.path === 'agency.name' && n.kind === 'uncertain' && n.source === 'VĂN / PHÒNG CHÍNH PHỦ')).toBe(true);
  });

  it('"BẢO" / "HIỂM XÃ HỘI |": a table cell wrapped after one word keeps the break too', () => {
    const { letter: l } = read(letter({ head: 'BẢO\nHIỂM XÃ HỘI |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |' }));
    expect(l.agency).toEqual({ parent: null, name: 'BẢO\nHIỂM XÃ HỘI' });
  });
});

describe('the header: place and recipients', () => {
  it('"Số:À394Ù /CTHN-TTHT ˆ Hà Nội, ngày …": a modifier letter OCR read before the place is no part of it', () => {
    const { letter: l, notes } = read(letter({ number: 'Số:À394Ù /CTHN-TTHT ˆ Hà Nội, ngàyä4 kháng 2 năm 2023' }));
    expect([l.symbol, l.place, l.date.month, l.date.year]).toEqual(['CTHN-TTHT', 'Hà Nội', 2, 2023]);
    expect(notes.some((n) => n.path === 'place' && n.kind === 'dropped' && n.source === 'ˆ')).toBe(true);
  });

  it('"Kính gửi:" / "Chủ tịch … các tỉnh: Hưng Yên, Ninh" / "Bình, Bắc Ninh, Phú Thọ.": a list of provinces cut inside a name is one recipient', () => {
    const text = letter({}).replace('Kính gửi: Hiệu trưởng các trường MN, TH, THCS.', 'Kính gửi:\n|\nChủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh\nBình, Bắc Ninh, Phú Thọ, Tuyên Quang.\n|');
    const { letter: l } = read(text);
    expect(l.recipients).toEqual(['Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang']);
    expect(l.body[0]?.content[0]?.text).toMatch(/^Phòng GD&ĐT yêu cầu/);
  });
});

describe('the body', () => {
  it('"“Điều 11." alone over the article\'s title: a quoted law\'s label and its title are one paragraph', () => {
    const body = '- Tại Điều 11 Nghị định số 20/2025/NĐ-CP quy định:\n\n“Điều 11.\nHướng dẫn về việc thực hiện khoản thu nhập không chịu thuế\n\n1. Không tính vào thu nhập chịu thuế.”\n\nCục Thuế trả lời để Ban biết./.';
    const { letter: l } = read(letter({ body }));
    expect(tree(l.body)).toEqual([
      { 'dash: Tại Điều 11 Nghị định số 20/2025/NĐ-CP quy định:': ['p: “Điều 11. Hướng dẫn về việc thực hiện khoản thu nhập không chịu thuế', 'p: 1. Không tính vào thu nhập chịu thuế.”'] },
      'p: Cục Thuế trả lời để Ban biết./.',
    ]);
  });

  it('"--- PAGE 2 ---" after a converter\'s page break is no text of the paragraph it cuts', () => {
    const body = 'Phòng yêu cầu các trường thực hiện tốt việc trực trường và báo cáo kết quả về\n\n\n--- PAGE BREAK ---\n\n--- PAGE 2 ---\n2\n\nPhòng trước ngày 10 hằng tháng./.';
    const { letter: l } = read(letter({ body }));
    expect(tree(l.body)).toEqual(['p: Phòng yêu cầu các trường thực hiện tốt việc trực trường và báo cáo kết quả về Phòng trước ngày 10 hằng tháng./.']);
  });

  it('"Yêu cầu hiệu trưởng các trường …" after the last titled clause opens the letter\'s closing part', () => {
    const body = 'Hội đồng hướng dẫn như sau:\n1. Đối tượng\nGiáo viên đang giảng dạy.\n2. Thời gian nhận hồ sơ\nNhận hồ sơ từ ngày 05/10/2020 đến ngày 15/10/2020.\nYêu cầu hiệu trưởng các trường triển khai kịp thời văn bản này.\n(Gửi kèm theo các Kế hoạch của UBND tỉnh)./.';
    const { letter: l } = read(letter({ body }));
    expect(tree(l.body)).toEqual([
      'p: Hội đồng hướng dẫn như sau:',
      { 'clause T: Đối tượng': ['p: Giáo viên đang giảng dạy.'] },
      { 'clause T: Thời gian nhận hồ sơ': ['p: Nhận hồ sơ từ ngày 05/10/2020 đến ngày 15/10/2020.'] },
      'p: Yêu cầu hiệu trưởng các trường triển khai kịp thời văn bản này.',
      'p: (Gửi kèm theo các Kế hoạch của UBND tỉnh)./.',
    ]);
  });

  it('"*Không nộp về Phòng …" in a text without markdown: the author\'s note mark stays, and starts its paragraph', () => {
    const body = 'Phòng yêu cầu như sau:\n- Thời gian nộp bài: trước ngày 26 tháng 10, theo địa chỉ: ndhoang.hh@bacgiang.edu.vn\n*Không nộp về Phòng những tin/bài đã nộp năm học trước, hoặc\nđã đăng trên các phương tiện truyền thông.\nPhòng yêu cầu các đơn vị thực hiện./.';
    const { letter: l } = read(letter({ body }));
    expect(tree(l.body)).toEqual([
      'p: Phòng yêu cầu như sau:',
      { 'dash: Thời gian nộp bài: trước ngày 26 tháng 10, theo địa chỉ: ndhoang.hh@bacgiang.edu.vn': [] },
      'p: *Không nộp về Phòng những tin/bài đã nộp năm học trước, hoặc đã đăng trên các phương tiện truyền thông.',
      'p: Phòng yêu cầu các đơn vị thực hiện./.',
    ]);
  });

  it('an asterisk in a markdown copy still opens an italic span', () => {
    const body = 'Phòng yêu cầu như sau:\n*Không nộp bài đã nộp năm trước.*\n\nPhòng yêu cầu các đơn vị thực hiện./.';
    const { letter: l } = read(letter({ body }));
    expect(l.body[1]?.content).toEqual([{ text: 'Không nộp bài đã nộp năm trước.', bold: false, italic: true, underline: false }]);
  });
});

describe('Nơi nhận and the signature', () => {
  it('"- Lưu: VT" / "._ Bản điện tử :" / entries / "(đễ th).": the sub-list under the archive line, its wrapped aside, OCR\'s specks before the label', () => {
    const footer = 'Nơi nhận:\n- Lưu: VT\n._ Bản điện tử :\n- Lãnh đạo, CV Phòng GD&ĐT;\n- Các trường MN, TH, TH&THCS, THCS\n(đễ th).\n\ns⁄Z\nPhạm Văn Hà';
    const { letter: l, notes } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Lãnh đạo, CV Phòng GD&ĐT', 'Các trường MN, TH, TH&THCS, THCS (đễ th)']);
    expect(l.archive).toEqual({ units: ['VT'], copies: null });
    expect(l.signature.signer).toBe('Phạm Văn Hà');
    expect(notes.some((n) => n.path.startsWith('distribution') && n.message.includes('Bản điện tử'))).toBe(true);
  });

  it('a "Bản điện tử:" sub-list among the entries, before the archive line, stays one entry', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Bản điện tử:\n+ CT, các PCT UBND tỉnh;\n+ Các sở, ngành;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nPhạm Văn Hà';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Bản điện tử: CT, các PCT UBND tỉnh; Các sở, ngành']);
  });

  it('"Nơi nhận- Như trên;": a web copy that glued the first entry to the label keeps that entry', () => {
    const { letter: l } = read(letter({ footer: 'Nơi nhận- Như trên;\n- Lưu VT, QLN (2b).\n\nTL. BỘ TRƯỞNG\nCỤC TRƯỞNG CỤC QUẢN LÝ NHÀ\nNguyễn Mạnh Hà' }));
    expect(l.distribution).toEqual(['Như trên']);
    expect(l.archive).toEqual({ units: ['VT', 'QLN'], copies: 2 });
  });

  it('"Nơi nhận: y/ KT. TONG CỤC TRƯỞNG": a letter and a sign after the label are a speck, not an entry', () => {
    const footer = 'Nơi nhận: y/ KT. TONG CỤC TRƯỞNG\n\n- Cục CNTT& TKHQ (để biết);\n- Lưu: VT; TXNK-Nhung (03).\n\nNguyễn Dương Thái';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Cục CNTT& TKHQ (để biết)']);
    expect(l.signature.delegation).toBe('KT. TONG CỤC TRƯỞNG');
  });

  it('"Lưu: VT; TXNK-Nhung (03).": the drafting unit, then after its hyphen the drafter\'s name and the copies issued', () => {
    const { letter: l } = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT; TXNK-Nhung (03).\n\nTRƯỞNG PHÒNG\n\nPhạm Văn Hà' }));
    expect(l.archive).toEqual({ units: ['VT', 'TXNK'], copies: null });
    expect(l.drafter).toEqual({ initials: 'Nhung', copies: 3 });
  });

  it('"Lưu: VT, VX (3), DHC 24": after the unit the symbol names (with its own copies), initials and a count are the drafter\'s', () => {
    const text = letter({ number: 'Số: 89/VPCP-VX\nHà Nội, ngày 07 tháng 01 năm 2008', footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VX (3), DHC 24\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nTrần Quốc Toản' });
    const { letter: l } = read(text);
    expect(l.archive).toEqual({ units: ['VT', 'VX'], copies: 3 });
    expect(l.drafter).toEqual({ initials: 'DHC', copies: 24 });
  });

  it('"Lưu: VT, TrHT2)ÄR { by >)": a bracket nothing opened ends the units; the scrawl after it is dropped, with a note', () => {
    const { letter: l, notes } = read(letter({ footer: 'Noi nhận:\n~ Như trên;\n- Website Cục Thuế;\n\n- Lưu: VT, TrHT2)ÄR { by >)\n\nNguyễn Tiến Trường' }));
    expect(l.archive).toEqual({ units: ['VT', 'TrHT2'], copies: null });
    expect(l.drafter).toBeNull();
    expect(notes.some((n) => n.path === 'archive.units' && n.kind === 'dropped' && n.message.includes(')ÄR { by >)'))).toBe(true);
    // "Trường" ends many names: it is no position word ("Trưởng" is).
    expect(l.signature.signer).toBe('Nguyễn Tiến Trường');
  });

  it('"Phạm \'\\ Văn Hà": a pen stroke OCR read as signs between the name\'s words is dropped, with a note', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nPhạm \'\\ Văn Hà';
    const { letter: l, notes } = read(letter({ footer }));
    expect(l.signature.signer).toBe('Phạm Văn Hà');
    expect(notes.some((n) => n.path === 'signature.signer' && n.kind === 'dropped' && n.message.includes("'\\"))).toBe(true);
  });
});
