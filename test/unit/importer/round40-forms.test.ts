// Forms found while the fortieth unseen round was collected, each tested on its own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../core/letter/types';
import { letterFrom, read } from './read';

const bacNinh = letterFrom({
  head: 'UBND TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 72 /SGDĐT-GDTH Bắc Ninh, ngày 06 tháng 8 năm 2021\n\nV/v hướng dẫn học sinh trở lại trường\nhoàn thành nhiệm vụ năm học 2020-2021\n\nNgười ký: Sở Giáo dục và\n\nĐào tạo v 2° ` .. ` ` Z ^ : 4 a “',
  greeting: 'Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố',
  body: 'Sở Giáo dục và Đào tạo yêu cầu phòng GDĐT thực hiện một số nội dung sau:\n\n1. Chỉ đạo các cơ sở giáo dục tiểu học tổ chức kiểm tra./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GDTH.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A',
});

describe('an e-signature stamp whose agency wraps after "và" (Bắc Ninh Sở GD&ĐT 1175, round 39)', () => {
  it('"Người ký: Sở Giáo dục và" / "Đào tạo v 2° ` .. `": the next line is the rest of the stamp\'s name, not the subject\'s', () => {
    const r = read(bacNinh({}));
    expect(r.letter.subject).toBe('hướng dẫn học sinh trở lại trường hoàn thành nhiệm vụ năm học 2020-2021');
    expect(r.notes.filter((n) => n.kind === 'dropped' && n.message.includes('dấu chữ ký số')).map((n) => n.source)).toEqual(['Người ký: Sở Giáo dục và', 'Đào tạo v 2° ` .. ` ` Z ^ : 4 a “']);
  });
  it('a stamp line that ends its name keeps the next line ("Người ký: Sở Giáo dục và Đào tạo" / "Năm học 2020-2021")', () => {
    const number = 'Số: 72 /SGDĐT-GDTH Bắc Ninh, ngày 06 tháng 8 năm 2021\n\nV/v hướng dẫn học sinh trở lại trường\nNgười ký: Sở Giáo dục và Đào tạo\nNăm học 2020-2021';
    expect(read(bacNinh({ number })).letter.subject).toBe('hướng dẫn học sinh trở lại trường Năm học 2020-2021');
  });
  it('"Kính gửi:" right under a stamp name cut after "và" still opens the recipients', () => {
    const number = 'Số: 72 /SGDĐT-GDTH Bắc Ninh, ngày 06 tháng 8 năm 2021\n\nV/v hướng dẫn học sinh trở lại trường\n\nNgười ký: Sở Giáo dục và';
    expect(read(bacNinh({ number })).letter.recipients).toEqual(['Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố']);
  });
});

const hcm = letterFrom({
  head: 'ỦY BAN NHÂN DÂN\n\nTHÀNH PHỐ HỒ CHÍ MINH\n\nstraight connector 2Số: 1551 /UBND-VX\n\nVề việc thực hiện Đề án Kiểm soát\nmất cân bằng giới tính khi sinh',
  number: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nstraight connector 1Độc lập - Tự do - Hạnh phúc\n\nThành phố Hồ Chí Minh, ngày 07 tháng 4 năm 2016',
  greeting: 'Kính gửi: Ủy ban nhân dân các quận, huyện',
  body: 'Ủy ban nhân dân Thành phố đề nghị các đơn vị triển khai thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VX.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Thu',
});

describe('Word\'s names of drawn shapes glued to the header\'s lines (UBND TP.HCM 1551, round 40)', () => {
  it('"straight connector 2Số: 1551 /UBND-VX": the shape\'s name goes, with a note, and the number line reads', () => {
    const r = read(hcm({}));
    expect([r.letter.number, r.letter.symbol, r.letter.date.day]).toEqual([1551, 'UBND-VX', 7]);
    expect(r.notes.filter((n) => n.message.includes('tên hình vẽ')).map((n) => n.source)).toEqual(['straight connector 2Số: 1551 /UBND-VX', 'straight connector 1Độc lập - Tự do - Hạnh phúc']);
  });
  it('a line that is only a shape\'s name goes whole; "Line 2 của dự án" in small letters is the letter\'s own text', () => {
    const body = 'Text Box 3\n\nỦy ban nhân dân Thành phố đề nghị:\n\nLine 2 của dự án được triển khai đúng tiến độ./.';
    const r = read(hcm({ body }));
    expect(r.letter.body.map((b) => b.content.map((c) => c.text).join(''))).toEqual(['Ủy ban nhân dân Thành phố đề nghị:', 'Line 2 của dự án được triển khai đúng tiến độ./.']);
  });
});

const vinhLong = letterFrom({
  head: 'UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 369/SGDĐT-CTTT Vĩnh Long, ngày 11 tháng 3 năm 2020\nV/v tiếp tục phòng, chống dịch Covid-19',
  greeting: 'Kính gửi: Thủ trưởng các đơn vị trực thuộc',
  body: 'Sở Giáo dục và Đào tạo yêu cầu lãnh đạo các đơn vị thực hiện nghiêm túc các nội dung nêu trên./.',
  footer:
    ' Nơi nhận:                                                 KT.GIÁM ĐỐC\n - Như trên (để thực hiện);\n - Bộ GDĐT (để báo cáo);\n                                                          PHÓ GIÁM ĐỐC\n - UBND tỉnh Vĩnh Long (để báo cáo);                 Đã ký: Trương Thanh Nhuận\n - Sở Y tế (để phối hợp);\n - Lưu: VT, CTTT.',
});

describe('a published copy\'s "Đã ký:" before the signer\'s name (Sở GD&ĐT Vĩnh Long 369, round 40)', () => {
  it('"Đã ký: Trương Thanh Nhuận" beside a Nơi nhận entry: the mark goes with a note, the name is the signer', () => {
    const r = read(vinhLong({}));
    expect(r.letter.signature).toEqual({ authority: null, delegation: 'KT.GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signer: 'Trương Thanh Nhuận' });
    expect(r.letter.distribution).toEqual(['Như trên (để thực hiện)', 'Bộ GDĐT (để báo cáo)', 'UBND tỉnh Vĩnh Long (để báo cáo)', 'Sở Y tế (để phối hợp)']);
    expect(r.notes.some((n) => n.path === 'signature' && n.kind === 'dropped' && n.source === 'Đã ký: Trương Thanh Nhuận')).toBe(true);
  });
  it('"(Đã ký)" on its own line over the name still reads the name under it', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, CTTT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nTrương Thanh Nhuận';
    expect(read(vinhLong({ footer })).letter.signature.signer).toBe('Trương Thanh Nhuận');
  });
});

/** Sở Nội vụ Lâm Đồng 2926 as plain pdftotext gives it: no blank lines but the page break's around its "2". */
const lamDong = readFileSync(path.resolve(__dirname, '../../fixtures/letters/lamdong-snv-2926-quoted-pdftext.txt'), 'utf8');
const clauseOne = (text: string) => {
  const clause = read(text).letter.body[2];
  if (clause?.kind !== 'item') throw new Error('no clause 1');
  return clause;
};
const starts = (blocks: readonly Block[]) => blocks.map((b) => b.content.map((r) => r.text).join('').slice(0, 24));

describe('a department\'s report quoting a decree over a page break (Sở Nội vụ Lâm Đồng 2926, round 40)', () => {
  it('"1. Về khó khăn … của các" / "Hội do Đảng, … đổi tên" / "Các hội …": a topic\'s title wrapped once and stopped early heads the clause', () => {
    const clause = clauseOne(lamDong);
    expect([clause.level, clause.title, clause.content.map((r) => r.text).join('')]).toEqual([
      'clause',
      true,
      'Về khó khăn, vướng mắc dẫn đến chưa thực hiện khắc dấu của các Hội do Đảng, Nhà nước giao nhiệm vụ sau hợp nhất, đổi tên',
    ]);
  });
  it('"… quy định:" / "“a) Trong thời hạn …": a quotation opening on a point\'s label after a colon is its own paragraph; one left open goes on over the page\'s break', () => {
    expect(starts(clauseOne(lamDong).children)).toEqual([
      'Các hội Đảng, Nhà nước g',
      'Tại khoản 5 Điều 32 Nghị',
      '“a) Trong thời hạn 60 ng',
      'b) Hội báo cáo kết quả đ',
      'Theo đó, sau khi hợp nhấ',
      'Tuy nhiên, tại mục 5.1 c',
      'Do đó, đến nay có 08 Hội',
    ]);
  });
  it('with the quotation closed before the page\'s break, the next page\'s sentence is a paragraph of its own', () => {
    const closed = lamDong.replace('Việt Nam cùng cấp.', 'Việt Nam cùng cấp”.').replace('thành ủy quyết định”.', 'thành ủy quyết định.');
    expect(starts(clauseOne(closed).children)).toContain('Thời điểm Đại hội cụ thể');
  });
});

const thaiBinh = letterFrom({
  head: ',UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM\nSƠ GIÁO DỤC VÀ ĐẢO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số:4/32/SGDĐT-GDTX\n\nV#w quản lý đối với người nước ngoải\n\nnhập cảnh, xuất cảnh, quá cảnh, cự trú và\nhoạt động tại Việt Nam -\n\nThái Bình, ngàyQÀ tháng 12 năm 2019',
  greeting: 'Kính gửi:\n\nN .- Phòng Giáo dục và Đào tạo các huyện, thành phố;\n- Hiệu trường các trường THPT;\n- Các Trung tâm ngoại ngữ, tin học trên địa bàn tỉnh.',
  body: 'Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện tốt một số nội dung sau:\n\n1, Nghiên cứu và thực hiện đúng các quy định của Luật nhập cảnh.\n\n2. Thực hiện công tác tiếp nhận và quản lý người nước ngoài.\n\nSở Giáo dục và Đào tạo yêu câu các đơn vị thực hiện nghiêm túc./.',
  footer:
    'Nơi nhận: : _ KT, GIÁM ĐÓC\n_~ Như kính gửi (để thực hiện); RBHÓ GIÁM ĐỐC\n- UBND các huyện, thành phố (để phối hợp); ` Ñ\n- ~ Giám đốc Sở;\n_~ Các Phó Giám đốc Sở;\n- Lưu VT, GDTX.\n\nỀ 4\nĐặng Xuân Phong',
});

describe('a department letter OCR\'d with its marks marred (Sở GD&ĐT Thái Bình 1093, round 40)', () => {
  it('"V#w quản lý …" opens the subject; the lone "-" the scan left at its end goes', () => {
    expect(read(thaiBinh({})).letter.subject).toBe('quản lý đối với người nước ngoải nhập cảnh, xuất cảnh, quá cảnh, cự trú và hoạt động tại Việt Nam');
  });
  it('a subject that ends on a word keeps it; "V/v … 2021 - 2025" keeps its range', () => {
    const number = 'Số: 12/SGDĐT-GDTX\nV/v kế hoạch giai đoạn 2021 - 2025\nThái Bình, ngày 02 tháng 12 năm 2019';
    expect(read(thaiBinh({ number })).letter.subject).toBe('kế hoạch giai đoạn 2021 - 2025');
  });
  it('"N .- Phòng Giáo dục …;": specks glued to the first entry\'s dash go', () => {
    expect(read(thaiBinh({})).letter.recipients[0]).toBe('Phòng Giáo dục và Đào tạo các huyện, thành phố');
  });
  it('"1, Nghiên cứu …" right before "2." is clause 1', () => {
    const levels = read(thaiBinh({})).letter.body.map((b) => (b.kind === 'item' ? b.level : 'p'));
    expect(levels).toEqual(['p', 'clause', 'clause', 'p']);
  });
  it('"1, Nghiên cứu …" with no "2." next stays a paragraph', () => {
    const body = 'Sở Giáo dục và Đào tạo đề nghị:\n\n1, Nghiên cứu và thực hiện đúng các quy định.\n\nSở Giáo dục và Đào tạo yêu câu các đơn vị thực hiện nghiêm túc./.';
    expect(read(thaiBinh({ body })).letter.body.every((b) => b.kind === 'paragraph')).toBe(true);
  });
  it('"_~ Như kính gửi …; RBHÓ GIÁM ĐỐC", "- ~ Giám đốc Sở;": OCR\'s dashes are dashes, and the position after the ";" is the title, kept as read', () => {
    const r = read(thaiBinh({}));
    expect(r.letter.distribution).toEqual(['Như kính gửi (để thực hiện)', 'UBND các huyện, thành phố (để phối hợp)', 'Giám đốc Sở', 'Các Phó Giám đốc Sở']);
    expect([r.letter.signature.delegation, r.letter.signature.title, r.letter.signature.signer]).toEqual(['KT, GIÁM ĐÓC', 'RBHÓ GIÁM ĐỐC', 'Đặng Xuân Phong']);
  });
});

describe('a speck after the agency\'s name (UBMTTQ Lâm Đồng 477, round 40)', () => {
  const text = (agency: string) =>
    `ỦY BAN MTTQ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc\n${agency}\nSố: 477/MTTQ-BTT Lâm Đồng, ngày 13 tháng 11 năm 2025\nV/v đề nghị sử dụng Điều lệ Hội\n\nKính gửi: Sở Nội vụ tỉnh Lâm Đồng\n\nBan Thường trực đề nghị Sở Nội vụ xem xét./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\nPhạm Triều`;
  it('"BAN THƯƠNG TRỰC ‹": a sign alone after the name goes', () => {
    expect(read(text('BAN THƯƠNG TRỰC ‹')).letter.agency.name).toBe('BAN THƯƠNG TRỰC');
  });
  it('"BAN CHỈ ĐẠO (BCĐ)" keeps its bracket', () => {
    expect(read(text('BAN CHỈ ĐẠO (BCĐ)')).letter.agency.name).toBe('BAN CHỈ ĐẠO (BCĐ)');
  });
});

describe('an e-signature stamp\'s time glued to a header row (UBND tỉnh Hà Giang 3767, round 40)', () => {
  const text = (row: string) =>
    `Người ký: Ủy ban\nnhân dân tỉnh Hà\n\nUỶ BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${row}\n\nSố: 3767/UBND-VHXH Hà Giang, ngày 11 tháng 11 năm 2020\nV/v hướng dẫn công nhận, quy đổi chứng chỉ\n\nKính gửi: Các sở, ban, ngành\n\nỦy ban nhân dân tỉnh hướng dẫn như sau./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VHXH.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A`;
  it('"TỈNH HÀ GIANG Độc lập - Tự do - ếẤ ú cl5:57:54 +07:00": the row keeps the agency\'s line', () => {
    expect(read(text('TỈNH HÀ GIANG Độc lập - Tự do - ếẤ ú cl5:57:54 +07:00')).letter.agency.name).toBe('UỶ BAN NHÂN DÂN\nTỈNH HÀ GIANG');
  });
  it('"Thời gian ký: 11.11.2020 15:57:54 +07:00" alone is still the stamp\'s', () => {
    const r = read(text('TỈNH HÀ GIANG Độc lập - Tự do - Hạnh phúc\nThời gian: 11.11.2020 15:57:54 +07:00'));
    expect(r.letter.agency.name).toBe('UỶ BAN NHÂN DÂN\nTỈNH HÀ GIANG');
    expect(r.notes.some((n) => n.source === 'Thời gian: 11.11.2020 15:57:54 +07:00')).toBe(true);
  });
});
