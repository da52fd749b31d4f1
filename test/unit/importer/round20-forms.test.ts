// Forms found in the twentieth unseen round (a provincial tax office's OCR'd answers to companies, a
// ministry's web copy of 2006, Sở letters printed to PDF and read with pdftotext), each tested on its
// own, and the eth that some pages type for "Đ".
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';
import { importText } from '../../../core/importer';
import { encodeTcvn3, toUnicode } from '../../../core/encoding';

/** A letter typed cleanly; each test swaps in the part it is about. */
const letter = letterFrom({
  head: 'UBND TỈNH GIA LAI\nSỞ CÔNG THƯƠNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 1922/SCT-VP\nGia Lai, ngày 13 tháng 10 năm 2021\nV/v phối hợp khảo sát thương mại điện tử',
  greeting: 'Kính gửi: Hiệp hội Doanh nghiệp tỉnh Gia Lai.',
  body: 'Sở Công Thương nhận Công văn số 380/VECOM-VP ngày 29/6/2021 của Hiệp hội Thương mại điện tử Việt Nam.\n\nTrân trọng cảm ơn./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐào Thị Thu Nguyệt',
});

describe('the header', () => {
  it('"863465" /CT-TTIT Binh Dương, ngày …": a number row that lost "Số:" keeps its symbol and leaves the number unread', () => {
    const body = 'Cục Thuế nhận được công văn số 001/CV-GV ngày 05/02/2020 của Công ty.\n\nCục Thuế trả lời để Công ty biết./.';
    const { letter: l } = read(letter({ number: '863465" /CT-TTIT Binh Dương, ngày 4% tháng 02_năm 2020\n\'V#v hướng dẫn chính sách thuế TNCN', body }));
    expect([l.number, l.symbol, l.place, l.date.month, l.date.year]).toEqual([null, 'CT-TTIT', 'Binh Dương', 2, 2020]);
    // "V#v": OCR's reading of the subject's slash, after a speck.
    expect(l.subject).toBe('hướng dẫn chính sách thuế TNCN');
  });

  it('a body line opening on a cited symbol is no number line (no dateline on it)', () => {
    const body = 'Căn cứ Công văn số\n92/UBND-KT của Ủy ban nhân dân tỉnh về việc khảo sát.\n\nTrân trọng cảm ơn./.';
    const { letter: l } = read(letter({ body }));
    expect([l.number, l.symbol]).toEqual([1922, 'SCT-VP']);
  });

  it('"Số AEE /CI-LIT&HI": a number OCR read as letters, with no colon, leaves the number empty and keeps the symbol', () => {
    const { letter: l } = read(letter({ number: 'Số AEE /CI-LIT&HI Binh Dương. ngày 14 tháng 11 năm 2019\nV/v chi phí mua căn hộ' }));
    expect([l.number, l.symbol]).toEqual([null, 'CI-LIT&HI']);
  });
});

describe('the addressee', () => {
  it('a company ended with "." and its unlabelled address and tax code under it are one recipient', () => {
    const greeting = 'Kính gửi Công ty TNHH BIC JAPAN.\nSố 30A Đại lộ Tự Do, KCN Vsip, Phường Bình Hòa, TX. Thuận An,\ntỉnh Bình Dương.\nMST: 3700658086.';
    const { letter: l } = read(letter({ greeting }));
    expect(l.recipients).toEqual(['Công ty TNHH BIC JAPAN. Số 30A Đại lộ Tự Do, KCN Vsip, Phường Bình Hòa, TX. Thuận An, tỉnh Bình Dương. MST: 3700658086']);
  });

  it('an office ended with "." keeps the body\'s first sentence out, though it names a place', () => {
    const greeting = 'Kính gửi: Sở Tài chính.';
    const body = 'Số liệu của huyện, xã và phường trong tỉnh được tổng hợp như sau.\n\nTrân trọng./.';
    const { letter: l } = read(letter({ greeting, body }));
    expect(l.recipients).toEqual(['Sở Tài chính']);
  });
});

describe('the body', () => {
  it('"I. Bệnh viện trực thuộc … (…):" over the list it introduces is a heading, though long and ending in a colon', () => {
    const intro = 'I. Bệnh viện trực thuộc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương (đã được Sở Y tế công nhận bệnh viện được khám và chứng nhận sức khỏe cho người lao động đi làm việc ở nước ngoài):';
    const body = `Bộ Y tế gửi danh sách các bệnh viện như sau:\n\n${intro}\n\nBệnh viện Đống Đa, Hà Nội.\n\nBệnh viện Đức Giang, Hà Nội.\n\nII. Bệnh viện ngoài công lập\n\nBệnh viện Đại học Y Dược thành phố Hồ Chí Minh./.`;
    const { letter: l } = read(letter({ body }));
    const first = l.body[1];
    expect(first?.kind === 'item' && [first.level, first.title, first.children.length]).toEqual(['section', true, 2]);
  });

  it('"… Hồ Chí Minh./.Nơi nhận:": the closing mark run into the footer\'s label is cut there', () => {
    const body = 'Đề nghị Quý Bộ phối hợp thực hiện./.Nơi nhận:\n- Như trên;\n- Lưu: VT, ĐTr.';
    const { letter: l } = read(letter({ body, footer: 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Thị Xuyên' }));
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual(['Đề nghị Quý Bộ phối hợp thực hiện./.']);
    expect(l.distribution).toEqual(['Như trên']);
    expect(l.archive.units).toEqual(['VT', 'ĐTr']);
  });

  it('an address block under "… theo địa chỉ:" keeps its lines apart; a web address ends its sentence', () => {
    const body = [
      'Sở Công Thương đề nghị các doanh nghiệp tham gia khảo sát trực tuyến theo các đường link dưới đây để',
      'tiến hành khảo sát:',
      '- Link khảo sát mẫu phiếu EBI 2021: https://forms.gle/MhE9kwHbKuV4eFCX9',
      '- Link khảo sát mẫu phiếu TKQG 2021: https://forms.gle/f93SDig6WznYL8kU9',
      'Phiếu khảo sát xin gửi về Sở Công Thương trước ngày 22/10/2021 theo',
      'địa chỉ:',
      'Sở Công Thương Gia Lai, 17 Trần Hưng Đạo - Pleiku - Gia Lai',
      'Email: quannt.sct@gialai.gov.vn',
      'Điện thoại: 0269 3824354 - 0977.405942 (ông Ngô Tấn Quân)',
      'Trân trọng cảm ơn sự quan tâm, phối hợp của quý cơ quan, đơn vị./.',
    ].join('\n');
    const { letter: l } = read(letter({ body }));
    const texts = l.body.map((b) => b.content.map((r) => r.text).join(''));
    expect(texts.slice(3)).toEqual([
      'Phiếu khảo sát xin gửi về Sở Công Thương trước ngày 22/10/2021 theo địa chỉ:',
      'Sở Công Thương Gia Lai, 17 Trần Hưng Đạo - Pleiku - Gia Lai',
      'Email: quannt.sct@gialai.gov.vn',
      'Điện thoại: 0269 3824354 - 0977.405942 (ông Ngô Tấn Quân)',
      'Trân trọng cảm ơn sự quan tâm, phối hợp của quý cơ quan, đơn vị./.',
    ]);
  });

  it('"Email:" wrapped into a sentence that goes on (after a comma) stays in it', () => {
    const body = 'Mọi thông tin chi tiết xin liên hệ ông Nguyễn Văn Hùng, chuyên viên Phòng Quản lý thương mại,\nEmail: hung@gialai.gov.vn để được hướng dẫn.\n\nTrân trọng cảm ơn./.';
    const { letter: l } = read(letter({ body }));
    expect(l.body[0]?.content.map((r) => r.text).join('')).toContain('thương mại, Email: hung@gialai.gov.vn để được hướng dẫn.');
  });
});

describe('the footer', () => {
  it('"Nơi gửi:" alone on its line heads the distribution list ("Như kính gửi")', () => {
    const { letter: l } = read(letter({ footer: 'Nơi gửi:\n- Như kính gửi;\n- Lưu VP.\n\nGIÁM ĐỐC\n\nNguyễn Văn A' }));
    expect([l.distribution, l.archive.units]).toEqual([['Như kính gửi'], ['VP']]);
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).not.toContain('Nơi gửi:');
  });

  it('"Nơi gửi hồ sơ: …" in the body is no distribution label', () => {
    const body = 'Đề nghị các doanh nghiệp gửi hồ sơ đúng hạn.\nNơi gửi hồ sơ: Sở Công Thương Gia Lai.\n\nTrân trọng cảm ơn./.';
    const { letter: l } = read(letter({ body }));
    expect(l.distribution).toEqual(['Như trên']);
    expect(l.body.some((b) => b.content.some((r) => r.text.includes('Nơi gửi hồ sơ')))).toBe(true);
  });

  it('OCR\'s "Noi nha" / "~ Như trên:" / "=P. TTKT …;": the first entry with a colon and an "=" dash', () => {
    const footer = 'Noi nha\n~ Như trên:\n~ Lãnh đạo cục (Email để b/c):\n=P. TTKT (1 đến 5), P.KK (Email);\n~ Lưu VP: P.TTHT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Minh Hải';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Lãnh đạo cục (Email để b/c)', 'P. TTKT (1 đến 5), P.KK (Email)']);
    expect(l.archive.units).toEqual(['VP', 'P.TTHT']);
  });

  it('"(200113/ZV09/0001/7401/002899964)": a document system\'s code under the list is dropped, not taken for a title', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VP, TTHT.\n(200113/ZV09/0001/7401/002899964)\n\nNguyễn Minh Hải';
    const { letter: l, notes } = read(letter({ footer }));
    expect([l.signature.title, l.signature.signer]).toEqual(['', 'Nguyễn Minh Hải']);
    expect(notes.some((n) => n.kind === 'dropped' && n.source === '(200113/ZV09/0001/7401/002899964)')).toBe(true);
  });

  it('"Lưu: Văn thư, Văn phòng.": the office written out is a unit, not a drafter', () => {
    expect(readArchive('- Lưu: Văn thư, Văn phòng.', '')).toMatchObject({ archive: { units: ['Văn thư', 'Văn phòng'] }, drafter: null });
  });
});

describe('the eth typed for "Đ"', () => {
  it('"ÐỘC LẬP", "Ðề nghị", "SỞ GIÁO DỤC VÀ ÐÀO TẠO": every eth is read as Đ, and the import says so', () => {
    const text = letter({}).replace(/Đ/g, 'Ð').replace(/đ/g, 'ð');
    const r = importText(text, { fallbackYear: 2024 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const l = r.value.letter;
    expect([l.symbol, l.signature.delegation, l.signature.signer]).toEqual(['SCT-VP', 'KT. GIÁM ĐỐC', 'Đào Thị Thu Nguyệt']);
    expect(JSON.stringify({ ...l, importNotes: [] })).not.toMatch(/[Ðð]/);
    expect(r.value.notes.some((n) => n.kind === 'converted' && n.message.includes('“Ð”'))).toBe(true);
  });

  it('a line whose only odd letter is the eth ("ÐT: 0981195141") stays Unicode when the text types the eth for Đ elsewhere', () => {
    const r = toUnicode('Ðề nghị liên hệ chuyên viên Lê Thị Linh Trang,\nÐT: 0981195141).');
    expect(r.text).toBe('Đề nghị liên hệ chuyên viên Lê Thị Linh Trang,\nĐT: 0981195141).');
    expect(r.report.lookalikes).toBe(2);
  });

  it('TCVN3 text keeps its own reading of the same byte ("Ð" is "é" there)', () => {
    // "ép" is "Ðp" in TCVN3; the line has no Unicode-only letter and the text no eth among Unicode letters.
    const typed = encodeTcvn3('Không được ép buộc');
    expect(typed).toContain('Ð');
    expect(toUnicode(typed).text).toBe('Không được ép buộc');
  });
});
