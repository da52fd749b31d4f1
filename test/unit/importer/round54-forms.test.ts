// Forms found while the fifty-fourth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

const lawyers = letterFrom({
  head: 'LIÊN ĐOÀN LUẬT SƯ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 358/LĐLSVN-BTV Hà Nội, ngày 16 tháng 7 năm 2025\nV/v hướng dẫn các Đoàn Luật sư thực hiện hợp nhất',
  greeting: 'Kính gửi: Ban Chủ nhiệm Đoàn Luật sư các tỉnh, thành phố',
  body: 'Ban Thường vụ Liên đoàn Luật sư Việt Nam đề nghị các Đoàn Luật sư thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VPLĐ.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLS. TS. Đỗ Ngọc Thịnh',
});

describe('a scan of the lawyers\' federation\'s 358 (round 54)', () => {
  it('"Số: 42Ÿ LĐLSVN-BTV": an accented y after a hand-filled number\'s digits stands for more digits; the number is unread', () => {
    const l = read(lawyers({ number: 'Số: 42Ÿ LĐLSVN-BTV Hà Nội, ngày 16 tháng 7 năm 2025\nV/v hướng dẫn các Đoàn Luật sư' })).letter;
    expect([l.number, l.symbol]).toEqual([null, 'LĐLSVN-BTV']);
  });
  it('"% hướng dân các Đoàn Luật sự": an italic "V/v" read as a per cent sign opens the subject', () => {
    const number = 'Số: 358/LĐLSVN-BTV Hà Nội, ngày 16 tháng 7 năm 2025\n% hướng dân các Đoàn Luật sự\nthực hiện hợp nhất theo quy định';
    expect(read(lawyers({ number })).letter.subject).toBe('hướng dân các Đoàn Luật sự thực hiện hợp nhất theo quy định');
  });
  it('"LS. TS. Đỗ Ngọc Thịnh": the signer\'s profession and degree stay with the name', () => {
    expect(read(lawyers({})).letter.signature.signer).toBe('LS. TS. Đỗ Ngọc Thịnh');
  });
  it('"THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn" on one line is still the title and the name', () => {
    const s = read(lawyers({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VPLĐ.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG Đỗ Hoàng Anh Tuấn' })).letter.signature;
    expect([s.title, s.signer]).toEqual(['THỨ TRƯỞNG', 'Đỗ Hoàng Anh Tuấn']);
  });
});
