// Forms found while the thirty-fifth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { isGarbledWord } from '../../../core/importer/noise';
import { isBrokenFullName } from '../../../core/importer/text';
import { letterFrom, read, tree } from './read';

const school = letterFrom({
  head: 'UBND TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 300/SGDĐT-CTHSSV Bắc Ninh, ngày 06 tháng 3 năm 2020\nV/v cho học sinh tiếp tục nghỉ học',
  greeting: 'Kính gửi:\n- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;\n- Các trường trung học phổ thông.',
  body: 'Thực hiện Công văn số 643/UBND-KGVX ngày 06/3/2020 của UBND tỉnh, Sở GDĐT thông báo như sau.\n\nSở GDĐT yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, CTHSSV.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thế Sơn',
});

const FIRST_PARAGRAPH = 'p: Thực hiện Công văn số 643/UBND-KGVX ngày 06/3/2020 của UBND tỉnh, Sở GDĐT thông báo như sau.';

/** The letter with this greeting reads these recipients, and its body opens where the list ends. */
const readsRecipients = (greeting: string, recipients: string[]) => {
  const r = read(school({ greeting }));
  expect(r.letter.recipients).toEqual(recipients);
  expect((tree(r.letter.body) as unknown[])[0]).toBe(FIRST_PARAGRAPH);
  return r;
};

describe('an e-signed scan OCR read through its stamp (Bắc Ninh 300)', () => {
  it('"Số: 3 /D/SGDĐT-CTHSSV": one letter alone between slashes after the digits is the hand-filled number\'s rest: no number, a note', () => {
    const r = read(school({ number: 'Số: 3 /D/SGDĐT-CTHSSV Bắc Ninh, ngày 06 tháng 3 năm 2020\nV/v cho học sinh tiếp tục nghỉ học' }));
    expect(r.letter.number).toBeNull();
    expect(r.letter.symbol).toBe('SGDĐT-CTHSSV');
    expect(r.notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });
  it('"Số: 45/UBND-VX" and "Số: 12/2020/CV-UBND" keep their numbers and symbols', () => {
    const r1 = read(school({ number: 'Số: 45/UBND-VX Bắc Ninh, ngày 06 tháng 3 năm 2020\nV/v cho học sinh tiếp tục nghỉ học' }));
    expect([r1.letter.number, r1.letter.symbol]).toEqual([45, 'UBND-VX']);
    const r2 = read(school({ number: 'Số: 12/2020/CV-UBND Bắc Ninh, ngày 06 tháng 3 năm 2020\nV/v cho học sinh tiếp tục nghỉ học' }));
    expect([r2.letter.number, r2.letter.symbol]).toEqual([12, '2020/CV-UBND']);
  });
  it('"semrsơnaeu  KÍH gửi: - Phòng …;": the stamp\'s garbled word before the label goes; the label lost its "n"', () => {
    const greeting = 'semrsơnaeu  KÍH gửi: - Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;\n- Các trường trung học phổ thông.';
    const r = readsRecipients(greeting, ['Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố', 'Các trường trung học phổ thông']);
    expect(r.notes.some((n) => n.path === 'recipients' && n.source === 'semrsơnaeu')).toBe(true);
  });
  it('a garbled word is letters no syllable holds, in small letters: a syllable, an acronym or a short scrap is none', () => {
    expect(['semrsơnaeu', 'NGbaninh'].map(isGarbledWord)).toEqual([true, true]);
    expect(['Trường', 'UBND', 'Sở', 'gửi:'].map(isGarbledWord)).toEqual([false, false, false, false]);
  });
  it('"- Các trường … Lương Thế Vinh." / "" / "- Các Trung tâm: …": an entry\'s full stop OCR read for ";" does not end the list', () => {
    const greeting =
      'Kính gửi: - Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;\n- Các trường phổ thông có nhiều cấp học: Lý Công Uẩn; Lương Thế Vinh.\n\n' +
      '- Các Trung tâm: Ngoại ngữ; Ngoại ngữ-Tin học; Giáo dục\nkỹ năng sống và hoạt động ngoài giờ chính khóa; Hỗ trợ\nphát triển và hòa nhập giáo dục trên địa bàn tỉnh.';
    readsRecipients(greeting, [
      'Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố',
      'Các trường phổ thông có nhiều cấp học: Lý Công Uẩn; Lương Thế Vinh',
      'Các Trung tâm: Ngoại ngữ; Ngoại ngữ-Tin học; Giáo dục kỹ năng sống và hoạt động ngoài giờ chính khóa; Hỗ trợ phát triển và hòa nhập giáo dục trên địa bàn tỉnh',
    ]);
  });
  it('"- Sở A;" / "- Sở B." / "" / "- Thực hiện …": a dashed body after the list\'s full stop is the body', () => {
    const greeting = 'Kính gửi:\n- Phòng Giáo dục và Đào tạo các huyện;\n- Các trường trung học phổ thông.';
    const body = '- Thực hiện Công văn số 643/UBND-KGVX, các đơn vị cho học sinh nghỉ học.\n\nSở GDĐT yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.';
    const r = read(school({ greeting, body }));
    expect(r.letter.recipients).toHaveLength(2);
    expect(r.letter.body[0]?.kind).toBe('item');
  });
  it('"… các tỉnh Bắc Lào (U-" / "đôm-xay, …)", "… Trung tâm GDNN-" / "GDTX …": a name the wrap cut at its hyphen is joined as the page wrote it', () => {
    const body =
      '3. Học sinh trung học phổ thông, học viên Trung tâm GDTX, GDNN-\nGDTX cấp huyện, tỉnh đi thăm các tỉnh Bắc Lào (Bò-Kẹo, U-\nđôm-xay, Luông-nậm-thà) theo Công văn số 248/SGDĐT-\nCTHSSV ngày 28/02/2020 của Sở Giáo dục và Đào tạo./.';
    expect(tree(read(school({ body })).letter.body)).toEqual([
      { 'clause: Học sinh trung học phổ thông, học viên Trung tâm GDTX, GDNN-GDTX cấp huyện, tỉnh đi thăm các tỉnh Bắc Lào (Bò-Kẹo, U-đôm-xay, Luông-nậm-thà) theo Công văn số 248/SGDĐT-CTHSSV ngày 28/02/2020 của Sở Giáo dục và Đào tạo./.': [] },
    ]);
  });
  it('"- Các: Trường THPT, … tỉnh, : ." / "huyện; …": signs the seal left after a comma go; the entry goes on', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Các: Trường THPT, TT GDTX, GDNN-GDTX tỉnh, : .\nhuyện; trường CĐSP BN (th);\n- Lưu: VT, CTHSSV.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thế Sơn';
    const r = read(school({ footer }));
    expect(r.letter.distribution).toEqual(['Như trên', 'Các: Trường THPT, TT GDTX, GDNN-GDTX tỉnh, huyện; trường CĐSP BN (th)']);
    expect(r.notes.some((n) => n.path === 'distribution' && n.source === ': .')).toBe(true);
  });
  it('"- Sở Văn hóa -" / "Thể thao;": a name\'s own dash at a line\'s end stays', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Sở Văn hóa -\nThể thao và Du lịch;\n- Lưu: VT, CTHSSV.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thế Sơn';
    expect(read(school({ footer })).letter.distribution).toEqual(['Như trên', 'Sở Văn hóa - Thể thao và Du lịch']);
  });
});

describe('two more scans (Phú Thọ 296, Thái Bình 75)', () => {
  it('"Kính sửi :" / "- Các trường …" / "-. Trung tâm …;" / "Ngoại ngữ - Tin học tỉnh; GDTX tỉnh;" / "- Phòng …": the label, a dash with a speck, units going on before the next dash', () => {
    const greeting =
      'Kính sửi :\n- Các trường THPT; PT DTNT; BDNG&CBQLGD\n-. Trung tâm GDNN-GDTX các huyện, thị, thành; KTTH-HN tỉnh;\nNgoại ngữ - Tin học tỉnh; GDTX tỉnh;\n- Phòng GD&ĐT các huyện, thị, thành.';
    readsRecipients(greeting, [
      'Các trường THPT; PT DTNT; BDNG&CBQLGD',
      'Trung tâm GDNN-GDTX các huyện, thị, thành; KTTH-HN tỉnh; Ngoại ngữ - Tin học tỉnh; GDTX tỉnh',
      'Phòng GD&ĐT các huyện, thị, thành',
    ]);
  });
  it('"… về Sở GDĐT./. _Ñ" / "th" / "" / "KT. GIÁM ĐÓC" and "… bảo vệ trẻ em. \'": the hand\'s marks after the close and a lone quote mark after a sentence go', () => {
    const body =
      'Sở GDĐT yêu cầu các đơn vị làm tốt một số công việc sau:\n\n- Phối hợp với các ngành có liên quan để bảo vệ trẻ em. \'\n\n- Kịp thời báo cáo về Sở GDĐT./. _Ñ\nth';
    const r = read(school({ body }));
    expect(tree(r.letter.body)).toEqual([
      'p: Sở GDĐT yêu cầu các đơn vị làm tốt một số công việc sau:',
      { 'dash: Phối hợp với các ngành có liên quan để bảo vệ trẻ em.': [] },
      { 'dash: Kịp thời báo cáo về Sở GDĐT./.': [] },
    ]);
    expect(r.notes.filter((n) => n.path === 'body' && n.kind === 'dropped').map((n) => n.source).sort()).toEqual(["'", '_Ñ', 'th']);
  });
  it('"… thực hiện./." / "Ghi chú: …": a line that opens with a capital after the close is the text\'s own', () => {
    const body = 'Sở GDĐT yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.\nGhi chú: gửi kèm danh sách';
    expect(tree(read(school({ body })).letter.body)).toContain('p: Ghi chú: gửi kèm danh sách');
  });
  it('"Kính gửi: _ - Trưởng phòng …": a speck before the first entry\'s dash goes with the dash', () => {
    const greeting = 'Kính gửi: _ - Trưởng phòng Giáo dục và Đào tạo các huyện, thành phố.\n- Hiệu trưởng các trường trung học phổ thông.';
    expect(read(school({ greeting })).letter.recipients).toEqual(['Trưởng phòng Giáo dục và Đào tạo các huyện, thành phố', 'Hiệu trưởng các trường trung học phổ thông']);
  });
});

describe('a ministry letter as a document site prints it (Bộ VHTTDL 2677)', () => {
  it('"Công văn Về việc Điều chỉnh …": the site\'s kind of document goes, the rest is the subject', () => {
    const text = 'Công văn Về việc Điều chỉnh việc sản xuất loại hình ấn phẩm văn hóa, thông tin năm 2011\n\nKính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên\n\nBộ Văn hóa, Thể thao và Du lịch có ý kiến như sau./.\n\nNơi nhận:\n-Như trên;\n-Lưu: VT, VHDT, Nh.10.';
    const r = read(text);
    expect(r.letter.subject).toBe('Điều chỉnh việc sản xuất loại hình ấn phẩm văn hóa, thông tin năm 2011');
    expect(r.notes.some((n) => n.path === 'subject' && n.kind === 'dropped')).toBe(true);
  });
  it('"Lưu: VT, VHDT, Nh.10.": initials in mixed case with the copies after a full stop are the drafter\'s, in capitals', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VHDT, Nh.10.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thế Sơn';
    const r = read(school({ footer }));
    expect(r.letter.archive).toEqual({ units: ['VT', 'VHDT'], copies: null });
    expect(r.letter.drafter).toEqual({ initials: 'NH', copies: 10 });
  });
});

describe('a signed scan OCR\'d (Bộ GD&ĐT 1849)', () => {
  const wide = (body: string): string =>
    school({ body: `Thực hiện Kế hoạch số 199/KH-BGDĐT của Bộ Giáo dục và Đào tạo ngày 05/02/2026 về việc nghiên cứu, đề\nxuất mô hình phòng học STEM thích ứng với yêu cầu chuyển đổi số và đổi mới sáng\ntạo trong trường phổ thông, Bộ Giáo dục và Đào tạo đề nghị các Sở GDĐT khảo sát:\n\n${body}` });
  it('"1. Nội dung" / "" / "và phòng học bộ môn …": a short labelled line before a blank heads the line in small letters after it', () => {
    const body = '1. Nội dung\n\nvà phòng học bộ môn và thiết bị dạy học: Đánh giá thực trạng số lượng, chất\nlượng hệ thống phòng học bộ môn.\n\n2. Hình thức\n\nCác Sở GDĐT gửi báo cáo trước ngày 25/4/2026./.';
    const items = (tree(read(wide(body)).letter.body) as unknown[]).slice(1);
    expect(items[0]).toEqual({ 'clause T: Nội dung': ['p: và phòng học bộ môn và thiết bị dạy học: Đánh giá thực trạng số lượng, chất lượng hệ thống phòng học bộ môn.'] });
  });
  it('"1. Các Sở GDĐT chỉ đạo … thực hiện việc" / "" / "rà soát, …": a labelled line that filled the width goes on after the blank', () => {
    const body = '1. Các Sở GDĐT chỉ đạo các cơ sở giáo dục phổ thông trên địa bàn thực hiện việc\n\nrà soát, đánh giá và thực hiện báo cáo, khảo sát./.';
    const items = (tree(read(wide(body)).letter.body) as unknown[]).slice(1);
    expect(items).toEqual([{ 'clause: Các Sở GDĐT chỉ đạo các cơ sở giáo dục phổ thông trên địa bàn thực hiện việc rà soát, đánh giá và thực hiện báo cáo, khảo sát./.': [] }]);
  });
  it('"… đường link khảo sát trực tuyến: https://nctk.edu.vn/khaosat" / "" / "(hoặc quét mã QR …) để …": a bracket in small letters goes on after the blank', () => {
    const body = '- Chỉ đạo các cơ sở giáo dục truy cập đường link khảo sát trực tuyến: https://nctk.edu.vn/khaosat\n\n(hoặc quét mã QR tại Phụ lục) để cung cấp số liệu chi tiết.\n\nTrân trọng./.';
    const items = (tree(read(wide(body)).letter.body) as unknown[]).slice(1);
    expect(items[0]).toEqual({ 'dash: Chỉ đạo các cơ sở giáo dục truy cập đường link khảo sát trực tuyến: https://nctk.edu.vn/khaosat (hoặc quét mã QR tại Phụ lục) để cung cấp số liệu chi tiết.': [] });
  });
});

describe('a signer whose family name the signature\'s ink marred (Bộ GD&ĐT 1849)', () => {
  const footer = (tail: string): string => `Nơi nhận:\n- Như trên;\n- Bộ trưởng (để báo cáo);\n${tail}`;
  it('"¬=““ffái Văn Tài" under the Nơi nhận: the pen\'s strokes go, the name is kept as typed, with a note', () => {
    const r = read(school({ footer: footer('- Lưu: VT, Vụ GDPT.\n\n¬=““ffái Văn Tài') }));
    expect(r.letter.signature.signer).toBe('ffái Văn Tài');
    expect(r.notes.some((n) => n.path === 'signature.signer' && n.kind === 'uncertain')).toBe(true);
  });
  it('"- Lưu: VT, Vụ GGPT. ffái Văn Tài": on the archive row after the units\' full stop, the name is the signer\'s, no drafter', () => {
    const r = read(school({ footer: footer('- Lưu: VT, Vụ GGPT. ffái Văn Tài') }));
    expect(r.letter.signature.signer).toBe('ffái Văn Tài');
    expect(r.letter.drafter).toBeNull();
    expect(r.letter.archive.units).toEqual(['VT', 'Vụ GGPT']);
  });
  it('"- Lưu: VT, KGVX. tđat" and "¬ THÀNH PHỐ": a drafter\'s mark and a seal\'s ring stay what they were', () => {
    const r = read(school({ footer: footer('- Lưu: VT, KGVX. tđat\n\nKT. GIÁM ĐỐC\n¬ THÀNH PHỐ\nPHÓ GIÁM ĐỐC\n\nNguyễn Thế Sơn') }));
    expect(r.letter.drafter).toEqual({ initials: 'TĐAT', copies: null });
    expect(r.letter.signature).toEqual({ authority: null, delegation: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signer: 'Nguyễn Thế Sơn' });
  });
  it('a marred family name is no syllable and ends as one does, before two given names: "của Văn Tài" and "ffxyz Văn Tài" are none', () => {
    expect(['ffái Văn Tài', 'của Văn Tài', 'ffxyz Văn Tài', 'ffái Tài'].map(isBrokenFullName)).toEqual([true, false, false, false]);
  });
});
