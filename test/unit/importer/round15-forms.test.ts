// Forms found in the fifteenth unseen round (a city tax office's letter OCR'd over three pages, a tax
// office's letter in an old font OCR'd without its tone marks, a ministry's web page with bold split
// inside words), each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

/** A scanned tax office's letter to a bank, as tesseract reads it. */
const scanned = (parts: { numberLine?: string; greeting?: string }) => `TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM

CUC THUE TP. HO CHi MINH Độc lập - Tự do- Hanh phúc
${parts.numberLine ?? 'Số: 1444/CT-TTHT Thành phố Hồ Chí Minh, ngày 21 tháng 02 năm 2018'}

V/v Chính sách thuế

${parts.greeting ?? 'Kính gửi: Ngân hàng DBS Bank LTD - Chi nhánh thành phố Hồ Chí Minh'}

Trả lời văn bản không số ngày 03/11/2017 của Chi nhánh Ngân hàng DBS Bank LTD, Cục thuế TP có ý kiến như sau:

Cục Thuế TP trả lời để Chi nhánh biết và thực hiện./.

Nơi nhận: KT. CỤC TRƯỞNG
- Như trên;
- Lưu: VT, TTHT. PHÓ CỤC TRƯỞNG

Nguyễn Nam Bình`;

describe('a number line OCR marred at every hand-filled place', () => {
  it('"Sá:4HHH /CT-TTHT Thành phố Hỗ Chi Minh, ngàu:J_ tháng 02jhăm 2018": symbol, place, month and year are read; number and day are flagged', () => {
    const { letter: l, notes } = read(scanned({ numberLine: 'Sá:4HHH /CT-TTHT Thành phố Hỗ Chi Minh, ngàu:J_ tháng 02jhăm 2018' }));
    expect([l.number, l.symbol, l.place]).toEqual([null, 'CT-TTHT', 'Thành phố Hỗ Chi Minh']);
    expect(l.date).toEqual({ day: null, month: 2, year: 2018 });
    expect(notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
    expect(notes.some((n) => n.path === 'date.day' && n.kind === 'uncertain')).toBe(true);
  });

  it('a word that only starts like "ngày", with no place\'s comma before it, is no dateline ("Dạy ngôn ngữ tháng 5 năm 2018")', () => {
    const { letter: l } = read(scanned({ numberLine: 'Số: 1444/CT-TTHT Dạy ngôn ngữ tháng 5 năm 2018' }));
    expect(l.date.month).toBeNull();
  });
});

describe('an addressee\'s details under "Kính gửi"', () => {
  it('"Địa chỉ: …, TP HCM." / "Mã số thuế: 0310011749": the tax code after the address\'s full stop stays with the recipient, not the body', () => {
    const { letter: l } = read(
      scanned({ greeting: 'Kính gửi: Ngân hàng DBS Bank LTD - Chi nhánh thành phố Hồ Chí Minh\nĐịa chỉ: Tầng 11, Sài Gòn Centre, Số 65 đường Lê Lợi,\nPhường Bến Nghé, Quận 1, TP HCM.\nMã số thuế: 0310011749' }),
    );
    expect(l.recipients).toEqual(['Ngân hàng DBS Bank LTD - Chi nhánh thành phố Hồ Chí Minh Địa chỉ: Tầng 11, Sài Gòn Centre, Số 65 đường Lê Lợi, Phường Bến Nghé, Quận 1, TP HCM. Mã số thuế: 0310011749']);
    expect(l.body[0]?.content.map((r) => r.text).join('')).toMatch(/^Trả lời văn bản/);
  });

  it('a line with a label after a recipient that ended in a full stop, with no detail before it, opens the body', () => {
    const { letter: l } = read(scanned({ greeting: 'Kính gửi: Ngân hàng DBS Bank LTD.\nMã số thuế: 0310011749' }));
    expect(l.recipients).toEqual(['Ngân hàng DBS Bank LTD']);
  });
});
