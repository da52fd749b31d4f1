// Forms found while the sixty-sixth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

const letter = (footer: string) =>
  `BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\nSố: 5817/TCHQ-TXNK Hà Nội, ngày 03 tháng 9 năm 2020\nV/v hoàn thuế nhập khẩu\n\nKính gửi: Công ty TNHH Gang thép Hưng nghiệp Fomosa Hà Tĩnh.\n\nTổng cục Hải quan có ý kiến để Công ty biết./.\n\n${footer}`;

describe('a customs OCR text (Tổng cục Hải quan 5817, round 66)', () => {
  it('"- Lưu: VT, TXNK (3b). W": a letter Vietnamese has not, alone after the line\'s full stop, is no drafter', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT, TXNK (3b). W')).letter;
    expect([l.archive.units, l.archive.copies, l.drafter]).toEqual([['VT', 'TXNK'], 3, null]);
  });
  it('"- Lưu: VT, TXNK (3b). H" still reads its drafter', () => {
    expect(read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT, TXNK (3b). H')).letter.drafter).toEqual({ initials: 'H', copies: null });
  });
});
