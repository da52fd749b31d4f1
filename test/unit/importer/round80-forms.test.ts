// Forms found while the eightieth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const letter = letterFrom({
  head: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG\nTHÀNH PHỐ HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 344/LĐLĐ-TC\nTP. Hồ Chí Minh, ngày 20 tháng 5 năm 2021\nV/v thanh toán tiền lương cho những ngày nghỉ hằng năm',
  greeting: 'Kính gửi: Liên đoàn Lao động các quận, huyện',
  body: 'Liên đoàn Lao động Thành phố thông báo để các đơn vị biết và thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TC.\nTM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A',
});

describe('Headers of round 80', () => {
  it('"V/w Trả lời công văn số 0001/TB-" / "2016 ngày …": the mark read "V/w" before a capital, and a symbol cut at its hyphen', () => {
    const number = 'Số: 344/LĐLĐ-TC\nTP. Hồ Chí Minh, ngày 20 tháng 5 năm 2021\nV/w Trả lời công văn số 0001/TB-\n2016 ngày 17/10/2016 của Cty\nTNHH Musashi';
    expect(read(letter({ number })).letter.subject).toBe('Trả lời công văn số 0001/TB-2016 ngày 17/10/2016 của Cty TNHH Musashi');
  });
});

describe('Footers of round 80', () => {
  it('"Ho CHI MINH" of the seal\'s ring, with no signature read: three of the agency\'s words are no signer', () => {
    const footer = 'Nơi nhận: LIÊN ĐOÀN\n- Như trên;\n- Các Ban chuyên đề;\nHo CHI MINH\n- Lưu: VT, TC.';
    expect(read(letter({ footer })).letter.signature.signer).toBe('');
  });
  it('"- Lưu: VT, NCKH- QHỌT. (10b)": two rooms of one unit joined by a hyphen, a space after it, are one unit', () => {
    expect(readArchive('- Lưu: VT, NCKH- QHỌT. (10b)', 'TB-CĐBT').archive).toEqual({ units: ['VT', 'NCKH- QHỌT'], copies: 10 });
  });
});

