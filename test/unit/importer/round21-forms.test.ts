// Forms found in the twenty-first unseen round (a Sở's and a ministry's letters printed to PDF and read
// with pdftotext, the police's office on a web page, a Sở's letter on a document site, an OCR layer that
// lost every diacritic), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';
import { encodeTcvn3, toUnicode } from '../../../core/encoding';

/** A letter typed cleanly; each test swaps in the part it is about. */
const letter = letterFrom({
  head: 'UBND TỈNH LÂM ĐỒNG\nSỞ TƯ PHÁP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 1468/STP-BTTP\nLâm Đồng, ngày 13 tháng 11 năm 2025\nV/v tổ chức Đại hội Hội công chứng',
  greeting: 'Kính gửi: Ban chấp hành lâm thời Hội công chứng viên tỉnh Lâm Đồng.',
  body: 'Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, Sở Tư pháp đề nghị như sau.\n\nĐề nghị Ban chấp hành thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, BTTP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thanh Tài',
});

describe('the header', () => {
  it('"UBND TINH PHU THQ" / "GIAO DUC VA DAO TAO": a province\'s whole name over a unit that lost "SỞ" is its parent', () => {
    const { letter: l } = read(letter({ head: 'UBND TINH PHU THQ\nGIAO DUC VA DAO TAO\n\nCONG HOA XA HOI CHU NGHiA VIET NAM\nDoc lap - Tu do - Hanh phuc' }));
    expect(l.agency).toEqual({ parent: 'UBND TINH PHU THQ', name: 'GIAO DUC VA DAO TAO' });
  });

  it('"ỦY BAN NHÂN DÂN" / "TỈNH HƯNG YÊN" and a name cut at its hyphen stay one name', () => {
    expect(read(letter({ head: 'ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc' })).letter.agency).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN' });
    expect(read(letter({ head: 'UBND TỈNH BÀ RỊA -\nVŨNG TÀU\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc' })).letter.agency.parent).toBe(null);
  });

  it('"Phil TO, ngay 18 thang 8 /lam 2016": "năm" read as a sign and a letter still gives the year', () => {
    const { letter: l } = read(letter({ number: 'So: 1343/SGD&DT-VP\nV/v san sang ung pho voi bao so 3\n\nPhil TO, ngay 18 thang 8 /lam 2016' }));
    expect([l.place, l.date]).toEqual(['Phil TO', { day: 18, month: 8, year: 2016 }]);
  });
});

describe('the addressees', () => {
  it('"Kinh" alone on its line (OCR lost "gửi:") heads the dashed list', () => {
    const { letter: l } = read(letter({ greeting: 'Kinh\n\n- Cac phong giao duc va dao tao huyen, thi, thanh;\n- Cac trung tam GDNN-GDTX;\n- Cac don vi truc thuoc So.' }));
    expect(l.recipients).toEqual(['Cac phong giao duc va dao tao huyen, thi, thanh', 'Cac trung tam GDNN-GDTX', 'Cac don vi truc thuoc So']);
  });

  it('a dashed entry wrapped onto a line that ends in the list\'s comma before the next dash goes on there', () => {
    const greeting = 'Kính gửi:\n- Ban Chủ nhiệm các Đoàn Luật sư tỉnh Đắk Nông, tỉnh\nBình Thuận và tỉnh Lâm Đồng (cũ),\n- Ban chấp hành lâm thời Hội công chứng viên tỉnh Lâm\nĐồng.';
    const { letter: l } = read(letter({ greeting }));
    expect(l.recipients).toEqual(['Ban Chủ nhiệm các Đoàn Luật sư tỉnh Đắk Nông, tỉnh Bình Thuận và tỉnh Lâm Đồng (cũ)', 'Ban chấp hành lâm thời Hội công chứng viên tỉnh Lâm Đồng']);
    expect(l.body[0]?.content.map((r) => r.text).join('')).toMatch(/^Thực hiện Nghị quyết/);
  });
});

describe('the footer', () => {
  it('"Lưu: VT, TVTBNG (P 2b)": the drafter\'s initial and the unit\'s copies in one bracket', () => {
    expect(readArchive('- Lưu: VT, TVTBNG (P 2b).', '')).toMatchObject({ archive: { units: ['VT', 'TVTBNG'], copies: 2 }, drafter: { initials: 'P' } });
  });

  it('"Lưu: VT, V11 (TTTTBC).": a coded office with the department its symbol names is one unit', () => {
    expect(readArchive('- Lưu: VT, V11 (TTTTBC).', 'V11-TTTTBC').archive.units).toEqual(['VT', 'V11 (TTTTBC)']);
    // Without the symbol naming it, the bracket is read as before.
    expect(readArchive('- Lưu: VT, V11 (TTTTBC).', 'BCA-V11').archive.units).not.toContain('V11 (TTTTBC)');
  });

  it('"VỤ TRƯỞNG" / "VỤ TỔ CHỨC PHI CHÍNH PHỦ": the unit the position heads is the title\'s, not a name', () => {
    const { letter: l } = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TCPCP.\n\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG\nVỤ TỔ CHỨC PHI CHÍNH PHỦ\n\nThang Thị Hạnh' }));
    expect([l.signature.title, l.signature.signer]).toEqual(['VỤ TRƯỞNG\nVỤ TỔ CHỨC PHI CHÍNH PHỦ', 'Thang Thị Hạnh']);
  });

  it('"Đại tá Phạm Văn Sinh": a police or army officer signs with the rank, kept as typed', () => {
    const { letter: l } = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, V11.\n\nKT. CHÁNH VĂN PHÒNG\nPHÓ VĂN PHÒNG\nĐại tá Phạm Văn Sinh' }));
    expect([l.signature.title, l.signature.signer]).toEqual(['PHÓ VĂN PHÒNG', 'Đại tá Phạm Văn Sinh']);
  });
});

describe('legacy-font detection on an OCR layer that lost its diacritics', () => {
  it('a long line of plain letters with a stray "€" or two is not taken for TCVN3', () => {
    const line = 'ThUc hiQn cic vdn b6n chi dgo cria Trung uong, cong tac nam tinh hinh vd tuy€n truydn vfn dQng NhAn d6n thgc hiQn c6c biQn ph6p phdng, v€ sinh';
    const r = toUnicode(line);
    expect([r.text, r.report.detected]).toEqual([line, 'unicode']);
  });

  it('a long line typed in TCVN3 is still converted', () => {
    const line = 'Thực hiện các văn bản chỉ đạo của Trung ương và của tỉnh trong việc tăng cường công tác phòng, chống dịch bệnh';
    expect(toUnicode(encodeTcvn3(line)).text).toBe(line);
  });
});
