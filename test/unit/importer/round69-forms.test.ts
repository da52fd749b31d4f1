// Forms found while the sixty-ninth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';

const letter = (body: string, footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.') =>
  `SỞ Y TẾ CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1376/SYT-NVY Cà Mau, ngày 26 tháng 4 năm 2021\nV/v tăng cường phòng, chống dịch\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n${body}\n\n${footer}`;

describe('Quotation marks in list items (Sở Y tế Cà Mau 1376)', () => {
  it('"“Vietnam Health Declaration”, #Bluezone”, “Ncovi”,": a surplus closing mark mid-item quotes no paragraphs above it', () => {
    const body = [
      'Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:',
      '1. Phối hợp ngành y thực hiện có hiệu quả các nội dung:',
      '- Thường xuyên kiểm tra, đôn đốc thực hiện các biện pháp phòng, chống dịch.',
      '- Khai báo y tế qua các ứng dụng: “Vietnam Health Declaration”, #Bluezone”, “Ncovi”,',
      '- Hỗ trợ lực lượng y tế tiêm vắc xin an toàn.',
      'Trân trọng./.',
    ].join('\n\n');
    expect(tree(read(letter(body)).letter.body)).toEqual([
      'p: Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:',
      {
        'clause: Phối hợp ngành y thực hiện có hiệu quả các nội dung:': [
          { 'dash: Thường xuyên kiểm tra, đôn đốc thực hiện các biện pháp phòng, chống dịch.': [] },
          { 'dash: Khai báo y tế qua các ứng dụng: “Vietnam Health Declaration”, #Bluezone”, “Ncovi”,': [] },
          { 'dash: Hỗ trợ lực lượng y tế tiêm vắc xin an toàn.': [] },
        ],
      },
      'p: Trân trọng./.',
    ]);
  });
});

describe('Cà Mau Sở GDĐT 699: a subject with specks, a title beside the Nơi nhận', () => {
  const head = (subject: string, footer: string) =>
    `UBND TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 699/SGDĐT-TCCB Cà Mau, ngày 26 tháng 3 năm 2021\n\n${subject}\n\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị thực hiện./.\n\n${footer}\n\nTạ Thanh Vũ`;
  it('"của Sở Tư :\' pháp": signs standing alone between two words of the subject go', () => {
    const l = read(head("V/v triển khai Kế hoạch số 38/KH-STP\nngày 25/3/2021 của Sở Tư :' pháp tổ chức\ncuộc thi trực tuyến", 'Nơi nhận: KT. GIÁM ĐỐC\n- Như trên;\n- Lưu: VT, TCCB.')).letter;
    expect(l.subject).toBe('triển khai Kế hoạch số 38/KH-STP ngày 25/3/2021 của Sở Tư pháp tổ chức cuộc thi trực tuyến');
  });
  it('"- Như trên; 7; 5P NÓ GIÁM ĐÓC": "NÓ" is the deputy\'s marred "PHÓ", the title\'s', () => {
    const l = read(head('V/v triển khai Kế hoạch', 'Nơi nhận: KT. GIÁM ĐÓC\n- Như trên; 7; 5P NÓ GIÁM ĐÓC\n- Lưu: VT, TCCB.')).letter;
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['KT. GIÁM ĐÓC', 'NÓ GIÁM ĐÓC', 'Tạ Thanh Vũ']);
  });
});

describe('Lâm Đồng Party and mass-organisation letters (Hội LHPN 113, Ban Tuyên giáo và Dân vận 210, round 69)', () => {
  const hoi = (numberLine: string, dateline: string, tail = '') =>
    `HỘI LHPN TỈNH LÂM ĐÔNG _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ Độc lập - Tự do - Hạnh phúc\n\n${numberLine}\n\nV/v giới thiệu lãnh đạo\n\n${dateline}\n\nKính gửi: Lãnh đạo Sở Nội vụ\n\nBan Thường vụ lập danh sách như sau./.\n\nNơi nhận: TM. BAN THƯỜNG VỤ\n- Như kính gửi; PHÓ CHỦ TỊCH\n- Lưu: VP, VT.${tail}`;
  it('"Số: l5 /CV- BTV": a hand-filled number of a letter and one digit is not read', () => {
    const l = read(hoi('Số: l5 /CV- BTV', 'Lâm Đồng, ngày 11 tháng 9 năm 2025')).letter;
    expect([l.number, l.symbol]).toEqual([null, 'CV- BTV']);
  });
  it('"ngày-14 tháng 9": the dash glued between "ngày" and the day is a speck', () => {
    expect(read(hoi('Số: 113/CV-BTV', 'Lâm Đông, ngày-14 tháng 9 năm 2025')).letter.date.day).toBe(14);
  });
  it('"HỘI LIÊN HIỆ" / "PHỤ NỮ TỈNH" under the title: the seal\'s ring spells out the header\'s "LHPN", no signer', () => {
    const l = read(hoi('Số: 113/CV-BTV', 'Lâm Đồng, ngày 11 tháng 9 năm 2025', '\n\nHỘI LIÊN HIỆ\nPHỤ NỮ TỈNH')).letter;
    expect([l.signature.title, l.signature.signer]).toEqual(['PHÓ CHỦ TỊCH', '']);
  });
  const ban = (numberLine: string, subject: string) =>
    `TỈNH ỦY LÂM ĐÔNG ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYỂN GIÁO VÀ DÂN VẬN\n\nLâm Đồng, ngày 04 tháng 9 năm 2025\n${numberLine}\n\n${subject}\n\nKính gửi: Sở Nội vụ.\n\nBan cử lãnh đạo tham gia như sau./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.`;
  it('"Số đJ/0 -CV/BTGDVTU": a Party number OCR read with a slash of its own; the symbol opens at the kind', () => {
    const l = read(ban('Số đJ/0 -CV/BTGDVTU', 'V/v cử lãnh đạo Ban')).letter;
    expect([l.number, l.symbol, l.agency.name]).toEqual([null, 'CV/BTGDVTU', 'BAN TUYỂN GIÁO VÀ DÂN VẬN']);
  });
  it('"ƒ/w cử lãnh đạo …": the italic "V/v" read with a hooked f opens the subject', () => {
    expect(read(ban('Số 210-CV/BTGDVTU', 'ƒ/w cử lãnh đạo Ban tham gia')).letter.subject).toBe('cử lãnh đạo Ban tham gia');
  });
});

describe('Tổng cục Thuế 2953, OCR of an e-signed scan (round 69)', () => {
  const footer = 'Noi nhận: ._ TL. TONG CUC TRUONG l\n- Như trên; VU TRUONG VỤ THANH TRA - KIEM TRATHUÉ\n~ Phó TCTr Vũ Chi Hùng,\n\n(để b/c); fy. CHIN\n\n- Em: VT, TIKT. ,';
  const text = `BỘ TÀI CHÍNH ; CONG HOA XA HOI CHU NGHIA VIET NAM\nTONG CUC THUE Độc lập - Tự do - Hanh phúc\n8é:.2953 /TCT - TTKT Hà Nội, ngày 06 tháng 8 năm 2021\n\nV/v: Chính sách thuế\nKính gửi: Cục Thuế tỉnh Đồng Nai\n\nTổng cục Thuế trả lời để Cục Thuế tỉnh Đồng Nai được biết và thực hiện./.\n\n${footer}`;
  it('"BỘ TÀI CHÍNH ;" and "8é:.2953 /TCT - TTKT Hà Nội": the parent without its speck; "Số:" with its S read as an 8', () => {
    const l = read(text).letter;
    expect([l.agency.parent, l.number, l.symbol, l.place]).toEqual(['BỘ TÀI CHÍNH', 2953, 'TCT - TTKT', 'Hà Nội']);
  });
  it('"._ TL. TONG CUC TRUONG l": the marker between specks; "fy. CHIN" after an entry\'s ";" is no entry; "- Em: VT" is the Lưu line', () => {
    const r = read(text);
    const { signature, distribution, archive } = r.letter;
    expect([signature.delegation, signature.title, signature.signer]).toEqual(['TL. TONG CUC TRUONG', 'VU TRUONG VỤ THANH TRA - KIEM TRATHUÉ', '']);
    expect(distribution).toEqual(['Như trên', 'Phó TCTr Vũ Chi Hùng, (để b/c)']);
    expect(archive.units).toEqual(['VT', 'TIKT']);
  });
});

describe('Chi cục Thuế Nha Trang 106 and UBND tỉnh Cà Mau 2980: quoted law, Lưu lines (round 69)', () => {
  const letter106 = (body: string, footer: string) =>
    `CỤC THUE TINH KHANH HÒA CỘNG HOA XÃ HỘI CHU NGHĨA VIỆT NAM\nCHI CỤC THUE TP.NHA TRANG Độc lập - Tự do - Hanh phúc\nSố: 106/CCT-TTHT Nha Trang, ngày 07 tháng 01 năm 2022\n\nV/v hướng dẫn chính sách thuế\n\nKính gửi: Công Ty TNHH MTV Gia Linh Khánh Hòa\n\n${body}\n\n${footer}`;
  it('"quy định:" / "“ 1. Các bên …" / "a) …" / "2. …": an article quoted from its first clause, its closing mark lost, keeps its labels as text', () => {
    const body = [
      'Trả lời văn bản của Công ty, Chi cục Thuế có ý kiến như sau:',
      '- Tại Điều 5 Nghị định số 132/2020/NĐ-CP của Chính phủ quy định:',
      '“ 1. Các bên có quan hệ liên kết (sau đây viết tắt là “bên liên kết”) là các bên có mối quan hệ:',
      'a) Một bên tham gia trực tiếp vào việc điều hành bên kia;',
      '2. Các bên liên kết tại khoản 1 điều này được quy định cụ thể như sau:',
      'Căn cứ quy định nêu trên thì Công ty không thuộc trường hợp là các bên có quan hệ liên kết.',
      'Chi cục Thuế trả lời cho đơn vị biết để thực hiện./.',
    ].join('\n\n');
    expect(tree(read(letter106(body, 'Nơi nhận:\n- Cục Thuế;\n- Lưu: VT, TTHT.')).letter.body)).toEqual([
      'p: Trả lời văn bản của Công ty, Chi cục Thuế có ý kiến như sau:',
      {
        'dash: Tại Điều 5 Nghị định số 132/2020/NĐ-CP của Chính phủ quy định:': [
          'p: “ 1. Các bên có quan hệ liên kết (sau đây viết tắt là “bên liên kết”) là các bên có mối quan hệ:',
          'p: a) Một bên tham gia trực tiếp vào việc điều hành bên kia;',
          'p: 2. Các bên liên kết tại khoản 1 điều này được quy định cụ thể như sau:',
        ],
      },
      'p: Căn cứ quy định nêu trên thì Công ty không thuộc trường hợp là các bên có quan hệ liên kết.',
      'p: Chi cục Thuế trả lời cho đơn vị biết để thực hiện./.',
    ]);
  });
  it('"- Luu: VT, TTHT (tttthuy - 02b). > oven Van Thang": a login and its copies; the signer\'s marred name past a sign', () => {
    const r = read(letter106('Chi cục Thuế trả lời cho đơn vị biết để thực hiện./.', 'Noi nhận: CHI CỤC TRƯỞNG\n- Cục Thuế K/Hoà;\n- Luu: VT, TTHT (tttthuy - 02b). > oven Van Thang'));
    expect([r.letter.archive.units, r.letter.drafter?.copies, r.letter.signature.signer]).toEqual([['VT', 'TTHT'], 2, 'oven Van Thang']);
  });
  it('"- Lưu: VT, KLó4/6.": a register mark with a digit read as "ó" is a unit, kept as read', () => {
    const r = read(letter106('Chi cục Thuế trả lời cho đơn vị biết để thực hiện./.', 'Nơi nhận:\n- Cục Thuế;\n- Lưu: VT, KLó4/6.'));
    expect(r.letter.archive.units).toEqual(['VT', 'KLó4/6']);
  });
});

describe('Tổng cục Thuế 2953: provisions quoted under dashes (round 69)', () => {
  const letter = (body: string) =>
    `BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\nSố: 2953/TCT-TTKT Hà Nội, ngày 06 tháng 8 năm 2021\n\nV/v: Chính sách thuế\nKính gửi: Cục Thuế tỉnh Đồng Nai\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TTKT.`;
  it('a stray mark before the first words, a clause cited between dashes, "`." closing a quotation, the reasoning after it at the top', () => {
    const body = [
      '“Trả lời Công văn số 5431/CTDON-NVDTPC của Cục Thuế tỉnh Đồng Nai, Tổng cục Thuế có ý kiến như sau:',
      '- Tại khoản 1 Điều 2 Nghị định số 20/2017/NĐ-CP quy định đối tượng áp dụng:',
      '1. Tổ chức sản xuất, kinh doanh hàng hóa, dịch vụ có giao dịch với các bên có quan hệ liên kết.',
      '- Tại Điều 2 Nghị định số 68/2020/NĐ-CP quy định tổ chức thực hiện và hiệu lực thi hành:',
      '“Điều 2. Tổ chức thực hiện và hiệu lực thi hành',
      '1. Nghị định này có hiệu lực thi hành kể từ ngày ký.',
      '2. Đối với kỳ tính thuế năm 2017, 2018 thì được áp dụng Điều 1 Nghị định này... `.',
      'Căn cứ các quy định nêu trên thì:',
      '- Trường hợp Công ty A chỉ phát sinh giao dịch liên kết trong nước thì được miễn kê khai.',
      '- Công ty A thuộc đối tượng áp dụng Nghị định số 20/2017/NĐ-CP.',
      'Tổng cục Thuế trả lời để Cục Thuế tỉnh Đồng Nai được biết và thực hiện./.',
    ].join('\n\n');
    expect(tree(read(letter(body)).letter.body)).toEqual([
      'p: “Trả lời Công văn số 5431/CTDON-NVDTPC của Cục Thuế tỉnh Đồng Nai, Tổng cục Thuế có ý kiến như sau:',
      { 'dash: Tại khoản 1 Điều 2 Nghị định số 20/2017/NĐ-CP quy định đối tượng áp dụng:': ['p: 1. Tổ chức sản xuất, kinh doanh hàng hóa, dịch vụ có giao dịch với các bên có quan hệ liên kết.'] },
      {
        'dash: Tại Điều 2 Nghị định số 68/2020/NĐ-CP quy định tổ chức thực hiện và hiệu lực thi hành:': [
          'p: “Điều 2. Tổ chức thực hiện và hiệu lực thi hành',
          'p: 1. Nghị định này có hiệu lực thi hành kể từ ngày ký.',
          'p: 2. Đối với kỳ tính thuế năm 2017, 2018 thì được áp dụng Điều 1 Nghị định này... `.',
        ],
      },
      'p: Căn cứ các quy định nêu trên thì:',
      { 'dash: Trường hợp Công ty A chỉ phát sinh giao dịch liên kết trong nước thì được miễn kê khai.': [] },
      { 'dash: Công ty A thuộc đối tượng áp dụng Nghị định số 20/2017/NĐ-CP.': [] },
      'p: Tổng cục Thuế trả lời để Cục Thuế tỉnh Đồng Nai được biết và thực hiện./.',
    ]);
  });
  it('"__ 8) Người nộp thuế …": underscores with a space after them and none before open no bold span; kept as read', () => {
    const body = '- Tại Điều 1 Nghị định số 68/2020/NĐ-CP quy định:\n\n“3. Tổng chi phí lãi vay được trừ không vượt quá 30%.\n\n__ 8) Người nộp thuế kê khai theo Mẫu số 01. ”.\n\nTổng cục Thuế trả lời để Cục Thuế biết./.';
    const blocks = read(letter(body)).letter.body;
    expect(tree(blocks)).toEqual([
      { 'dash: Tại Điều 1 Nghị định số 68/2020/NĐ-CP quy định:': ['p: “3. Tổng chi phí lãi vay được trừ không vượt quá 30%.', 'p: __ 8) Người nộp thuế kê khai theo Mẫu số 01. ”.'] },
      'p: Tổng cục Thuế trả lời để Cục Thuế biết./.',
    ]);
    expect(blocks.flatMap((b) => (b.kind === 'item' ? b.children : [])).flatMap((b) => b.content).some((r) => r.bold)).toBe(false);
  });
});

describe('signs between a subject\'s words that are kept (the printed probe, round 69)', () => {
  it('"kinh doanh : dịch vụ", "2011HHHHa ; kinh phí": a colon or semicolon alone between words stays as typed', () => {
    const head = (subject: string) =>
      `UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 297/SGDĐT-TCCB Phú Thọ, ngày 03 tháng 3 năm 2017\n\nV/v tăng cường công tác\n${subject}\n\nKính gửi: Các đơn vị.\n\nĐề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.`;
    expect(read(head('quản lý kinh doanh : dịch vụ tư vấn')).letter.subject).toBe('tăng cường công tác quản lý kinh doanh : dịch vụ tư vấn');
    expect(read(head('năm 2011HHHHa ; kinh phí tuyên truyền')).letter.subject).toBe('tăng cường công tác năm 2011HHHHa ; kinh phí tuyên truyền');
  });
});
