// Forms found while the forty-first unseen round was collected (and round 40's leftovers), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, tree } from './read';

const mttq = letterFrom({
  head: 'UBMTTQ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc\nBAN THƯỜNG TRỰC',
  number: 'Số: 477/MTTQ-BTT Lâm Đồng, ngày 08 tháng 10 năm 2025\n\nV/v đề nghị thống nhất cho các hội\ntạm thời sử dụng Điều lệ',
  greeting: 'Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng',
  body: 'Ban Thường trực đề nghị Lãnh đạo Ủy ban nhân dân tỉnh xem xét, cụ thể như sau:\n\n1; Thống nhất cho 07 hội tạm thời sử dụng Điều lệ Hội của tỉnh Lâm Đồng (cũ).\n\n2. Thống nhất cho Câu lạc bộ Hưu trí tỉnh sử dụng Điều lệ tạm thời.\n\nTrân trọng đề nghị Lãnh đạo Ủy ban nhân dân tỉnh quan tâm xem xét./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A',
});

describe('a clause label whose full stop OCR read as a semicolon (UBMTTQ Lâm Đồng 477, round 40)', () => {
  it('"1; Thống nhất …" right before "2." is clause 1, its label taken off', () => {
    const body = read(mttq({})).letter.body;
    expect(body.map((b) => (b.kind === 'item' ? b.level : 'p'))).toEqual(['p', 'clause', 'clause', 'p']);
    expect(body[1]?.content.map((r) => r.text).join('')).toMatch(/^Thống nhất cho 07 hội/);
  });
  it('"1; Thống nhất …" with no "2." next stays the paragraph it was', () => {
    const body = 'Ban Thường trực đề nghị:\n\n1; Thống nhất cho 07 hội tạm thời sử dụng Điều lệ.\n\nTrân trọng đề nghị Lãnh đạo Ủy ban nhân dân tỉnh quan tâm xem xét./.';
    expect(read(mttq({ body })).letter.body.every((b) => b.kind === 'paragraph')).toBe(true);
  });
});

const vinhLong = letterFrom({
  head: 'UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 2919/SGDĐT-GDTrH-GDTX Vĩnh Long, ngày 02 tháng 12 năm 2021\nV/v triển khai dạy học trực tuyến',
  greeting: 'Kính gửi: Thủ trưởng các đơn vị trực thuộc',
  body: [
    'Sở Giáo dục và Đào tạo đề nghị các đơn vị lưu trữ hồ sơ dạy học trực tuyến theo quy định1.',
    'Giáo viên có thể sử dụng file trình chiếu để đính kèm, minh họa cho các nội dung trong kế hoạch bài dạy để giảm',
    'Thông tư 09/2021/TT-BGDĐT, ngày 30/3/2021 của Bộ GDĐT Quy định về quản lí và tổ chức dạy học trực tuyến',
    'trong cơ sở giáo dục phổ thông và cơ sở giáo dục thường xuyên.',
    '1',
    '',
    '1',
    '',
    '\fáp lực công việc cho giáo viên để giáo viên có nhiều thời gian trợ giúp học sinh học tại nhà./.',
  ].join('\n'),
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GDTrH.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Ngọc Bích',
});

describe('a footnote that plain pdftotext gives over its number, inside a sentence the page cut (Sở GD&ĐT Vĩnh Long 2919, round 41)', () => {
  it('the note and its number go; the sentence goes on over the page', () => {
    const r = read(vinhLong({}));
    expect(r.letter.body.map((b) => b.content.map((x) => x.text).join(''))).toEqual([
      'Sở Giáo dục và Đào tạo đề nghị các đơn vị lưu trữ hồ sơ dạy học trực tuyến theo quy định1.',
      'Giáo viên có thể sử dụng file trình chiếu để đính kèm, minh họa cho các nội dung trong kế hoạch bài dạy để giảm áp lực công việc cho giáo viên để giáo viên có nhiều thời gian trợ giúp học sinh học tại nhà./.',
    ]);
    expect(r.notes.filter((n) => n.message.includes('chú thích cuối trang')).map((n) => n.source)).toHaveLength(2);
  });
  it('with no mark "1" glued to a word above, the lines stay the letter\'s', () => {
    const body = vinhLong({}).replace('theo quy định1.', 'theo quy định.');
    expect(read(body).letter.body.map((b) => b.content.map((x) => x.text).join('')).join(' ')).toContain('Thông tư 09/2021/TT-BGDĐT');
  });
  it('when the next page opens a new sentence, nothing tells where the note starts: the lines stay', () => {
    const body = vinhLong({}).replace('\fáp lực công việc', '\fÁp lực công việc');
    expect(read(body).letter.body.map((b) => b.content.map((x) => x.text).join('')).join(' ')).toContain('Thông tư 09/2021/TT-BGDĐT');
  });
});

const snv = letterFrom({
  head: 'UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 3797/SNV-TCBC Lâm Đồng, ngày 26 tháng 12 năm 2025\nV/v đề nghị cho phép thành lập hội',
  greeting: 'Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng',
  body: 'Sở Nội vụ kính báo cáo UBND tỉnh như sau:\n\n1. Về tình hình nghiên cứu\n\nNgày 09/12/2025, Sở Nội vụ đã tổ chức cuộc họp.\n\n2. Đề xuất\n\nTrên cơ sở ý kiến thống nhất của Công an tỉnh, Sở Nội vụ đề xuất như sau.\n\nKính đề nghị UBND tỉnh xem xét, có văn bản trả lời công dân.\n\n(Đính kèm dự thảo văn bản)./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TCBC.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Đức Vũ',
});

describe('a department\'s closing request to the province (Sở Nội vụ Lâm Đồng 3797, round 41)', () => {
  it('"Kính đề nghị UBND tỉnh xem xét …" after the last titled clause\'s text closes the letter, not the clause', () => {
    expect(tree(read(snv({})).letter.body)).toEqual([
      'p: Sở Nội vụ kính báo cáo UBND tỉnh như sau:',
      { 'clause T: Về tình hình nghiên cứu': ['p: Ngày 09/12/2025, Sở Nội vụ đã tổ chức cuộc họp.'] },
      { 'clause T: Đề xuất': ['p: Trên cơ sở ý kiến thống nhất của Công an tỉnh, Sở Nội vụ đề xuất như sau.'] },
      'p: Kính đề nghị UBND tỉnh xem xét, có văn bản trả lời công dân.',
      'p: (Đính kèm dự thảo văn bản)./.',
    ]);
  });
});

const bacNinh = letterFrom({
  head: '_UBND TỈNH BẮC NINH CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSƠ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: „2.5 ÿ /SGDĐT-CTHSSV\n\nV/ cho trẻ mầm non, học sinh, sinh viên, Bắc Ninh ngày 19 tháng 02 năm 202]\nhọc viên tiêp tục nghỉ học phòng, chông\ndịch bệnh Covid-19.',
  greeting: 'Kính gửi:\n\n- Phòng GDĐT các huyện, thị xã, thành phó;\n\n- Các đơn vị trực thuộc Sở GDĐT.',
  body: 'Sở GDĐT yêu cầu các đơn vị thực hiện nghiêm túc./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, CTHSSV.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thế Sơn',
});

describe('a scan\'s header with its number scrawled and its dateline run into the subject (Sở GD&ĐT Bắc Ninh 258, round 41)', () => {
  it('"Số: „2.5 ÿ /SGDĐT-CTHSSV": the number unreadable, the symbol read', () => {
    const l = read(bacNinh({})).letter;
    expect([l.number, l.symbol]).toEqual([null, 'SGDĐT-CTHSSV']);
  });
  it('"V/ … sinh viên, Bắc Ninh ngày 19 tháng 02 năm 202]": the dateline with no comma and its year\'s "1" read as "]" leaves the subject', () => {
    const l = read(bacNinh({})).letter;
    expect([l.place, l.date]).toEqual(['Bắc Ninh', { day: 19, month: 2, year: 2021 }]);
    expect(l.subject).toBe('cho trẻ mầm non, học sinh, sinh viên, học viên tiêp tục nghỉ học phòng, chông dịch bệnh Covid-19.');
  });
  it('"V/ … Hà Nội, ngày …" with its comma also loses the OCR\'d "V/" lead', () => {
    const number = 'Số: 25/SGDĐT-CTHSSV\n\nV/ cho trẻ mầm non tiếp tục nghỉ học, Bắc Ninh, ngày 19 tháng 02 năm 2021\nphòng, chống dịch bệnh Covid-19.';
    expect(read(bacNinh({ number })).letter.subject).toBe('cho trẻ mầm non tiếp tục nghỉ học, phòng, chống dịch bệnh Covid-19.');
  });
  it('"5 NhgưôN: HÓ GIÁM ĐÓC" under "Nơi nhận: KT. GIÁM ĐÓC": "HÓ", its "P" lost under the seal, opens the title', () => {
    const footer = 'Nơi nhận: KT. GIÁM ĐÓC\n5 NhgưôN: HÓ GIÁM ĐÓC\n\n- Bộ GDĐT (Đ/c);\n- Lưu: VT, CTHSSV.\n\nNguyễn Thế Sơn';
    const l = read(bacNinh({ footer })).letter;
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['KT. GIÁM ĐÓC', 'HÓ GIÁM ĐÓC', 'Nguyễn Thế Sơn']);
  });
  it('a subject naming a day in small words keeps it: "V/v tổ chức lễ kỷ niệm ngày 19 tháng 5 năm 2021" with the dateline further on', () => {
    const number = 'Số: 25/SGDĐT-CTHSSV\n\nV/v tổ chức lễ kỷ niệm ngày 19 tháng 5 năm 2021\n\nBắc Ninh, ngày 02 tháng 5 năm 2021';
    const l = read(bacNinh({ number })).letter;
    expect([l.subject, l.date.day, l.date.month]).toEqual(['tổ chức lễ kỷ niệm ngày 19 tháng 5 năm 2021', 2, 5]);
  });
});

const thaiBinh = letterFrom({
  head: '_UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số :†S4/CV - SGDĐT\nV/v giám sát thực hiện Luật PCTH\n\nthuốc lá & xây dựng môi trường Thái Bình, ngày 08 tháng I0 năm 2018\nkhông khói thuôc',
  greeting: '....... .......................Ố.Ố.................ốÁaÁAA.A..',
  body: 'Thực hiện Kế hoạch số 22/KH-BCĐ ngày 13/7/2018 của UBND tỉnh, Sở Giáo dục và Đào tạo tổ chức giám sát.\n\nTrân trọng !E¿£—',
  footer: 'Nơi gửi:\n\n- Các sở, ban ngành thành viên;\n\n- Các cơ sở giáo dục, trường học;\n- Lưu VT. Ẩv)\n\nK/T GIÁM ĐÓC\n\nHoàng Văn Thiệp',
});

describe('a scan with its Kính gửi left as a dotted blank (Sở GD&ĐT Thái Bình 754, round 41)', () => {
  it('"Số :†S4/CV - SGDĐT": a number line, its symbol kept as typed', () => {
    const l = read(thaiBinh({})).letter;
    expect([l.number, l.symbol]).toEqual([null, 'CV - SGDĐT']);
  });
  it('the subject goes on under the line that ran into the dateline, in small letters', () => {
    const l = read(thaiBinh({})).letter;
    expect(l.subject).toBe('giám sát thực hiện Luật PCTH thuốc lá & xây dựng môi trường không khói thuôc');
    expect([l.place, l.date]).toEqual(['Thái Bình', { day: 8, month: 10, year: 2018 }]);
  });
  it('the dotted line OCR read with letters among its dots goes; a form\'s "Họ và tên:……" stays', () => {
    const r = read(thaiBinh({}));
    expect(r.letter.body.map((b) => b.content.map((x) => x.text).join(''))).toEqual([
      'Thực hiện Kế hoạch số 22/KH-BCĐ ngày 13/7/2018 của UBND tỉnh, Sở Giáo dục và Đào tạo tổ chức giám sát.',
      'Trân trọng !',
    ]);
    const form = read(thaiBinh({ body: 'Đề nghị ghi rõ:\n\nHọ và tên:.......................................\n\nTrân trọng!' }));
    expect(form.letter.body.map((b) => b.content.map((x) => x.text).join(''))).toContain('Họ và tên:.......................................');
  });
  it('"Lưu VT. Ẩv)": a scrap closing a bracket that never opened is no drafter\'s mark; "Lưu: VT, KGVX. PH.(15)" still is', () => {
    expect(read(thaiBinh({})).letter.drafter).toBeNull();
    const typed = thaiBinh({}).replace('- Lưu VT. Ẩv)', '- Lưu: VT, KGVX. PH.(15)');
    expect(read(typed).letter.drafter).toEqual({ initials: 'PH', copies: 15 });
  });
});

describe('"V/v" read as "Ví" (Sở GD&ĐT Phú Thọ 1704, round 41)', () => {
  const phuTho = (subject: string) =>
    letterFrom({
      head: '_ UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSƠ GIÁO DỤC VÀ ĐÁO TẠO Độc lập - Tự do - Hạnh phúc',
      number: `Số: du /SGDK&ĐT- VP Phú Thọ, ngày 44 tháng 10 năm 2016\n${subject}`,
      greeting: 'Kính gửi:\n- Phòng Giáo dục và Đào tạo huyện, thành, thị;\n- Các đơn vị trực thuộc Sở GD&ĐT.',
      body: 'Sở GD&ĐT thông báo để các đơn vị biết./.',
      footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\nNguyễn Tuấn Anh',
    })({});
  it('"Ví thông báo thời gian …" opens the subject', () => {
    expect(read(phuTho('Ví thông báo thời gian truyền hình trực\ntuyến Lễ Tuyên dương nhà giáo.')).letter.subject).toBe('thông báo thời gian truyền hình trực tuyến Lễ Tuyên dương nhà giáo.');
  });
  it('"Ví dụ …" is a sentence, never the subject\'s lead', () => {
    expect(read(phuTho('Ví dụ thông báo thời gian truyền hình.')).letter.subject).not.toBe('dụ thông báo thời gian truyền hình.');
  });
});

describe('a dateline in a text layer with no tone marks (Phòng GD&ĐT Hiệp Hòa 193, round 41)', () => {
  const hiepHoa = (dateline: string) =>
    letterFrom({
      head: 'UBND HUYEN HIEP HOA          CONG HOA XA HOI CHU NGHIA VIET NAM\nPHONG GIAO DUC & DAO TAO          Doc lap - Tu do - Hanh phuc',
      number: `Số: 193/PGD&DT          ${dateline}\nV/v huong dan thuc hien dieu chinh noi dung day hoc`,
      greeting: 'Kinh gui: Hieu truong cac truong THCS',
      body: 'Phong GD&DT huong dan cac truong thuc hien./.',
      footer: 'Noi nhan:\n- Nhu tren;\n- Luu: VT.\n\nTRUONG PHONG\n\nNguyen Van Thao',
    })({});
  it('"Hiep Hod, ngdy/0 thdng 4 ndm 2020": the place, month and year; the day (its "1" read as a slash) unreadable', () => {
    const l = read(hiepHoa('Hiep Hod, ngdy/0 thdng 4 ndm 2020')).letter;
    expect([l.place, l.date]).toEqual(['Hiep Hod', { day: null, month: 4, year: 2020 }]);
  });
});

describe('a text layer that lost the letters of "Nơi nhận:" (Sở GD&ĐT Đồng Tháp 73, round 29)', () => {
  const dongThap = (footer: string) =>
    letterFrom({
      head: 'UBND TỈNH ĐỒNG THÁP                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO                Độc lập - Tự do - Hạnh phúc',
      number: 'Số: 73/SGDĐT-TTr                     Đồng Tháp, ngày 14 tháng 01 năm 2021\nV/v thực hiện quy định về dạy thêm, học thêm',
      greeting: 'Kính gửi: Trưởng phòng Giáo dục và Đào tạo huyện, thành phố',
      body: 'Sở GDĐT đề nghị các đơn vị thực hiện theo đúng quy định của pháp luật./.',
      footer,
    })({});
  it('"Nơ    ậ      GIÁM ĐỐC" over "- Như trên (thực hiện);": the label beside a head who signs in his own name', () => {
    const l = read(dongThap('Nơ    ậ                                              GIÁM ĐỐC\n- Như trên (thực hiện);\n- UBND Tỉnh (báo cáo);\n- Lưu: VT, TTr (02b).                    Nguyễn Thúy Hà')).letter;
    expect(l.distribution).toEqual(['Như trên (thực hiện)', 'UBND Tỉnh (báo cáo)']);
    expect([l.signature.title, l.signature.signer]).toEqual(['GIÁM ĐỐC', 'Nguyễn Thúy Hà']);
  });
});

describe('a subject wrapped before a disease\'s name (Sở GD&ĐT Vĩnh Long 1937 as our exporter prints it, round 41)', () => {
  const vinhLong1937 = (subject: string) =>
    letterFrom({
      head: 'UBND TỈNH VĨNH LONG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      number: `Số: 1937/SGDĐT-VP\n\nVĩnh Long, ngày 25 tháng 8 năm 2021\n\nĐộc lập - Tự do - Hạnh phúc\n\n${subject}`,
      greeting: 'Kính gửi:\n- Trưởng phòng Giáo dục và Đào tạo huyện, thị xã, thành phố;\n- Thủ trưởng các đơn vị trực thuộc Sở.',
      body: 'Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện./.',
      footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Ngọc Bích',
    })({});
  it.each([['COVID - 19'], ['COVID-19'], ['H5N1']])('"… do dịch" / "%s": the name in capitals with its number ends the subject', (name) => {
    const subject = `V/v tiếp nhận, tạo điều kiện cho học\nsinh học tập tại nơi cư trú do dịch\n${name}`;
    expect(read(vinhLong1937(subject)).letter.subject).toBe(`tiếp nhận, tạo điều kiện cho học sinh học tập tại nơi cư trú do dịch ${name}`);
  });
});

describe('a bare "Số:" with its symbol on a line of its own, the "S" read as "§" (Sở GD&ĐT Bắc Ninh 1222 as our exporter prints it)', () => {
  it('"Số:" / "" / "/§GDĐT-GDTH": the symbol, kept as read, not a line of the agency\'s name', () => {
    const text = letterFrom({
      head: 'UBND TỈNH BẮC NINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố:\n\n/§GDĐT-GDTH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc',
      number: '\nBắc Ninh, ngày\n\ntháng 8 năm 2021\n\nV/v lùi thời gian tựu trường',
      greeting: 'Kính gửi: Các đơn vị trực thuộc',
      body: 'Sở GDĐT thông báo để các đơn vị thực hiện./.',
      footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GDTH.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A',
    })({});
    const l = read(text).letter;
    expect([l.agency.name, l.number, l.symbol]).toEqual(['SỞ GIÁO DỤC VÀ ĐÀO TẠO', null, '§GDĐT-GDTH']);
  });
});
