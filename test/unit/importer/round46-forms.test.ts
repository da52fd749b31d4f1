// Forms found while the forty-sixth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const vinhLong = letterFrom({
  head: 'UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 475/SGDĐT-GDTrH-GDTX Vĩnh Long, ngày 20 tháng 3 năm 2020\nVề việc phát sóng chương trình ôn tập',
  greeting: 'Kính gửi:\n- Các trường THPT;\n- Các trung tâm GDNN-GDTX.',
  body: 'Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.',
  footer: 'Nơi nhận\n- Như kính gửi;\n- Lãnh đạo Sở (để biết);\n- Lưu: VT, GDTrH-GDTX.\n\nKT. GIÁM ĐỐC\n--PHÓ GIÁM ĐÓC\nND\n\nTrương Thanh Nhuận',
});

describe('a scan from Vĩnh Long (Sở GD&ĐT 475, round 46)', () => {
  it('"--PHÓ GIÁM ĐÓC" under "KT. GIÁM ĐỐC": the pen\'s stroke read as dashes makes no entry; the line is the title', () => {
    const l = read(vinhLong({})).letter;
    expect(l.distribution).toEqual(['Như kính gửi', 'Lãnh đạo Sở (để biết)']);
    expect([l.signature.delegation, l.signature.title]).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐÓC']);
  });
  it('"- Giám đốc Sở (để b/c);" stays an entry', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Giám đốc Sở (để b/c);\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrương Thanh Nhuận';
    expect(read(vinhLong({ footer })).letter.distribution).toEqual(['Như kính gửi', 'Giám đốc Sở (để b/c)']);
  });
});

describe('web pages of VPCP 4614 and VP UBND TP.HCM 905 (round 46)', () => {
  it('"- T" / "hủ tướng CP, …": an entry whose first word the page broke after its capital is joined back, no space', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- T\nhủ tướng CP, PTTg Hoàng Trung Hải;\n- VPCP: BTCN, các Vụ: TH, NC;\n- Lưu: VT, KTN (3b).\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn Tùng';
    expect(read(vinhLong({ footer })).letter.distribution).toEqual(['Như trên', 'Thủ tướng CP, PTTg Hoàng Trung Hải', 'VPCP: BTCN, các Vụ: TH, NC']);
  });
  it('"- TT Ban An toàn giao thông thành phố" / "" / "- Xét đề nghị của Giám đốc Sở …:": the dashed opener starts the body', () => {
    const greeting = 'Kính gửi:\n\n- Công an thành phố\n- Sở Giao thông công chánh thành phố\n- TT Ban An toàn giao thông thành phố';
    const body = '- Xét đề nghị của Giám đốc Sở Giao thông công chánh thành phố về việc cắm biển báo:\n\nPhó Chủ tịch có ý kiến như sau:\n\n1. Chấp thuận đề xuất.\n\n2. Giao Giám đốc Sở tổ chức thực hiện.';
    const l = read(vinhLong({ greeting, body })).letter;
    expect(l.recipients).toEqual(['Công an thành phố', 'Sở Giao thông công chánh thành phố', 'TT Ban An toàn giao thông thành phố']);
    expect(l.body[0]?.content.map((r) => r.text).join('')).toMatch(/^Xét đề nghị của Giám đốc Sở/);
  });
  it('a dashed recipient list goes on past a blank line when the next entry opens as entries do', () => {
    const greeting = 'Kính gửi:\n\n- Công an thành phố\n\n- Sở Giao thông công chánh thành phố';
    expect(read(vinhLong({ greeting })).letter.recipients).toEqual(['Công an thành phố', 'Sở Giao thông công chánh thành phố']);
  });
});

describe('Phú Thọ scans: a joint letter (Sở GD&ĐT and Công đoàn ngành 234) and Bộ GDĐT 3332 (round 46)', () => {
  it('"SỞ GIÁO DỤC VÀ ĐÀO TẠO -" over "CÔNG ĐOÀN NGÀNH GIÁO DỤC": a union is no unit of the Sở, so no parent is made up', () => {
    const head = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO - CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCÔNG ĐOÀN NGÀNH GIÁO DỤC Độc lập - Tự do - Hạnh phúc';
    expect(read(vinhLong({ head })).letter.agency.parent).toBeNull();
  });
  it('"LIÊN ĐOÀN LAO ĐỘNG TỈNH" over "CÔNG ĐOÀN NGÀNH GIÁO DỤC" keeps its parent', () => {
    const head = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG ĐOÀN NGÀNH GIÁO DỤC Độc lập - Tự do - Hạnh phúc';
    expect(read(vinhLong({ head })).letter.agency).toEqual({ parent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG', name: 'CÔNG ĐOÀN NGÀNH GIÁO DỤC' });
  });
  it('"BỘ GIÁO DỤC VÀ ĐÀO TẠO." and "V/v … Hà Nội, ngày Z7 tháng #năm 2016" / "NGND …": the full stop dropped, the dateline read off the subject', () => {
    const head = 'BỘ GIÁO DỤC VÀ ĐÀO TẠO. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
    const number = 'Số: 4Z22/BGDĐT-TĐKT\n\nV/v Triển khai xét tặng danh hiệu Hà Nội, ngày Z7 tháng #năm 2016\nNGND-NGƯT lần thứ 14 năm 2017';
    const l = read(vinhLong({ head, number })).letter;
    expect(l.agency).toEqual({ parent: null, name: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO' });
    expect([l.subject, l.place, l.date.day, l.date.month, l.date.year]).toEqual(['Triển khai xét tặng danh hiệu NGND-NGƯT lần thứ 14 năm 2017', 'Hà Nội', null, null, 2016]);
  });
});

describe('a scan from Phú Thọ (Sở GD&ĐT 1528, round 46): the footer under the seal', () => {
  const footer = 'Nơi nhận E.GIÁM ĐÓC\n- Như kính gửi (để thực hiện);\n- Website Sở GD&ĐT;\n- Lưu: VP, QLĐT&ODTX# — XS —\n\nNguyễn Thị Thu|Huyền';
  it('"Nơi nhận E.GIÁM ĐÓC": OCR\'s "KT." as a capital and a full stop glued to the position, with no title left under it, is the delegation', () => {
    const sig = read(vinhLong({ footer })).letter.signature;
    expect([sig.delegation, sig.title]).toEqual(['E.GIÁM ĐÓC', '']);
  });
  it('"Nguyễn Thị Thu|Huyền": the bar between two words of the name is a space', () => {
    expect(read(vinhLong({ footer })).letter.signature.signer).toBe('Nguyễn Thị Thu Huyền');
  });
  it('"Lưu: VP, QLĐT&ODTX# — XS —": long dashes standing apart after the last unit, and the sign glued to it, are strokes', () => {
    const { archive, drafter } = readArchive('- Lưu: VP, QLĐT&ODTX# — XS —', 'SGD&ĐT-QLĐT&GDTX');
    expect([archive.units, drafter]).toEqual([['VP', 'QLĐT&ODTX'], null]);
  });
  it('"Nơi nhận Như trên;" with no colon keeps its first entry', () => {
    const l = read(vinhLong({ footer: 'Nơi nhận Như trên;\n- Website Sở GD&ĐT;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn Hà' })).letter;
    expect(l.distribution).toEqual(['Như trên', 'Website Sở GD&ĐT']);
  });
});

describe('a scan from Bưu điện tỉnh Vĩnh Long (870/BĐVL, round 46)', () => {
  const head = 'TỒNG CÔNG TY CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBUƯU ĐIỆN VIỆT NAM Độc lập - Tự do - Hạnh phúc\nBƯU ĐIỆN TỈNH VĨNH LONG';
  const footer = 'Nơi nhận:\n- Như trên; :\n- Sở TTTT (để b.cáo)\n- Các đơn vị trực thuộc (để t/h);\n- "3° @ d\nLưu: VT, KHKD. sưU BIỆN J2]\n\nGIÁM ĐỐC\n\nNguyễn Văn An';
  it('"BƯU ĐIỆN TỈNH VĨNH LONG" under its corporation is the issuing unit', () => {
    expect(read(vinhLong({ head })).letter.agency.name).toBe('BƯU ĐIỆN TỈNH VĨNH LONG');
  });
  it('"- “3° @ d" is no entry, and the seal\'s "sưU BIỆN J2]" after the Lưu line\'s full stop no unit', () => {
    const l = read(vinhLong({ head, footer })).letter;
    expect(l.distribution).toEqual(['Như trên', 'Sở TTTT (để b.cáo)', 'Các đơn vị trực thuộc (để t/h)']);
    expect(l.archive.units).toEqual(['VT', 'KHKD']);
  });
});

describe('number lines of Phú Thọ 1528 and Bưu điện Vĩnh Long 870 (round 46)', () => {
  it('"Số; 4/28ISQGD&ĐT-…": the colon read as ";", the hand-filled number over a second slash OCR read as "I"', () => {
    const number = 'Số; 4/28ISQGD&ĐT-QLĐT&GDTX...... Phú Thọ, ngày tháng 12 năm 2018\nV/v Hướng dẫn tuyên truyền';
    const l = read(vinhLong({ number })).letter;
    expect([l.number, l.symbol, l.place]).toEqual([null, 'SQGD&ĐT-QLĐT&GDTX', 'Phú Thọ']);
  });
  it('"ÿ†0 /BĐVL Vĩnh Long, ngày …": no "Số", the number a scrawl, a symbol of one unit\'s initials on the dateline\'s row', () => {
    const number = 'ÿ†0 /BĐVL Vĩnh Long, ngày }Ù tháng 8 năm 2021\n\nV/v nhận vận chuyển và phát hành SGK';
    const l = read(vinhLong({ number })).letter;
    expect([l.number, l.symbol, l.place, l.date.month]).toEqual([null, 'BĐVL', 'Vĩnh Long', 8]);
  });
});

describe('section numerals OCR marred (Bộ GDĐT 3332, round 46; Phú Thọ 1770, round 44)', () => {
  const body = [
    'Sở hướng dẫn như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Nâng cao chất lượng công tác phổ biến pháp luật.',
    'v.Ã Tổ chức các hoạt động hưởng ứng ngày Pháp luật.',
    '3. Tùy theo yêu cầu, tổ chức các hoạt động thiết thực.',
    'H. CHỦ ĐỀ NGÀY PHÁP LUẬT',
    '1. Chủ đề Ngày pháp luật.',
    'HI. TỔ CHỨC THỰC HIỆN',
    '1. Các đơn vị báo cáo về Sở.',
  ].join('\n\n');
  it('"H." and "HI." after section I are sections II and III; "v.Ã" between clauses 1 and 3 is clause 2', () => {
    const sections = tree(read(vinhLong({ body })).letter.body) as Array<Record<string, unknown[]>>;
    expect(sections.slice(1).map((b) => Object.keys(b)[0])).toEqual(['section T: MỤC ĐÍCH, YÊU CẦU', 'section T: CHỦ ĐỀ NGÀY PHÁP LUẬT', 'section T: TỔ CHỨC THỰC HIỆN']);
    expect(Object.values(sections[1] ?? {})[0]?.map((c) => Object.keys(c as object)[0])).toEqual([
      'clause: Nâng cao chất lượng công tác phổ biến pháp luật.',
      'clause: Tổ chức các hoạt động hưởng ứng ngày Pháp luật.',
      'clause: Tùy theo yêu cầu, tổ chức các hoạt động thiết thực.',
    ]);
  });
  it('"H." with no section I before it is text', () => {
    const text = JSON.stringify(read(vinhLong({ body: 'Sở hướng dẫn như sau:\n\nH. Nguyễn Văn An, chuyên viên, liên hệ.' })).letter.body);
    expect(text).toContain('H. Nguyễn Văn An');
  });
});

describe('a scan from Vĩnh Long (Sở GD&ĐT 475, round 46): a blank line OCR set inside a sentence', () => {
  const lines = [
    'Nhằm tiếp tục cung cấp cho học sinh lớp 9 và lớp 12 những kiến thức cơ bản',
    'trong chương trình học kỳ 2 năm học 2019-2020 trong thời gian tạm nghỉ học đề',
    'phòng chống dịch bệnh Covid-19 và chuẩn bị tâm thế tốt khi đi học trở lại, Sở',
    '',
    'Giáo dục và Đào tạo Vĩnh Long phối hợp với Đài Phát thanh và Truyền hình',
    '(PTTH) Vĩnh Long thực hiện các tiết dạy trên sóng truyền hình.',
    '',
    'Lịch phát sóng cụ thể như sau:',
    '',
    'Sở Giáo dục và Đào tạo đề nghị các đơn vị thông báo đến học sinh, phụ huynh học',
    'sinh được biết và theo dõi các tiết dạy trên sóng truyền hình theo lịch phát sóng',
    'nêu trên; trong quá trình thực hiện, nếu có khó khăn, các đơn vị báo về Sở./.',
  ];
  it('"… khi đi học trở lại, Sở" / "" / "Giáo dục và Đào tạo …": a full line cut after "Sở" goes on past the blank', () => {
    const paragraphs = read(vinhLong({ body: lines.join('\n') })).letter.body.map((b) => b.content.map((r) => r.text).join(''));
    expect(paragraphs[0]).toMatch(/trở lại, Sở Giáo dục và Đào tạo Vĩnh Long phối hợp/);
    expect(paragraphs).toHaveLength(3);
  });
});

describe('a scan of the Hội đồng xét tặng NGND, NGƯT (Phú Thọ 188, round 46): the seal over the title', () => {
  const footer = 'Nơi nhận: TM.HỘI ĐỒNG\n- Như trên; Ẻ đc à\n- Chủ tịch HĐ (để báo cáo); PHO CHƯ: là % THƯỜNG TRỰC\n\n- Các thành viên Hội đồng:\n- Website Sở GD&ĐT; :\n- Lưu VT, VP, HĐ.\n\nGIÁM ĐÓC SỞ GD&ĐT\n\nNguyễn Minh Tường';
  it('"Như trên; Ẻ đc à": two small letters that make no syllable are a scrap too; "và" would be a word', () => {
    expect(read(vinhLong({ footer })).letter.distribution[0]).toBe('Như trên');
  });
  it('"; PHO CHƯ: là % THƯỜNG TRỰC": a deputy\'s title the seal marred is the signature\'s, kept as read', () => {
    const l = read(vinhLong({ footer })).letter;
    expect(l.distribution).toEqual(['Như trên', 'Chủ tịch HĐ (để báo cáo)', 'Các thành viên Hội đồng', 'Website Sở GD&ĐT']);
    expect([l.signature.authority, l.signature.title]).toEqual(['TM.HỘI ĐỒNG', 'PHO CHƯ: là % THƯỜNG TRỰC\nGIÁM ĐÓC SỞ GD&ĐT']);
  });
});
