// Forms found in the nineteenth unseen round (the Government Office's entries over two lines, tax
// offices' PDF text and OCR, a trade union's OCR'd letter with a received stamp, an ASCII-only OCR layer,
// a ministry's letter of 2009), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';
import { parseArchive } from '../../../core/importer/archive';
import { Notes } from '../../../core/importer/notes';

/** A letter typed cleanly; each test swaps in the part it is about. */
const letter = letterFrom({
  head: 'VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 9717/VPCP-KTN\nHà Nội, ngày 16 tháng 11 năm 2013\nV/v Khu kinh tế Định An',
  greeting: 'Kính gửi: Bộ Xây dựng.',
  body: 'Xét đề nghị của Bộ Xây dựng (công văn số 2284/BXD-QHKT ngày 05 tháng 11 năm 2013), Phó Thủ tướng có ý kiến như sau:\n\nĐồng ý với đề nghị của Bộ Xây dựng./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KTN (3b).\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Cao Lục',
});

describe('the header', () => {
  it('"Số: 1838/VPCP-V .III": the space before a department\'s full stop stays, as typed, inside the symbol', () => {
    const { letter: l } = read(letter({ number: 'Số: 1838/VPCP-V .III\nHà Nội, ngày 20 tháng 03 năm 2014\nV/v: Thẩm định hồ sơ' }));
    expect(l.symbol).toBe('VPCP-V .III');
  });

  it('"Số: {500 /TLĐ": a sign OCR read before the hand-filled number leaves the number unread and keeps the symbol', () => {
    const { letter: l } = read(letter({ number: 'Số: {500 /TLĐ Hà Nội, ngày 30 tháng 9 năm 2019\nVÀ tính thuế thu nhập cá nhân\ncủa người lao động' }));
    expect([l.number, l.symbol, l.place]).toEqual([null, 'TLĐ', 'Hà Nội']);
    // "VÀ" in capitals before the subject's small letters is OCR's "V/v".
    expect(l.subject).toBe('tính thuế thu nhập cá nhân của người lao động');
  });

  it('"ngày2( tháng 2 năm 2019" in a letter answering one received on 25/7/2019: the month OCR read is dropped', () => {
    const body = 'Ngày 25/7/2019, Tổng Liên đoàn Lao động Việt Nam nhận được Công văn số 01/2019 của Công đoàn cơ sở.\n\nĐề nghị Tổng cục Thuế xem xét./.';
    const { letter: l, notes } = read(letter({ number: 'Số: 1500/TLĐ Hà Nội, ngày2( tháng 2 năm 2019\nV/v tính thuế thu nhập cá nhân', body }));
    expect(l.date).toEqual({ day: null, month: null, year: 2019 });
    expect(notes.some((n) => n.path === 'date.month' && n.kind === 'uncertain')).toBe(true);
  });

  it('a clean dateline keeps its month whatever the body cites', () => {
    const body = 'Ngày 25/7/2019, Tổng Liên đoàn nhận được Công văn số 01/2019.\n\nĐề nghị Tổng cục Thuế xem xét./.';
    const { letter: l } = read(letter({ number: 'Số: 1500/TLĐ\nHà Nội, ngày 20 tháng 2 năm 2019\nV/v tính thuế', body }));
    expect(l.date).toEqual({ day: 20, month: 2, year: 2019 });
  });

  it('a marred day with a month after every cited document keeps the month', () => {
    const body = 'Ngày 25/7/2019, Tổng Liên đoàn nhận được Công văn số 01/2019.\n\nĐề nghị Tổng cục Thuế xem xét./.';
    const { letter: l } = read(letter({ number: 'Số: 1500/TLĐ Hà Nội, ngày2( tháng 9 năm 2019\nV/v tính thuế', body }));
    expect([l.date.day, l.date.month]).toEqual([null, 9]);
  });

  it('"StS." / "„ “DEN Neqy ." under the subject past a blank line: the received stamp\'s scraps end it', () => {
    const { letter: l } = read(letter({ number: 'Số: 1500/TLĐ\nHà Nội, ngày 30 tháng 9 năm 2019\nV/v tính thuế thu nhập cá nhân\ncủa người lao động\n\nStS.' }));
    expect(l.subject).toBe('tính thuế thu nhập cá nhân của người lao động');
  });

  it('"Ki\'nh gui: cac sa giao due va dao tao.": an ASCII-only OCR layer\'s greeting', () => {
    const { letter: l } = read(letter({ greeting: "Ki'nh gui: cac sa giao due va dao tao." }));
    expect(l.recipients).toEqual(['cac sa giao due va dao tao']);
  });
});

describe('the footer', () => {
  it('"- VPCP: BTCN, …; Trợ lý TTgCP;" / "Cổng TTĐT, các Vụ: TH, V.III;": the Government Office\'s entry goes on without a dash', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- VPCP: BTCN, các PCN: Nguyễn Hũu Vũ; Trợ lý TTgCP;\nCổng TTĐT, các Vụ: TH, V.III;\n- Lưu: VT, KTN (3b).\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Cao Lục';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'VPCP: BTCN, các PCN: Nguyễn Hũu Vũ; Trợ lý TTgCP; Cổng TTĐT, các Vụ: TH, V.III']);
  });

  it('another entry typed without its dash after an ordinary one is still an entry of its own', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Bộ Tài chính;\nTTg CP, PTTg Hoàng Trung Hải;\n- Lưu: VT, KTN (3b).\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Cao Lục';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Bộ Tài chính', 'TTg CP, PTTg Hoàng Trung Hải']);
  });

  it('"Lưu VT, TTHTr. (đã ký)": the copy\'s "(đã ký)" is no drafter', () => {
    const notes = new Notes();
    expect(parseArchive('- Lưu VT, TTHTr. (đã ký)', notes)).toEqual({ archive: { units: ['VT', 'TTHTr'], copies: null }, drafter: null });
    expect(notes.list.some((n) => n.path === 'drafter' && n.kind === 'dropped')).toBe(true);
  });

  it('"Lưu: VT, V.III (3).": a department numbered in Roman figures is a unit, no "III" drafter', () => {
    expect(parseArchive('- Lưu: VT, V.III (3).', new Notes())).toEqual({ archive: { units: ['VT', 'V.III'], copies: 3 }, drafter: null });
  });

  it('"Lưu VP, HTKT (NHT.3b)": the drafter\'s initials and copies issued in the drafting unit\'s brackets', () => {
    expect(parseArchive('Lưu VP, HTKT (NHT.3b)', new Notes())).toEqual({ archive: { units: ['VP', 'HTKT'], copies: null }, drafter: { initials: 'NHT', copies: 3 } });
    // A room in brackets has no digits and stays with its unit.
    expect(parseArchive('Lưu: VT, VP (HC).', new Notes()).archive.units).toEqual(['VT', 'VP (HC)']);
  });
});
