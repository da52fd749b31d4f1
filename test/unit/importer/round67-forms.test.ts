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

describe('a customs OCR text\'s footer (Tổng cục Hải quan 7562, round 67)', () => {
  const customs = (footer: string) =>
    `BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\nSố: 7562/TCHQ-TXNK Hà Nội, ngày 10 tháng 12 năm 2019\nV/v thay đổi mục đích sử dụng\n\nKính gửi: Công ty Cổ phần Greenfeed Việt Nam.\n\nTổng cục Hải quan có ý kiến để Công ty được biết và thực hiện./.\n\n${footer}`;
  const footer = 'Noi nhận: TL. TONG CỤC TRƯỞNG\n- Như trên; KT. CỤC TRUONG CỤC THUE XNK\n\n- PTCT Nguyễn Dương Thái (để b/c);\n- Luu: VT, TXNK (3). qv\n\nÓ CỤC TRUONG';
  it('"Ó CỤC TRUONG": the "Ó" the seal left of "PHÓ" is the title\'s, not a unit of the Lưu line above', () => {
    const l = read(customs(footer)).letter;
    expect([l.archive.units, l.signature.title]).toEqual([['VT', 'TXNK'], 'Ó CỤC TRUONG']);
  });
  it('"Luu: VT, TXNK (3). qv": two small letters after the copies and the full stop are a speck, no drafter', () => {
    const l = read(customs(footer)).letter;
    expect([l.archive.copies, l.drafter]).toEqual([3, null]);
  });
  it('"(3) Q" in capitals still is the drafter\'s mark', () => {
    expect(read(customs(footer.replace('(3). qv', '(3) Q'))).letter.drafter).toEqual({ initials: 'Q', copies: null });
  });
});
