// Forms found in the twenty-fifth unseen round (a ministry's scan whose OCR layer knows no Vietnamese, a
// Sở's election letter and a Cục's letter read by OCR), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

/** A letter typed cleanly; each test swaps in the part it is about. */
const letter = letterFrom({
  head: 'UBND TỈNH PHÚ THỌ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 295/SGD&ĐT-VP\nPhú Thọ, ngày 04 tháng 3 năm 2016\nV/v đề cương tuyên truyền pháp luật phục vụ cuộc bầu cử',
  greeting: 'Kính gửi:\n- Trưởng phòng GD&ĐT huyện, thành, thị;\n- Thủ trưởng các đơn vị giáo dục trực thuộc Sở.',
  body: 'Căn cứ Công văn số 72/STP-PBGDPL ngày 25/02/2016 của Sở Tư pháp, Sở đề nghị các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thu Huyền',
});

describe('the number line', () => {
  it('"Só:Z⁄ /SGD&ĐT-VP", "Sé: #49 /KCB-CDT": a hand-filled number read as a letter and signs leaves the symbol and the dateline', () => {
    const sign = read(letter({ number: 'Só:Z⁄ /SGD&ĐT-VP Phu Thọ, ngày £ tháng 3 năm 2016\nV/v đề cương tuyên truyền pháp luật' })).letter;
    expect([sign.number, sign.symbol, sign.place, sign.date.month, sign.date.year]).toEqual([null, 'SGD&ĐT-VP', 'Phu Thọ', 3, 2016]);
    const hash = read(letter({ number: 'Sé: #49 /KCB-CDT Hà Nội, ngày 03 tháng 7 năm 2015\nV/v báo cáo thực hiện Đề án' })).letter;
    expect([hash.number, hash.symbol, hash.place, hash.date.day]).toEqual([null, 'KCB-CDT', 'Hà Nội', 3]);
  });
});

describe('the subject', () => {
  it('"V/v to chirc hoS dOng …" / (national title, dateline) / "tai cac co so( giao dye": its last line set after the other column', () => {
    const head = 'BQ GIAO DVC VA DAO TAO';
    const number = 'So: 4726 /BGDDT-GDTC\nV/v to chirc hoS dOng du hoc tnrc tiep\n\nCQNG HOA XA HQ! CHU NGHIA VIE,T NAM\nDec lap - Tkr do - Hanh phile\nHa Noi, ngay 15 thang 10 nam 2021\n\ntai cac co so( giao dye';
    const { letter: l, notes } = read(letter({ head, number, greeting: 'Kinh gui: Uy ban nhan dan cac tinh, thanh pho.' }));
    expect([l.number, l.subject, l.date.month]).toEqual([4726, 'to chirc hoS dOng du hoc tnrc tiep tai cac co so( giao dye', 10]);
    expect(notes.some((n) => n.path === 'subject' && n.source === 'tai cac co so( giao dye')).toBe(true);
  });
});

describe('the archive line', () => {
  it('"- Luu: VT, Vp GDTC.": "Vụ" as OCR read it, before the department\'s initials, is one unit and no drafter\'s mark', () => {
    const r = readArchive('- Luu: VT, Vp GDTC.', 'BGDĐT-GDTC');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'Vp GDTC'], null]);
    expect(r.notes.some((n) => n.path === 'archive.units' && n.message.includes('"Vp GDTC"'))).toBe(true);
    expect(readArchive('- Luu: VT, Vv GDTC.', 'BGDĐT-GDTC').archive.units).toEqual(['VT', 'Vv GDTC']);
    // A mark in small letters between units is still read as a unit.
    expect(readArchive('- Lưu: VT, Hg, KTN.', 'VPCP-KTN').archive.units).toEqual(['VT', 'Hg', 'KTN']);
    // At the line's end, the mark is the drafter's.
    expect(readArchive('- Lưu: VT, KGVX Ph.', 'UBND-KGVX').drafter).toEqual({ initials: 'PH', copies: null });
  });

  it('"- Lưu VT, VP.Ð ~": one letter glued after the last unit\'s full stop is the signature\'s stroke, not initials', () => {
    const r = readArchive('- Lưu VT, VP.Đ ~', 'SGD&ĐT-VP');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'VP'], null]);
    expect(r.notes.some((n) => n.path === 'drafter' && n.kind === 'dropped')).toBe(true);
    // Two letters or more there are the drafter's initials ("NCTH.HH").
    expect(readArchive('- Lưu: VT, NCTH.HH', 'UBND-NCTH').drafter?.initials).toBe('HH');
  });
});
