// Forms of a letter printed to PDF and read back with plain `pdftotext` (no -layout): the header's table
// comes out cell by cell, and a cell's runs of spaces (the blanks left for a hand-filled number or day)
// cut its line in two, with a blank line between the halves; a long marker line of the signature wraps.
import { describe, expect, it } from 'vitest';
import { read } from './read';

/** A tax office's letter as plain pdftotext gives it; each test swaps in the part it is about. */
const letter = (parts: { number?: string; date?: string; signature?: string }) => `TỔNG CỤC THUẾ
CỤC THUẾ TỈNH BẮC NINH
${parts.number ?? 'Số: 1780/CT-TTHT'}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

${parts.date ?? 'Bắc Ninh, ngày 11 tháng 7 năm 2018'}

V/v Thủ tục về thuế khi sáp nhập
doanh nghiệp

Kính gửi: Công ty TNHH FuliKin Bắc Ninh

Cục Thuế tỉnh Bắc Ninh hướng dẫn để Công ty biết và thực hiện./.
Nơi nhận:

- Như trên;
- Lưu: VT, TTHT.

${parts.signature ?? 'KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG'}

Lê Bá Ngọc
`;

describe('a header cut at its blanks', () => {
  it('"Số:" / "" / "/CT-TTHT": a blank number cut from its symbol is one number line', () => {
    const { letter: l, notes } = read(letter({ number: 'Số:\n\n/CT-TTHT' }));
    expect([l.number, l.symbol]).toEqual([null, 'CT-TTHT']);
    expect(l.agency).toEqual({ parent: 'TỔNG CỤC THUẾ', name: 'CỤC THUẾ TỈNH BẮC NINH' });
    expect(notes.some((n) => n.path === 'number' && n.kind === 'missing')).toBe(true);
  });

  it('"Số:" past the national title\'s lines still finds "/CT-TTHT" under them', () => {
    const text = letter({ number: 'Số:' }).replace('Độc lập - Tự do - Hạnh phúc\n', 'Độc lập - Tự do - Hạnh phúc\n\n/CT-TTHT\n');
    const { letter: l } = read(text);
    expect([l.number, l.symbol, l.agency.name]).toEqual([null, 'CT-TTHT', 'CỤC THUẾ TỈNH BẮC NINH']);
  });

  it('a bare "Số:" with no symbol below is left as a number line without a symbol, and takes no other line', () => {
    const { letter: l } = read(letter({ number: 'Số:' }));
    expect([l.number, l.symbol, l.agency.name, l.subject]).toEqual([null, '', 'CỤC THUẾ TỈNH BẮC NINH', 'Thủ tục về thuế khi sáp nhập doanh nghiệp']);
  });

  it('"Bắc Ninh, ngày" / "" / "tháng 7 năm 2018": a blank day cut the dateline over a blank line', () => {
    const { letter: l } = read(letter({ date: 'Bắc Ninh, ngày\n\ntháng 7 năm 2018' }));
    expect([l.place, l.date]).toEqual(['Bắc Ninh', { day: null, month: 7, year: 2018 }]);
  });

  it('"Hải Phòng, ngày 05 tháng" / "" / "năm 2020": a blank month cut it after "tháng"', () => {
    const { letter: l } = read(letter({ date: 'Hải Phòng, ngày 05 tháng\n\nnăm 2020' }));
    expect([l.place, l.date]).toEqual(['Hải Phòng', { day: 5, month: null, year: 2020 }]);
  });

  it('a line past the blank that does not go on with the date is left alone', () => {
    const { letter: l } = read(letter({ date: 'Bắc Ninh, ngày\n\nTrụ sở: Số 11 Lý Thái Tổ' }));
    expect([l.date.day, l.date.month]).toEqual([null, null]);
    expect(l.subject).toBe('Thủ tục về thuế khi sáp nhập doanh nghiệp');
  });
});

describe('a signature marker wrapped by the page', () => {
  it('"KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ" / "VỀ HQ" / "PHÓ TRƯỞNG BAN": the words over the position end the marker line', () => {
    const { letter: l } = read(letter({ signature: 'TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ\nVỀ HQ\nPHÓ TRƯỞNG BAN' }));
    expect(l.signature).toEqual({ authority: null, delegation: 'TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ', title: 'PHÓ TRƯỞNG BAN', signer: 'Lê Bá Ngọc' });
  });

  it('"KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ" / "QUỐC TẾ" / "PHÓ TRƯỞNG BAN"', () => {
    const { letter: l } = read(letter({ signature: 'TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ\nQUỐC TẾ\nPHÓ TRƯỞNG BAN' }));
    expect([l.signature.delegation, l.signature.title]).toEqual(['TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ', 'PHÓ TRƯỞNG BAN']);
  });

  it('a whole marker line ("KT. CỤC TRƯỞNG") keeps a second position line under it as the title', () => {
    const { letter: l } = read(letter({ signature: 'KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nTHƯỜNG TRỰC' }));
    expect([l.signature.delegation, l.signature.title]).toEqual(['KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG\nTHƯỜNG TRỰC']);
  });
});
