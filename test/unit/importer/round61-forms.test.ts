// Forms found while the sixty-first unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../core/importer/numbers';
import { read } from './read';

const letter = (numberLine: string, subject = 'V/v thuế TNCN đối với thu nhập từ hỗ trợ lãi suất', footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.') =>
  `TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc\n${numberLine}\n${subject}\n\nKính gửi: Công ty TNHH Đầu tư Châu Á Thái Bình Dương Bắc Ninh\n\nCục Thuế tỉnh Bắc Ninh trả lời để Công ty được biết./.\n\n${footer}`;

describe('tax answers as someone\'s OCR (Cục Thuế Bắc Ninh 2394, Cục Thuế Hà Nội 64915, round 61)', () => {
  it('"Số: 271 !CT-TTHT Bắc Ninh, ngày …": an exclamation mark is the slash\'s stroke; the symbol and the place stand apart', () => {
    const l = read(letter('Số: 271 !CT-TTHT Bắc Ninh, ngày 03 tháng 8 năm 2020')).letter;
    expect([l.number, l.symbol, l.place]).toEqual([271, 'CT-TTHT', 'Bắc Ninh']);
  });
  it('"Số: 6434X/CT-TTHT": a capital after a hand-filled number\'s digits is one more digit misread (64915), so no number is read', () => {
    expect(readNumber('6434X').kind).toBe('unreadable');
    expect(readNumber('1636a')).toEqual({ kind: 'value', value: 1636, repaired: true });
    const l = read(letter('Số: 6434X/CT-TTHT Hà Nội, ngày 18 tháng 7 năm 2020')).letter;
    expect([l.number, l.symbol]).toEqual([null, 'CT-TTHT']);
  });
  it('"VA thu nhập chịu thuế TINCN": "V/v" read as "VA" before words in small letters opens the subject', () => {
    expect(read(letter('Số: 64915/CT-TTHT Hà Nội, ngày 13 tháng 7 năm 2020', 'VA thu nhập chịu thuế TINCN')).letter.subject).toBe('thu nhập chịu thuế TINCN');
  });
});

describe('a Vĩnh Long scan (Sở GDĐT 453, round 61)', () => {
  it('"Số: #t?/§SGDĐT-GDTrH-GDTX": a "§" before the symbol\'s own "S" goes', () => {
    expect(read(letter('Số: #t?/§SGDĐT-GDTrH-GDTX Vĩnh Long, ngày 03 tháng 4 năm 2020')).letter.symbol).toBe('SGDĐT-GDTrH-GDTX');
  });
  it('"Nơi nhận: X⁄⁄4._": one run with fraction slashes beside the label is a pen\'s initials, no entry', () => {
    const l = read(letter('Số: 453/SGDĐT-GDTrH Vĩnh Long, ngày 03 tháng 4 năm 2020', undefined, 'Nơi nhận: X⁄⁄4._\n\n- Lãnh đạo Sở;\n\n- Như kính gửi;\n- Lưu: VT.')).letter;
    expect(l.distribution).toEqual(['Lãnh đạo Sở', 'Như kính gửi']);
  });
});

describe('Cà Mau city scans whose "TP" OCR read as "1P" (Phòng GDĐT 445, 446, round 61)', () => {
  it('"Số: 446/PGDĐT : 1P Cà Mau, ngày …": "1P" is the place\'s first word, kept as read', () => {
    const l = read(letter('Số: 446/PGDĐT : 1P Cà Mau, ngày 17 tháng 6 năm 2021')).letter;
    expect([l.number, l.symbol, l.place]).toEqual([446, 'PGDĐT', '1P Cà Mau']);
  });
  it('"Số: 44/PGDĐT 2Q Cà Mau, ngày …": any other word with a digit before the place is still a scrawl, no place\'s', () => {
    expect(read(letter('Số: 44/PGDĐT 2Q Cà Mau, ngày 17 tháng 6 năm 2021')).letter.place).toBe('Cà Mau');
  });
});

describe('a district letter as plain pdftotext, no blank lines (Phòng GDĐT Châu Thành 212, round 61)', () => {
  const body = [
    'Căn cứ Quyết định số 06/2017/QĐ-UBND ngày 10 tháng 02 năm 2017 của',
    'Ủy ban nhân dân tỉnh Bến Tre ban hành Quy định về phân cấp quản lý tổ chức',
    'bộ máy biên chế, cán bộ, công chức và viên chức trên địa bàn tỉnh Bến Tre;',
    'Để sắp xếp điều động viên chức từ nơi thừa sang nơi thiếu và chuẩn bị kế',
    'hoạch tuyển dụng năm học 2020-2021 của các đơn vị, Phòng Giáo dục và Đào',
    'tạo huyện Châu Thành giải quyết hồ sơ thuyên chuyển như sau:',
    'Phòng Giáo dục và Đào tạo xem xét nguyện vọng thuyên chuyển của viên',
    'chức để điều động đến các đơn vị còn thiếu viên chức so với quy định.',
    'Thời gian:',
    '- Nhận hồ sơ từ ngày 01 tháng 4.',
    '- Kết thúc nhận hồ sơ từ 01 tháng 6./.',
  ].join('\n');
  // The e-signature's caption over the header: its labels ("Thời gian: …") are looked for in the text.
  const signed = `Người ký: Phòng Giáo dục và Đào tạo\nThời gian: 31.03.2020 14:50:48 +07:00\n\n${letter('Số: 212/PGD&ĐT-TCCB Châu Thành, ngày 27 tháng 3 năm 2020')}`;
  const l = read(signed.replace('Cục Thuế tỉnh Bắc Ninh trả lời để Công ty được biết./.', body)).letter;
  const texts = l.body.map((b) => b.content.map((r) => r.text).join(''));
  it('"Căn cứ … tỉnh Bến Tre;" / "Để sắp xếp …": a cited ground ends at its ";" though the line filled the width', () => {
    expect(texts[0]).toMatch(/^Căn cứ .*tỉnh Bến Tre;$/u);
    expect(texts[1]).toMatch(/^Để sắp xếp /u);
  });
  it('"Thời gian:" alone over a dash\'s item is the list\'s heading, kept (no e-signature stamp\'s label)', () => {
    expect(texts).toContain('Thời gian:');
  });
});
