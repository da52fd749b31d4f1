// Forms found in the twelfth unseen round (an OCR'd customs letter whose number, "ngày" and "Nơi" OCR
// marred, a commune's web letter, a school office's letter), each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive, tree } from './read';

/** A scanned letter's header and footer around the given parts, as tesseract reads them. */
const scanned = (parts: { numberLine?: string; greeting?: string; body?: string; footer?: string }) => `TONG CỤC HẢI QUAN CONG HOA XA HỘI CHU NGHĨA VIỆT NAM

CUC HAI QUAN TINH BINH DUONG Độc lập - Tự do - Hạnh phúc
${parts.numberLine ?? 'Số: 2408/HQBD-GSQL Bình Dương, ngày 24 tháng 10 năm 2022'}
V/v tiếp tục báo cáo vướng mắc loại hình
xuất nhập khẩu tại chỗ
${parts.greeting ?? 'Kính gửi: Tổng cục Hải quan'}

${parts.body ?? 'Cục Hải quan tỉnh Bình Dương báo cáo để xin ý kiến chỉ đạo./.'}

${parts.footer ?? 'Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên;\n- Lưu: VT, GSQL. PHÓ CỤC TRƯỞNG\n\nNguyễn Thanh Bình'}`;

describe('a dateline OCR marred', () => {
  it('"sá2 * 0Ôosp.GsQL. Bình Dương, ngàÊ 4 tháng 10 năm 2022": the date is read, the unreadable number left out of the place', () => {
    const { letter: l, notes } = read(scanned({ numberLine: 'sá2 * 0Ôosp.GsQL. Bình Dương, ngàÊ 4 tháng 10 năm 2022' }));
    expect(l.place).toBe('Bình Dương');
    expect(l.date).toEqual({ day: 4, month: 10, year: 2022 });
    expect(notes.some((n) => n.path === 'place' && n.kind === 'dropped')).toBe(true);
  });

  it('a word that only starts like "ngày" is no date without a day after it ("… Liên bang Nga tháng 5 năm 2022")', () => {
    const { letter: l } = read(scanned({ numberLine: 'Số: 2408/HQBD-GSQL', body: 'Hàng hóa từ Liên bang Nga tháng 5 năm 2022 được thông quan./.' }));
    expect(l.date.day).toBeNull();
    expect(l.date.month).toBeNull();
  });
});

describe('specks before "Kính gửi"', () => {
  it('"öa rổ ] Kính gửi: …": scraps of two letters with a bracket are specks', () => {
    const { letter: l } = read(scanned({ greeting: 'öa rổ ] Kính gửi: Tổng cục Hải quan (Cục Giám sát quản lý về hải quan)' }));
    expect(l.subject).toBe('tiếp tục báo cáo vướng mắc loại hình xuất nhập khẩu tại chỗ');
    expect(l.recipients).toEqual(['Tổng cục Hải quan (Cục Giám sát quản lý về hải quan)']);
  });
});

describe('a footer OCR marred', () => {
  it('"Nai nhận: KT.CUC TRUONG" / "ieee PRQ CỤC TRƯỜNG" / "‘Neuyén Thanh Binh": label, position and name are read; the unreadable line goes', () => {
    const { letter: l, notes } = read(scanned({ footer: 'Nai nhận: KT.CUC TRUONG\nieee PRQ CỤC TRƯỜNG\n\n‘Neuyén Thanh Binh' }));
    expect(l.distribution).toEqual([]);
    expect(l.signature).toEqual({ authority: null, delegation: 'KT.CUC TRUONG', title: 'PRQ CỤC TRƯỜNG', signer: 'Neuyén Thanh Binh' });
    expect(notes.some((n) => n.path.startsWith('distribution') && n.kind === 'dropped' && n.source === 'ieee')).toBe(true);
  });

  it('an entry in capitals that is no position stays ("- UBND tỉnh; BCH QUÂN SỰ TỈNH")', () => {
    const { letter: l } = read(scanned({ footer: 'Nơi nhận:\n- Như trên;\n- UBND tỉnh; BCH QUÂN SỰ TỈNH;\n- Lưu: VT, GSQL.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Thanh Bình' }));
    expect(l.distribution).toEqual(['Như trên', 'UBND tỉnh; BCH QUÂN SỰ TỈNH']);
  });
});

describe('a clause label OCR read with a comma', () => {
  const body = (second: string) => `Cục báo cáo như sau:\n\n1. Vướng mắc về thủ tục hải quan\n\nDoanh nghiệp cần hướng dẫn.\n\n${second}\n\nĐề nghị Tổng cục hướng dẫn./.`;

  it('"2, Đề xuất, kiến nghị" after "1." is clause 2, with a note', () => {
    const { letter: l, notes } = read(scanned({ body: body('2, Đề xuất, kiến nghị') }));
    expect(tree(l.body)).toEqual([
      'p: Cục báo cáo như sau:',
      { 'clause T: Vướng mắc về thủ tục hải quan': ['p: Doanh nghiệp cần hướng dẫn.'] },
      { 'clause T: Đề xuất, kiến nghị': ['p: Đề nghị Tổng cục hướng dẫn./.'] },
    ]);
    expect(notes.some((n) => n.path === 'body' && n.message.includes('"2,"'))).toBe(true);
  });

  it('a number that does not follow the last clause stays text ("5, 6 doanh nghiệp …")', () => {
    const { letter: l } = read(scanned({ body: body('5, Sáu doanh nghiệp đã báo cáo.') }));
    expect(l.body.filter((b) => b.kind === 'item')).toHaveLength(1);
  });
});

describe('a commune\'s web letter', () => {
  const commune = (recipients: string, archive: string) => `ỦY BAN NHÂN DÂN
XÃ GIA PHỐ
Số: 111/CV-UBND
V/v thực hiện nghi thức Quốc tang
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Phố, ngày 25 tháng 9 năm 2018

${recipients}

Thực hiện công văn số 1498-CV/HU của huyện ủy Hương Khê.

Yêu cầu các đơn vị thôn thực hiện nghiêm túc.

Nơi nhận:
- BT Đảng ủy (Báo cáo);
- ${archive}

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
P.CHỦ TỊCH

Lê Quang Hòa`;

  it('"Kính gửi: - A." / "" / "- B.": a dashed entry closed with a full stop is not the list\'s end when another follows', () => {
    const { letter: l } = read(commune('Kính gửi:  -  Các đồng chí Bí thư Chi bộ, Thôn trưởng 12 thôn.\n\n - HT các trường học, Trạm Y tế trên địa bàn.', 'Lưu: VT.'));
    expect(l.recipients).toEqual(['Các đồng chí Bí thư Chi bộ, Thôn trưởng 12 thôn', 'HT các trường học, Trạm Y tế trên địa bàn']);
    expect((tree(l.body) as unknown[])[0]).toBe('p: Thực hiện công văn số 1498-CV/HU của huyện ủy Hương Khê.');
  });

  it('a body opening with "- Căn cứ …" after such a list is still the body', () => {
    const { letter: l } = read(commune('Kính gửi:  -  Các đồng chí Bí thư Chi bộ.\n\n- Căn cứ công văn số 1498-CV/HU;', 'Lưu: VT.'));
    expect(l.recipients).toEqual(['Các đồng chí Bí thư Chi bộ']);
  });

  it('"Lưu vp.": one token in small letters is the unit the letter is filed in, not a drafter\'s mark', () => {
    const got = readArchive('- Lưu vp.', 'CV-UBND');
    expect(got.archive).toEqual({ units: ['vp'], copies: null });
    expect(got.drafter).toBeNull();
    expect(readArchive('Lưu: VT, KGVX, ph.', 'UBND-KGVX').drafter).toEqual({ initials: 'PH', copies: null });
    // Printed by our exporter with the records desk first, it reads the same.
    expect(readArchive('- Lưu: VT, vp.', 'CV-UBND')).toMatchObject({ archive: { units: ['VT', 'vp'], copies: null }, drafter: null });
    // "VT, ph." alone: small letters where the Decree puts the unit are the unit as typed (round 70's "VT, mg";
    // our exporter prints a drafter's mark in capitals, after a unit).
    expect(readArchive('- Lưu: VT, ph.', 'CV-UBND')).toMatchObject({ archive: { units: ['VT', 'ph'], copies: null }, drafter: null });
  });
});

describe('a footer run into one line by a web copy', () => {
  it('"Nơi nhận:- Như trên;- …)- VPCP: …;- Lưu: …": each "- " after the label, a ";" or a ")" opens an entry', () => {
    const text = scanned({
      footer:
        'Nơi nhận:- Như trên;- Phó Thủ tướng Hoàng Trung Hải;- Công ty TNHH Hải Châu (Khu đô thị Pháp Vân - Tứ Hiệp, Hà Nội)- VPCP: BTCN, các Vụ: KTTH, NC; TTĐT;- Lưu: VT, KTN (3). KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆMVăn Trọng Lý',
    });
    const { letter: l } = read(text);
    expect(l.distribution).toEqual(['Như trên', 'Phó Thủ tướng Hoàng Trung Hải', 'Công ty TNHH Hải Châu (Khu đô thị Pháp Vân - Tứ Hiệp, Hà Nội)', 'VPCP: BTCN, các Vụ: KTTH, NC; TTĐT']);
    expect(l.archive).toEqual({ units: ['VT', 'KTN'], copies: 3 });
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM', title: 'PHÓ CHỦ NHIỆM', signer: 'Văn Trọng Lý' });
  });

  it('"Lưu: Văn thư, KTN (3b) Tr.19": the records desk written out is a unit; initials and a count after the copies are the drafter\'s', () => {
    const got = readArchive('- Lưu: Văn thư, KTN (3b) Tr.19', 'VPCP-KTN');
    expect(got.archive).toEqual({ units: ['Văn thư', 'KTN'], copies: 3 });
    expect(got.drafter).toEqual({ initials: 'TR', copies: 19 });
    expect(readArchive('Lưu: VT, KGVX (3) Q.', 'UBND-KGVX').drafter).toEqual({ initials: 'Q', copies: null });
  });
});

describe('a tax office\'s answer to a company, OCR\'d', () => {
  it('"Số $9934 /CT-TTHT Hà Nội, ngày …": a sign before the number leaves it unread but the symbol and place are read', () => {
    const { letter: l, notes } = read(scanned({ numberLine: 'Số $9934 /CT-TTHT Hà Nội, ngày 05 tháng 10 năm 2020' }));
    expect(l.number).toBeNull();
    expect(l.symbol).toBe('CT-TTHT');
    expect(l.place).toBe('Hà Nội');
    expect(notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });

  it('"Kính gửi: Công ty …" / "Đ/c: …" / "MST: …": the addressee\'s labelled details under it are part of that recipient', () => {
    const { letter: l } = read(scanned({ greeting: 'Kính gửi: Công ty TNHH Takara Tool & Die Hà Nội\nĐ/c: Lô Đ-5A KCN Thăng Long, Xã Võng La, H. Đông Anh\nMST: 0101630375', body: 'Trả lời công văn số 01/2020 của Công ty, Cục Thuế có ý kiến như sau: Công ty thực hiện theo quy định./.' }));
    expect(l.recipients).toEqual(['Công ty TNHH Takara Tool & Die Hà Nội Đ/c: Lô Đ-5A KCN Thăng Long, Xã Võng La, H. Đông Anh MST: 0101630375']);
    expect((tree(l.body) as unknown[])[0]).toMatch(/^p: Trả lời công văn số 01\/2020/);
  });

  it('"Lưu: VT, TTHT(2). (553)": a second bracketed count after the copies is a record number, dropped with a note', () => {
    const got = readArchive('- Lưu: VT, TTHT(2). (553)', 'CT-TTHT');
    expect(got.archive).toEqual({ units: ['VT', 'TTHT'], copies: 2 });
    expect(got.drafter).toBeNull();
    expect(got.notes.some((n) => n.path === 'archive.units' && n.kind === 'dropped')).toBe(true);
  });
});

describe('headers and signatures of district offices', () => {
  const office = (agency: string, subject: string, footer: string) => `${agency}
Số: 21/TTVH
${subject}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quận 9, ngày 04 tháng 6 năm 2014

Kính gửi: Ủy ban nhân dân 13 phường

Đề nghị các phường gửi báo cáo đúng hạn./.

${footer}`;
  const footer = 'Nơi nhận:\n– Như trên;\n– Lưu: VT\n\nP. GIÁM ĐỐC\n(đã ký)\nNguyễn Thị Lynh Trang';

  it('"UBND HUYỆN PHÚ BÌNH PHỊNG GIÁO DỤC VÀ ĐÀO TẠO" on one line: the district over its office ("PHỊNG" as a converted font gives "PHÒNG")', () => {
    const { letter: l } = read(office('UBND HUYỆN PHÚ BÌNH PHỊNG GIÁO DỤC VÀ ĐÀO TẠO', 'V/v tuyển sinh lớp 6', footer));
    expect(l.agency).toEqual({ parent: 'UBND HUYỆN PHÚ BÌNH', name: 'PHỊNG GIÁO DỤC VÀ ĐÀO TẠO' });
    expect(read(office('UBND XÃ THẠNH PHONG', 'V/v tuyển sinh lớp 6', footer)).letter.agency).toEqual({ parent: null, name: 'UBND XÃ THẠNH PHONG' });
  });

  it('"– Lưu: VT" / "" / "P. GIÁM ĐỐC": a one-letter "Phó" stays with the position, not with the archive line', () => {
    const { letter: l } = read(office('TRUNG TÂM VĂN HÓA', 'V/v thực hiện chế độ báo cáo', footer));
    expect(l.archive).toEqual({ units: ['VT'], copies: null });
    expect(l.signature).toMatchObject({ title: 'P. GIÁM ĐỐC', signer: 'Nguyễn Thị Lynh Trang' });
  });

  it('"V/v" alone on its line, then ": Thực hiện …": the colon is no part of the subject', () => {
    const { letter: l } = read(office('TỔNG CỤC THUẾ', 'V/v\n: Thực hiện quy định về hóa đơn.', footer));
    expect(l.subject).toBe('Thực hiện quy định về hóa đơn.');
  });
});

describe('a tax office\'s reply by topics', () => {
  const reply = (body: string) => scanned({ body });

  it('"- Về việc …:" on its own line heads the text below it, the last one too; a quotation after a full stop is its own paragraph', () => {
    const { letter: l } = read(
      reply(
        'Tổng cục Thuế có ý kiến như sau:\n- Về việc thay thế liên 1 hóa đơn:\nTổng cục đã có công văn hướng dẫn.\n- Về việc lập hóa đơn của VNPT:\nTại Thông tư số 39/2014/TT-BTC quy định.\n"c) Hoá đơn được lập một lần thành nhiều liên."',
      ),
    );
    expect(tree(l.body)).toEqual([
      'p: Tổng cục Thuế có ý kiến như sau:',
      { 'dash T: Về việc thay thế liên 1 hóa đơn:': ['p: Tổng cục đã có công văn hướng dẫn.'] },
      { 'dash T: Về việc lập hóa đơn của VNPT:': ['p: Tại Thông tư số 39/2014/TT-BTC quy định.', 'p: "c) Hoá đơn được lập một lần thành nhiều liên."'] },
    ]);
  });

  it('a dash that only introduces a list ("- Hồ sơ gồm:") is no heading, and a long "Về …" sentence is none either', () => {
    const { letter: l } = read(reply('Đề nghị Công ty lưu ý:\n- Hồ sơ gồm:\n+ Tờ khai;\n+ Hóa đơn.\n- Về việc tiêu hủy phế liệu, phế phẩm chỉ được thực hiện sau khi cơ quan hải quan đã kiểm tra và xác nhận số lượng thực tế:\nCông ty báo cáo.'));
    const items = l.body.filter((b) => b.kind === 'item');
    expect(items.map((b) => b.kind === 'item' && b.title)).toEqual([false, false]);
  });
});
