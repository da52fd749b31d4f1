// Forms found in the twenty-second unseen round (scans of a Sở's, a ministry's and a tax office's
// letters read by OCR, a Sở's letter from a PDF's -layout text), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';
import { readNumber } from '../../../core/importer/numbers';

/** A letter typed cleanly; each test swaps in the part it is about. */
const letter = letterFrom({
  head: 'TỔNG CỤC THUẾ\nCỤC THUẾ TP. HỒ CHÍ MINH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 9197/CT-TTHT\nThành phố Hồ Chí Minh, ngày 22 tháng 8 năm 2019\nV/v Chính sách thuế',
  greeting: 'Kính gửi: Công ty TNHH Hình tượng Ô tô Việt Nam',
  body: 'Trả lời văn thư số 01-2019/CV/MIV của Công ty, Cục Thuế TP có ý kiến như sau:\n\nCục Thuế TP thông báo Công ty biết để thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Phòng NVDTPC;\n- Lưu: VT, TTHT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Nam Bình',
});

const bodyTexts = (text: string): unknown => tree(read(text).letter.body);

describe('the header', () => {
  it('"q17": a number with a letter shaped like a digit lost digits and cannot be told', () => {
    expect(readNumber('q17')).toEqual({ kind: 'unreadable', source: 'q17' });
    expect(readNumber('17g').kind).toBe('unreadable');
    // A stray letter no digit looks like still leaves the hand-filled digits.
    expect(readNumber('K308')).toEqual({ kind: 'value', value: 308, repaired: true });
    const { letter: l } = read(letter({ number: 'số: q17 /CT-TTHT Thành phố Hỗ Chi Minh, ngày 22 tháng 8 năm 2019\nV/v: Chính sách thuế' }));
    expect([l.number, l.symbol]).toEqual([null, 'CT-TTHT']);
  });

  it('"Số:^/2-T/SYT-NVY": the scrawl of a hand-filled number before the symbol\'s slash is dropped', () => {
    const { letter: l, notes } = read(letter({ number: 'Số:^/2-T/SYT-NVY Bắc Ninh, ngày 17 tháng 02 năm 2020.\nV/v tiếp tục triển khai công tác phòng, chống dịch' }));
    expect([l.number, l.symbol, l.place]).toEqual([null, 'SYT-NVY', 'Bắc Ninh']);
    expect(notes.some((n) => n.path === 'symbol' && n.message.includes('2-T'))).toBe(true);
    // A normative document's year between slashes stays in its symbol.
    expect(read(letter({ number: 'Số: 12/2020/QĐ-UBND\nHà Nội, ngày 1 tháng 2 năm 2020\nV/v ban hành quy chế' })).letter.symbol).toBe('2020/QĐ-UBND');
  });

  it('"TONG CỤC THUR, CONG HOA …": a comma OCR read in the gap before the national title ends no name', () => {
    const { letter: l } = read(letter({ head: 'TONG CỤC THUR, CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCỤC THUE TP. HO CHÍ MINH Độc lập - Tự do - Hạnh phúc' }));
    expect(l.agency).toEqual({ parent: 'TONG CỤC THUR', name: 'CỤC THUE TP. HO CHÍ MINH' });
  });

  it('": _ UBND TỈNH PHỦ THỌ š": specks before the parent\'s name and a small letter after it are dropped', () => {
    const { letter: l } = read(letter({ head: ': _ UBND TỈNH PHỦ THỌ š CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ THÔNG TIN VÀ TRUYEN THÔNG Độc lập - Tự do - Hạnh phúc' }));
    expect(l.agency).toEqual({ parent: 'UBND TỈNH PHỦ THỌ', name: 'SỞ THÔNG TIN VÀ TRUYEN THÔNG' });
  });

  it('"V/v … an toàn" / "giao thông Hà Nội, ngày …": the subject\'s last words run into the dateline go back to it', () => {
    const { letter: l } = read(letter({ number: 'Số 1773/BGDĐT-CTHSSV\nV/v đảm bảo an ninh trật tự và an toàn\ngiao thông Hà Nội, ngày 20 tháng 4 năm 2016' }));
    expect([l.subject, l.place, l.date]).toEqual(['đảm bảo an ninh trật tự và an toàn giao thông', 'Hà Nội', { day: 20, month: 4, year: 2016 }]);
    // A place whose administrative word is typed in small letters keeps it.
    const typed = read(letter({ number: 'Số: 9197/CT-TTHT\nV/v Chính sách thuế\nthành phố Hồ Chí Minh, ngày 22 tháng 8 năm 2019' })).letter;
    expect([typed.subject, typed.place]).toEqual(['Chính sách thuế', 'thành phố Hồ Chí Minh']);
  });
});

describe('the addressees', () => {
  it('"Kính gửi: Ban Chấp hành …, Bình Thuận, Đắk" / "Nông (cũ)": a province\'s former name ends the recipient', () => {
    const greeting = 'Kính gửi: Ban Chấp hành Hội công chứng viên tỉnh Lâm Đồng, Bình Thuận, Đắk\n                                Nông (cũ)';
    const { letter: l } = read(letter({ greeting }));
    expect(l.recipients).toEqual(['Ban Chấp hành Hội công chứng viên tỉnh Lâm Đồng, Bình Thuận, Đắk Nông (cũ)']);
    expect(l.body[0]?.content.map((r) => r.text).join('')).toMatch(/^Trả lời văn thư/);
  });
});

describe('the body', () => {
  it('"Website Cục thuế TP.HCM: http://…" at a page\'s foot, in mid-sentence, is dropped and the sentence joined', () => {
    const body = 'Giá tính thuế là giá do cơ sở sản\n\nWebsite Cục thuế TP.Hỗ Chi Minh: itp:2tphcm..gdt.gov.wH/0/000141\n\n--- PAGE BREAK ---\n\nxuất bán ra chưa trừ hoa hồng.\n\nCục Thuế TP thông báo Công ty biết./.';
    expect(bodyTexts(letter({ body }))).toEqual(['p: Giá tính thuế là giá do cơ sở sản xuất bán ra chưa trừ hoa hồng.', 'p: Cục Thuế TP thông báo Công ty biết./.']);
    // A sentence naming the site, with no page break after it, stays.
    expect(bodyTexts(letter({ body: 'Đề nghị xem hướng dẫn tại:\n\nWebsite Cục thuế: http://tphcm.gdt.gov.vn\n\nTrân trọng./.' }))).toContain('p: Website Cục thuế: http://tphcm.gdt.gov.vn');
  });

  it('"1ˆ Tiếp tục …" before "2. …": a modifier sign OCR read for the first clause\'s full stop', () => {
    const body = 'Sở Y tế đề nghị như sau:\n\n1ˆ Tiếp tục triển khai các nhiệm vụ phòng chống dịch.\n\n2. Tuyên truyền cho người dân về dịch bệnh.';
    expect(bodyTexts(letter({ body }))).toEqual(['p: Sở Y tế đề nghị như sau:', { 'clause: Tiếp tục triển khai các nhiệm vụ phòng chống dịch.': [] }, { 'clause: Tuyên truyền cho người dân về dịch bệnh.': [] }]);
    // With no second clause after it, the line stays as typed.
    expect(bodyTexts(letter({ body: 'Sở Y tế đề nghị như sau:\n\n1ˆ Tiếp tục triển khai.' }))).toEqual(['p: Sở Y tế đề nghị như sau:', 'p: 1ˆ Tiếp tục triển khai.']);
  });

  it('"__ Căn cứ …": underscores with a space after them are a scan\'s specks, no bold span', () => {
    const { letter: l } = read(letter({ body: '__ Căn cứ Công văn số 366/UBND-KGVX của UBND tỉnh\nBắc Ninh về việc phòng, chống dịch;\n\nSở Y tế đề nghị thực hiện./.' }));
    expect(l.body[0]?.content).toEqual([{ text: 'Căn cứ Công văn số 366/UBND-KGVX của UBND tỉnh Bắc Ninh về việc phòng, chống dịch;', bold: false, italic: false, underline: false }]);
  });

  it('"… 0912.069.880. tê 4⁄": a scrap with a sign no text uses after a sentence\'s end is dropped', () => {
    expect(bodyTexts(letter({ body: 'Địa chỉ liên hệ: điện thoại 0912.069.880. tê 4⁄' }))).toEqual(['p: Địa chỉ liên hệ: điện thoại 0912.069.880.']);
  });

  it('"… (qua số điện thoại:" / "0269.3888.222).": a line closing the bracket left open goes on', () => {
    const body = 'Các đơn vị liên hệ:\n- Tổng đài phục vụ hành chính công tỉnh (qua số điện thoại:\n0269.3888.222).\n- Văn phòng Sở.';
    expect(bodyTexts(letter({ body }))).toEqual(['p: Các đơn vị liên hệ:', { 'dash: Tổng đài phục vụ hành chính công tỉnh (qua số điện thoại: 0269.3888.222).': [] }, { 'dash: Văn phòng Sở.': [] }]);
  });
});

describe('the footer', () => {
  it('"Nơi nan fe KT. CUC TRUONG" / "- Phong TTKTT 2; PHO CỤC TRƯỢ": the label OCR marred, and a position cut short', () => {
    const footer = 'Nơi nan fe KT. CUC TRUONG\n- Như trên; h a\n\n- Phong TTKTT 2; PHO CỤC TRƯỢ\n\n- Phòng NVDTPC;\n\n- Lưu VT,TTHT.\n\nNguyễn Nam Bình';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Phong TTKTT 2', 'Phòng NVDTPC']);
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. CUC TRUONG', title: 'PHO CỤC TRƯỢ', signer: 'Nguyễn Nam Bình' });
  });

  it('"Nơi nan" inside a sentence, or "nạn" words, open no Nơi nhận', () => {
    const body = 'Nơi nạn nhân sinh sống được hỗ trợ kịp thời.\n\nĐề nghị thực hiện./.';
    expect(read(letter({ body })).letter.distribution).toEqual(['Như trên', 'Phòng NVDTPC']);
  });

  it('"1399-11995379/19 B.Hang", "2717/1 7/pntsi": a tracking number, then the drafter, under the archive line', () => {
    const footer = (line: string) => `Nơi nhận:\n- Như trên;\n- Lưu VT,TTHT.\n\n${line}\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Nam Bình`;
    expect(read(letter({ footer: footer('1399-11995379/19 B.Hang') })).letter.drafter).toEqual({ initials: 'B.Hang', copies: null });
    expect(read(letter({ footer: footer('2717/1 7/pntsi') })).letter.drafter).toEqual({ initials: 'PNTSI', copies: null });
  });

  it('"4ơi nhận: K1, BỌ TRƯỞNG" / "Nguy iyên Thị Nghĩa": OCR\'s label, marker and a broken name', () => {
    const footer = '4ơi nhận: K1, BỌ TRƯỞNG\n- Như trên; " |\n\n- Bộ Công an (để p/h);\n\n- Lưu: VT, CTHSSV.\n\nNguy iyên Thị Nghĩa';
    const { letter: l, notes } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Bộ Công an (để p/h)']);
    expect([l.signature.delegation, l.signature.signer]).toEqual(['K1, BỌ TRƯỞNG', 'Nguy iyên Thị Nghĩa']);
    expect(notes.some((n) => n.path === 'signature.signer' && n.kind === 'uncertain')).toBe(true);
  });

  it('"Lưu: CNTT, VT. HC": past units out of the Decree\'s order, a scrap after the full stop is no drafter', () => {
    const read1 = readArchive('- Lưu: CNTT, VT. HC', 'STTTT-CNTT');
    expect([read1.archive.units, read1.drafter]).toEqual([['CNTT', 'VT'], null]);
    // In the Decree's order the mark is still the drafter's.
    expect(readArchive('- Lưu: VT, KGVX. CN', 'UBND-KGVX').drafter).toEqual({ initials: 'CN', copies: null });
  });
});

describe('footers of our own prints read back by OCR (the OCR probe over rounds 21 and 22)', () => {
  it('"- Lưu: VT, V11 (TTTTBC). Đại tá Phạm Văn Sinh": an officer\'s name run onto the archive line is the signer', () => {
    const footer = 'Nơi nhận: KT. CHANH VAN PHONG\n- Như trên;\n- Các VK (để b/c lãnh đạo Bộ); PHO VĂN PHONG\n- V24;\n\n- Lưu: VT, V11 (TTTTBC). Đại tá Phạm Văn Sinh';
    const { letter: l } = read(letter({ footer }));
    expect([l.drafter, l.signature.signer, l.signature.title]).toEqual([null, 'Đại tá Phạm Văn Sinh', 'PHO VĂN PHONG']);
  });

  it('"_ NHƯ TÊN THỨ TRƯỞNG": the first entry with OCR\'s "_" for its dash, the position run onto it', () => {
    const footer = 'Nơi nhận: KT. BỘ TRƯỞNG\n_ NHƯ TÊN THỨ TRƯỞNG\n- Bộ trưởng (để báo cáo);\n- Lưu: VT, Cục BTTP.\n\nMai Lương Khôi';
    const { letter: l } = read(letter({ footer }));
    expect([l.distribution[0], l.signature.title, l.signature.signer]).toEqual(['Như trên', 'THỨ TRƯỞNG', 'Mai Lương Khôi']);
  });

  it('"- Lãnh đạo Sở; PHO GLIAM ĐÓỌC": a position whose middle word OCR marred, run onto an entry', () => {
    const footer = 'Nơi nhận: KT. GIÁM ĐỐC\n- Như trên;\n\n- Lãnh đạo Sở; PHO GLIAM ĐÓỌC\n- Lưu: VT, TCBC.\n\nNguyễn Đức Vũ';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Lãnh đạo Sở']);
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. GIÁM ĐỐC', title: 'PHO GLIAM ĐÓỌC', signer: 'Nguyễn Đức Vũ' });
    // A name in capitals of three words is no such position.
    expect(read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLÊ VĂN TÚ' })).letter.signature.signer).toBe('Lê Văn Tú');
  });
});
