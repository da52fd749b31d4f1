// Forms found while the thirty-first unseen round was collected, and in the misses older rounds left,
// each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const letter = letterFrom({
  head: 'UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 4665/SYT-NVY Vĩnh Long, ngày 12 tháng 11 năm 2021\nV/v hướng dẫn phòng, chống dịch COVID-19',
  greeting: 'Kính gửi: Các cơ sở sản xuất, kinh doanh.',
  body: 'Sở Y tế hướng dẫn như sau.\n\nTrân trọng./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, NVY.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A',
});

describe('points in a text printed with -layout', () => {
  it('"b. Đối với …" after a point "a)": a letter with a full stop, indented, opens the next point', () => {
    const body =
      'Sở Y tế hướng dẫn như sau:\n' +
      '       1. Người lao động từ vùng xanh\n' +
      '          a) Đối với người tiêm đủ liều vắc xin:\n' +
      '             - Thực hiện khai báo y tế, quét mã QR tại các Điểm khai báo y\n' +
      'tế, theo dõi sức khỏe của mình.\n' +
      '          b. Đối với người chưa tiêm hoặc tiêm chưa đủ liều vắc xin phòng\n' +
      'COVID-19:\n' +
      '             - Khuyến cáo có kết quả xét nghiệm âm tính trong 72 giờ.\n\n' +
      'Trân trọng./.';
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: Sở Y tế hướng dẫn như sau:',
      {
        'clause T: Người lao động từ vùng xanh': [
          { 'point: Đối với người tiêm đủ liều vắc xin:': [{ 'dash: Thực hiện khai báo y tế, quét mã QR tại các Điểm khai báo y tế, theo dõi sức khỏe của mình.': [] }] },
          { 'point: Đối với người chưa tiêm hoặc tiêm chưa đủ liều vắc xin phòng COVID-19:': [{ 'dash: Khuyến cáo có kết quả xét nghiệm âm tính trong 72 giờ.': [] }] },
        ],
      },
      'p: Trân trọng./.',
    ]);
  });
});

describe('clause numbers OCR marred', () => {
  it('"o. Tăng cường …" (OCR\'s "5.") opens no point: the line goes on as before', () => {
    const body = '4. Tăng cường vệ sinh trường học để phòng, chống các bệnh truyền nhiễm;\nnhất là trong giai đoạn thời tiết thuận lợi cho dịch bệnh phát sinh\no. Tăng cường phối hợp giữa nhà trường, gia đình và chính quyền địa phương.\n\nTrân trọng./.';
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      {
        'clause: Tăng cường vệ sinh trường học để phòng, chống các bệnh truyền nhiễm; nhất là trong giai đoạn thời tiết thuận lợi cho dịch bệnh phát sinh o. Tăng cường phối hợp giữa nhà trường, gia đình và chính quyền địa phương.':
          [],
      },
      'p: Trân trọng./.',
    ]);
  });
});

describe('the subject', () => {
  it('"V/v Giới thiệu chữ ký Vụ trưởng Hà Nội, ngày …" / "Vụ Giáo dục thường xuyên": the subject goes on under the dateline run onto its line', () => {
    const number = 'Số:5063 /BGDĐT - VP\nV/v Giới thiệu chữ ký Vụ trưởng Hà Nội, ngày 24 tháng 11 năm 2020\nVụ Giáo dục thường xuyên';
    const l = read(letter({ number })).letter;
    expect([l.subject, l.place, l.date]).toEqual(['Giới thiệu chữ ký Vụ trưởng Vụ Giáo dục thường xuyên', 'Hà Nội', { day: 24, month: 11, year: 2020 }]);
  });
  it('"V/v tăng cường …" / "giao thông Hà Nội, ngày …": the subject that ran into the dateline\'s line ends there', () => {
    const number = 'Số: 12/UBND-VX\nV/v đảm bảo an ninh trật tự và an toàn\ngiao thông Hà Nội, ngày 3 tháng 2 năm 2021';
    const greeting = 'Kính gửi: Các sở, ngành.';
    const l = read(letter({ number, greeting })).letter;
    expect([l.subject, l.place, l.recipients]).toEqual(['đảm bảo an ninh trật tự và an toàn giao thông', 'Hà Nội', ['Các sở, ngành']]);
  });
});

describe('titled clauses in a plain pdftotext text', () => {
  it('"1. Yêu cầu về hạ tầng kỹ thuật" over a full line: a point\'s "a) Được …" under a short title does not make the page one that breaks first lines early', () => {
    const body = [
      'Bộ Giáo dục và Đào tạo hướng dẫn dạy học trên truyền hình đối với các cơ sở giáo',
      'dục phổ thông như sau:',
      '1. Yêu cầu về bài học và học liệu',
      'a) Được xây dựng theo chương trình giáo dục phổ thông hiện hành và các quy định,',
      'hướng dẫn của Bộ Giáo dục và Đào tạo.',
      'b) Bảo đảm tính khoa học, sư phạm, phù hợp với đối tượng học sinh theo từng cấp học.',
      '2. Yêu cầu về hạ tầng kỹ thuật',
      'Thiết bị, hạ tầng kết nối truyền hình phải đáp ứng các yêu cầu thu sóng truyền',
      'hình tương thích với hệ thống truyền hình quốc gia.',
      '',
      'Trân trọng./.',
    ].join('\n');
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: Bộ Giáo dục và Đào tạo hướng dẫn dạy học trên truyền hình đối với các cơ sở giáo dục phổ thông như sau:',
      {
        'clause T: Yêu cầu về bài học và học liệu': [
          { 'point: Được xây dựng theo chương trình giáo dục phổ thông hiện hành và các quy định, hướng dẫn của Bộ Giáo dục và Đào tạo.': [] },
          { 'point: Bảo đảm tính khoa học, sư phạm, phù hợp với đối tượng học sinh theo từng cấp học.': [] },
        ],
      },
      { 'clause T: Yêu cầu về hạ tầng kỹ thuật': ['p: Thiết bị, hạ tầng kết nối truyền hình phải đáp ứng các yêu cầu thu sóng truyền hình tương thích với hệ thống truyền hình quốc gia.'] },
      'p: Trân trọng./.',
    ]);
  });
});

describe('paragraphs of a plain pdftotext text', () => {
  const lines = [
    'Đề nghị Ban chấp hành Hội công chứng viên thực hiện theo hướng dẫn tại khoản 6.2',
    'Mục 6 Công văn số 545/HD-BTV để tổ chức họp, chuẩn bị các nội dung, thống nhất',
    'thời gian Đại hội và gửi về Sở Tư pháp trước ngày 15/8/2025 để Sở Tư pháp phối',
    'hợp với Sở Nội vụ trình Ủy ban nhân dân tỉnh xem xét, quyết định cho kịp thời.',
  ];
  it('"… xem xét, quyết định." (a full line) / "Vậy, Sở Tư pháp đề nghị …": the request drawn from what was said opens a paragraph', () => {
    const body = [...lines, 'Vậy, Sở Tư pháp đề nghị Ban Chủ nhiệm Đoàn Luật sư triển khai thực hiện các', 'nội dung nêu trên theo đúng thời gian./.'].join('\n');
    const texts = tree(read(letter({ body })).letter.body) as string[];
    expect(texts).toHaveLength(2);
    expect(texts[1]).toBe('p: Vậy, Sở Tư pháp đề nghị Ban Chủ nhiệm Đoàn Luật sư triển khai thực hiện các nội dung nêu trên theo đúng thời gian./.');
  });
  it('"… quyết định." / "Như vậy, việc ban hành …": a sentence that only sums up goes on in the paragraph', () => {
    const body = [...lines, 'Như vậy, việc tổ chức Đại hội phải xong trong Quý III năm 2025 theo hướng dẫn', 'của Hiệp hội công chứng Việt Nam./.'].join('\n');
    expect(tree(read(letter({ body })).letter.body)).toHaveLength(1);
  });
});

describe('the recipients', () => {
  it('"- Các trường THPT; trung tâm …;" / "GDTX tỉnh; KTTH-HN tỉnh; …": an entry listing units goes on on an undashed line that ends nothing', () => {
    const greeting = 'kính gửi:\n- Các tổ chức dịch vụ tư vấn du học trên địa bàn tỉnh Phú Thọ\n- Các trường THPT; trung tâm GDNN-GDTX các huyện, thị, thành;\nGDTX tỉnh; KTTH-HN tỉnh; Ngoại ngữ - Tin học tỉnh';
    const l = read(letter({ greeting })).letter;
    expect(l.recipients).toEqual([
      'Các tổ chức dịch vụ tư vấn du học trên địa bàn tỉnh Phú Thọ',
      'Các trường THPT; trung tâm GDNN-GDTX các huyện, thị, thành; GDTX tỉnh; KTTH-HN tỉnh; Ngoại ngữ - Tin học tỉnh',
    ]);
    expect((tree(l.body) as unknown[])[0]).toBe('p: Sở Y tế hướng dẫn như sau.');
  });
  it('"- Các sở, ngành;" / "Sở Y tế thông báo; đề nghị các đơn vị thực hiện:": a line ending in ":" opens the body', () => {
    const greeting = 'Kính gửi:\n- Các sở, ngành;\n- UBND các huyện;';
    const body = 'Sở Y tế thông báo kết quả; đề nghị các đơn vị thực hiện:\n\n1. Rà soát danh sách.\n\nTrân trọng./.';
    const l = read(letter({ greeting, body })).letter;
    expect(l.recipients).toEqual(['Các sở, ngành', 'UBND các huyện']);
    expect((tree(l.body) as unknown[])[0]).toBe('p: Sở Y tế thông báo kết quả; đề nghị các đơn vị thực hiện:');
  });
});

describe('the signature block', () => {
  it('"TL. BỘ TRƯỞNG" / "Q. VỤ TRƯỞNG VỤ …" / "VÀ MÔI TRƯỜNG": the acting head signing by order; the "Q." line and its wrapped end are the position', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KHCN.\n\nTL. BỘ TRƯỞNG\nQ. VỤ TRƯỞNG VỤ KHOA HỌC, CÔNG NGHỆ\nVÀ MÔI TRƯỜNG\nLê Văn Bầm';
    expect(read(letter({ footer })).letter.signature).toEqual({
      authority: null,
      delegation: 'TL. BỘ TRƯỞNG',
      title: 'Q. VỤ TRƯỞNG VỤ KHOA HỌC, CÔNG NGHỆ\nVÀ MÔI TRƯỜNG',
      signer: 'Lê Văn Bầm',
    });
  });
  it('"Nơinhận XS, GIÁM ĐÓC": two capitals and a comma before the position, a marker OCR marred, go with a note', () => {
    const footer = 'Nơinhận XS, GIÁM ĐÓC\n- Như trên;\n- Lưu VT, ĐTBD.\n\nNguyễn Xuân Khải';
    const { letter: l, notes } = read(letter({ footer }));
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual([null, 'GIÁM ĐÓC', 'Nguyễn Xuân Khải']);
    expect(notes.some((n) => n.path === 'signature.delegation' && n.kind === 'dropped')).toBe(true);
  });
  it('"ê Duy Định": a name whose two-letter family name lost its first letter is the signer, kept as typed with a note', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GDTrH.\n\nGIÁM ĐỐC\n\nê Duy Định';
    const { letter: l, notes } = read(letter({ footer }));
    expect([l.signature.title, l.signature.signer]).toEqual(['GIÁM ĐỐC', 'ê Duy Định']);
    expect(notes.some((n) => n.path === 'signature.signer' && n.kind === 'uncertain')).toBe(true);
  });
  it('"TM. ỦY BAN NHÂN DÂN" / "Q. CHỦ TỊCH": under TM., the acting head\'s "Q." line stays the marker line', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\n\nNguyễn Văn A';
    const sig = read(letter({ footer })).letter.signature;
    expect([sig.authority, sig.delegation, sig.title]).toEqual(['TM. ỦY BAN NHÂN DÂN', 'Q. CHỦ TỊCH', '']);
  });
  it('"TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG": a second marker under the first still stacks as the delegation', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nTrần Văn B';
    const sig = read(letter({ footer })).letter.signature;
    expect([sig.delegation, sig.title]).toEqual(['TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']);
  });
});

describe('the archive line', () => {
  it('"Lưu: VT, NMMT D.V. Tịnh.": a drafter\'s name shortened to dotted initials follows the unit with no full stop between', () => {
    const { archive, drafter } = readArchive('Lưu: VT, NMMT D.V. Tịnh.', 'UBND-NMMT');
    expect([archive.units, drafter?.initials]).toEqual([['VT', 'NMMT'], 'D.V. Tịnh']);
  });
  it('"Lưu: VT, KTN (3b). Hiền 22": a given name after the unit\'s copies, with the copies issued after it, is the drafter', () => {
    const { archive, drafter } = readArchive('Lưu: VT, KTN (3b). Hiền 22', 'VPCP-KTN');
    expect([archive.units, archive.copies, drafter]).toEqual([['VT', 'KTN'], 3, { initials: 'Hiền', copies: 22 }]);
  });
  it('"Lưu MN-VT": the records desk joined to the drafting unit by a hyphen is a unit of its own; "KT-TH" stays one', () => {
    expect(readArchive('Lưu MN-VT', 'SGDĐT-MN').archive.units).toEqual(['MN', 'VT']);
    expect(readArchive('Lưu: VT, KT-TH.', 'UBND-KT').archive.units).toEqual(['VT', 'KT-TH']);
  });
  it('"Lưu: VT, TH.TK.": initials in capitals glued by a full stop stay the drafter\'s mark', () => {
    const { archive, drafter } = readArchive('Lưu: VT, TH.TK.', 'SGDĐT-TH');
    expect([archive.units, drafter?.initials]).toEqual([['VT', 'TH'], 'TK']);
  });
});

describe('the Nơi nhận of a scan', () => {
  it('"Như kính gửi; ẤPH Á ộ": the seal\'s scraps beside the first entry go, three capitals that are no syllable among them', () => {
    const footer = 'Nơi nhận: KT. GIÁM ĐỐC\n- Như kính gửi; ẤPH Á ộ\n- Lưu VP.\n\nPHÓ GIÁM ĐỐC\n\nTrần Thị Bích Vân';
    const { letter: l, notes } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như kính gửi']);
    expect(notes.some((n) => n.path === 'distribution.0' && n.kind === 'dropped' && n.source === 'ẤPH Á ộ')).toBe(true);
  });
  it('"Như trên; Sở KHĐT": an entry of words beside the first one stays', () => {
    const footer = 'Nơi nhận:\n- Như trên; Sở KHĐT;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thị Bích Vân';
    expect(read(letter({ footer })).letter.distribution.join(' | ')).toContain('KHĐT');
  });
});
