// Forms found while the thirty-sixth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../core/letter/types';
import { letterFrom, read, readArchive, tree } from './read';

const ministry = letterFrom({
  head: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 1849/BGDĐT-GDPT\nV/v kiểm tra, khảo sát thực trạng sử dụng phòng học bộ môn\n\nHà Nội, ngày 10 tháng 4 năm 2026',
  greeting: 'Kính gửi: Các Sở Giáo dục và Đào tạo',
  body: 'Bộ Giáo dục và Đào tạo đề nghị các Sở GDĐT chỉ đạo các cơ sở giáo dục thực hiện báo cáo./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, Vụ GDPT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nThái Văn Tài',
});

describe('a ministry letter OCR read with its number line garbled (Bộ GD&ĐT 1849)', () => {
  it('"Số1§4ØBGDĐT-GDPT": the "Ø" glued after the number\'s signs is the slash; the number is unreadable, the symbol kept', () => {
    const r = read(ministry({ number: 'Số1§4ØBGDĐT-GDPT\nV/v kiểm tra, khảo sát thực trạng sử dụng phòng học bộ môn\n\nHà Nội, ngày 10 tháng 4 năm 2026' }));
    expect(r.letter.number).toBeNull();
    expect(r.letter.symbol).toBe('BGDĐT-GDPT');
    expect(r.letter.subject).toBe('kiểm tra, khảo sát thực trạng sử dụng phòng học bộ môn');
    expect(r.notes.some((n) => n.path === 'symbol' && n.kind === 'uncertain' && n.message.includes('Ø'))).toBe(true);
    expect(r.notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });
  it('"Số: 18Ø/BGDĐT-GDPT": with its slash typed, the "Ø" is the number\'s and the symbol follows the slash', () => {
    const r = read(ministry({ number: 'Số: 18Ø/BGDĐT-GDPT\nV/v kiểm tra, khảo sát thực trạng sử dụng phòng học bộ môn\n\nHà Nội, ngày 10 tháng 4 năm 2026' }));
    expect(r.letter.symbol).toBe('BGDĐT-GDPT');
    expect(r.letter.number).not.toBe(18);
  });
});

describe('a department letter OCR\'d, its clauses wrapped inside a school\'s name (Phú Thọ 296)', () => {
  const intro = 'Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện các nội dung sau:';
  const clauses = (body: string): unknown[] => (tree(read(ministry({ body: `${intro}\n\n${body}` })).letter.body) as unknown[]).slice(1);
  it('"4. Đối với các trường THPT; trường" / "BDNG&CBQLGD các trung tâm; …": a school named by its kind alone before a name in capitals is a sentence the wrap cut', () => {
    const body = '4. Đối với các trường THPT; phổ thông DTNT; trường\nBDNG&CBQLGD các trung tâm; phòng GD&ĐT các huyện báo cáo kết quả gửi về\nSở GD&ĐT trước ngày 30/3/2017./.';
    expect(clauses(body)).toEqual([
      { 'clause: Đối với các trường THPT; phổ thông DTNT; trường BDNG&CBQLGD các trung tâm; phòng GD&ĐT các huyện báo cáo kết quả gửi về Sở GD&ĐT trước ngày 30/3/2017./.': [] },
    ]);
  });
  it('"1. Đối với nhà trường" / "UBND huyện …": a school the line names whole still heads the sentence under it', () => {
    const body = '1. Đối với nhà trường\nUBND huyện chỉ đạo các trường báo cáo kết quả trước ngày 30/3/2017.\n\n2. Đối với các trung tâm\nCác trung tâm báo cáo kết quả trước ngày 30/3/2017./.';
    expect(clauses(body)).toEqual([
      { 'clause T: Đối với nhà trường': ['p: UBND huyện chỉ đạo các trường báo cáo kết quả trước ngày 30/3/2017.'] },
      { 'clause T: Đối với các trung tâm': ['p: Các trung tâm báo cáo kết quả trước ngày 30/3/2017./.'] },
    ]);
  });
});

const thaiBinh = letterFrom({
  head: 'UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 755/SGDĐT-GDTrH Thái Bình, ngày 04 tháng 10 năm 2018\n\nV/v hướng dẫn lồng ghép GDQP và AN\ntrong trường Tiểu học, THCS',
  greeting: 'Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thành phố',
  body: 'Sở Giáo dục và Đào tạo yêu cầu các phòng Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục thực hiện./.',
  footer: 'KT. GIÁM ĐỐC\nNơi nhận: PHÓ GIÁM ĐỐC\n- Giám đốc (để báo cáo);\n- Như kính gửi (để thực hiện);\n- Lưu VP, GDTrH.',
});

describe('a department letter OCR\'d with its stamp and the hand\'s marks (Thái Bình 755)', () => {
  it('"Só:2#SGDĐT-GDTrH": a sign shaped like a digit before the symbol is more of the hand-filled number: no number (2 would be invented), the symbol read', () => {
    const r = read(thaiBinh({ number: 'Só:2#SGDĐT-GDTrH Thái Bình, ngày 04 tháng 10 năm 2018\n\nV/v hướng dẫn lồng ghép GDQP và AN\ntrong trường Tiểu học, THCS' }));
    expect(r.letter.number).toBeNull();
    expect(r.letter.symbol).toBe('SGDĐT-GDTrH');
    expect(r.letter.date).toEqual({ day: 4, month: 10, year: 2018 });
    expect(r.notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });
  it('"Số :284ÿCT-TT&HT": a sign shaped like no digit where the slash was still leaves the digits as the number', () => {
    const r = read(thaiBinh({ number: 'Số :284ÿCT-TT&HT Thái Bình, ngày 04 tháng 10 năm 2018\n\nV/v hướng dẫn lồng ghép GDQP và AN\ntrong trường Tiểu học, THCS' }));
    expect([r.letter.number, r.letter.symbol]).toEqual([284, 'CT-TT&HT']);
  });
  it('"v⁄y hướng dẫn …": "V/v" in small letters with a fraction\'s slash opens the subject', () => {
    const r = read(thaiBinh({ number: 'Số: 755/SGDĐT-GDTrH Thái Bình, ngày 04 tháng 10 năm 2018\n\nv⁄y hướng dẫn lông ghép GDQP và AN\ntrong trường Tiêu học, THCS' }));
    expect(r.letter.subject).toBe('hướng dẫn lông ghép GDQP và AN trong trường Tiêu học, THCS');
  });
  it('"I. Căn cứ …" / "2. Đối với …" / "3. …": a lone "I." before clause 2 is OCR\'s "1.", with a note', () => {
    const body = 'Sở yêu cầu các phòng chỉ đạo thực hiện một số nội dung sau:\n\nI. Nhà trường chủ động xây dựng kế hoạch giáo dục quốc phòng và an ninh.\n\n2. Giáo viên lồng ghép nội dung kiến thức quốc phòng và an ninh.\n\n3. Các phòng báo cáo sơ kết, tổng kết theo định kỳ./.';
    const r = read(thaiBinh({ body }));
    expect(tree(r.letter.body)).toEqual([
      'p: Sở yêu cầu các phòng chỉ đạo thực hiện một số nội dung sau:',
      { 'clause: Nhà trường chủ động xây dựng kế hoạch giáo dục quốc phòng và an ninh.': [] },
      { 'clause: Giáo viên lồng ghép nội dung kiến thức quốc phòng và an ninh.': [] },
      { 'clause: Các phòng báo cáo sơ kết, tổng kết theo định kỳ./.': [] },
    ]);
    expect(r.notes.some((n) => n.path === 'body' && n.message.includes('"I."'))).toBe(true);
  });
  it('"I. …" / "1. …" / "2. …" / "II. …": sections that are sections stay so', () => {
    const body = 'I. KẾT QUẢ\n1. Nhà trường chủ động xây dựng kế hoạch.\n2. Giáo viên lồng ghép nội dung.\n\nII. NHIỆM VỤ\n1. Các phòng báo cáo sơ kết./.';
    const top = tree(read(thaiBinh({ body })).letter.body) as Array<Record<string, unknown>>;
    expect(top.map((b) => Object.keys(b)[0])).toEqual(['section T: KẾT QUẢ', 'section T: NHIỆM VỤ']);
  });
  it('"…chỉ đạo./ /x.„" / "_...KT, GIÁM ĐÓC" / "Nơi nhận: ⁄ -:PHÓO GIÁM ĐÓC": the hand\'s scrap after the closing, the specks before the marker and between the columns go', () => {
    const body = 'Các phòng phản ánh về Sở Giáo dục và Đào tạo để có biện pháp chỉ đạo./ /x.„';
    const footer = '_...KT, GIÁM ĐÓC\nNơi nhận: ⁄ -:PHÓO GIÁM ĐÓC\n- Giám đốc (để báo cáo); /# -\n\n- Như kính gửi (để thực hiện);\n- Lưu VP, GDTrH.';
    const r = read(thaiBinh({ body, footer }));
    expect(tree(r.letter.body)).toEqual(['p: Các phòng phản ánh về Sở Giáo dục và Đào tạo để có biện pháp chỉ đạo./']);
    expect(r.letter.signature).toMatchObject({ authority: null, delegation: 'KT, GIÁM ĐÓC', title: 'PHÓO GIÁM ĐÓC' });
    expect(r.letter.distribution).toEqual(['Giám đốc (để báo cáo)', 'Như kính gửi (để thực hiện)']);
    expect(r.letter.archive).toEqual({ units: ['VP', 'GDTrH'], copies: null });
  });
  it('"KT, BỘ TRƯỞN G" over "Nơi nhận:": the marker with a comma for its dot, over a position OCR split', () => {
    const footer = 'KT, BỘ TRƯỞN G\n\nNơi nhận:\n\n- Như trên;\n\n- Bộ trưởng (để báo cáo);\n\n- Lưu VT, GDĐH, KTKĐCLGD.';
    const r = read(thaiBinh({ footer }));
    expect(r.letter.signature.delegation).toBe('KT, BỘ TRƯỞN G');
    expect(r.letter.distribution).toEqual(['Như trên', 'Bộ trưởng (để báo cáo)']);
    expect(tree(r.letter.body)).toEqual(['p: Sở Giáo dục và Đào tạo yêu cầu các phòng Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục thực hiện./.']);
  });
});

describe('a ministry letter whose dateline falls between the subject\'s lines (Bộ GD&ĐT 3567)', () => {
  const head = 'BỘ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n\n\tSố: 3567 /BGDĐT-GDĐH';
  const letter = (number: string): string =>
    `${head}\n${number}\n\nKính gửi: Các sở giáo dục và đào tạo\n\nBộ Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, GDĐH.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nHoàng Minh Sơn`;
  it('"V/v tiếp tục …" / "⇥Hà Nội, ngày …" / "trình độ …" / "⇥Giáo dục Mầm non năm 2021": the subject goes on below the dateline', () => {
    const r = read(letter('V/v tiếp tục triển khai công tác tuyển sinh\n\tHà Nội, ngày 20 tháng 8 năm 2021\ntrình độ đại học; trình độ cao đẳng ngành\n\tGiáo dục Mầm non năm 2021'));
    expect(r.letter.subject).toBe('tiếp tục triển khai công tác tuyển sinh trình độ đại học; trình độ cao đẳng ngành Giáo dục Mầm non năm 2021');
    expect([r.letter.place, r.letter.date]).toEqual(['Hà Nội', { day: 20, month: 8, year: 2021 }]);
  });
  it('"V/v tuyển sinh năm 2021" / "⇥Hà Nội, ngày …" / "Kính gửi: …": a dateline after the subject\'s last line ends it', () => {
    const r = read(letter('V/v tuyển sinh năm 2021\n\tHà Nội, ngày 20 tháng 8 năm 2021'));
    expect(r.letter.subject).toBe('tuyển sinh năm 2021');
    expect(r.letter.recipients).toEqual(['Các sở giáo dục và đào tạo']);
  });
});

describe('a department letter whose "Kính gửi:" the e-signature stamp covered (Bắc Ninh 360)', () => {
  const bacNinh = letterFrom({
    head: 'UBND TỈNH BẮC NINH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
    number: 'Số: 360/SGDĐT-TCHC Bắc Ninh, ngày 17 tháng 3 năm 2020\nV/v tổ chức dạy học trên truyền hình và\nqua internet trong thời gian nghỉ học',
    greeting: 'Kính gửi: Phòng Giáo dục và Đào tạo các huyện',
    body: 'Thực hiện công văn số 793/BGDĐT-GDTrH ngày 12/3/2020 của Bộ Giáo dục và Đào tạo, Sở hướng dẫn như sau./.',
    footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TCHC.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thế Sơn',
  });
  const list = "—n.........\n'&CA HƠI) - Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;\n- Các đơn vị trực thuộc Sở Giáo dục và Đào tạo;\n- Các Trung tâm GDNN-GDTX cấp huyện.";
  it('the dashed addressees under the subject, with no label, are the recipients (a note says so); the stamp\'s scraps and the leader line go', () => {
    const r = read(bacNinh({ number: `Số: 360/SGDĐT-TCHC Bắc Ninh, ngày 17 tháng 3 năm 2020\nV/v tổ chức dạy học trên truyền hình và\nqua internet trong thời gian nghỉ học\n${list}`, greeting: '' }));
    expect(r.letter.subject).toBe('tổ chức dạy học trên truyền hình và qua internet trong thời gian nghỉ học');
    expect(r.letter.recipients).toEqual(['Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố', 'Các đơn vị trực thuộc Sở Giáo dục và Đào tạo', 'Các Trung tâm GDNN-GDTX cấp huyện']);
    expect(tree(r.letter.body)).toEqual(['p: Thực hiện công văn số 793/BGDĐT-GDTrH ngày 12/3/2020 của Bộ Giáo dục và Đào tạo, Sở hướng dẫn như sau./.']);
    expect(r.notes.some((n) => n.path === 'recipients' && n.kind === 'uncertain')).toBe(true);
  });
  it('"—n........." is no line typed in a legacy font: nothing is converted', () => {
    const r = read(bacNinh({ number: `Số: 360/SGDĐT-TCHC Bắc Ninh, ngày 17 tháng 3 năm 2020\nV/v tổ chức dạy học trên truyền hình\n—n.........` }));
    expect(r.encoding.convertedLines).toBe(0);
    expect(r.letter.subject).toBe('tổ chức dạy học trên truyền hình');
  });
  it('a body that opens with a dashed list of grounds keeps it: "- Căn cứ …;" opens no addressee', () => {
    const body = '- Căn cứ Luật Giáo dục năm 2019;\n- Căn cứ Công văn số 793/BGDĐT-GDTrH ngày 12/3/2020.\n\nSở hướng dẫn như sau./.';
    const r = read(bacNinh({ greeting: '', body }));
    expect(r.letter.recipients).toEqual([]);
    expect((tree(r.letter.body) as unknown[]).length).toBe(3);
  });
});

describe('a number line with the stamp\'s scraps beside it (Bộ GD&ĐT 1331)', () => {
  it('"Số: ⁄42/ /8GDĐT-GDĐH_ - 06 D0, TH N0 DU HP:": an underscore, which no symbol holds, ends the symbol', () => {
    const r = read(ministry({ number: 'Số: ⁄42/ /8GDĐT-GDĐH_ - 06 D0, TH N0 DU HP:\nV/v thông báo hệ thống thông tin hỗ trợ\n\nHà Nội, ngày 10 tháng 4 năm 2017' }));
    expect(r.letter.symbol).toBe('8GDĐT-GDĐH');
    expect(r.letter.number).toBeNull();
  });
});

describe('a ministry letter in `pdftotext -layout` shape with footnotes at a page\'s foot (Bộ GD&ĐT 3567)', () => {
  const head = 'BỘ GIÁO DỤC VÀ ĐÀO TẠO              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                                      Độc lập - Tự do - Hạnh phúc\n\n   Số: 3567 /BGDĐT-GDĐH                Hà Nội, ngày 20 tháng 8 năm 2021\nV/v tiếp tục triển khai công tác tuyển sinh\n\n              Kính gửi: Các sở giáo dục và đào tạo1.\n';
  const foot = '\nNơi nhận:\n- Như trên;\n- Lưu: VT, GDĐH.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nHoàng Minh Sơn';
  // Page 1 sets its text three columns in; page 2 at none. Each paragraph's first line is indented.
  const page1 = [
    '         Bộ Giáo dục và Đào tạo yêu cầu các sở giáo dục và đào tạo nghiêm túc thực',
    '   hiện Quy chế tuyển sinh hiện hành, nội dung các công văn hướng dẫn của Bộ GDĐT2',
    '   và tiếp tục triển khai một số nội dung cụ thể sau đây.',
    '         1.1. Hướng dẫn thực tập điều chỉnh nguyện vọng đăng kí xét tuyển',
    '   (ĐKXT)',
    '         - Từ ngày 24/8/2021 đến ngày 25/8/2021 Cổng thông tin tuyển sinh sẽ mở để',
    '   thí sinh thực tập việc điều chỉnh nguyện vọng ĐKXT trực tuyến theo hướng dẫn.',
    '   .     Kết quả thực tập điều chỉnh nguyện vọng ĐKXT của thí sinh trên Cổng',
    '',
    '',
    '   1',
    '     Bao gồm Sở Giáo dục - Khoa học và Công nghệ Bạc Liêu;',
    '   2',
    '     Công văn số 1444/BGDĐT-GDĐH ngày 14/4/2021 hướng dẫn công tác tuyển sinh;',
    '                                                  1',
    '\f',
  ];
  const page2 = [
    'thông tin tuyển sinh sẽ bị xóa toàn bộ sau khi kết thúc đợt chạy thử. Hệ thống',
    'sẽ được làm mới lại để thí sinh chính thức điều chỉnh nguyện vọng ĐKXT từ ngày',
    '29/8/2021 đến 17h00 ngày 05/9/2021.',
    '      - Các trường cử cán bộ tham gia thực hành các chức năng phần mềm trên hệ',
    'thống thi tuyển sinh theo hướng dẫn tại Phụ lục 1./.',
  ];
  const r = read(`${head}\n${page1.join('\n')}\n${page2.join('\n')}\n${foot}`);
  it('the numbered footnotes whose marks stand glued above ("Bộ GDĐT2") go, with notes; the sentence the page cut goes on over them', () => {
    const texts = JSON.stringify(tree(r.letter.body));
    expect(texts).not.toContain('Bao gồm');
    expect(texts).not.toContain('Công văn số 1444');
    expect(texts).toContain('Kết quả thực tập điều chỉnh nguyện vọng ĐKXT của thí sinh trên Cổng thông tin tuyển sinh sẽ bị xóa toàn bộ');
    expect(r.notes.filter((n) => n.message.includes('chú thích cuối trang'))).toHaveLength(4);
  });
  it('a line at page 1\'s own margin ("   (ĐKXT)") goes on with the one above; the full stop alone in the margin goes and its line opens a paragraph', () => {
    // The paragraphs in order, whatever holds them.
    const flat = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => [`${b.kind === 'paragraph' ? 'p' : b.level}: ${b.content.map((c) => c.text).join('')}`, ...(b.kind === 'item' ? flat(b.children) : [])]);
    expect(flat(r.letter.body)).toEqual([
      'p: Bộ Giáo dục và Đào tạo yêu cầu các sở giáo dục và đào tạo nghiêm túc thực hiện Quy chế tuyển sinh hiện hành, nội dung các công văn hướng dẫn của Bộ GDĐT2 và tiếp tục triển khai một số nội dung cụ thể sau đây.',
      'p: 1.1. Hướng dẫn thực tập điều chỉnh nguyện vọng đăng kí xét tuyển (ĐKXT)',
      'dash: Từ ngày 24/8/2021 đến ngày 25/8/2021 Cổng thông tin tuyển sinh sẽ mở để thí sinh thực tập việc điều chỉnh nguyện vọng ĐKXT trực tuyến theo hướng dẫn.',
      'p: Kết quả thực tập điều chỉnh nguyện vọng ĐKXT của thí sinh trên Cổng thông tin tuyển sinh sẽ bị xóa toàn bộ sau khi kết thúc đợt chạy thử. Hệ thống sẽ được làm mới lại để thí sinh chính thức điều chỉnh nguyện vọng ĐKXT từ ngày 29/8/2021 đến 17h00 ngày 05/9/2021.',
      'dash: Các trường cử cán bộ tham gia thực hành các chức năng phần mềm trên hệ thống thi tuyển sinh theo hướng dẫn tại Phụ lục 1./.',
    ]);
  });
  it('a footnote block that ends the text (no page after it) goes too, and reading it past the last line breaks nothing', () => {
    const text = `${head}\n${page1.slice(0, 3).join('\n')}\n\n   1\n     Bao gồm Sở Giáo dục - Khoa học và Công nghệ Bạc Liêu;`;
    const last = read(text);
    expect(JSON.stringify(tree(last.letter.body))).not.toContain('Bao gồm');
  });
  it('"   1" / "Theo Kế hoạch …" with no mark glued above is the text\'s own', () => {
    const plain = page1.map((l) => l.replace('GDĐT2', 'GDĐT').replace('đào tạo1.', 'đào tạo.'));
    const kept = read(`${head.replace('đào tạo1.', 'đào tạo.')}\n${plain.join('\n')}\n${page2.join('\n')}\n${foot}`);
    expect(JSON.stringify(tree(kept.letter.body))).toContain('Bao gồm');
  });
});

describe('the signer\'s position with the pen\'s strokes before it (Bắc Ninh 360)', () => {
  it('"- Như trên; x.H.c Ó GIÁM ĐÓC": letters and dots with small ones among them before the position go', () => {
    const footer = 'Nơi nhận: KT. GIÁM ĐÓC\n- Như trên; x.H.c Ó GIÁM ĐÓC\n- Lãnh đạo Sở;\n- Lưu:VT, TCHC.\n\nNguyễn Thế Sơn';
    const r = read(ministry({ footer }));
    expect(r.letter.signature).toMatchObject({ delegation: 'KT. GIÁM ĐÓC', title: 'Ó GIÁM ĐÓC', signer: 'Nguyễn Thế Sơn' });
    expect(r.letter.distribution).toEqual(['Như trên', 'Lãnh đạo Sở']);
  });
});

describe('a page\'s number at the top of the next page is no footnote (UBND huyện Bình Tân 585, plain pdftotext)', () => {
  // Plain pdftotext: no blank line between paragraphs; clauses 4 and 5 fill page 2 up to its break.
  const body = (pageTop: string): string =>
    `3. Các xã quản lý chặt chẽ các trường hợp F1, F2 không để xảy ra lây nhiễm.\n\n${pageTop}4. Thủ trưởng các ngành, đoàn thể huyện chủ động liên hệ đến các ngành\ntrực thuộc của tỉnh để khẩn trương thực hiện các nhiệm vụ cấp bách.\n5. Giao Trưởng phòng Văn hóa Thông tin cập nhật thông tin kịp thời.\n\n\f3\nTrong quá trình thực hiện, nếu có khó khăn, báo cáo về UBND huyện./.`;
  it.each([['a form feed before it', '\f2\n'], ['no form feed', '2\n']])('"2" / "4. Thủ trưởng …" after "F2" above (%s): clauses 4 and 5 stay', (_, pageTop) => {
    const r = read(ministry({ body: body(pageTop) }));
    expect((tree(r.letter.body) as unknown[]).map((b) => (typeof b === 'string' ? b : Object.keys(b as object)[0])?.split(' ').slice(0, 3).join(' '))).toEqual([
      'clause: Các xã',
      'clause: Thủ trưởng',
      'clause: Giao Trưởng',
      'p: Trong quá',
    ]);
    expect(r.notes.some((n) => n.message.includes('chú thích cuối trang'))).toBe(false);
  });
});

describe('the signer\'s name read onto the archive row (Bắc Ninh 360, printed and OCR\'d)', () => {
  it('"- Lưu: VT, TCHC. guyc É Sơ": words in small letters then capitals after the units\' full stop are no drafter\'s mark (it read "SƠ")', () => {
    const r = readArchive('- Lưu: VT, TCHC. guyc É Sơ', 'SGDĐT-TCHC');
    expect([r.archive, r.drafter]).toEqual([{ units: ['VT', 'TCHC'], copies: null }, null]);
    expect(r.notes.some((n) => n.kind === 'dropped' && n.source?.includes('guyc') === true)).toBe(true);
  });
  it.each([
    ['- Lưu: VT, VX. Tài (25)', { initials: 'TÀI', copies: 25 }],
    ['- Lưu: VT, VX. Cao Văn Cường', { initials: 'Cao Văn Cường', copies: null }],
  ])('"%s": a drafter\'s mark after the full stop stays', (line, drafter) => {
    expect(readArchive(line, 'UBND-VX').drafter).toEqual(drafter);
  });
});
