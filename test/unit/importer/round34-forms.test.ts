// Forms found while the thirty-fourth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, tree } from './read';

const bacNinh = letterFrom({
  head: 'UBND TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 147/SGDĐT-CTHSSV Bắc Ninh, ngày 07 tháng 02 năm 2020\nV/v cho học sinh, sinh viên tiếp tục nghỉ học',
  greeting: 'Kính gửi:\n- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;\n- Các đơn vị trực thuộc Sở.',
  body: 'Sở GDĐT thông báo như sau.\n\nSở GDĐT yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, CTHSSV.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thế Sơn',
});

describe('a scan whose e-signature stamp OCR read into the recipients (Bắc Ninh 147)', () => {
  it('"Kính gửi: :": the colon read twice leaves the label bare, so the dashed list under it is read', () => {
    const greeting = 'Kính gửi: :\n- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;\n- Các đơn vị trực thuộc Sở.';
    expect(read(bacNinh({ greeting })).letter.recipients).toEqual(['Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố', 'Các đơn vị trực thuộc Sở']);
  });
  it('"Ngôi Sĩ Go de - Các đơn vị …;": words of the stamp before the next entry of a dashed list go, with a note', () => {
    const greeting =
      'Kính gửi:\n- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;\nNgôi Sĩ Go de - Các đơn vị trực thuộc Sở Giáo dục và Đào tạo;\nm%&c, Ạ:” xi NGbaninh go - Các trung tâm GDNN-GDTX cấp huyện.';
    const r = read(bacNinh({ greeting }));
    expect(r.letter.recipients).toEqual(['Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố', 'Các đơn vị trực thuộc Sở Giáo dục và Đào tạo', 'Các trung tâm GDNN-GDTX cấp huyện']);
    expect(r.notes.filter((n) => n.path === 'recipients' && n.kind === 'dropped').map((n) => n.source)).toEqual(['Ngôi Sĩ Go de', 'm%&c, Ạ:” xi NGbaninh go']);
  });
  it('"Sở Văn hóa - Thể thao;": a name with its own dash, after an undashed entry, is kept whole', () => {
    const greeting = 'Kính gửi:\nPhòng Giáo dục và Đào tạo các huyện;\nSở Văn hóa - Thể thao;\nCác trường trung học phổ thông.';
    expect(read(bacNinh({ greeting })).letter.recipients).toEqual(['Phòng Giáo dục và Đào tạo các huyện', 'Sở Văn hóa - Thể thao', 'Các trường trung học phổ thông']);
  });
  it('"n: Tỉnh Hắc Ninh" / "Thời l gìa n ký: 07.02.2020" / "15:38:46 +07:00": the stamp\'s lines, its labels marred, are dropped', () => {
    const greeting = 'Kính gửi: Các đơn vị trực thuộc Sở.\n\nn: Tỉnh Hắc Ninh\nThời l gìa n ký: 07.02.2020\n15:38:46 +07:00';
    const r = read(bacNinh({ greeting }));
    expect(tree(r.letter.body)).toEqual(['p: Sở GDĐT thông báo như sau.', 'p: Sở GDĐT yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.']);
    const dropped = r.notes.filter((n) => n.path === 'document' && n.kind === 'dropped').map((n) => n.source);
    expect(dropped.sort()).toEqual(['15:38:46 +07:00', 'Thời l gìa n ký: 07.02.2020', 'n: Tỉnh Hắc Ninh']);
  });
  it('"Hợp đồng số 12 ký: 07.02.2020" in a letter with no e-signature stamp is the letter\'s own line', () => {
    const body = 'Hợp đồng đã được hai bên thống nhất.\n\nHợp đồng số 12 ký: 07.02.2020\n\nSở GDĐT yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.';
    expect(tree(read(bacNinh({ body })).letter.body)).toContain('p: Hợp đồng số 12 ký: 07.02.2020');
  });
  it('"Nơi nhận: ko 1 GIÁM ĐÔC": "K.T" OCR read as "ko 1" is the delegation line (as typed), not an entry and a title', () => {
    const footer = 'Nơi nhận: ko 1 GIÁM ĐÔC\n\n- Như trên;\n\n- Lưu: VT, CTHSSV.\n\n^\n4 BẤC N\n{quyến Thế Sơn';
    const r = read(bacNinh({ footer }));
    expect(r.letter.distribution).toEqual(['Như trên']);
    expect(r.letter.signature).toEqual({ authority: null, delegation: 'ko 1 GIÁM ĐÔC', title: '', signer: '{quyến Thế Sơn' });
    expect(r.notes.some((n) => n.path === 'signature' && n.source === '4 BẤC N')).toBe(true);
    expect(r.notes.some((n) => n.path === 'signature.title' && n.kind === 'missing')).toBe(true);
  });
  it('"… cấp do" / "A?__clủng mới …": underscores glued inside a word are the scan\'s, kept as typed; a span\'s "__" still marks bold', () => {
    const number = 'Số: 147/SGDĐT-CTHSSV Bắc Ninh, ngày 07 tháng 02 năm 2020\nV/v phòng, chống dịch bệnh viêm đường hô hấp cấp do\nA?__clủng mới của vi rút Corona gây ra';
    expect(read(bacNinh({ number })).letter.subject).toBe('phòng, chống dịch bệnh viêm đường hô hấp cấp do A?__clủng mới của vi rút Corona gây ra');
    const body = 'Sở GDĐT thông báo __từ ngày 10/02/2020__ học sinh tiếp tục nghỉ học.\n\nSở GDĐT yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.';
    const first = read(bacNinh({ body })).letter.body[0];
    expect(first?.kind === 'paragraph' && first.content.filter((r) => r.bold).map((r) => r.text)).toEqual(['từ ngày 10/02/2020']);
  });
  it('"2. Trong thời gian …, Thủ trưởng … triển khai một số nội dung sau:" over "2.1. …": a sentence introducing its parts is no title', () => {
    const body =
      'Sở GDĐT thông báo như sau.\n\n' +
      '1. Về việc hoãn các hoạt động\n\nCác hoạt động tập trung tạm dừng.\n\n' +
      '2. Trong thời gian tạm nghỉ học, Thủ trưởng các cơ sở giáo dục tiếp tục triển khai một số nội dung sau:\n\n' +
      '2.1. Thường xuyên theo dõi tình hình dịch bệnh.\n\n2.2. Tổ chức vệ sinh khuôn viên trường học.\n\n' +
      'Sở GDĐT yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.';
    const items = tree(read(bacNinh({ body })).letter.body) as Record<string, unknown>[];
    expect(Object.keys(items[2] as object)).toEqual(['clause: Trong thời gian tạm nghỉ học, Thủ trưởng các cơ sở giáo dục tiếp tục triển khai một số nội dung sau:']);
  });
  it('"1. Đối tượng và địa bàn xét tuyển:" over "1.1. …": a topic heading its parts is still a title', () => {
    const body = 'Sở GDĐT hướng dẫn như sau.\n\n1. Đối tượng và địa bàn xét tuyển:\n\n1.1. Học sinh tốt nghiệp THCS.\n\n1.2. Học sinh cư trú trên địa bàn tỉnh.\n\nTrân trọng./.';
    const items = tree(read(bacNinh({ body })).letter.body) as Record<string, unknown>[];
    expect(Object.keys(items[1] as object)).toEqual(['clause T: Đối tượng và địa bàn xét tuyển:']);
  });
});

const moet = letterFrom({
  head: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 1444/BGDĐT-GDĐH\nV/v hướng dẫn công tác tuyển sinh trình độ đại học\n\nHà Nội, ngày 14 tháng 4 năm 2021',
  greeting: 'Kính gửi: Các đại học, học viện, trường đại học.',
  body: 'Bộ GDĐT hướng dẫn như sau.\n\nBộ GDĐT yêu cầu các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VP, Vụ GDĐH.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(đã kí)\n\nHoàng Minh Sơn',
});

/** Lines wrapped at about 79 letters, as plain pdftotext gives a Word letter in 14 pt: they set the wrap width. */
const wrapped =
  'Thực hiện Quy chế tuyển sinh trình độ đại học hiện hành, để thống nhất triển\n' +
  'khai quy định của Quy chế tuyển sinh, Bộ Giáo dục và Đào tạo hướng dẫn các cơ\n' +
  'sở đào tạo cao đẳng tuyển sinh ngành Giáo dục Mầm non, các đại học, học viện,\n' +
  'các trường đại học một số nội dung như sau:\n';

describe('a long letter in plain pdftotext (Bộ GD&ĐT 1444)', () => {
  it('"Kính gửi:" / "-" / "" / "Các đại học, …;": a bullet the text layer set apart from the entries is no entry', () => {
    const greeting = 'Kính gửi:\n-\n\nCác đại học, học viện, trường đại học;\nCác sở giáo dục và đào tạo.';
    expect(read(moet({ greeting })).letter.recipients).toEqual(['Các đại học, học viện, trường đại học', 'Các sở giáo dục và đào tạo']);
  });
  it('"KT. BỘ TRƢỞNG" / "THỨ TRƢỞNG": a PDF font\'s "Ƣ" for "Ư" is kept as typed and read as a position, with a note', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VP, Vụ GDĐH.\n\nKT. BỘ TRƢỞNG\nTHỨ TRƢỞNG\n(đã kí)\n\nHoàng Minh Sơn';
    const r = read(moet({ footer }));
    expect(r.letter.signature).toEqual({ authority: null, delegation: 'KT. BỘ TRƢỞNG', title: 'THỨ TRƢỞNG', signer: 'Hoàng Minh Sơn' });
    expect(r.notes.some((n) => n.path === 'document' && n.kind === 'uncertain' && n.message.includes('2 chữ “ƣ”'))).toBe(true);
  });
  it('"… (Ví" / "dụ: … khác nhau." / "Nếu thí sinh …" / "… là 053).": a sentence ended inside a bracket still open goes on', () => {
    const body =
      wrapped +
      'Đối với các cơ sở giáo dục THPT do thay đổi địa giới hành chính, cơ sở giáo\n' +
      'dục sẽ được gán một mã khác nhau cùng với một mức ưu tiên khu vực phù hợp (Ví\n' +
      'dụ: Trường THPT Nguyễn Đình Liễn được gán 2 mã khác nhau.\n' +
      'Nếu thí sinh học tại Trường này từ năm 2013 đến năm 2015, lớp 10 sẽ khai mã\n' +
      'trường là 068, lớp 11 và lớp 12 khai mã trường là 053).\n' +
      'Bộ GDĐT yêu cầu các đơn vị thực hiện./.';
    const blocks = tree(read(moet({ body })).letter.body) as string[];
    expect(blocks).toHaveLength(3);
    expect(blocks[1]).toMatch(/^p: Đối với .* 2 mã khác nhau\. Nếu thí sinh .* là 053\)\.$/);
  });
  it('"b) Đối với thí sinh … quốc gia" / "Căn cứ vào …": a labelled line that stopped where the next word would have fitted is a title', () => {
    const body =
      wrapped +
      '1. Các ngành xét tuyển thẳng\n' +
      'a) Đối với thí sinh đoạt giải Kỳ thi chọn học sinh giỏi quốc gia:\n' +
      '- Danh mục các ngành đúng hoặc ngành gần với môn thi học sinh giỏi quốc gia.\n' +
      'b) Đối với thí sinh đoạt giải Cuộc thi Khoa học kỹ thuật quốc gia\n' +
      'Căn cứ vào kết quả dự án, đề tài nghiên cứu khoa học kỹ thuật của thí sinh\n' +
      'đoạt giải, các cơ sở đào tạo xét tuyển thẳng vào ngành học phù hợp.\n' +
      'Bộ GDĐT yêu cầu các đơn vị thực hiện./.';
    const clause = (tree(read(moet({ body })).letter.body) as Record<string, unknown[]>[])[1] as Record<string, unknown[]>;
    expect(Object.values(clause)[0]).toEqual([
      { 'point: Đối với thí sinh đoạt giải Kỳ thi chọn học sinh giỏi quốc gia:': [{ 'dash: Danh mục các ngành đúng hoặc ngành gần với môn thi học sinh giỏi quốc gia.': [] }] },
      { 'point T: Đối với thí sinh đoạt giải Cuộc thi Khoa học kỹ thuật quốc gia': ['p: Căn cứ vào kết quả dự án, đề tài nghiên cứu khoa học kỹ thuật của thí sinh đoạt giải, các cơ sở đào tạo xét tuyển thẳng vào ngành học phù hợp.'] },
    ]);
  });
  it('"3. Giao Trưởng phòng … phối hợp Giám đốc Trung tâm" / "Văn hóa Thông tin …", "… với UBND tỉnh Lạng" / "Sơn và …": a sentence the wrap cut inside a name goes on', () => {
    for (const [first, second] of [
      ['3. Giao Trưởng phòng Văn hóa Thông tin phối hợp Giám đốc Trung tâm', 'Văn hóa Thông tin và thể thao cập nhật thông tin về Ban chỉ đạo huyện.'],
      ['3. Bộ Quốc phòng giao cho BTL Quân khu 1 phối hợp với UBND tỉnh Lạng', 'Sơn và Chủ dự án giải quyết những vấn đề cụ thể có liên quan.'],
    ] as const) {
      const body = `${wrapped}${first}\n${second}\nBộ GDĐT yêu cầu các đơn vị thực hiện./.`;
      expect((tree(read(moet({ body })).letter.body) as Record<string, unknown>[])[1]).toEqual({ [`clause: ${first.slice(3)} ${second}`]: [] });
    }
  });
  it('"a) Thí sinh phải nộp hồ sơ … trước ngày" / "30/5/2021:": a short line cut after "ngày" goes on with the date', () => {
    const body = wrapped + '3. Đăng ký xét tuyển thẳng\na) Thí sinh phải nộp hồ sơ ĐKXT thẳng tại sở GDĐT trước ngày\n30/5/2021:\n- Phiếu đăng ký xét tuyển thẳng;\nBộ GDĐT yêu cầu các đơn vị thực hiện./.';
    const clause = (tree(read(moet({ body })).letter.body) as Record<string, unknown[]>[])[1] as Record<string, unknown[]>;
    expect(Object.keys((Object.values(clause)[0] as object[])[0] as object)).toEqual(['point: Thí sinh phải nộp hồ sơ ĐKXT thẳng tại sở GDĐT trước ngày 30/5/2021:']);
  });
});

const thaiBinh = letterFrom({
  head: 'UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 812/SGDĐT\nV/v tập huấn công tác phòng cháy\nchữa cháy Thái Bình, ngày 23 tháng 10 năm 2018',
  greeting: 'Kính gửi: - Các phòng Giáo dục và Đào tạo;\n- Các trường, đơn vị trực thuộc.',
  body: 'Sở Giáo dục và Đào tạo tổ chức tập huấn công tác phòng cháy chữa cháy.\n\nĐề nghị các đồng chí về dự tập huấn đầy đủ, đúng giờ.',
  footer: 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Thiệp',
});

describe('a one-page scan (Thái Bình 812)', () => {
  it('"V/v tập huán CÔng tác phòng cháy" / "Nuutyng Thái Bình, ngày …": a word OCR marred past any syllable before an accented place is the subject\'s', () => {
    const number = 'Số: ®1}/SGDĐT\nV/v tập huán CÔng tác phòng cháy\nNuutyng Thái Bình, ngày 23 tháng 10 năm 2018';
    const r = read(thaiBinh({ number }));
    expect([r.letter.subject, r.letter.place]).toEqual(['tập huán CÔng tác phòng cháy Nuutyng', 'Thái Bình']);
    expect(r.notes.some((n) => n.path === 'subject' && n.kind === 'uncertain' && n.message.includes('"Nuutyng"'))).toBe(true);
  });
  it('"Phil TO, ngay 18 …": on a page OCR stripped of accents, the place keeps its first word', () => {
    const number = 'So: 1343/SGD&DT-VP\nV/v sari sang irng pho\nPhil TO, ngay 18 thang 8 nam 2016';
    expect(read(thaiBinh({ number })).letter.place).toBe('Phil TO');
  });
  it('"Lưu VP,22" and "Lưu: VT, VP. 22.": a bare number where the drafter\'s mark goes is neither a unit nor copies; it goes, with a note', () => {
    for (const [lu, units] of [['- Lưu VP,22', ['VP']], ['- Lưu: VT, VP. 22.', ['VT', 'VP']]] as const) {
      const r = read(thaiBinh({ footer: `Nơi nhận:\n- Như kính gửi;\n${lu}\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Thiệp` }));
      expect([r.letter.archive, r.letter.drafter]).toEqual([{ units, copies: null }, null]);
      expect(r.notes.some((n) => n.path === 'archive' && n.kind === 'dropped' && n.message.includes('"22"'))).toBe(true);
    }
  });
  it('"Lưu: VT, DSVH, NĐD.20.": initials and the copies run together stay the drafter\'s mark', () => {
    const r = read(thaiBinh({ footer: 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT, DSVH, NĐD.20.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Thiệp' }));
    expect(r.letter.drafter).toEqual({ initials: 'NĐD', copies: 20 });
  });
  it('"n *⁄/" / "“/ THÁI Đ" / ": ö6àng Văn Thiệp": the seal\'s scraps go; the name with its family name inked over is kept as typed', () => {
    const footer = 'Nơi nhân:\n- Như kính gửi;\n- Lưu: VT, VP.\n\nn *⁄/\n“/ THÁI Đ\n\n: ö6àng Văn Thiệp';
    const r = read(thaiBinh({ footer }));
    expect(r.letter.signature).toEqual({ authority: null, delegation: null, title: '', signer: 'ö6àng Văn Thiệp' });
    expect(r.notes.some((n) => n.path === 'signature.signer' && n.kind === 'uncertain')).toBe(true);
  });
  it('"*. Sue Nguyên Nam Bình": specks and a scrap before a whole name still give the name', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT, VP.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\n*. Sue Nguyên Nam Bình';
    expect(read(thaiBinh({ footer })).letter.signature.signer).toBe('Nguyên Nam Bình');
  });
});

const police = letterFrom({
  head: 'BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 4409/BCA-C04 Hà Nội, ngày 01 tháng 10 năm 2025\nV/v tham gia ý kiến vào Dự thảo Hồ sơ Quyết định',
  greeting: 'Kính gửi: UBND các tỉnh, thành phố trực thuộc Trung ương',
  body: 'Bộ Công an trân trọng đề nghị UBND các tỉnh tham gia ý kiến.\n\nTrân trọng cảm ơn sự quan tâm phối hợp của các đồng chí./.',
  footer: 'Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên; THỨ TRƯỞNG\n- Lưu: VT, C04.\n\nNguyễn Văn Long',
});

describe('a certified copy scanned (Bộ Công an 4409)', () => {
  it('"Số: 4/09 /BCA-C04": digits on both sides of a first slash are a hand-filled number OCR cut: no number, a note', () => {
    const r = read(police({ number: 'Số: 4/09 /BCA-C04 Hà Nội, ngày 01 tháng 10 năm 2025\nV/v tham gia ý kiến vào Dự thảo' }));
    expect([r.letter.number, r.letter.symbol]).toEqual([null, 'BCA-C04']);
    expect(r.notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });
  it('"V/ tham gia ý kiên …": a subject whose "v" OCR lost is still the subject', () => {
    const r = read(police({ number: 'Số: 4409/BCA-C04 Hà Nội, ngày 01 tháng 10 năm 2025\nV/ tham gia ý kiên vào Dự thảo Hồ sơ\n\nQuyết định của Thủ tướng Chính phủ' }));
    expect(r.letter.subject).toBe('tham gia ý kiên vào Dự thảo Hồ sơ Quyết định của Thủ tướng Chính phủ');
  });
  it('"… các đồng chỉ./. // —": signs after the closing "./." go, with a note', () => {
    const r = read(police({ body: 'Bộ Công an đề nghị như sau.\n\nTrân trọng cảm ơn sự quan tâm phối hợp của các đồng chỉ./. // —' }));
    expect((tree(r.letter.body) as string[]).at(-1)).toBe('p: Trân trọng cảm ơn sự quan tâm phối hợp của các đồng chỉ./.');
    expect(r.notes.some((n) => n.path === 'body' && n.source === '// —')).toBe(true);
  });
  it('"- Như trên; œ===s=tTỨ TRƯỞNG" and "-_-#-": the pen\'s strokes glued before the position go; a row of signs is no entry', () => {
    const footer = 'Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên; œ===s=tTỨ TRƯỞNG\n\n- Đ/c Bộ trưởng BCA (để báo cáo);\n- Lưu: VT, C04.\n\n-_-#-';
    const r = read(police({ footer }));
    expect(r.letter.distribution).toEqual(['Như trên', 'Đ/c Bộ trưởng BCA (để báo cáo)']);
    expect(r.letter.signature).toEqual({ authority: null, delegation: 'KT. BỘ TRƯỞNG', title: 'TỨ TRƯỞNG', signer: '' });
    expect(r.notes.some((n) => n.path === 'signature' && n.kind === 'dropped' && n.message.includes('œ===s=t'))).toBe(true);
  });
});

describe('Cục Lưu trữ 66, Phú Thọ 229, Sở GD&ĐT Vĩnh Long 2953, Bộ KH&ĐT 1334', () => {
  const archives = letterFrom({
    head: 'CỤC LƯU TRỮ NHÀ NƯỚC\n--------\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    number: 'Số: 66/NVĐP\nV/v ban hành Đề cương mẫu.\n\nHà Nội, ngày 11 tháng 3 năm 1995',
    greeting: 'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.',
    body: 'Cục Lưu trữ Nhà nước ban hành Đề cương mẫu gửi các cơ quan nghiên cứu vận dụng.\n\nĐiện thoại :349039.',
    footer: 'CỤC TRƯỞNG CỤC LƯU TRỮ NHÀ NƯỚC\nDương Văn Khảm',
  });
  it('"CỤC TRƯỞNG CỤC LƯU TRỮ NHÀ NƯỚC" / the name, with no Nơi nhận and no "./.": a title naming its office still ends the letter', () => {
    const r = read(archives({}));
    expect(r.letter.signature).toEqual({ authority: null, delegation: null, title: 'CỤC TRƯỞNG CỤC LƯU TRỮ NHÀ NƯỚC', signer: 'Dương Văn Khảm' });
    expect(tree(r.letter.body)).toEqual(['p: Cục Lưu trữ Nhà nước ban hành Đề cương mẫu gửi các cơ quan nghiên cứu vận dụng.', 'p: Điện thoại :349039.']);
  });
  it('"Só://7 /SGD&ĐT-VP": the scrawl\'s slashes before the number\'s digits are no part of the symbol', () => {
    const l = read(thaiBinh({ number: 'Só://7 /SGD&ĐT-VP Phú Thọ, ngày 08 tháng 3 năm 2018\n\nV/v tổ chức các hoạt động hưởng ứng' })).letter;
    expect([l.number, l.symbol]).toEqual([null, 'SGD&ĐT-VP']);
  });
  it('"Nơi nhận: KT. GIÁM ĐÓC" / "\\".. ==PHÓ GIÁM ĐÓC": strokes and specks before the position go', () => {
    const footer = 'Nơi nhận: KT. GIÁM ĐÓC\n".. ==PHÓ GIÁM ĐÓC\n- Các PGĐ Sở;\n- Lưu: VT, VP.\n\nNguyễn Thị Thu Huyền';
    expect(read(thaiBinh({ footer })).letter.signature).toEqual({ authority: null, delegation: 'KT. GIÁM ĐÓC', title: 'PHÓ GIÁM ĐÓC', signer: 'Nguyễn Thị Thu Huyền' });
  });
  it('"Lưu: VT, VP.p<": a hand\'s mark glued after the last unit\'s full stop is the drafter\'s, the unit stays', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT, VP.p<\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Thiệp';
    const l = read(thaiBinh({ footer })).letter;
    expect([l.archive.units, l.drafter?.initials]).toEqual([['VT', 'VP'], 'P<']);
  });
  it('"… Sở GDĐT – ĐT:" / "02703.823376 để trao đổi, giải quyết./.": a contact\'s number goes on after its label', () => {
    const body = wrapped + 'Yêu cầu các cơ sở giáo dục thực hiện nghiêm túc nội dung Công văn. Quá trình\nthực hiện có khó khăn, liên hệ Sở GDĐT – ĐT:\n02703.823376 để trao đổi, giải quyết./.';
    const blocks = tree(read(moet({ body })).letter.body) as string[];
    expect(blocks.at(-1)).toBe('p: Yêu cầu các cơ sở giáo dục thực hiện nghiêm túc nội dung Công văn. Quá trình thực hiện có khó khăn, liên hệ Sở GDĐT – ĐT: 02703.823376 để trao đổi, giải quyết./.');
  });
  it('"… đề nghị Ủy ban nhân dân các tỉnh:" / "(1) Tổng hợp …": in a page of one line per paragraph, a bracketed number opens one', () => {
    const long = 'Thực hiện chỉ đạo của Phó Thủ tướng về việc tổng hợp các dự án của doanh nghiệp đã đầu tư theo quy định của Nghị định 210 báo cáo Thủ tướng Chính phủ xem xét, hỗ trợ; Bộ Kế hoạch và Đầu tư đề nghị Ủy ban nhân dân các tỉnh:';
    const first = '(1) Tổng hợp Danh mục dự án đã đầu tư, đúng đối tượng hỗ trợ theo quy định tại Nghị định 210 và có dự kiến bố trí vốn ngân sách trung ương giai đoạn 2016 - 2020 nhưng chưa phân bổ chi tiết;';
    const second = '(2) Tổng hợp Danh mục dự án của doanh nghiệp đã đầu tư, đúng đối tượng hỗ trợ nhưng chưa có vốn bố trí trung hạn 2016-2020 hoặc đã bố trí nhưng chưa đủ.';
    const body = `${long}\n${first}\n${second}\nBộ Kế hoạch và Đầu tư thông báo để các Ủy ban nhân dân các tỉnh biết và thực hiện./.`;
    expect(tree(read(moet({ body })).letter.body)).toEqual([`p: ${long}`, `p: ${first}`, `p: ${second}`, 'p: Bộ Kế hoạch và Đầu tư thông báo để các Ủy ban nhân dân các tỉnh biết và thực hiện./.']);
  });
});

describe('a paragraph that opens after a sentence ended at the line\'s end (UBND tỉnh Vĩnh Long 1746, plain pdftotext)', () => {
  it('"… trên địa bàn tỉnh." / "Thực hiện kết luận … Thường trực" / "Chính phủ …": the short indented line opens a paragraph though the next opens with a capital', () => {
    const body =
      wrapped +
      'Tuy nhiên, tình hình dịch COVID-19 trên thế giới vẫn còn diễn biến phức tạp, từ\n' +
      'đó tiềm ẩn nguy cơ dịch bệnh xâm nhập, lây lan trên địa bàn tỉnh Vĩnh Long.\n' +
      'Thực hiện kết luận của Thủ tướng Chính phủ tại cuộc họp giữa Thường trực\n' +
      'Chính phủ và Ban Chỉ đạo Quốc gia, Chủ tịch UBND tỉnh yêu cầu như sau:\n' +
      'Bộ GDĐT yêu cầu các đơn vị thực hiện./.';
    const blocks = tree(read(moet({ body })).letter.body) as string[];
    expect(blocks.map((b) => b.slice(0, 20))).toEqual(['p: Thực hiện Quy chế', 'p: Tuy nhiên, tình h', 'p: Thực hiện kết luậ', 'p: Bộ GDĐT yêu cầu c']);
  });
  it('"… trên địa bàn tỉnh." / a line that fills the width / "Chỉ thị …": a sentence begun at a full line\'s start goes on', () => {
    const line = 'Đồng thời yêu cầu các cơ sở giáo dục trên địa bàn tỉnh thực hiện nghiêm túc các';
    const body = wrapped + 'Tuy nhiên, tình hình dịch COVID-19 trên thế giới vẫn còn diễn biến phức tạp, từ\nđó tiềm ẩn nguy cơ dịch bệnh xâm nhập, lây lan trên địa bàn tỉnh Vĩnh Long.\n' + line + '\nChỉ thị của Thủ tướng Chính phủ.\nBộ GDĐT yêu cầu các đơn vị thực hiện./.';
    expect((tree(read(moet({ body })).letter.body) as string[]).map((b) => b.slice(0, 20))).toEqual(['p: Thực hiện Quy chế', 'p: Tuy nhiên, tình h', 'p: Bộ GDĐT yêu cầu c']);
  });
});
