// Forms found while the fifty-ninth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

const letter = (numberLine: string, footer: string) =>
  `UBND THÀNH PHÓ CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập — Tự do - Hạnh phúc\n\n${numberLine}\nV/v đôn đốc thực hiện việc cài đặt ứng dụng\n\nKính gửi: Hiệu trưởng các trường trực thuộc.\n\nPhòng đề nghị các trường trực thuộc thực hiện tốt nội dung Công văn này./.\n\n${footer}`;
const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nLê Minh Hải';

describe('Cà Mau scans whose hand-filled numbers OCR marred (round 59)', () => {
  it('"Số: 8] LĐLĐ TP. Cà Mau, ngày …": a digit mended from a sign on a line with no slash and no symbol after it is no number (not 81)', () => {
    const l = read(letter('Số: 8] LĐLĐ TP. Cà Mau, ngày 12 tháng 7 năm 2021', footer)).letter;
    expect(l.number).toBeNull();
  });
  it('"Số: 8] LĐLĐ TP. Cà Mau, ngày.Ê_ tháng 7 năm 202!": the initials before the place are the symbol, and the line is the dateline', () => {
    const l = read(letter('Số: 8] LĐLĐ TP. Cà Mau, ngày.Ê_ tháng 7 năm 202!', footer)).letter;
    expect([l.number, l.symbol, l.place, l.date.day, l.date.month]).toEqual([null, 'LĐLĐ', 'TP. Cà Mau', null, 7]);
  });
  it('"Số: 8]/LĐLĐ": with its slash, the mended digit stands, with a note', () => {
    expect(read(letter('Số: 8]/LĐLĐ TP. Cà Mau, ngày 12 tháng 7 năm 2021', footer)).letter.number).toBe(81);
  });
  it('"Só:?03/PGDĐT TP.Cà Mau, ngày …": a scrawled number before a one-part symbol and the dateline is the number line', () => {
    const l = read(letter('Só:?03/PGDĐT TP.Cà Mau, ngày 16 tháng 12 năm 2020', footer)).letter;
    expect([l.number, l.symbol, l.place, l.date.month]).toEqual([null, 'PGDĐT', 'TP.Cà Mau', 12]);
  });
  it('"XPHO TRƯƠMG PHÒN" under the marker: "PHÓ TRƯỞNG PHÒNG" marred, no signer\'s name', () => {
    const s = read(letter('Số: 852/PGDĐT TP.Cà Mau, ngày 16 tháng 12 năm 2020', 'Nơi nhận: #¡. TRƯỞNG PHÒNG\n- Các trường trực thuộc;\nXPHO TRƯƠMG PHÒN\n- Lưu: VT.')).letter.signature;
    expect([s.title, s.signer]).toEqual(['XPHO TRƯƠMG PHÒN', '']);
  });
});

describe('a Bắc Ninh tax answer as someone\'s OCR (Cục Thuế 1518, round 59)', () => {
  it('"V/v thu nhập chịu thuế TNCN `": a backtick at the end of the subject\'s first line goes too', () => {
    const text = 'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc\nSố: 1518/CT-TTHT Bắc Ninh, ngày 16 tháng 6 năm 2020\nV/v thu nhập chịu thuế TNCN `\nđối với tiền nghỉ khách sạn\n\nKính gửi: Công ty TNHH Việt Nam Tabuchi Electric\n\nCục Thuế tỉnh Bắc Ninh trả lời để Công ty được biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.';
    expect(read(text).letter.subject).toBe('thu nhập chịu thuế TNCN đối với tiền nghỉ khách sạn');
  });
});

describe('a city trade union\'s letter (Liên đoàn Lao động TP Cà Mau 94, round 59)', () => {
  it('"LIÊN ĐOÀN LAO ĐỘNG TỈNH CÀ MAU" over "LIÊN ĐOÀN LAO ĐỘNG TP. CÀ MAU": the province\'s union is the parent of the city\'s', () => {
    const text = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TP. CÀ MAU Độc lập - Tự do - Hạnh phúc\n\nSố: 94/LĐLĐ TP. Cà Mau, ngày 12 tháng 7 năm 2021\nV/v nghiên cứu, quán triệt bài viết\n\nKính gửi: Công đoàn cơ sở trực thuộc.\n\nBan Thường vụ đề nghị các Công đoàn cơ sở thực hiện./.\n\nTM. BAN THƯỜNG VỤ\nNơi nhận:\n- Như trên;\n- Lưu: VT.';
    const a = read(text).letter.agency;
    expect([a.parent, a.name]).toEqual(['LIÊN ĐOÀN LAO ĐỘNG TỈNH CÀ MAU', 'LIÊN ĐOÀN LAO ĐỘNG TP. CÀ MAU']);
  });
});

describe('our own print of VPCP 2601, which has no signature (round 59, the printed probe)', () => {
  it('"- VPCP: …, các Vụ:" / "CN, NC, KTTH, QHỌTT, QHĐP," / "TKBT, TH;": units\' initials wrapped under an entry are the entry\'s, no title', () => {
    const text = 'VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2601/VPCP-KGVX Hà Nội, ngày 03 tháng 4 năm 2020\nV/v thực hiện Chỉ thị số 16/CT-TTg\n\nKính gửi: Các Bộ, cơ quan ngang Bộ.\n\nVăn phòng Chính phủ thông báo để các Bộ biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- VPCP: BTCN, các PCN, Trợ lý\nTTg, TGĐĐ Cổng TTĐT, các Vụ:\nCN, NC, KTTH, QHỌTT, QHĐP,\nTKBT, TH;\n- Lưu: VT, KGVX (03).';
    const l = read(text).letter;
    expect([l.distribution.at(-1), l.signature.title]).toEqual(['VPCP: BTCN, các PCN, Trợ lý TTg, TGĐĐ Cổng TTĐT, các Vụ: CN, NC, KTTH, QHỌTT, QHĐP, TKBT, TH', '']);
  });
});
