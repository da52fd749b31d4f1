// Forms found while the fifty-fifth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('a scan of Công an tỉnh Lâm Đồng\'s 177 with its footer\'s columns run together (round 55)', () => {
  const letter = (footer: string) =>
    `CÔNG AN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 177/CAT-PA05 Lâm Đồng, ngày 15 tháng 7 năm 2025\nV/v kiện toàn Đội ứng cứu sự cố\n\nKính gửi: Sở Nội vụ tỉnh Lâm Đồng.\n\nCông an tỉnh đề nghị Sở Nội vụ tổng hợp./.\n\n${footer}`;
  it('"ơi nhận: KT. GLÁM ĐÓC": the label whose "N" OCR lost, with its colon, still parts the marker from the list', () => {
    const l = read(letter('ơi nhận: KT. GLÁM ĐÓC\n- Như trên (để phối hợp);\n- Đ/c GĐ CAT (để báo cáo); PHO GIÁAM ĐỌC\n- Lưu: VT.')).letter;
    expect([l.distribution, l.signature.delegation, l.signature.title]).toEqual([['Như trên (để phối hợp)', 'Đ/c GĐ CAT (để báo cáo)'], 'KT. GLÁM ĐÓC', 'PHO GIÁAM ĐỌC']);
  });
  it('"- Như trên (để phối hợp): N\'ưĩa H Â£" and "…; Xa R Sanh": the seal\'s scraps beside the first entry go', () => {
    for (const first of ["- Như trên (để phối hợp): N'ưĩa H Â£", '- Như trên (để phối hợp); Xa R Sanh']) {
      const l = read(letter(`Nơi nhận: KT. GIÁM ĐỐC\n${first}\n- Đ/c GĐ CAT (để báo cáo); PHÓ GIÁM ĐỐC\n- Lưu: VT.`)).letter;
      expect(l.distribution).toEqual(['Như trên (để phối hợp)', 'Đ/c GĐ CAT (để báo cáo)']);
    }
  });
  it('"- Lưu: VT(ĐI1,.Đ4).": a speck read as a full stop after a comma parts nothing; the records desk and two teams', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT(ĐI1,.Đ4).\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC')).letter;
    expect(l.archive.units).toEqual(['VT', 'ĐI1', 'Đ4']);
  });
  it('"- Như trên; Sở Y tế;" and "- Phòng PV01; Đội A;": entries sharing a row stay', () => {
    const l = read(letter('Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; Sở Y tế;\n- Phòng PV01; Đội A;\n- Lưu: VT.')).letter;
    expect(l.distribution).toEqual(['Như trên; Sở Y tế', 'Phòng PV01; Đội A']);
  });
});

describe('letters copied as markdown tables and web crawls (round 55)', () => {
  const letter = (greeting: string, sign: string) =>
    `| BỘ TÀI CHÍNH CỤC HẢI QUAN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n|---|---|\n| Số: 39992/CHQ-GSQL V/v hàng hóa gửi kho ngoại quan | Hà Nội, ngày 03 tháng 12 năm 2025 |\n\n${greeting}\n\nCục Hải quan có ý kiến như sau: đề nghị Công ty thực hiện./.\n\n${sign}`;
  it('"KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng" in one cell: the Prime Minister\'s marker, the deputy\'s title, the name', () => {
    const s = read(letter('Kính gửi: Bộ Tài chính.', '|  | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng |')).letter.signature;
    expect([s.delegation, s.title, s.signer]).toEqual(['KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Nguyễn Sinh Hùng']);
  });
  it('"Công ty TNHH Wilmar Marketing CLV." over "(Đ/c: …)": the name\'s full stop stays before the joined address, as typed', () => {
    const greeting = 'Kính gửi: Công ty TNHH Wilmar Marketing CLV.\n(Đ/c: Tầng 2, Tòa nhà Cornerstone, 16 Phan Chu Trinh, Hà Nội)';
    const sign = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GSQL (2b).\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nÂu Anh Tuấn';
    expect(read(letter(greeting, sign)).letter.recipients).toEqual(['Công ty TNHH Wilmar Marketing CLV. (Đ/c: Tầng 2, Tòa nhà Cornerstone, 16 Phan Chu Trinh, Hà Nội)']);
  });
});

describe('school-website scans (round 55)', () => {
  const letter = (closing: string) =>
    `UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 201/SGDĐT-CTTT Vĩnh Long, ngày 12 tháng 02 năm 2020\nV/v cho học sinh tiếp tục nghỉ học\n\nKính gửi: Các đơn vị trực thuộc Sở.\n\nCăn cứ Công văn số 588/UBND-VX của Ủy ban nhân dân tỉnh,\n\n${closing}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CTTT.`;
  const texts = (closing: string) => read(letter(closing)).letter.body.map((b) => b.content.map((r) => r.text).join(''));
  it('"… nội dung nêu trên./, —": a pen\'s stroke after a closing whose last dot OCR read as a comma goes', () => {
    expect(texts('Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện nghiêm túc./, —').at(-1)).toBe('Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện nghiêm túc./,');
  });
});

describe('a tax office\'s answer as someone\'s OCR (Cục Thuế Hà Nội 86541, round 55)', () => {
  const letter = (dateline: string, body = 'Cục Thuế TP Hà Nội trả lời để Công ty được biết./.') =>
    `TONG CUC THUE CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUE TP HÀ NỘI Độc lập - Tự do - Hạnh phúc\nsố: 6541/CT-TTHT ${dateline}\nV/v xử lý hành vi vi phạm pháp luật về thuế.\n\nKính gửi: Công ty Luật TNHH Justiva Law\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nMai Sơn`;
  it('"Hà Nội, ngày,Shháng năm 2020": "tháng" glued to a blank day\'s scraps, its "t" lost: the place and the year are read', () => {
    const l = read(letter('Hà Nội, ngày,Shháng năm 2020')).letter;
    expect([l.place, l.date.day, l.date.month, l.date.year]).toEqual(['Hà Nội', null, null, 2020]);
  });
  it('"vào ngày 15 hàng năm 2020" in a sentence is no dateline', () => {
    const l = read(letter('Hà Nội, ngày 28 tháng 9 năm 2020', 'Công ty nộp báo cáo vào ngày 15 hàng năm 2020 theo quy định./.')).letter;
    expect([l.date.day, l.date.month]).toEqual([28, 9]);
  });
  it('"Hải Dương, ngày 21 tháng năm 2021": a blank month after a typed day keeps the day', () => {
    const l = read(letter('Hải Dương, ngày 21 tháng năm 2021')).letter;
    expect([l.place, l.date.day, l.date.month, l.date.year]).toEqual(['Hải Dương', 21, null, 2021]);
  });
});

describe('a Thái Bình scan whose title the seal hid (Sở GDĐT 235, round 55)', () => {
  it('"i Đặng Phương Bắc": a small letter alone before the name goes; the full name is the signer', () => {
    const text = 'UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 235/SGDĐT-KTQLCLGD Thái Bình, ngày 12 tháng 3 năm 2018\nV/v hướng dẫn thu, sử dụng giá dịch vụ\n\nKính gửi: Các trường THPT.\n\nYêu cầu các đơn vị nghiêm túc triển khai thực hiện./.\n\nNơi nhận:\n- Như kính gửi;\n- Lưu: VT, KT&QLCLGD.\n\ni Đặng Phương Bắc';
    expect(read(text).letter.signature.signer).toBe('Đặng Phương Bắc');
  });
});
