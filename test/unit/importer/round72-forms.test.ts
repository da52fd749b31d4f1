// Forms found in the forty-second session: older letters read again, and the seventy-second unseen round.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';

describe('A first clause label OCR marred (Bình Phước 2524, Cà Mau 1838)', () => {
  const letter = (body: string) =>
    `SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2524/SGDĐT-GDTrH Bình Phước, ngày 12 tháng 9 năm 2017\nV/v tổ chức Hội thi giáo viên dạy giỏi\n\nKính gửi: Các đơn vị trực thuộc.\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.`;
  it('"l. Đối với …" over "2. Đối với …": a small l and a full stop is the lost "1.", not a point "l."', () => {
    const l = read(letter('Sở GD&ĐT hướng dẫn như sau:\n\nl. Đối với các trường THPT: Phải tổ chức xong Hội thi.\n\n2. Đối với các Phòng GD&ĐT: Báo cáo về Sở.\n\nSở GD&ĐT đề nghị các đơn vị thực hiện./.')).letter;
    expect(tree(l.body)).toEqual([
      'p: Sở GD&ĐT hướng dẫn như sau:',
      { 'clause: Đối với các trường THPT: Phải tổ chức xong Hội thi.': [] },
      { 'clause: Đối với các Phòng GD&ĐT: Báo cáo về Sở.': [] },
      'p: Sở GD&ĐT đề nghị các đơn vị thực hiện./.',
    ]);
  });
  it('"- 1, Kể từ ngày …" over "2. Đối với …": a speck read as a dash before the first clause\'s label', () => {
    const l = read(letter('Chủ tịch yêu cầu thực hiện các nội dung sau:\n\n- 1, Kể từ ngày 23/3/2020, các cơ sở dịch vụ tạm dừng hoạt động.\n\n2. Đối với các cơ sở khác: hạn chế tụ tập.\n\nĐề nghị các đơn vị thực hiện./.')).letter;
    expect((tree(l.body) as unknown[]).slice(1, 3)).toEqual([{ 'clause: Kể từ ngày 23/3/2020, các cơ sở dịch vụ tạm dừng hoạt động.': [] }, { 'clause: Đối với các cơ sở khác: hạn chế tụ tập.': [] }]);
  });
  it('a dash item "- 1, 2 ngày …" with no clause 2 after it stays a dash', () => {
    const l = read(letter('Yêu cầu:\n\n- 1, 2 ngày đầu tuần nghỉ học.\n\n- Các ngày khác học bình thường.\n\nĐề nghị các đơn vị thực hiện./.')).letter;
    expect((tree(l.body) as unknown[]).slice(0, 3)).toEqual(['p: Yêu cầu:', { 'dash: 1, 2 ngày đầu tuần nghỉ học.': [] }, { 'dash: Các ngày khác học bình thường.': [] }]);
  });
});

describe('Tổng cục Thuế 2626 and 4110 (round 72): Số lines, subjects, Lưu lines, scanner marks', () => {
  const letter = (number: string, subject: string, body: string, archive = '- Lưu: VT, DNNCN (2b).') =>
    `BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n${number} Hà Nội, ngày 19 tháng 7 năm 2021\n${subject}\n\nKính gửi: Cục Thuế các tỉnh, thành phố.\n\n${body}\n\nNơi nhận:\n- Như trên;\n${archive}`;
  const body = 'Tổng cục Thuế thông báo để các Cục Thuế thực hiện./.';
  it('"Số: 2686 7TCT-DNNCN": a "7" glued to the symbol after whole digits and a space is the slash', () => {
    const l = read(letter('Số: 2686 7TCT-DNNCN', 'V/v triển khai Thông tư', body)).letter;
    expect([l.number, l.symbol]).toEqual([2686, 'TCT-DNNCN']);
  });
  it('"Lưu: VT, DNNCN (2b). 6).": a number whose bracket never opened, after the copies, is no unit', () => {
    const l = read(letter('Số: 2626/TCT-DNNCN', 'V/v triển khai Thông tư', body, '- Lưu: VT, DNNCN (2b). 6).')).letter;
    expect([l.archive.units, l.archive.copies]).toEqual([['VT', 'DNNCN'], 2]);
  });
  it('"VÀ Chỉnh sách thế - \\": "V/v" read as "VÀ" before a capitalised word and a small one; the backslash at the end goes', () => {
    const l = read(letter('Số: 4110/TCT-DNNCN', 'VÀ Chỉnh sách thế - \\', body)).letter;
    expect(l.subject).toBe('Chỉnh sách thế');
  });
  it('"… Nghị định số 37/2021/NĐ-" / "CP, ngày …": a symbol cut at its hyphen joins without a space', () => {
    const l = read(letter('Số: 808/TCT-DNNCN', 'V/v triển khai Nghị định số 37/2021/NĐ-\nCP, ngày 29/3/2021 của Chính phủ', body)).letter;
    expect(l.subject).toBe('triển khai Nghị định số 37/2021/NĐ-CP, ngày 29/3/2021 của Chính phủ');
  });
  it('"Scanned with CamScanner" under a page is the scanning app\'s line, not the letter\'s', () => {
    const r = read(letter('Số: 4110/TCT-DNNCN', 'V/v chính sách thuế', 'Bộ Tài chính có ý kiến như sau: các khoản chi được trừ.\n\nScanned with CamScanner\n\n' + body));
    expect(r.letter.body.map((b) => b.content.map((x) => x.text).join(''))).toEqual(['Bộ Tài chính có ý kiến như sau: các khoản chi được trừ.', body]);
  });
});

describe('A name cut by a blank line (Cà Mau 1918, Tổng cục Thuế 4110)', () => {
  const letter = (body: string) =>
    `SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1918/SGDĐT-GDTrH Cà Mau, ngày 30 tháng 6 năm 2021\nV/v tổ chức kỳ thi\n\nKính gửi: Phòng GDĐT các huyện, thành phố Cà Mau.\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.`;
  const texts = (body: string) => read(letter(body)).letter.body.map((b) => b.content.map((x) => x.text).join(''));
  it('"… thành phố Cà" / "" / "Mau, Hiệu trưởng …": the place the letter writes whole elsewhere goes on over the blank', () => {
    expect(texts('Sở GDĐT đã nhận Công văn số 86/EDMICRO.\n\nGiám đốc Sở GDĐT yêu cầu Trưởng phòng GDĐT các huyện, thành phố Cà\n\nMau, Hiệu trưởng các đơn vị triển khai thực hiện./.')).toEqual([
      'Sở GDĐT đã nhận Công văn số 86/EDMICRO.',
      'Giám đốc Sở GDĐT yêu cầu Trưởng phòng GDĐT các huyện, thành phố Cà Mau, Hiệu trưởng các đơn vị triển khai thực hiện./.',
    ]);
  });
  it('"… và Diễn đàn" / "" / "Doanh nghiệp …": so does a name written whole earlier in the body', () => {
    expect(
      texts('Sở nhận được công văn của Diễn đàn Doanh nghiệp Việt Nam về chính sách.\n\nSở thông báo để Hiệp hội Doanh nghiệp và Diễn đàn\n\nDoanh nghiệp Việt Nam được biết./.'),
    ).toEqual(['Sở nhận được công văn của Diễn đàn Doanh nghiệp Việt Nam về chính sách.', 'Sở thông báo để Hiệp hội Doanh nghiệp và Diễn đàn Doanh nghiệp Việt Nam được biết./.']);
  });
  it('"… phòng, chống Covid-19" / "" / "Để tiếp tục …": words never written together elsewhere part two paragraphs', () => {
    expect(texts('Thực hiện Công văn số 1939/UBND-KGVX về phòng, chống Covid-19\n\nĐể tiếp tục phòng, chống dịch, Sở đề nghị các đơn vị thực hiện./.')).toEqual([
      'Thực hiện Công văn số 1939/UBND-KGVX về phòng, chống Covid-19',
      'Để tiếp tục phòng, chống dịch, Sở đề nghị các đơn vị thực hiện./.',
    ]);
  });
});

describe('Cà Mau Sở GDĐT 808 (round 72): a name under the delegation, its title lost under the seal', () => {
  it('"KT.GIÁM ĐÓC" / ": 4 Thanh Vũ": a two-word name whose words fold to position words ("thanh", "vu") is the signer', () => {
    const l = read(`SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 808/SGDĐT-TCCB Cà Mau, ngày 07 tháng 4 năm 2021\nV/v triển khai Nghị định\n\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị thủ trưởng các đơn vị triển khai thực hiện./.\n\nNơi nhận: KT.GIÁM ĐÓC\n- Như trên;\n- Lưu: VT, TCCB.\n\n: 4 Thanh Vũ`).letter;
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['KT.GIÁM ĐÓC', '', 'Thanh Vũ']);
  });
  it('"Phó Giám đốc" typed in small letters over the name is still the title', () => {
    const l = read(`SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 808/SGDĐT-TCCB Cà Mau, ngày 07 tháng 4 năm 2021\nV/v triển khai Nghị định\n\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị thủ trưởng các đơn vị triển khai thực hiện./.\n\nNơi nhận: KT.GIÁM ĐÓC\n- Như trên;\n- Lưu: VT, TCCB.\n\nPhó Giám đốc\n\nTạ Thanh Vũ`).letter;
    expect([l.signature.title, l.signature.signer]).toEqual(['Phó Giám đốc', 'Tạ Thanh Vũ']);
  });
});

describe('Nơi nhận of round 72: the seal\'s letters after an entry\'s ";", a marker with a comma beside the label', () => {
  const letter = (footer: string) =>
    `SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 698/SGDĐT-VP An Giang, ngày 17 tháng 3 năm 2020\nV/v phòng chống dịch\n\nKính gửi: Các đơn vị trực thuộc.\n\nSở đề nghị các đơn vị thực hiện./.\n\n${footer}`;
  it('"UBND tỉnh (Ban chỉ đạo); / bX", "… Phó Giám đốc; IÁO DỤđ 7)", "Sở GDĐT; AC": the seal\'s scraps go', () => {
    const l = read(letter('Nơi nhận: GIÁM ĐỐC\n- Như trên;\n- UBND tỉnh (Ban chỉ đạo); / bX\n- Giám đốc và các Phó Giám đốc; IÁO DỤđ 7)\n- Cổng thông tin điện tử Sở GDĐT; AC\n- Lưu: VT, VPS.\n\nTrần Thị Ngọc Diễm')).letter;
    expect(l.distribution).toEqual(['Như trên', 'UBND tỉnh (Ban chỉ đạo)', 'Giám đốc và các Phó Giám đốc', 'Cổng thông tin điện tử Sở GDĐT']);
  });
  it('an entry after the ";" that opens as entries do, a bracket, or a list after a colon is kept', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- UBND tỉnh; Sở Y tế\n- Bộ GDĐT; (vụ GDCTHSSV)\n- Các Vụ: GDMN; Các Cục: NGỆ\n- Các phòng: TH; KT\n- Lưu: VT, VPS.\n\nGIÁM ĐỐC\n\nTrần Thị Ngọc Diễm')).letter;
    // The bracket stays with its entry; whether its ";" goes too is the aside rule's (readers differ there).
    expect(l.distribution.map((e) => e.replace('; (', ' ('))).toEqual(['Như trên', 'UBND tỉnh; Sở Y tế', 'Bộ GDĐT (vụ GDCTHSSV)', 'Các Vụ: GDMN; Các Cục: NGỆ', 'Các phòng: TH; KT']);
  });
  it('"Noi nhận: \\Ì KT, TONG CYC TRUONG": a marker whose dot OCR read as a comma, before a marred "TỔNG CỤC TRƯỞNG"', () => {
    const l = read(letter('Noi nhận: \\Ì KT, TONG CYC TRUONG\n- Như trên;\n- Lưu: VT, DNNCN.')).letter;
    expect([l.distribution, l.signature.delegation]).toEqual([['Như trên'], 'KT, TONG CYC TRUONG']);
  });
});

describe('An Giang Sở GDĐT 2223 and 1001 (round 72): a day on its own line, a centred aside', () => {
  it('"An Giang, ngày" / "27" / "tháng 8 năm 2020": the day typed into the blank on a line of its own is the day', () => {
    const l = read(
      'UBND TỈNH AN GIANG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 2223 /SGDĐT-CTTT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\nAn Giang, ngày\n\n27\n\ntháng 8 năm 2020\n\nV/v phối hợp tổ chức Chương trình\nKính gửi: Trưởng phòng Giáo dục và Đào tạo.\nSở đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CTTT.',
    ).letter;
    expect([l.place, l.date.day, l.date.month, l.date.year]).toEqual(['An Giang', 27, 8, 2020]);
  });
  it('"… học tập qua Internet" / "(đính kèm công văn)" centred under it in a layout copy: the aside ends the clause, no new paragraph', () => {
    const body = [
      '       Thực hiện Công văn số 1247/BGDĐT-GDCTHSSV ngày 13/4/2020 của Bộ Giáo',
      'dục và Đào tạo về việc tăng cường công tác đảm bảo an toàn cho trẻ mầm non, học sinh,',
      'sinh viên trong quá trình học tập qua Internet, Sở Giáo dục và Đào tạo (GDĐT) yêu cầu thủ',
      'trưởng các đơn vị thực hiện một số nội dung, cụ thể như sau:',
      '     1. Bằng nhiều hình thức phù hợp triển khai thực hiện nghiêm túc, có hiệu quả Công',
      'văn số 1247/BGDĐT-GDCTHSSV ngày 13/4/2020 của Bộ Giáo dục và Đào tạo về việc',
      'tăng cường công tác đảm bảo an toàn cho trẻ mầm non, học sinh, sinh viên trong quá trình',
      'học tập qua Internet',
      '                            (đính kèm công văn)',
      '      2. Trong quá trình triển khai thực hiện có khó khăn, vướng mắc hoặc khi có hiện',
      'tượng bất thường, báo cáo nhanh về Sở GDĐT để có hướng dẫn kịp thời. Các phòng GDĐT có thể',
      'chuyển trực tiếp công văn này đến các cơ sở giáo dục trực thuộc và báo cáo về Sở GDĐT việc',
      'triển khai thực hiện.',
      '       Yêu cầu thủ trưởng các đơn vị thực hiện tốt nội dung công văn này./.',
    ].join('\n');
    const l = read(
      `    UBND TỈNH AN GIANG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  SỞ GIÁO DỤC VÀ ĐÀO TẠO                             Độc lập – Tự do – Hạnh phúc\n\n     Số: 1001 /SGDĐT-CTTT                       An Giang, ngày 15 tháng 4 năm 2020\n V/v triển khai thực hiện Công văn số 1247\n\n                   Kính gửi: Thủ trưởng các đơn vị trực thuộc.\n\n\n${body}\n\nNơi nhận:                                                        KT. GIÁM ĐỐC\n- Như trên;                                                      PHÓ GIÁM ĐỐC\n- Lưu: VT, CTTT.\n\n                                                                Võ Bình Thư`,
    ).letter;
    expect((tree(l.body) as unknown[])[1]).toEqual({
      'clause: Bằng nhiều hình thức phù hợp triển khai thực hiện nghiêm túc, có hiệu quả Công văn số 1247/BGDĐT-GDCTHSSV ngày 13/4/2020 của Bộ Giáo dục và Đào tạo về việc tăng cường công tác đảm bảo an toàn cho trẻ mầm non, học sinh, sinh viên trong quá trình học tập qua Internet (đính kèm công văn)': [],
    });
  });
});

describe('A company\'s letter as our exporter prints it (Edmicro 86, round 72, printed probe)', () => {
  const letter = (footer: string) =>
    `CÔNG TY TNHH GIÁO DỤC EDMICRO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 86/EDMICRO Hà Nội, ngày 28 tháng 6 năm 2021\nV/v tổ chức kỳ thi AMC\n\nKính gửi: Sở Giáo dục và Đào tạo.\n\nChúng tôi xin trân trọng cảm ơn./.\n\n${footer}`;
  it('"Lưu: VT, VP, Eđmicto.": a capitalised word no syllable is names an office, no drafter', () => {
    const l = read(letter('Nơi nhận:\n- Như kính gửi;\n- Lưu: VT, VP, Eđmicto.\n\nGIÁM ĐỐC\n\nNguyễn Ngọc Quế')).letter;
    expect([l.archive.units, l.drafter]).toEqual([['VT', 'VP', 'Eđmicto'], null]);
  });
  it('"Lưu: VT, VP, Thông.": a one-syllable given name is still the drafter', () => {
    const l = read(letter('Nơi nhận:\n- Như kính gửi;\n- Lưu: VT, VP, Thông.\n\nGIÁM ĐỐC\n\nNguyễn Ngọc Quế')).letter;
    expect([l.archive.units, l.drafter?.initials]).toEqual([['VT', 'VP'], 'Thông']);
  });
  it('"CÔNG TY TNHH GIÁO DỤC EDMICRO" over the position, no "TM.": the company is the authority, never the signer', () => {
    const l = read(letter('Nơi nhận:                         CÔNG TY TNHH GIÁO DỤC EDMICRO\n- Như kính gửi;                             ⁄45 GIAN ĐỌC\n- Lưu: VT, VP.')).letter;
    expect(l.signature).toEqual({ authority: 'CÔNG TY TNHH GIÁO DỤC EDMICRO', delegation: null, title: '⁄45 GIAN ĐỌC', signer: '' });
  });
});

describe('Nơi nhận: an entry the page wrapped after a ";" inside it (printed probe, VPCP 8424)', () => {
  it('"…, PL; TGĐ C ổng" / "TTĐT;": the line after has no dash, so the tail is the entry\'s, no seal\'s scraps', () => {
    const l = read(
      'VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 8424/VPCP-KTTH Hà Nội, ngày 10 tháng 12 năm 2025\nV/v thực hiện chính sách\n\nKính gửi: Bộ Tài chính.\n\nVăn phòng Chính phủ thông báo để Bộ biết./.\n\nNơi nhận:\n- Như trên;\n- VPCP: BTCN, các Vụ: TH, TKBT, PL; TGĐ C ổng\nTTĐT;\n- Lưu: VT, KTTH (03).\n\nBỘ TRƯỞNG, CHỦ NHIỆM\n\nNguyễn Sỹ Hiệp',
    ).letter;
    expect(l.distribution).toEqual(['Như trên', 'VPCP: BTCN, các Vụ: TH, TKBT, PL; TGĐ C ổng TTĐT']);
  });
});
