// Forms found in the sixteenth unseen round (a ministry's scanned letter with its receiving office's
// stamp, a city tax office's OCR'd letter quoting a law, a district's OCR'd letter without tone marks, a
// PDF text layer with a blank line after every line, web copies wrapped inside bold spans), each tested
// on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

const plain = (blocks: ReadonlyArray<{ content: ReadonlyArray<{ text: string }> }>): string[] => blocks.map((b) => b.content.map((r) => r.text).join(''));

/** A tax office's letter, typed cleanly; each test swaps in the part it is about. */
const letter = (parts: { head?: string; number?: string; subject?: string; body?: string; footer?: string }) => `${parts.head ?? 'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TP HẢI PHÒNG Độc lập - Tự do - Hạnh phúc'}
${parts.number ?? 'Số: 3943/CT-TT&HT Hải Phòng, ngày 05 tháng 4 năm 2018'}
${parts.subject ?? 'V/v giải đáp chính sách thuế'}

Kính gửi: Công ty TNHH đóng tàu Đại Dương

${parts.body ?? 'Cục Thuế TP Hải Phòng nhận được công văn số 07/CV của Công ty.\n\nCục Thuế TP Hải Phòng có ý kiến để Công ty biết và thực hiện./.'}

${parts.footer ?? 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TT&HT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Văn Hùng'}`;

describe('the header of a scanned letter', () => {
  it('"6“ BỘ TÀI CHÍNH": specks before the agency\'s name are cut off, with a note', () => {
    const { letter: l, notes } = read(letter({ head: 'ø“ 6, 4Ÿ\n6“ BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc' }));
    expect(l.agency).toEqual({ parent: null, name: 'BỘ TÀI CHÍNH' });
    expect(notes.some((n) => n.path === 'agency.name' && n.kind === 'dropped' && n.source === '6“')).toBe(true);
  });

  it('"Trang 1UBND TỈNH HÀ TĨNH": a document site\'s page mark glued to the first line is cut off', () => {
    const { letter: l } = read(letter({ head: 'Trang 1UBND TỈNH HÀ TĨNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc' }));
    expect(l.agency).toEqual({ parent: 'UBND TỈNH HÀ TĨNH', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' });
  });

  it('a dash before a unit\'s name further down is a list\'s, never a speck ("- UBND huyện" stays out of the agency)', () => {
    const { letter: l } = read(letter({ head: 'Số: 103/VPUBND-KT, ngày 09 tháng 3 năm 2012\nV/v phòng cháy rừng\n\nKính gửi:\n- UBND HUYỆN TRI TÔN' }).replace(/^Số: 3943.*\n/m, ''));
    expect(l.agency.name).toBe('');
  });

  it('"ty sé: 40345" /BTC-TCT.": a speck before OCR\'s "Số" does not hide the number line; the symbol is read', () => {
    const { letter: l, notes } = read(letter({ number: 'ty sé: 40345" /BTC-TCT. Hà Nội, ngày 25 tháng 7 năm 2016' }));
    expect([l.symbol, l.place, l.date.month]).toEqual(['BTC-TCT', 'Hà Nội', 7]);
    expect(notes.some((n) => n.path === 'number' && n.kind === 'dropped' && n.source === 'ty')).toBe(true);
  });

  it('"Số :284ÿCT-TT&HT": a foreign letter where the slash was gives the symbol, and the number is flagged', () => {
    const { letter: l, notes } = read(letter({ number: 'Số :284ÿCT-TT&HT Hải Phòng, ngày 05 tháng 4 năm 2018' }));
    expect([l.number, l.symbol, l.place]).toEqual([284, 'CT-TT&HT', 'Hải Phòng']);
    expect(notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });

  it('"S6 601 IUBND- YT" and "s6: lJJ?4J I CT-RTr": OCR\'s "I" for the slash before the symbol', () => {
    const a = read(letter({ number: 'S6 601 IUBND- YT\nHiep Hoa, ngay 01 thang 4 nam 2020' }));
    expect([a.letter.number, a.letter.symbol, a.letter.agency.name]).toEqual([601, 'UBND- YT', 'CỤC THUẾ TP HẢI PHÒNG']);
    const b = read(letter({ number: "s6: lJJ?4J I CT-RTr Ha N(Ji,ngay 21 thang 4 nam 2015" }));
    expect([b.letter.number, b.letter.symbol, b.letter.place]).toEqual([null, 'CT-RTr', 'Ha N(Ji']);
    // A symbol that starts with "I" after a slash of its own is not touched.
    const c = read(letter({ number: 'Số: 12/ICT-UBND Hải Phòng, ngày 05 tháng 4 năm 2018' }));
    expect(c.letter.symbol).toBe('ICT-UBND');
  });

  it('"‘VW giải đáp …", "(tr V/ýw thực hiện …": OCR\'s readings of "V/v" open the subject, with a note', () => {
    const a = read(letter({ subject: '‘VW giải đáp chính sách thuế' }));
    expect(a.letter.subject).toBe('giải đáp chính sách thuế');
    expect(a.notes.some((n) => n.path === 'subject' && n.kind === 'uncertain')).toBe(true);
    expect(read(letter({ subject: '(tr V/ýw thực hiện Luật số 106' })).letter.subject).toBe('thực hiện Luật số 106');
  });

  it('the receiving office\'s stamp OCR\'d under the subject, past a blank line, is no part of it', () => {
    const { letter: l } = read(letter({ subject: 'V/v thực hiện Luật số\n\nD\n\n(Chuyển:...\n\nLưu ho SƠ 50:.' }));
    expect(l.subject).toBe('thực hiện Luật số');
  });

  it('a subject\'s last line set apart by a blank line still goes on when it is a number ("năm học 2015 -" / "" / "2016")', () => {
    const { letter: l } = read(letter({ subject: 'V/v báo cáo việc may đồng phục năm học 2015 -\n\n2016' }));
    expect(l.subject).toBe('báo cáo việc may đồng phục năm học 2015 - 2016');
  });

  it('"**VĂN PHÒNG CHÍNH" / "PHỦ**": a name wrapped inside its bold span keeps its break, as typed', () => {
    const { letter: l } = read(letter({ head: '**VĂN PHÒNG CHÍNH\nPHỦ**\n-------\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc' }));
    expect(l.agency).toEqual({ parent: null, name: 'VĂN PHÒNG CHÍNH\nPHỦ' });
  });
});

describe('the body', () => {
  it('"… đã thông" / "" / "-¬:quá Luật số …": a dash run into specks after a cut sentence goes on with it', () => {
    const { letter: l } = read(letter({ body: 'Ngày 06 tháng 4 năm 2016, Quốc hội khóa 13 đã thông\n\n-¬:quá Luật số 106/2016/QH13 sửa đổi một số điều của Luật thuế.\n\nBộ Tài chính có ý kiến để các Cục Thuế biết./.' }));
    expect(plain(l.body)[0]).toBe('Ngày 06 tháng 4 năm 2016, Quốc hội khóa 13 đã thông -¬:quá Luật số 106/2016/QH13 sửa đổi một số điều của Luật thuế.');
    expect(l.body.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('"… triển khai thực hiện./. My": a pen\'s scrap after the closing "./." is dropped, with a note', () => {
    const { letter: l, notes } = read(letter({ body: 'Cục Thuế có ý kiến như sau.\n\nBộ Tài chính có ý kiến để các Cục Thuế biết và triển khai thực hiện./. My' }));
    expect(plain(l.body).at(-1)).toBe('Bộ Tài chính có ý kiến để các Cục Thuế biết và triển khai thực hiện./.');
    expect(notes.some((n) => n.path === 'body' && n.kind === 'dropped' && n.source === 'My')).toBe(true);
  });

  it('"… đã được" / "" / "trích dẫn tại văn bản này./.": a paragraph that has not ended goes on past a blank line into small letters', () => {
    const { letter: l } = read(letter({ body: 'Cục Thuế có ý kiến để Công ty biết và thực hiện theo các văn bản đã được\n\ntrích dẫn tại văn bản này./.' }));
    expect(plain(l.body)).toEqual(['Cục Thuế có ý kiến để Công ty biết và thực hiện theo các văn bản đã được trích dẫn tại văn bản này./.']);
  });

  it('"… gửi về Bộ Lao động" / "- Thương binh và Xã hội …": a name cut at its own dash is no new item', () => {
    const { letter: l } = read(
      letter({ body: 'Đề nghị Sở thực hiện:\n-\nChỉ đạo các đơn vị khẩn trương hoàn thiện.\n-\nTổng hợp phiếu điều tra và gửi về Bộ Lao động\n- Thương binh và Xã hội trước ngày 31/7/2016.\nĐề nghị Sở quan tâm./.' }),
    );
    const items = l.body.filter((b) => b.kind === 'item');
    expect(items.map((b) => b.content.map((r) => r.text).join(''))).toEqual([
      'Chỉ đạo các đơn vị khẩn trương hoàn thiện.',
      'Tổng hợp phiếu điều tra và gửi về Bộ Lao động - Thương binh và Xã hội trước ngày 31/7/2016.',
    ]);
  });

  it('"2- Địa điểm làm việc" / "Tại Phòng …": a hyphen-numbered clause alone on its line is a heading over its text', () => {
    const { letter: l } = read(
      letter({ body: 'Sở tổ chức làm việc như sau:\n1- Lịch làm việc\n- Sáng 23/5/2014, làm việc với Phòng Lộc Hà;\n2- Địa điểm làm việc\nTại Phòng Giáo dục và Đào tạo các huyện\n3- Thành phần tham dự làm việc\n- Đại diện Sở GDĐT./.' }),
    );
    const second = l.body.filter((b) => b.kind === 'item')[1];
    expect(second?.kind === 'item' && second.title).toBe(true);
    expect(second?.kind === 'item' && plain(second.children)).toEqual(['Tại Phòng Giáo dục và Đào tạo các huyện']);
  });

  it('"1. Nội dung:" over its dash lines is a heading; "1. Giao Sở Tài chính:" (an instruction) is not', () => {
    const body = (head: string) => `Phòng tổ chức hội nghị.\n\n${head}\n- Đánh giá công tác hè;\n- Triển khai nhiệm vụ tháng 9.\n\n2. Thời gian: từ 7h30 ngày 9/9/2020.\n\nYêu cầu các đồng chí dự đúng giờ./.`;
    const titled = (head: string): boolean => {
      const item = read(letter({ body: body(head) })).letter.body.find((b) => b.kind === 'item');
      return item?.kind === 'item' && item.title;
    };
    expect(titled('1. Nội dung:')).toBe(true);
    expect(titled('1. Ủy ban nhân dân tỉnh Đồng Nai:')).toBe(true);
    expect(titled('1. Giao Sở Tài chính:')).toBe(false);
    expect(titled('1. Đối với các doanh nghiệp viễn thông trên địa bàn tỉnh:')).toBe(false);
  });

  it('a PDF text layer with a blank line after every wrapped line: the blanks say nothing, the sentences do', () => {
    const lines = [
      'Thực hiện chương trình công tác tháng 9 năm 2020 và kế hoạch năm học mới của',
      'ngành, căn cứ tình hình thực tế tại các đơn vị trường học, Phòng GD&ĐT tổ',
      'chức Hội nghị giao ban Hiệu trưởng tháng 9 năm 2020.',
      '1. Nội dung:',
      '- Đánh giá công tác hè và triển khai nhiệm vụ chuyên môn tháng 9 năm',
      '2020.',
      '2. Thành phần:',
      '- Lãnh đạo, chuyên viên Phòng GD&ĐT;',
      '- Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn',
      'toàn huyện.',
      '- Từ 7h30, ngày 9/9/2020: Họp bậc Mầm non tại trường Mầm non thị trấn',
      'Thắng.',
      'Yêu cầu các đồng chí sắp xếp công việc, về dự Hội nghị đúng thời gian./.',
    ];
    const { letter: l } = read(letter({ body: lines.join(' \n\n') }));
    expect(plain(l.body)).toEqual([
      'Thực hiện chương trình công tác tháng 9 năm 2020 và kế hoạch năm học mới của ngành, căn cứ tình hình thực tế tại các đơn vị trường học, Phòng GD&ĐT tổ chức Hội nghị giao ban Hiệu trưởng tháng 9 năm 2020.',
      'Nội dung:',
      'Thành phần:',
      'Yêu cầu các đồng chí sắp xếp công việc, về dự Hội nghị đúng thời gian./.',
    ]);
    const second = l.body[2];
    expect(second?.kind === 'item' && plain(second.children)).toEqual([
      'Lãnh đạo, chuyên viên Phòng GD&ĐT;',
      'Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn toàn huyện.',
      'Từ 7h30, ngày 9/9/2020: Họp bậc Mầm non tại trường Mầm non thị trấn Thắng.',
    ]);
  });

  it('"“...3. Công ty …" / "a) …" / "4. …": an excerpt of a law whose closing mark the scan lost keeps its labels as text', () => {
    const { letter: l } = read(
      letter({
        body: 'Căn cứ Điều 68 Luật doanh nghiệp quy định như sau:\n\n“...3. Công ty có thể giảm vốn điều lệ bằng các hình thức sau đây:\n\na) Hoàn trả một phần vốn góp cho thành viên;\n\nb) Công ty mua lại phần vốn góp của thành viên;\n\n4. Trong thời hạn 10 ngày, công ty phải thông báo bằng văn bản...\n\nCăn cứ các quy định trên, Cục Thuế có ý kiến để Công ty biết./.',
      }),
    );
    expect(l.body.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(plain(l.body)[2]).toBe('a) Hoàn trả một phần vốn góp cho thành viên;');
  });
});

describe('the footer', () => {
  it('"Nơi nhận:" / "Như trên;" / "TT Phạm Minh Huân (để b/c);": entries typed without dashes are all read', () => {
    const { letter: l } = read(letter({ footer: 'Nơi nhận:\nNhư trên;\nTT Phạm Minh Huân (để b/c);\nLưu: VT, Vụ LĐTL.' }));
    expect(l.distribution).toEqual(['Như trên', 'TT Phạm Minh Huân (để b/c)']);
  });

  it('"Trợ lý TTg, TGĐ Cổng TTĐT;" / "các Vụ: KTTH, QHĐP, TH;": a line in small letters goes on with the entry above it', () => {
    const { letter: l } = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp,\nTrợ lý TTg, TGĐ Cổng TTĐT;\ncác Vụ: KTTH, QHĐP, TH;\n- Lưu: VT, CN (2).\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nPhạm Mạnh Cường' }));
    expect(l.distribution).toEqual(['Như trên', 'VPCP: BTCN, PCN Nguyễn Sỹ Hiệp, Trợ lý TTg, TGĐ Cổng TTĐT; các Vụ: KTTH, QHĐP, TH']);
  });

  it('"Nơi nhận:/»⁄": specks after the label are no entry', () => {
    const { letter: l, notes } = read(letter({ footer: 'Nơi nhận:/»⁄\n- Như trên;\n- Lưu: VT, TCT.' }));
    expect(l.distribution).toEqual(['Như trên']);
    expect(notes.some((n) => n.path === 'distribution' && n.kind === 'dropped')).toBe(true);
  });

  it('"Lưu: VT, TCT(VT, CS(3b)). đ%/ go": a unit with its own bracketed list is one unit; the pen\'s scrap after it is no drafter', () => {
    const { letter: l } = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TCT(VT, CS(3b)). đ%/ go\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nĐỗ Hoàng Anh Tuấn' }));
    expect(l.archive).toEqual({ units: ['VT', 'TCT(VT, CS(3b))'], copies: null });
    expect(l.drafter).toBeNull();
  });

  it('"- Lưu VT;" / "Bản điện tử:" / "- Như kính gửi;": a sub-list opened after the archive line is the Nơi nhận list itself', () => {
    const { letter: l } = read(letter({ footer: 'Nơi nhận:\n-Lưu VT;\nBản điện tử:\n- Như kính gửi;\n-Lãnh đạo, CV phòng GD&ĐT.\n\nTRƯỞNG PHÒNG\n\nPhạm Văn Hà' }));
    expect(l.distribution).toEqual(['Như kính gửi', 'Lãnh đạo, CV phòng GD&ĐT']);
  });

  it('"\\° THÀNH PHG" under "KT. cục TRƯỞNG": the seal\'s ring of capitals is no position', () => {
    const { letter: l, notes } = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu VT, TT&HT.\n\nKT. cục TRƯỞNG\n\n\\° THÀNH PHG' }));
    expect(l.signature.title).toBe('');
    expect(notes.some((n) => n.path === 'signature' && n.kind === 'dropped' && n.source === '\\° THÀNH PHG')).toBe(true);
  });

  it('"= quận Ngô Quyên - Hải Phong" under an e-signature stamp is the stamp\'s cut line, not the body\'s', () => {
    const { letter: l } = read(
      letter({ body: 'Cục Thuế nhận được công văn của Công ty.\n\nDigitally signed by\nDate: 2018.04.05 11:41:06 +07:00\nLocation: Số 6 - Đà Nẵng - phường Máy Tơ\n= quận Ngô Quyên - Hải Phong\n\nKhi thực hiện giảm vốn, Công ty không phải thực hiện thủ tục về thuế./.' }),
    );
    expect(plain(l.body)).toEqual(['Cục Thuế nhận được công văn của Công ty.', 'Khi thực hiện giảm vốn, Công ty không phải thực hiện thủ tục về thuế./.']);
  });

  it('"- Lưu: VI, Vụ LĐTL..": a full stop OCR doubled stays out of the unit', () => {
    const { letter: l } = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, Vụ LĐTL..' }));
    expect(l.archive.units).toEqual(['VT', 'Vụ LĐTL']);
  });
});

describe('two footer columns that OCR ran together', () => {
  const footer = (rows: string) => letter({ footer: `Nơi nhận: KT. BỘ TRƯỞNG, CHỦ NHIỆM\n- Như trên;\n${rows}\n- Lưu: VT, CN (02). HA.` });

  it('"- Thủ tướng, các Phó Thủ tướng CP PHO CHU NHIỆM": the entry keeps its own capitals; the position starts at its own words', () => {
    const { letter: l } = read(footer('- Thủ tướng, các Phó Thủ tướng CP PHO CHU NHIỆM\n(để b/c);\n- Bộ Xây dựng; Phạm Mạnh Cường'));
    expect(l.distribution).toEqual(['Như trên', 'Thủ tướng, các Phó Thủ tướng CP (để b/c)', 'Bộ Xây dựng']);
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHO CHU NHIỆM', 'Phạm Mạnh Cường']);
  });

  it('"Vụ: KTTH, QHĐP, TH; Phạm Mạnh Cường": the signer\'s name after the wrapped line of an entry is the signature\'s', () => {
    const { letter: l } = read(footer('- Bộ Xây dựng; PHÓ CHỦ NHIỆM\n- VPCP: BTCN, PCN Nguyễn Sỹ\nHiệp, PCN Phạm Mạnh Cường,\nTrợ lý TTg, TGĐ Cổng TTĐT; các\nVụ: KTTH, QHĐP, TH; Phạm Mạnh Cường'));
    expect(l.signature.signer).toBe('Phạm Mạnh Cường');
    expect(l.distribution.at(-1)).toBe('VPCP: BTCN, PCN Nguyễn Sỹ Hiệp, PCN Phạm Mạnh Cường, Trợ lý TTg, TGĐ Cổng TTĐT; các Vụ: KTTH, QHĐP, TH');
  });

  it('"Trợ lý TTg, TGĐ Cổng TTĐT; các" after an entry that ended: a listing line in mixed case stays in the list, never dropped', () => {
    const { letter: l } = read(footer('- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp; PHÓ CHỦ NHIỆM\nTrợ lý TTg, TGĐ Cổng TTĐT; các\nVụ: KTTH, QHĐP, TH; Phạm Mạnh Cường'));
    // The Government Office's own entry goes on over lines without a dash, its groups parted by ";"
    // (as the readers of VPCP 11414, 11583, 2776 and 9717 read it; round 19).
    expect(l.distribution.slice(1)).toEqual(['VPCP: BTCN, PCN Nguyễn Sỹ Hiệp; Trợ lý TTg, TGĐ Cổng TTĐT; các Vụ: KTTH, QHĐP, TH']);
  });

  it('"ieee PRQ CỤC TRƯỜNG": a short word in P before the position is OCR\'s "PHÓ" and stays with it', () => {
    const { letter: l } = read(letter({ footer: 'Nai nhận: KT.CUC TRUONG\nieee PRQ CỤC TRƯỜNG\n\nNguyễn Thanh Bình' }));
    expect(l.signature.title).toBe('PRQ CỤC TRƯỜNG');
  });
});

describe('a clause alone on its line', () => {
  it('"1. Thực hiện bangdroll: “TÍCH CỰC … TOÀN DÂN" / "ĐƯA TRẺ ĐẾN TRƯỜNG” treo …": a quotation left open goes on below, no heading', () => {
    const { letter: l } = read(
      letter({ body: 'Phòng đề nghị các trường thực hiện tốt các yêu cầu sau:\n1. Thực hiện bangdroll: “TÍCH CỰC HƯỞNG ỨNG NGÀY TOÀN DÂN\nĐƯA TRẺ ĐẾN TRƯỜNG” treo ngay trước cổng trường.\n2. Chương trình Lễ khai giảng thực hiện đúng theo văn bản số 2830/GDĐT-VP./.' }),
    );
    const first = l.body[1];
    expect(first).toMatchObject({ kind: 'item', level: 'clause', title: false, children: [] });
    expect(plain([first as never])).toEqual(['Thực hiện bangdroll: “TÍCH CỰC HƯỞNG ỨNG NGÀY TOÀN DÂN ĐƯA TRẺ ĐẾN TRƯỜNG” treo ngay trước cổng trường.']);
  });
});
