// Forms found while the fifty-sixth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

const letter = (greeting: string, body = 'Sở Tư pháp đề nghị các đơn vị thực hiện./.') =>
  `SỞ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1128/STP-BTTP Lâm Đồng, ngày 16 tháng 10 năm 2025\nV/v thẩm định Đề án\n\n${greeting}\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, BTTP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A`;

describe('addressees wrapped by the page (round 56)', () => {
  it('"Kính gửi: Đoàn Luật sư tỉnh Lâm Đồng, tỉnh" / "Bình Thuận, tỉnh Đắk Nông (cũ).": one recipient cut after the next unit\'s kind', () => {
    const l = read(letter('Kính gửi: Đoàn Luật sư tỉnh Lâm Đồng, tỉnh\nBình Thuận, tỉnh Đắk Nông (cũ).', 'Sở Tư pháp nhận được Tờ trình số 220/TTr-ĐLS của các đoàn Luật sư./.')).letter;
    expect(l.recipients).toEqual(['Đoàn Luật sư tỉnh Lâm Đồng, tỉnh Bình Thuận, tỉnh Đắk Nông (cũ)']);
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual(['Sở Tư pháp nhận được Tờ trình số 220/TTr-ĐLS của các đoàn Luật sư./.']);
  });
  it('"Công ty TNHH Hùng Phát" / "@/e: số 70 Lê Lợi …" / "MST: …": the address whose "Đ/c" OCR read as "@/e" is the addressee\'s detail', () => {
    const l = read(letter('Kính gửi: Công ty TNHH Hùng Phát\n@/e: số 70 Lê Lợi - P Nguyễn Trãi - TP Hà Nội\nMST: 0500530975\n', 'Trả lời công văn số 2505/2017/HP của Công ty, Cục Thuế có ý kiến như sau./.')).letter;
    expect(l.recipients).toEqual(['Công ty TNHH Hùng Phát @/e: số 70 Lê Lợi - P Nguyễn Trãi - TP Hà Nội MST: 0500530975']);
  });
});

describe('a ministry\'s scan whose urgency stamp OCR read as scraps in the margin (Bộ GDĐT 260, round 56)', () => {
  const greeting = 'Kính gửi:\nC7” - Các sở giáo dục và đào tạo;\n1Ô - Các đại học, học viện; trường đại học, cao đăng sư\n\nsS \\Ö phạm và trung cấp sư phạm;\n\n- Các đơn vị trực thuộc Bộ.\n';
  it('scraps before the first two dashes and before an entry\'s wrapped rest go; the three entries stay', () => {
    expect(read(letter(greeting, 'Dịch bệnh đang diễn biến phức tạp, Bộ đề nghị các đơn vị thực hiện./.')).letter.recipients).toEqual([
      'Các sở giáo dục và đào tạo',
      'Các đại học, học viện; trường đại học, cao đăng sư phạm và trung cấp sư phạm',
      'Các đơn vị trực thuộc Bộ',
    ]);
  });
  it('"- Phòng Kinh tế, … các huyện, thị" / "xã, thành phố.": a wrapped rest with a comma is the entry\'s own', () => {
    const l = read(letter('Kính gửi:\n- Các sở, ngành của tỉnh;\n- Phòng Kinh tế, Phòng Kinh tế hạ tầng các huyện, thị\nxã, thành phố.\n', 'Sở Công Thương nhận Công văn số 380/VECOM-VP của Hiệp hội./.')).letter;
    expect(l.recipients).toEqual(['Các sở, ngành của tỉnh', 'Phòng Kinh tế, Phòng Kinh tế hạ tầng các huyện, thị xã, thành phố']);
  });
});

describe('a Thái Bình scan with its dateline run into the subject (Sở GDĐT 389, round 56)', () => {
  const text = (greeting: string) =>
    `UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập — Tự do - Hạnh phúc\n__ Số: 33/§GDĐT\nV/v liên kết Thái Bình, ngày»Ý tháng 5 năm 2018\n\nCổng thông tin điện tử\n\n${greeting}\n\nThực hiện Công văn số 705/SGDĐT của Sở, đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VP.`;
  it('"V/v liên kết Thái Bình, ngày»Ý tháng 5 năm 2018": a hand-filled day read as a sign and a letter glued to "ngày"; the dateline is cut off the subject', () => {
    const l = read(text('Kính gửi: - Các trường THPT.')).letter;
    expect([l.subject, l.place, l.date.day, l.date.month, l.date.year]).toEqual(['liên kết Cổng thông tin điện tử', 'Thái Bình', null, 5, 2018]);
  });
  it('"Kính gửi: - - Trưởng phòng …;": the dash OCR read twice, apart', () => {
    const l = read(text('Kính gửi: - - Trưởng phòng GDĐT các huyện, thành phố;\n- Thủ trưởng các trường THPT.')).letter;
    expect(l.recipients).toEqual(['Trưởng phòng GDĐT các huyện, thành phố', 'Thủ trưởng các trường THPT']);
  });
});

describe('a Vĩnh Long scan whose last clause number OCR read as "§" (Sở GDĐT 164, round 56)', () => {
  const body = (last: string) => `Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện như sau:\n\n6. Thủ trưởng các trường học tổ chức phân công hợp lý cán bộ.\n\n7. Tiếp tục thực hiện nghiêm các văn bản chỉ đạo của các cấp, các ngành về công\ntác phòng, chông dịch bệnh nCoV.\n${last}\n\nSở Giáo dục và Đào tạo yêu cầu lãnh đạo các đơn vị khẩn trương thực hiện./.`;
  const items = (last: string) => read(letter('Kính gửi: Các đơn vị trực thuộc Sở.', body(last))).letter.body.map((b) => (b.kind === 'item' ? `${b.level}: ${b.content.map((r) => r.text).join('').slice(0, 12)}` : 'p'));
  it('"§. Báo cáo kịp thời …" under clause 7, on the next line: clause 8', () => {
    expect(items('§. Báo cáo kịp thời cơ quan chức năng về những tình\nhuống bất thường xảy ra tại đơn vị.')).toEqual(['p', 'clause: Thủ trưởng c', 'clause: Tiếp tục thự', 'clause: Báo cáo kịp ', 'p']);
  });
});
