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

describe('a Thái Bình scan whose hand-filled day OCR glued to "tháng" (Sở GDĐT 730, round 67)', () => {
  const sgd = (body: string) =>
    `UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 730/SGDĐT-CNTT Thái Bình, ngày ¿Êtháng 9 năm 2018\nV/v hướng dẫn thực hiện nhiệm vụ CNTT\n\nKính gửi: Các đơn vị trực thuộc.\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CNTT.`;
  it('"gửi về Sở GDĐT trước ngày 12/10/2018" is a deadline, no document the letter answers: the month read stays', () => {
    const l = read(sgd('Báo cáo kết quả gửi về Sở GDĐT trước ngày 12/10/2018./.')).letter;
    expect([l.date.day, l.date.month]).toEqual([null, 9]);
  });
  it('a document it answers, dated after the month read, still empties the marred month', () => {
    expect(read(sgd('Thực hiện Công văn số 4095/BGDĐT-CNTT ngày 12/10/2018 của Bộ, Sở hướng dẫn./.')).letter.date.month).toBeNull();
  });
});

describe('footers of rounds 65–67 (Lâm Đồng 4377, Cà Mau 07 and 745)', () => {
  it('"Nơi nhận: N ỜNL, CHỦ TỊCH": "TL." marred into three capitals and a comma goes; the title stays', () => {
    const l = read(letter('Nơi nhận: N ỜNL, CHỦ TỊCH\n- Như trên;\n- Lưu: VT, NC.')).letter;
    expect([l.signature.delegation, l.signature.title, l.distribution]).toEqual([null, 'CHỦ TỊCH', ['Như trên']]);
  });
  it('"_ Thái Mỹ Phượng" after the Lưu line and a blank: OCR\'s underscore before the signer\'s name is no entry\'s dash', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT,\n\n_ Thái Mỹ Phượng')).letter;
    expect([l.distribution, l.signature.signer]).toEqual([['Như trên'], 'Thái Mỹ Phượng']);
  });
  it('"- Các thành viên BCĐ; 24.04.20" and "- Lưu VT. 0831:16": the e-signature stamp\'s date and time go', () => {
    const l = read(letter('Nơi nhận: GIÁM ĐỐC\n- Bộ GD&ĐT (thay báo cáo);\n- Các thành viên BCĐ; 24.04.20\n- Lưu VT. 0831:16\n\n+07:00')).letter;
    expect([l.distribution, l.archive.units]).toEqual([['Bộ GD&ĐT (thay báo cáo)', 'Các thành viên BCĐ'], ['VT']]);
  });
});
