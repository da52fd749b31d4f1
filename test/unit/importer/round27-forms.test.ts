// Forms found in the twenty-seventh unseen round (a Bộ GD&ĐT scan and a Sở Y tế scan OCR'd by
// tesseract, a Gia Lai PDF whose font lost letters, a notice set as a letter, a web copy typing the
// authority line in mixed case, a Đồng Tháp PDF with tone marks apart), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const letter = letterFrom({
  head: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 422 /BGDĐT-GDTC\nV/v thực hiện các biện pháp phòng, chống\ndịch bệnh Covid-19 trong trường học\n\nHà Nội, ngày 25 tháng 02 năm 2020',
  greeting: 'Kính gửi:\n- Các sở giáo dục và đào tạo;\n- Các đơn vị trực thuộc Bộ.',
  body: 'Bộ Giáo dục và Đào tạo hướng dẫn thực hiện các biện pháp phòng, chống dịch bệnh như sau./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, Vụ GDTC.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Hữu Độ',
});

describe('the header', () => {
  it('"Hà Nội, ngà»ÊØtháng 02 năm 2020": a marred "ngày" glued to "tháng" is still the dateline, not the subject\'s end', () => {
    const l = read(letter({ number: 'Số: 422 /BGDĐT-GDTC\nV/v thực hiện các biện pháp phòng, chống\ndịch bệnh Covid-I9 trong trường học\n\nHà Nội, ngà»ÊØtháng 02 năm 2020' })).letter;
    expect(l.subject).toBe('thực hiện các biện pháp phòng, chống dịch bệnh Covid-I9 trong trường học');
    expect([l.place, l.date]).toEqual(['Hà Nội', { day: null, month: 2, year: 2020 }]);
  });
  it('"Số:O¿W2- /SYT-NVY": a hand-filled number OCR read as any signs leaves it empty and keeps the symbol', () => {
    const head = 'UBND TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHIA VIỆT NAM\nSƠ Y TE Độc lập - Tự do - Hạnh phúc';
    const l = read(letter({ head, number: 'Số:O¿W2- /SYT-NVY Bắc Ninh, ngày ]tháng 02 năm 2020\nV/v tăng cường phòng chống dịch' })).letter;
    expect([l.number, l.symbol, l.place, l.date.month]).toEqual([null, 'SYT-NVY', 'Bắc Ninh', 2]);
  });
  it('"THÔNG BÁO" / its summary above "Kính gửi": a notice sent as a letter has its subject there', () => {
    const number = 'Số: 254 /TB-PCTT                   Thừa Thiên Huế, ngày 06 tháng 9 năm 2022\n\n                               THÔNG BÁO\n                Cảnh báo, ứng phó với mưa vừa, mưa to và dông';
    const { letter: l, notes } = read(letter({ number }));
    expect([l.subject, l.number, l.symbol, l.date.day]).toEqual(['Cảnh báo, ứng phó với mưa vừa, mưa to và dông', 254, 'TB-PCTT', 6]);
    expect(notes.some((n) => n.path === 'subject' && n.kind === 'uncertain' && n.message.includes('THÔNG BÁO'))).toBe(true);
    // With a "V/v" in the header, the kind's lines are not taken for it.
    expect(read(letter({ number: 'Số: 254 /TB-PCTT\nV/v cảnh báo mưa lớn\nThừa Thiên Huế, ngày 06 tháng 9 năm 2022' })).letter.subject).toBe('cảnh báo mưa lớn');
  });
  it('"nh g i:": the label whose letters a font lost still opens the addressees', () => {
    const greeting = '                      nh g i:\n                                - Các ph ng giáo d c v đ o tạo;\n                                - Trung tâm GDTX tỉnh.';
    const l = read(letter({ greeting })).letter;
    expect(l.recipients).toEqual(['Các ph ng giáo d c v đ o tạo', 'Trung tâm GDTX tỉnh']);
    expect(tree(l.body)).toEqual(['p: Bộ Giáo dục và Đào tạo hướng dẫn thực hiện các biện pháp phòng, chống dịch bệnh như sau./.']);
  });
});

describe('the body', () => {
  it('"… Ủy ban nhân dân Tỉnh (UBND Tỉnh)" / "Đoàn Tấn Bửu, …": an abbreviation defined in brackets does not end the sentence', () => {
    const body = 'Thực hiện chỉ đạo của Phó Chủ tịch Ủy ban nhân dân Tỉnh (UBND Tỉnh)\nĐoàn Tấn Bửu, Sở trân trọng kính mời đại diện các đơn vị tham dự Hội nghị. Cụ thể:\n1. Thời gian\n08h00 ngày 05 tháng 9 năm 2021./.';
    expect((tree(read(letter({ body })).letter.body) as unknown[])[0]).toBe('p: Thực hiện chỉ đạo của Phó Chủ tịch Ủy ban nhân dân Tỉnh (UBND Tỉnh) Đoàn Tấn Bửu, Sở trân trọng kính mời đại diện các đơn vị tham dự Hội nghị. Cụ thể:');
    // After a label, the bracket ends a heading: "a) Sở Giáo dục và Đào tạo (GDĐT)" / its text.
    const headed = 'Phân công như sau:\n1. Các cơ quan\na) Sở Giáo dục và Đào tạo (GDĐT)\nChủ trì tổ chức Hội nghị.\nb) Sở Y tế (SYT)\nBảo đảm y tế.\n2. Kinh phí\nTừ ngân sách./.';
    expect((tree(read(letter({ body: headed })).letter.body) as unknown[])[1]).toEqual({
      'clause T: Các cơ quan': [{ 'point T: Sở Giáo dục và Đào tạo (GDĐT)': ['p: Chủ trì tổ chức Hội nghị.'] }, { 'point T: Sở Y tế (SYT)': ['p: Bảo đảm y tế.'] }],
    });
  });
  it('"b) Địa điểm" / three paragraphs / "2. Thành phần": a short heading keeps every paragraph up to the next item', () => {
    const body =
      'Sở kính mời dự Hội nghị. Cụ thể:\n1. Thời gian, địa điểm\na) Thời gian\n08h00 ngày Chủ nhật, 05 tháng 9 năm 2021.\nb) Địa điểm\nĐiểm cầu chính tại Sở GDĐT.\n43 điểm cầu tại các trường trung học phổ thông.\nĐiểm cầu Phòng GDĐT thành phố Hồng Ngự.\n2. Thành phần\nĐại diện lãnh đạo các đơn vị./.';
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: Sở kính mời dự Hội nghị. Cụ thể:',
      {
        'clause T: Thời gian, địa điểm': [
          { 'point T: Thời gian': ['p: 08h00 ngày Chủ nhật, 05 tháng 9 năm 2021.'] },
          { 'point T: Địa điểm': ['p: Điểm cầu chính tại Sở GDĐT.', 'p: 43 điểm cầu tại các trường trung học phổ thông.', 'p: Điểm cầu Phòng GDĐT thành phố Hồng Ngự.'] },
        ],
      },
      { 'clause T: Thành phần': ['p: Đại diện lãnh đạo các đơn vị./.'] },
    ]);
  });
  it('"b) Điểm cầu các trường … của huyện, thành phố" after "a) Điểm cầu Sở GDĐT": a heading that filled the line is a heading too', () => {
    const body =
      'Sở kính mời dự Hội nghị trực tuyến với các điểm cầu của các huyện, thành phố trong\ntỉnh. Cụ thể:\n2. Thành phần\na) Điểm cầu Sở GDĐT\nPhó Chủ tịch UBND Tỉnh Đoàn Tấn Bửu.\nb) Điểm cầu các trường trung học phổ thông trung tâm của huyện, thành phố\nLãnh đạo UBND huyện, thành phố phụ trách khối Văn hóa - Xã hội (đề nghị\nTrưởng phòng các Phòng GDĐT thông báo và mời).\nHiệu trưởng trường trung học phổ thông.\nc) Điểm cầu các trường còn lại\nHiệu trưởng trường trung học phổ thông.\nSở đề nghị các đơn vị thực hiện đúng yêu cầu của Công văn này./.';
    expect((tree(read(letter({ body })).letter.body) as unknown[])[1]).toEqual({
      'clause T: Thành phần': [
        { 'point T: Điểm cầu Sở GDĐT': ['p: Phó Chủ tịch UBND Tỉnh Đoàn Tấn Bửu.'] },
        {
          'point T: Điểm cầu các trường trung học phổ thông trung tâm của huyện, thành phố': [
            'p: Lãnh đạo UBND huyện, thành phố phụ trách khối Văn hóa - Xã hội (đề nghị Trưởng phòng các Phòng GDĐT thông báo và mời).',
            'p: Hiệu trưởng trường trung học phổ thông.',
          ],
        },
        { 'point T: Điểm cầu các trường còn lại': ['p: Hiệu trưởng trường trung học phổ thông.'] },
      ],
    });
    // After an item that was a sentence, a line cut in a name ("… các phòng, Chỉ cục" / "Thuế kiểm tra …") goes on.
    const cut =
      'Tổng cục Thuế đề nghị các đơn vị thực hiện một số việc sau đây trong tháng chín:\n2. Từ kỳ tính thuế tháng 09/2016 trở đi\nCơ quan thuế hướng dẫn người nộp thuế kê khai.\n3. Kho bạc Nhà nước phối hợp kiểm tra chứng từ nộp tiền.\n4. Đồng chí Cục trưởng Cục Thuế chỉ đạo, phân công các phòng, Chỉ cục\nThuế kiểm tra việc kê khai của người nộp thuế./.';
    expect((tree(read(letter({ body: cut })).letter.body) as unknown[])[3]).toEqual({
      'clause: Đồng chí Cục trưởng Cục Thuế chỉ đạo, phân công các phòng, Chỉ cục Thuế kiểm tra việc kê khai của người nộp thuế./.': [],
    });
  });
});

describe('the signature', () => {
  it('"ì uyễn Hữu Độ": a family name whose first letters the ink covered is the signer, kept as typed and noted', () => {
    const { letter: l, notes } = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, Vụ GDTC,\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nì uyễn Hữu Độ' }));
    expect([l.signature.title, l.signature.signer]).toEqual(['THỨ TRƯỞNG', 'ì uyễn Hữu Độ']);
    expect(notes.some((n) => n.path === 'signature.signer' && n.kind === 'uncertain')).toBe(true);
  });
  it('". GIÁM ĐÓC" / "SGIÁM ĐÓC": a marker whose letters the scan lost, and a position with a speck glued on, invent no signer', () => {
    const { letter: l, notes } = read(letter({ footer: 'Nơi nhận:\n- Như kính gửi;\n- Ban Giám đốc SYT;\n\n. GIÁM ĐÓC\nSGIÁM ĐÓC' }));
    expect(l.signature).toEqual({ authority: null, delegation: '. GIÁM ĐÓC', title: 'SGIÁM ĐÓC', signer: '' });
    expect(notes.some((n) => n.path === 'signature.delegation' && n.kind === 'uncertain')).toBe(true);
    // A name in capitals is still read as one, short syllables and all.
    expect(read(letter({ footer: 'Nơi nhận:\n- Như trên;\n\nGIÁM ĐỐC\n\nNGUYỄN VĂN AN' })).letter.signature.signer).toBe('Nguyễn Văn An');
    expect(read(letter({ footer: 'Nơi nhận:\n- Như trên;\n\nGIÁM ĐỐC\n\nLÊ BÁ' })).letter.signature.signer).toBe('Lê Bá');
    // A name outside the syllable table with no position's word in it (an Ê Đê name) too.
    expect(read(letter({ footer: 'Nơi nhận:\n- Như trên;\n\nGIÁM ĐỐC\n\nY BIÊR NIÊ' })).letter.signature.signer).toBe('Y Biêr Niê');
  });
  it('"- Như trên; ˆ Ê C" between "TL. CỤC TRƯỞNG" and "KT. TRƯỞNG BAN …": a seal\'s strokes read as capitals break no stack of markers', () => {
    const footer = 'Nơi nhận: TL. CỤC TRƯỞNG\n- Như trên; ˆ Ê C\nKT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ\n- PCT. Nguyễn Thành Hưng (để b/c); PHÓ TRƯỞNG BAN\n\n- Lưu: VT, NVTHQ.\n\nĐào Thu Hương';
    const { letter: l, notes } = read(letter({ footer }));
    expect(l.signature).toEqual({ authority: null, delegation: 'TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ', title: 'PHÓ TRƯỞNG BAN', signer: 'Đào Thu Hương' });
    expect(notes.some((n) => n.path === 'signature' && n.kind === 'dropped' && n.source === 'Ê C')).toBe(true);
  });
  it('"TM. Ủy ban nhân dân tỉnh" in mixed case over "KT. CHỦ TỊCH": the signature starts there, not the body', () => {
    const footer = 'TM. Ủy ban nhân dân tỉnh\n\nKT. CHỦ TỊCH\nPhó Chủ tịch\n\n(Đã ký)\n\nTrương Minh Chánh';
    const l = read(letter({ footer })).letter;
    expect(l.signature).toEqual({ authority: 'TM. Ủy ban nhân dân tỉnh', delegation: 'KT. CHỦ TỊCH', title: 'Phó Chủ tịch', signer: 'Trương Minh Chánh' });
    expect(tree(l.body)).toHaveLength(1);
  });
  it('"D    Đ nh" under "GIÁM ĐỐC" in -layout text: a line starting in the signature column is no Nơi nhận piece', () => {
    const footer =
      'Nơi nhận:                                                GIÁM ĐỐC\n- Như trên;\n- Website S GDĐT;\n- Lưu: VT, GDTrHCTTX.\n\n\n                                                            D    Đ nh';
    const l = read(letter({ footer })).letter;
    expect([l.drafter, l.archive.units, l.signature.title]).toEqual([null, ['VT', 'GDTrHCTTX'], 'GIÁM ĐỐC']);
    // Copied with a tab for each gap, the columns are lost; one letter alone under the archive line is still no mark.
    const tabbed = read(letter({ footer: 'Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT, GDTrHCTTX.\n\n\tD\tĐ nh' }));
    expect([tabbed.letter.drafter, tabbed.letter.distribution]).toEqual([null, ['Như trên']]);
  });
});

describe('the archive line', () => {
  it('"Lưu: VT, K, 02 b.", "VT, TCCB, V, 10b.": one capital after the units and a count are the drafter\'s initial and the copies issued', () => {
    const r = readArchive('- Lưu: VT, K, 02 b.', 'SGDĐT-VP');
    expect([r.archive, r.drafter]).toEqual([{ units: ['VT'], copies: null }, { initials: 'K', copies: 2 }]);
    expect(r.notes.some((n) => n.path === 'drafter' && n.kind === 'uncertain')).toBe(true);
    expect(readArchive('- Lưu: VT, TCCB, V, 10b.', 'SGDĐT-TCCB').drafter).toEqual({ initials: 'V', copies: 10 });
    // Without a count, one capital stays a unit, as typed.
    expect(readArchive('- Lưu: VT, V.', 'UBND-VX').archive.units).toEqual(['VT', 'V']);
  });
});
