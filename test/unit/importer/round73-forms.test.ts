// Forms found while the seventy-third unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive } from './read';

describe('Số lines and datelines of round 73', () => {
  const letter = (line: string) =>
    `BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n${line}\nV/v hoàn thuế TNCN\n\nKính gửi: Cục Thuế TP Hà Nội.\n\nTổng cục Thuế trả lời để Cục Thuế biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TNCN.`;
  it('"Sá:.46S7TCT-TNCN Hà Nội, ngày 20 tháng 4ˆ năm 2016": a 7 for the slash after a scrawl, a circumflex after the month', () => {
    const l = read(letter('Sá:.46S7TCT-TNCN Hà Nội, ngày 20 tháng 4ˆ năm 2016')).letter;
    expect([l.number, l.symbol, l.place, l.date.day, l.date.month, l.date.year]).toEqual([null, 'TCT-TNCN', 'Hà Nội', 20, 4, 2016]);
  });
  it('"Số:##23/T( CT-CS Hà Nội, …": a bracket read for a letter and a space inside the symbol; the place after it', () => {
    const l = read(letter('Số:##23/T( CT-CS Hà Nội, ngày 17 tháng 11 năm 2021')).letter;
    expect([l.symbol, l.place]).toEqual(['T( CT-CS', 'Hà Nội']);
  });
  it('"Số: É⁄ /PGDĐT TP. Cà Mau, ngày24tháng 4 năm 2020": a scrawl for the number, the day glued to "ngày"', () => {
    const l = read(letter('Số: É⁄ /PGDĐT TP. Cà Mau, ngày24tháng 4 năm 2020')).letter;
    expect([l.number, l.symbol, l.date.day, l.date.month]).toEqual([null, 'PGDĐT', 24, 4]);
  });
});

describe('Lưu lines of round 73', () => {
  it('"VT, VP. Zữi": a word in small letters with a letter Vietnamese has not (Z) is the pen\'s scrawl, no drafter', () => {
    const r = readArchive('- Lưu: VT, VP. Zữi', 'PGDĐT');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'VP'], null]);
  });
});

describe('Headers, recipients and signatures of round 73', () => {
  it('"V/v hướng dẫn … an toàn Hà Nội, ngày23 tháng 4 năm 2020": the dateline run onto the subject, its day glued to "ngày"', () => {
    const l = read(
      'BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSô:1398/BGDĐT-GDTC\nV/v hướng dẫn các điều kiện bảo đảm an toàn Hà Nội, ngày23 tháng 4 năm 2020\ncho học sinh đi học trở lại\n\nKính gửi: Các Sở Giáo dục và Đào tạo.\n\nBộ GDĐT đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, Vụ GDTC.',
    ).letter;
    expect([l.place, l.date.day, l.date.month, l.subject]).toEqual(['Hà Nội', 23, 4, 'hướng dẫn các điều kiện bảo đảm an toàn cho học sinh đi học trở lại']);
  });
  it('no "Kính gửi": dashed addressees under the subject, one an association wrapped onto its bracketed address', () => {
    const l = read(
      'BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\nSố: 4423/TCT-CS Hà Nội, ngày 17 tháng 11 năm 2021\nV/v chính sách thuế\n\n- Cục Thuế thành phố Hồ Chí Minh;\n- Hiệp hội thương mại và công nghiệp Hàn Quốc\n(Đ/c: 47 Đường Nguyễn Cư Trinh, Quận 1, TP. HCM)\n\nTrả lời công văn số 2103/HHTMHQ, Tổng cục Thuế có ý kiến như sau: khoản chi được trừ.\n\nTổng cục Thuế trả lời để các đơn vị biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CS (3b).',
    ).letter;
    expect(l.recipients).toEqual(['Cục Thuế thành phố Hồ Chí Minh', 'Hiệp hội thương mại và công nghiệp Hàn Quốc (Đ/c: 47 Đường Nguyễn Cư Trinh, Quận 1, TP. HCM)']);
  });
  it('"b= ạ Thanh Vũ": a letter glued to signs before the name is the pen\'s stroke; the name OCR cut is kept as read', () => {
    const l = read(
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 477/SGDĐT-TTr Cà Mau, ngày 08 tháng 3 năm 2021\nV/v phổ biến pháp luật\n\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị thực hiện./.\n\nNơi nhận: KT. GIÁM ĐỐC\n- Như trên;\n- Lưu: VT, TTr.\n\nPHB GIÁM ĐÓC\n\nb= ạ Thanh Vũ',
    ).letter;
    expect([l.signature.title, l.signature.signer]).toEqual(['PHB GIÁM ĐÓC', 'ạ Thanh Vũ']);
  });
});

describe('Bộ GDĐT 1247 (round 73): a layout copy\'s Nơi nhận beside a TL. block', () => {
  it('"- Bộ trưởng      (để b/cáo);   VỤ TRƯỞNG …": an aside after a gap stays with its entry; the right column is the title\'s first line', () => {
    const l = read(
      'BỘ GIÁO DỤC VÀ ĐÀO TẠO            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                                      Độc lập - Tự do - Hạnh phúc\nSố: 1247/BGDĐT-GDCTHSSV           Hà Nội, ngày 13 tháng 4 năm 2020\nV/v tăng cường công tác đảm bảo an toàn\n\nKính gửi: Các Sở Giáo dục và Đào tạo.\n\nBộ GDĐT đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;                                               TL. BỘ TRƯỞNG\n- Bộ trưởng      (để b/cáo);                     VỤ TRƯỞNG VỤ GIÁO DỤC CHÍNH TRỊ\n- Các Thứ trưởng (để b/cáo);                      VÀ CÔNG TÁC HỌC SINH, SINH VIÊN\n- Lưu: VT, Vụ GDCTHSSV.\n\n                                                           Bùi Văn Linh',
    ).letter;
    expect([l.distribution, l.signature.title]).toEqual([['Như trên', 'Bộ trưởng (để b/cáo)', 'Các Thứ trưởng (để b/cáo)'], 'VỤ TRƯỞNG VỤ GIÁO DỤC CHÍNH TRỊ\nVÀ CÔNG TÁC HỌC SINH, SINH VIÊN']);
  });
});
