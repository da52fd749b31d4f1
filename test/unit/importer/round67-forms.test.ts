// Forms found while the sixty-seventh unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

const letter = (footer: string) =>
  `LIÊN ĐOÀN LUẬT SƯ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ Độc lập - Tự do - Hạnh phúc\nSố: 562/LĐLSVN-BTV Hà Nội, ngày 02 tháng 10 năm 2025\nV/v hợp nhất Đoàn Luật sư\n\nKính gửi: Đoàn Luật sư tỉnh Lâm Đồng.\n\nBan Thường vụ Liên đoàn có ý kiến như sau./.\n\n${footer}`;

describe('a Liên đoàn Luật sư scan under its seal (562, round 67)', () => {
  it('"HU TỊCH", the end of "CHỦ TỊCH" the seal left, is no signer\'s name in capitals', () => {
    const l = read(letter('Nơi nhận: TM. BAN THƯỜNG VỤ\n- Như trên;\n- Bộ Tư pháp (để b/c);\n- Lưu VPLĐLSVN.\n\nHU TỊCH')).letter;
    expect(l.signature.signer).toBe('');
  });
  it('a name in capitals still reads as one', () => {
    expect(read(letter('Nơi nhận: TM. BAN THƯỜNG VỤ\n- Như trên;\n- Lưu VPLĐLSVN.\n\nCHỦ TỊCH\n\nĐỖ NGỌC THỊNH')).letter.signature.signer).toBe('Đỗ Ngọc Thịnh');
  });
});
