// Forms found in the fourth round's unseen letters (ministry and Cục pages stored as markdown, Long An
// scans), each tested on its own: copies written "(3b)", a unit with its room in brackets and a
// drafter's name with the copies issued, "TL. CỤC TRƯỞNG" above the signer's own position, an office
// line above "KT." with no "TM.", a dashed recipient wrapped onto the next line, a recipient's address
// in brackets, a reader's initials over the header, the paragraphs under a last clause ending in
// ':', and pages that flattened the table cells (each cell one line).
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';
import { parseArchive } from '../../../core/importer/archive';
import { Notes } from '../../../core/importer/notes';

const letter = (parts: { head?: string; recipients?: string; body?: string; signature?: string }) => `${parts.head ?? 'BỘ TÀI CHÍNH\nCỤC HẢI QUAN'}
Số: 37951/CHQ-GSQL
V/v hướng dẫn thủ tục hải quan
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 24 tháng 11 năm 2025

${parts.recipients ?? 'Kính gửi: Công ty TNHH Minh Phát.'}

${parts.body ?? 'Cục Hải quan trả lời để Công ty biết./.'}

Nơi nhận:
- Như trên;
- Lưu: VT, GSQL (03b).

${parts.signature ?? 'TL. CỤC TRƯỞNG\nTRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ\nĐào Duy Tám'}`;

describe('the archive line', () => {
  const archive = (line: string) => parseArchive(line, new Notes());

  it.each([
    ['- Lưu: VT, CS (3b).', ['VT', 'CS'], 3],
    ['- Lưu: VT, GSQL (03b).', ['VT', 'GSQL'], 3],
    ['- Lưu: VT, TH (02 bản).', ['VT', 'TH'], 2],
  ])('%s: the copies written with their "b"', (line, units, copies) => {
    const { archive: a, drafter } = archive(line);
    expect(a).toEqual({ units, copies });
    expect(drafter).toBeNull();
  });

  it('"VT, VP (HC), Tài (25)": the office with its room, then the drafter and the copies issued', () => {
    expect(archive('- Lưu: VT, VP (HC), Tài (25).')).toEqual({ archive: { units: ['VT', 'VP (HC)'], copies: null }, drafter: { initials: 'TÀI', copies: 25 } });
  });

  it('letters in brackets that end the line are still the drafter\'s ("GDTXNNĐH (ĐPT)")', () => {
    expect(archive('- Lưu: VT, GDTXNNĐH (ĐPT).')).toEqual({ archive: { units: ['VT', 'GDTXNNĐH'], copies: null }, drafter: { initials: 'ĐPT', copies: null } });
  });
});

describe('signature', () => {
  it('"TL." / "CỤC TRƯỞNG" is whole: the "TRƯỞNG BAN …" line under it is the signer\'s position', () => {
    const { signature } = read(letter({ signature: '**TL.\nCỤC TRƯỞNG**\n**TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ**\n**Đào Duy Tám**' })).letter;
    expect(signature).toEqual({ authority: null, delegation: 'TL. CỤC TRƯỞNG', title: 'TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ', signer: 'Đào Duy Tám' });
  });

  it('"KT. BỘ" / "TRƯỞNG" still joins: the marker was cut before its last word', () => {
    const { signature } = read(letter({ signature: 'KT. BỘ\nTRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Thắng' })).letter;
    expect(signature).toEqual({ authority: null, delegation: 'KT. BỘ TRƯỞNG', title: 'THỨ TRƯỞNG', signer: 'Nguyễn Văn Thắng' });
  });

  it('an office line over "KT." without "TM." is neither the position nor invented into a TM. line; it is reported', () => {
    const { letter: l, notes } = read(letter({ signature: '**PHÒNG LĐ – TBXH HUYỆN**\n\n**KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG**\n\n*Phạm Xuân Hải*' }));
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', signer: 'Phạm Xuân Hải' });
    expect(notes).toContainEqual(expect.objectContaining({ path: 'signature.authority', kind: 'dropped', source: 'PHÒNG LĐ – TBXH HUYỆN' }));
  });
});

describe('Kính gửi', () => {
  it('a dashed recipient with no ending goes on on the next line, which has it', () => {
    const { recipients } = read(letter({ recipients: '**Kính gửi:**\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc\nChính phủ;\n- Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.' })).letter;
    expect(recipients).toEqual(['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương']);
  });

  it("a recipient's address in brackets under it is part of the entry, not the body", () => {
    const { letter: l } = read(letter({ recipients: '**Kính gửi: **Công ty TNHH Hanesbrands Việt Nam.\n*(đ/c: thôn Tạ Trung, xã Lương Bằng, tỉnh Hưng Yên)*' }));
    expect(l.recipients).toEqual(['Công ty TNHH Hanesbrands Việt Nam. (đ/c: thôn Tạ Trung, xã Lương Bằng, tỉnh Hưng Yên)']);
    expect(tree(l.body)).toEqual(['p: Cục Hải quan trả lời để Công ty biết./.']);
  });
});

describe('header', () => {
  it("a reader's initials a scan caught over the header are no part of the agency", () => {
    const head = 'CS\n20/3/10\n\nUBND TỈNH LONG AN\nSỞ LAO ĐỘNG THƯƠNG BINH\nVÀ XÃ HỘI';
    expect(read(letter({ head })).letter.agency).toEqual({ parent: 'UBND TỈNH LONG AN', name: 'SỞ LAO ĐỘNG THƯƠNG BINH\nVÀ XÃ HỘI' });
  });
});

describe('the paragraphs after the last clause', () => {
  it('belong to a clause ending in ":" up to the closing sentence', () => {
    const body = [
      '1. Về thủ tục nhập khẩu, Công ty thực hiện theo Quyết định số 18/2019/QĐ-TTg.',
      '2. Về thủ tục chuyển giao máy móc thiết bị:',
      'Khoản 1, 2 Điều 47a Luật Hải quan quy định hàng hóa xuất khẩu, nhập khẩu tại chỗ.',
      'Căn cứ quy định trên, Công ty thực hiện thủ tục xuất nhập khẩu tại chỗ.',
      'Cục Hải quan trả lời để Công ty biết./.',
    ].join('\n\n');
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      { 'clause: Về thủ tục nhập khẩu, Công ty thực hiện theo Quyết định số 18/2019/QĐ-TTg.': [] },
      {
        // A topic on its own line with its text below is a heading (as the letter's reader read it: cuchaiquan-37951).
        'clause T: Về thủ tục chuyển giao máy móc thiết bị:': [
          'p: Khoản 1, 2 Điều 47a Luật Hải quan quy định hàng hóa xuất khẩu, nhập khẩu tại chỗ.',
          'p: Căn cứ quy định trên, Công ty thực hiện thủ tục xuất nhập khẩu tại chỗ.',
        ],
      },
      'p: Cục Hải quan trả lời để Công ty biết./.',
    ]);
  });

  it('after a clause that is a whole sentence they are the closing part', () => {
    const body = '1. Sở Y tế chủ trì giám sát dịch.\n\n2. UBND các huyện tổ chức diệt lăng quăng.\n\nTrên đây là ý kiến của Cục Hải quan.\n\nĐề nghị Công ty thực hiện./.';
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      { 'clause: Sở Y tế chủ trì giám sát dịch.': [] },
      { 'clause: UBND các huyện tổ chức diệt lăng quăng.': [] },
      'p: Trên đây là ý kiến của Cục Hải quan.',
      'p: Đề nghị Công ty thực hiện./.',
    ]);
  });
});

describe('a page that flattened the table cells (each cell one line, its lines joined by spaces)', () => {
  const flattened = [
    'BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
    'Số: 778/TCHQ-GSQL V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014',
    'Hà Nội, ngày 13 tháng 02 năm 2017 Kính gửi: Cục Hải quan các tỉnh, thành phố.',
    'Để đảm bảo việc trao đổi thông tin điện tử, Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố thực hiện nội dung sau:',
    '1. Hướng dẫn người khai khai báo thông tin tờ khai vận chuyển độc lập.',
    '2. Theo dõi, xử lý vướng mắc phát sinh.',
    'Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện./.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, GSQL(03b). Trung Anh KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh',
  ].join('\r\n');

  it('reads every part as if the cells had kept their lines', () => {
    const l = read(flattened).letter;
    expect(l.agency).toEqual({ parent: 'BỘ TÀI CHÍNH', name: 'TỔNG CỤC HẢI QUAN' });
    expect([l.number, l.symbol, l.place, l.date]).toEqual([778, 'TCHQ-GSQL', 'Hà Nội', { day: 13, month: 2, year: 2017 }]);
    expect(l.subject).toBe('xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014');
    expect(l.recipients).toEqual(['Cục Hải quan các tỉnh, thành phố']);
    expect(tree(l.body)).toEqual([
      'p: Để đảm bảo việc trao đổi thông tin điện tử, Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố thực hiện nội dung sau:',
      { 'clause: Hướng dẫn người khai khai báo thông tin tờ khai vận chuyển độc lập.': [] },
      { 'clause: Theo dõi, xử lý vướng mắc phát sinh.': [] },
      'p: Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện./.',
    ]);
    expect(l.distribution).toEqual(['Như trên']);
    expect(l.archive).toEqual({ units: ['VT', 'GSQL'], copies: 3 });
    // A drafter's name written out is kept as typed (and flagged).
    expect(l.drafter).toEqual({ initials: 'Trung Anh', copies: null });
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. TỔNG CỤC TRƯỞNG', title: 'PHÓ TỔNG CỤC TRƯỞNG', signer: 'Vũ Ngọc Anh' });
  });

  it('a subject, the place and date, and "Kính gửi" on one line, the recipient running into the first paragraph', () => {
    const text = flattened
      .replace(/Số: 778[^\r]*\r\nHà Nội[^\r]*/, 'Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS) Phúc đáp Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019 của Tổng công ty, Bộ Kế hoạch và Đầu tư có ý kiến như sau:')
      .replace(/Để đảm bảo[^\r]*\r\n/, '');
    const l = read(text).letter;
    expect([l.number, l.subject, l.place, l.date.day]).toEqual([3397, 'hướng dẫn áp dụng Điều 162 Luật DN 2014', 'Hà Nội', 23]);
    expect(l.recipients).toEqual(['Tổng công ty Khí Việt Nam-CTCP (PV GAS)']);
    expect((tree(l.body) as unknown[])[0]).toBe('p: Phúc đáp Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019 của Tổng công ty, Bộ Kế hoạch và Đầu tư có ý kiến như sau:');
  });

  it('"TL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm": the marker\'s position, the signer\'s, the name', () => {
    const l = read(letter({ signature: 'TL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm' })).letter;
    expect(l.signature).toEqual({ authority: null, delegation: 'TL. BỘ TRƯỞNG', title: 'CHÁNH VĂN PHÒNG', signer: 'Nguyễn Đức Tâm' });
  });

  it('"BỘ NỘI VỤ" on one line is one agency; "BỘ NỘI VỤ VỤ TỔ CHỨC CÁN BỘ" has its unit', () => {
    expect(read(letter({ head: 'BỘ NỘI VỤ' })).letter.agency).toEqual({ parent: null, name: 'BỘ NỘI VỤ' });
    expect(read(letter({ head: 'BỘ NỘI VỤ VỤ TỔ CHỨC CÁN BỘ' })).letter.agency).toEqual({ parent: 'BỘ NỘI VỤ', name: 'VỤ TỔ CHỨC CÁN BỘ' });
  });

  it('a bare "Kính gửi:" takes the next line as its recipient even with no list ending', () => {
    const l = read(letter({ recipients: 'Kính gửi:\nTổng công ty Khí Việt Nam-CTCP (PV GAS)', body: 'Phúc đáp Công văn số 615/KVN-PC, Bộ có ý kiến như sau./.' })).letter;
    expect(l.recipients).toEqual(['Tổng công ty Khí Việt Nam-CTCP (PV GAS)']);
    expect(tree(l.body)).toEqual(['p: Phúc đáp Công văn số 615/KVN-PC, Bộ có ý kiến như sau./.']);
  });

  it('a date with blanks keeps its line ("ngày ___ tháng ___ năm 2025" is no rule)', () => {
    const l = read(letter({}).replace('Hà Nội, ngày 24 tháng 11 năm 2025', 'Hà Nội, ngày ___ tháng ___ năm 2025')).letter;
    expect([l.place, l.date]).toEqual(['Hà Nội', { day: null, month: null, year: 2025 }]);
  });
});

describe('the cuts are reported', () => {
  it('a line cut back into parts is noted with its text, for the clerk to check', () => {
    const { notes } = read('VĂN PHÒNG CHÍNH PHỦ\nSố: 12/VPCP-ĐMDN\nV/v quản trị doanh nghiệp\nHà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.\n\nVăn phòng Chính phủ thông báo để Bộ biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT, ĐMDN.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nMai Tiến Dũng');
    expect(notes).toContainEqual(expect.objectContaining({ path: 'document', kind: 'uncertain', source: 'Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.' }));
    expect(notes.filter((n) => /gộp nhiều phần/.test(n.message))).toHaveLength(1);
  });
});
