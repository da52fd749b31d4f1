// Forms the OCR probe shows in a scanned letter (our exports printed and read back by tesseract): it
// reads the two columns row by row, so a wrapped dateline runs into the subject, the signer's position
// lands on a Nơi nhận line with its tone marks partly lost, and the seal's strokes come out as specks
// after an entry's ";".
import { describe, expect, it } from 'vitest';
import { read } from './read';

const letter = (footer: string) => `ỦY BAN NHÂN DÂN
TỈNH BẠC LIÊU
Số: 272/UBND-VX
Bạc Liêu, ngày 01 tháng 3 năm 2007
V/v thu tiền mua bằng tốt nghiệp
Kính gửi: Sở Giáo dục và Đào tạo.

Nhận được công văn này đề nghị Sở Giáo dục và Đào tạo tiến hành thực hiện./.

${footer}`;

describe('a dateline run into the subject', () => {
  const header = (numberLine: string, subject: string) => `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

THÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc
${numberLine}
${subject}

nhà sau sắp xếp

Kính gửi: Sở Xây dựng.

Đề nghị Sở Xây dựng thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Bùi Xuân Cường`;

  it('"Số: 4085/UBND-ĐT Thành phố Hồ Chí Minh," over "V/v … ngày 25 tháng 11 năm 2025": the place and date are cut out, with a note', () => {
    const { letter: l, notes } = read(header('Số: 4085/UBND-ĐT Thành phố Hồ Chí Minh,', 'V/v rà soát và chuẩn hóa dữ liệu số ngày 25 tháng 11 năm 2025'));
    expect([l.number, l.symbol, l.place]).toEqual([4085, 'UBND-ĐT', 'Thành phố Hồ Chí Minh']);
    expect(l.date).toEqual({ day: 25, month: 11, year: 2025 });
    expect(l.subject).toBe('rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp');
    expect(notes.some((n) => n.path === 'date' && n.kind === 'uncertain')).toBe(true);
  });

  it('"Số: 9476BNNMT-CNTY Hà Nội, ngày 24 …": OCR lost the slash between number and symbol; both are read, flagged, and the dateline after them is kept', () => {
    const { letter: l, notes } = read(header('Số: 9476BNNMT-CNTY Hà Nội, ngày 24 tháng 11 năm 2025', 'V/v trả lời bổ sung kiến nghị của cử tri'));
    expect([l.number, l.symbol, l.place]).toEqual([9476, 'BNNMT-CNTY', 'Hà Nội']);
    expect(l.date).toEqual({ day: 24, month: 11, year: 2025 });
    expect(notes.some((n) => n.path === 'symbol' && n.kind === 'uncertain')).toBe(true);
  });

  it('an unreadable number ("Số: 94x6 Hà Nội, ngày 24 …") is left blank, and the dateline after it is still read', () => {
    const { letter: l, notes } = read(header('Số: 94x6 Hà Nội, ngày 24 tháng 11 năm 2025', 'V/v trả lời bổ sung kiến nghị của cử tri'));
    expect([l.number, l.symbol, l.place]).toEqual([null, '', 'Hà Nội']);
    expect(l.date).toEqual({ day: 24, month: 11, year: 2025 });
    expect(notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });

  it('a subject that names a day, with no place above it, keeps its words', () => {
    const { letter: l } = read(header('Số: 4085/UBND-ĐT', 'V/v tổ chức hội nghị ngày 25 tháng 11 năm 2025').replace('Kính gửi', 'Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2025\n\nKính gửi'));
    expect(l.subject).toBe('tổ chức hội nghị ngày 25 tháng 11 năm 2025 nhà sau sắp xếp');
    expect(l.date).toEqual({ day: 20, month: 11, year: 2025 });
  });
});

describe('the national title run onto the dateline', () => {
  it('"… HỦ NGHạnh phúc ĨA VIỆT NAM Tân Yên, ngày 21 …": the place follows the title\'s last words', () => {
    const text = '(1)PHÒNG GD&ĐT TÂN YÊN\nBỘ PHẬN TIỂU HỌC CỘNG HOÀ XÃ HĐộc lập - TỘựI CH - HỦ NGHạnh phúc ĨA VIỆT NAM Tân Yên, ngày 21 tháng 10 năm 2012\nKính gửi: Các trường Tiểu học huyện\nPhòng GD&ĐT thông báo lịch kiểm tra định kì./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTRƯỞNG PHÒNG\n\nNguyễn Văn An';
    expect(read(text).letter.place).toBe('Tân Yên');
  });
});

describe('a parent agency whose last word OCR read on the motto\'s row', () => {
  const letter = (header: string) => `${header}

V/v đánh giá tình hình sử dụng các công trình cấp nước

Kính gửi: Hiệu trưởng các trường THPT.

Đề nghị các đơn vị thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Trần Văn Hùng`;

  it('"BỘ TÀI" / "CHÍNH Độc lập …" / "CỤC HẢI QUAN": the unit under the rows is the issuing agency, under its parent', () => {
    const { letter: l } = read(letter('BỘ TÀI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHÍNH Độc lập - Tự do - Hạnh phúc\nCỤC HẢI QUAN\n\nSố: 40088/CHQ-GSQL Hà Nội, ngày 03 tháng 12 năm 2025'));
    expect(l.agency).toEqual({ parent: 'BỘ TÀI CHÍNH', name: 'CỤC HẢI QUAN' });
    expect([l.number, l.symbol, l.place]).toEqual([40088, 'CHQ-GSQL', 'Hà Nội']);
  });

  it('"UBND TỈNH BÀ RỊA -VŨNG" / "" / "TÀU Độc lập …": the word set apart by a blank line ends the parent, not the unit', () => {
    const { letter: l } = read(letter('UBND TỈNH BÀ RỊA -VŨNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTÀU Độc lập - Tự do - Hạnh phúc\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 327/SGDĐT-KHTC Vũng Tàu, ngày 29 tháng 4 năm 2011'));
    expect(l.agency).toEqual({ parent: 'UBND TỈNH BÀ RỊA -VŨNG TÀU', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' });
    expect(l.date).toEqual({ day: 29, month: 4, year: 2011 });
  });
});

describe('a position read into the Nơi nhận column', () => {
  it('"Nơi nhận: BỘ TRƯỞNG, CHỦ NHIỆM": two positions after the label are the signer\'s', () => {
    const { letter: l } = read(letter('Nơi nhận: BỘ TRƯỞNG, CHỦ NHIỆM\n\n- Như trên;\n- Lưu: VT.\n\nMai Tiến Dũng'));
    expect(l.distribution).toEqual(['Như trên']);
    expect(l.signature).toMatchObject({ title: 'BỘ TRƯỞNG, CHỦ NHIỆM', signer: 'Mai Tiến Dũng' });
  });

  it('"Nơi nhận: BỘ TRƯỞNG": a position\'s first word is not taken for a speck of noise after the label', () => {
    const { letter: l } = read(letter('Nơi nhận: BỘ TRƯỞNG\n\n- Như trên;\n- Lưu: VT.\n\nNguyễn Văn Thể'));
    expect(l.distribution).toEqual(['Như trên']);
    expect(l.signature.title).toBe('BỘ TRƯỞNG');
  });

  it('"Nơi nhận: TRƯỞNG" and "- Như trên; PHÓ": one position word alone after the label or an entry', () => {
    const alone = read(letter('Nơi nhận: TRƯỞNG\n\n- Như trên;\n- Lưu: VT.\n\nTrần Văn Hòa')).letter;
    expect(alone.distribution).toEqual(['Như trên']);
    expect(alone.signature.title).toBe('TRƯỞNG');
    const deputy = read(letter('Nơi nhận: KT. TRƯỞNG PHÒNG\n\n- Như trên; PHÓ\n- Lưu: VT.\n\nTrần Văn Hòa')).letter;
    expect(deputy.distribution).toEqual(['Như trên']);
    expect(deputy.signature).toMatchObject({ delegation: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ' });
  });

  it('"- TTUB: CT, các PCT; O CHU TỊC": a position cut at the column\'s edges is still cut off the entry', () => {
    const { letter: l } = read(letter('Nơi nhận: KT. CHỦ TỊCH\n- Như trên;\n- TTUB: CT, các PCT; O CHU TỊC\n- Lưu: VT.\n\nVõ Văn Hoan'));
    expect(l.distribution).toEqual(['Như trên', 'TTUB: CT, các PCT']);
  });

  it('"- Văn phòng ĐBQH tỉnh Hà Tĩnh; Trần Đức Thắng": the signer\'s full name on an entry\'s row is the signer\'s', () => {
    const { letter: l } = read(letter('Nơi nhận: BỘ TRƯỞNG\n- Như trên;\n- Văn phòng ĐBQH tỉnh Hà Tĩnh; Trần Đức Thắng\n- Lưu: VT, CNTY.'));
    expect(l.distribution).toEqual(['Như trên', 'Văn phòng ĐBQH tỉnh Hà Tĩnh']);
    expect(l.signature).toMatchObject({ title: 'BỘ TRƯỞNG', signer: 'Trần Đức Thắng' });
  });

  it('a person named in an entry stays in it ("- PCT. Nguyễn Thành Hưng", "- Sở Y tế; Thường Trực Tỉnh Ủy")', () => {
    const { letter: l } = read(letter('Nơi nhận:\n- Như trên;\n- PCT. Nguyễn Thành Hưng;\n- Sở Y tế; Thường Trực Tỉnh Ủy;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVõ Văn Hoan'));
    expect(l.distribution).toEqual(['Như trên', 'PCT. Nguyễn Thành Hưng', 'Sở Y tế; Thường Trực Tỉnh Ủy']);
    expect(l.signature.signer).toBe('Võ Văn Hoan');
  });

  it('"- Như Kính gửi, = PE 1Ó GIÁM ĐÓC", "- Như trên; “3% GIẢN ĐỌC": a position the seal marred beside the first entry is the signer\'s, the scraps before it go', () => {
    const marred = read(letter('Nơi nhận: KT. GIÁM ĐÓC\n- Như Kính gửi, = PE 1Ó GIÁM ĐÓC\n- Ban Giám đốc;\n- Lưu: VT.\n\nTrịnh Văn Ngoãn')).letter;
    expect(marred.distribution).toEqual(['Như Kính gửi', 'Ban Giám đốc']);
    expect(marred.signature).toMatchObject({ delegation: 'KT. GIÁM ĐÓC', title: 'PE 1Ó GIÁM ĐÓC', signer: 'Trịnh Văn Ngoãn' });
    const specked = read(letter('Nơi nhận:\n- Như trên; “3% GIẢN ĐỌC\n- UBND tỉnh (thay báo cáo);\n- Lưu: VT.\n\nNguyễn Minh Luân')).letter;
    expect(specked.distribution).toEqual(['Như trên', 'UBND tỉnh (thay báo cáo)']);
    expect(specked.signature.title).toBe('GIẢN ĐỌC');
  });

  it('an entry\'s own text after its ";" stays ("- VPCP: BTCN; Trợ lý TTg")', () => {
    const { letter: l } = read(letter('Nơi nhận:\n- Như trên;\n- VPCP: BTCN; Trợ lý TTg;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVõ Văn Hoan'));
    expect(l.distribution).toEqual(['Như trên', 'VPCP: BTCN; Trợ lý TTg']);
  });
});

describe('a position whose tone marks OCR lost in part', () => {
  it('"PHO CHU TỊCH" is the title, not a name in capitals', () => {
    const { letter: l, notes } = read(letter('Nơi nhận: KT. CHỦ TỊCH\n- Như trên;\n- Chủ tịch, các Phó CT; PHO CHU TỊCH\n- Lưu: VT.\n\nBùi Hồng Phương'));
    expect(l.signature).toMatchObject({ delegation: 'KT. CHỦ TỊCH', title: 'PHO CHU TỊCH', signer: 'Bùi Hồng Phương' });
    expect(l.distribution).toEqual(['Như trên', 'Chủ tịch, các Phó CT']);
    expect(notes.some((n) => n.path === 'signature.signer' && n.kind === 'uncertain')).toBe(false);
  });

  it('"THƯ TRƯƠNG" is a title; "Trương" alone is still a family name', () => {
    const title = read(letter('Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên;\n- Lưu: VT.\n\nTHƯ TRƯƠNG\n\nVũ Chiến Thắng')).letter;
    expect(title.signature).toMatchObject({ title: 'THƯ TRƯƠNG', signer: 'Vũ Chiến Thắng' });
    const name = read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrương Văn Hòa')).letter;
    expect(name.signature).toMatchObject({ title: 'PHÓ CHỦ TỊCH', signer: 'Trương Văn Hòa' });
  });

  it('"PHO TONG CỤC TRƯƠNG", "PHO CỤC TRƯƠNG": beside "Cục", "Tống" and "Trương" are no family names', () => {
    for (const title of ['PHO TONG CỤC TRƯƠNG', 'PHO CỤC TRƯƠNG', 'VỤ TRƯƠNG']) {
      const { letter: l, notes } = read(letter(`Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG\n${title}\n\nĐặng Ngọc Minh`));
      expect(l.signature).toMatchObject({ title, signer: 'Đặng Ngọc Minh' });
      expect(notes.some((n) => n.path === 'signature.signer' && n.kind === 'converted')).toBe(false);
    }
  });
});

describe('specks of a seal after an entry', () => {
  it('"- Như trên; Ầ X ờ" keeps the entry and drops the specks, with a note', () => {
    const { letter: l, notes } = read(letter('Nơi nhận:\n- Như trên; Ầ X ờ\n- TTUB: CT, các PCT; \'\n- Chánh VP; ^ TỔ )\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVõ Văn Hoan'));
    expect(l.distribution).toEqual(['Như trên', 'TTUB: CT, các PCT', 'Chánh VP']);
    expect(notes.filter((n) => n.path.startsWith('distribution') && n.kind === 'dropped')).toHaveLength(3);
  });

  it('a short real entry after ";" is no speck ("Sở Y tế; Sở TC", "Như trên; để b/c")', () => {
    const { letter: l } = read(letter('Nơi nhận:\n- Như trên; để b/c;\n- Sở Y tế; Sở TC;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVõ Văn Hoan'));
    expect(l.distribution).toEqual(['Như trên; để b/c', 'Sở Y tế; Sở TC']);
  });
});

describe('specks of a seal before "Kính gửi"', () => {
  const withGreeting = (greeting: string) => letter('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nBùi Hồng Phương').replace('Kính gửi: Sở Giáo dục và Đào tạo.', greeting);

  it('"ae” Kính gửi: Sở …": the specks go, the recipient is read, with a note', () => {
    const { letter: l, notes } = read(withGreeting('ae” Kính gửi: Sở Giáo dục và Đào tạo.'));
    expect(l.recipients).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual(['Nhận được công văn này đề nghị Sở Giáo dục và Đào tạo tiến hành thực hiện./.']);
    expect(notes.some((n) => n.path === 'recipients' && n.kind === 'dropped' && n.source === 'ae”')).toBe(true);
  });

  it('a word before it is no speck: "Nay kính gửi Sở …" stays a line of text', () => {
    const { letter: l } = read(withGreeting('Nay kính gửi Sở Giáo dục và Đào tạo.'));
    expect(l.recipients).toEqual([]);
  });
});

describe('OCR line spacing in the body', () => {
  const withBody = (kinhGui: string, body: string) =>
    letter('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nBùi Hồng Phương')
      .replace('Kính gửi: Sở Giáo dục và Đào tạo.', kinhGui)
      .replace('Nhận được công văn này đề nghị Sở Giáo dục và Đào tạo tiến hành thực hiện./.', body);
  const texts = (l: ReturnType<typeof read>['letter']) => l.body.map((b) => b.content.map((r) => r.text).join(''));

  it('a blank line after a linking word ("… ngày 14/11/2008 và" / "" / "Luật số …") does not end the paragraph', () => {
    const { letter: l } = read(withBody('Kính gửi: Sở Giáo dục và Đào tạo.', 'Căn cứ Luật số 27/2008/QH12 ngày 14/11/2008 và\n\nLuật số 70/2014/QH13 ngày 26/11/2014;\n\nSở thực hiện./.'));
    expect(texts(l)).toEqual(['Căn cứ Luật số 27/2008/QH12 ngày 14/11/2008 và Luật số 70/2014/QH13 ngày 26/11/2014;', 'Sở thực hiện./.']);
  });

  it('a list label after the blank line still opens an item', () => {
    const { letter: l } = read(withBody('Kính gửi: Sở Giáo dục và Đào tạo.', 'Đề nghị các đơn vị thực hiện như sau và\n\n1. Báo cáo kết quả./.'));
    expect(l.body).toHaveLength(2);
  });

  describe('OCR sets a paragraph\'s indented first line apart by a blank line', () => {
    const wrapped = [
      'Nhằm phòng, chống nguy cơ mất an toàn thông tin mạng xảy ra trong thời',
      'gian nghỉ lễ Quốc khánh 02/9; Ủy ban nhân dân tỉnh đề nghị các Sở, ban, ngành,',
      'Ủy ban nhân dân các huyện, thành phố và các doanh nghiệp viễn thông tăng cường',
      'triển khai công tác bảo đảm an toàn thông tin mạng cho các hệ thống thông tin',
      'thuộc phạm vi quản lý, cụ thể:',
      '',
      '1. Đề nghị triển khai đầy đủ các phương án bảo đảm an toàn hệ thống thông',
      'tin theo cấp độ./.',
    ].join('\n');

    it('"… tại Việt" / "" / "Nam năm 2018 …": a first line that filled the width with no ending goes on after the blank', () => {
      const first = 'Theo Bộ Thông tin và Truyền thông, tình hình an toàn thông tin tại Việt\n\nNam năm 2018 có nhiều diễn biến phức tạp.';
      const { letter: l } = read(withBody('Kính gửi: Sở Giáo dục và Đào tạo.', `${first}\n\n${wrapped}`));
      expect(texts(l)[0]).toBe('Theo Bộ Thông tin và Truyền thông, tình hình an toàn thông tin tại Việt Nam năm 2018 có nhiều diễn biến phức tạp.');
      expect(l.body).toHaveLength(3);
    });

    it('a short line with no ending before a blank is a paragraph of its own', () => {
      const { letter: l } = read(withBody('Kính gửi: Sở Giáo dục và Đào tạo.', `Về công tác bảo đảm an toàn thông tin\n\nNăm 2018 có nhiều diễn biến phức tạp.\n\n${wrapped}`));
      expect(texts(l).slice(0, 2)).toEqual(['Về công tác bảo đảm an toàn thông tin', 'Năm 2018 có nhiều diễn biến phức tạp.']);
    });
  });

  it('"Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc" / "Căn cứ …": the body\'s first line is no part of the recipient', () => {
    const { letter: l } = read(withBody('Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc\nCăn cứ Luật thuế Tiêu thụ đặc biệt;', 'Sở thực hiện./.'));
    expect(l.recipients).toEqual(['Cục Thuế các tỉnh, thành phố trực thuộc']);
    expect(texts(l)).toEqual(['Căn cứ Luật thuế Tiêu thụ đặc biệt;', 'Sở thực hiện./.']);
  });
});

describe('the footer\'s columns run together without tone marks', () => {
  it('"- TT. HĐND, UBND tỉnh; PHO CHU TỊCH": the position is cut off the entry, whose own words stay in the list', () => {
    const { letter: l } = read(letter('Noi nhận: KT. CHỦ TỊCH\n- Như trên; Z 2\n\n- TT. HĐND, UBND tỉnh; PHO CHU TỊCH\n- VP. Tỉnh ủy;\n- Lưu: VT, NCTH.\n\nTrần Thành Lập'));
    expect(l.distribution).toEqual(['Như trên', 'TT. HĐND, UBND tỉnh', 'VP. Tỉnh ủy']);
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. CHỦ TỊCH', title: 'PHO CHU TỊCH', signer: 'Trần Thành Lập' });
  });

  it('", KT. CHU TỊCH" on its own line: the mark OCR read before the marker goes with neither column', () => {
    const { letter: l } = read(letter('Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; :\n, KT. CHU TỊCH\n- Thường trực Thành ủy (để b/c); z .\n- Thường trực HĐND TP (để b/c); PHO CHU TỊCH\n- Lưu: VT, KT.\n\nNguyễn Xuân Lưu'));
    expect(l.signature).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', delegation: 'KT. CHU TỊCH', title: 'PHO CHU TỊCH', signer: 'Nguyễn Xuân Lưu' });
    expect(l.distribution).toEqual(['Như trên', 'Thường trực Thành ủy (để b/c)', 'Thường trực HĐND TP (để b/c)']);
  });

  it('"; PHO TRƯƠNG BAN THƯƠNG TRỰC" and "… Chính phủ PHO THU TƯƠNG": a deputy\'s position over two lines, not a name', () => {
    const { letter: l } = read(letter('Nơi nhận: KT. TRƯỞNG BAN\n- Như trên; ^ 5 ồ\n; PHO TRƯƠNG BAN THƯƠNG TRỰC\n- Phó TTg Thường trực Chính phủ PHO THU TƯƠNG\nNguyễn Hòa Bình, Trưởng Ban Chỉ\nđạo;\n- Lưu: VT, BCĐ (02).\n\nPhạm Thị Thanh Trà'));
    expect(l.signature.title).toBe('PHO TRƯƠNG BAN THƯƠNG TRỰC\nPHO THU TƯƠNG');
    expect(l.signature.signer).toBe('Phạm Thị Thanh Trà');
    expect(l.distribution).toEqual(['Như trên', 'Phó TTg Thường trực Chính phủ Nguyễn Hòa Bình, Trưởng Ban Chỉ đạo']);
  });

  it('"Lưu Văn Bản" after the archive line: a signer whose family name is Lưu, not a second archive line', () => {
    const { letter: l } = read(letter('Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Thường trực HĐND tỉnh;\n- Lưu: VT, KTN. CAOCƯỜNG.(10)\n\nLưu Văn Bản'));
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Lưu Văn Bản' });
    expect(l.archive).toEqual({ units: ['VT', 'KTN'], copies: null });
    expect(l.drafter).toEqual({ initials: 'CAOCƯỜNG', copies: 10 });
  });

  it('a name made of position-like words is still a name: "TRƯƠNG THANH ĐOÀN" under the position', () => {
    const { letter: l } = read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTRƯƠNG THANH ĐOÀN'));
    expect(l.signature.title).toBe('PHÓ CHỦ TỊCH');
    expect(l.signature.signer).toBe('Trương Thanh Đoàn');
  });
});

describe('beside "Như trên" on an OCR\'d row', () => {
  it('"- Như trên, _ PHÓ TRƯỞNG THUẾ TỈNH": a comma read for ";" and a speck in the gap; the position is the signer\'s', () => {
    const { letter: l } = read(letter('Nơi nhận: KT. TRƯỞNG THUẾ TỈNH\n- Như trên, _ PHÓ TRƯỞNG THUẾ TỈNH\n- BLĐ Thuế tỉnh;\n- Lưu: VT, NVDTPC.\n\nTrần Văn Dũng'));
    expect(l.distribution).toEqual(['Như trên', 'BLĐ Thuế tỉnh']);
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. TRƯỞNG THUẾ TỈNH', title: 'PHÓ TRƯỞNG THUẾ TỈNH', signer: 'Trần Văn Dũng' });
  });

  it('"- Như trên, - „ KT. TRƯƠNG BAN CHINH SÁCH, THUE": dashes and specks between the columns go with neither', () => {
    const { letter: l } = read(letter('Nơi nhận: TL. CỤC TRƯỞNG\n- Như trên, - „ KT. TRƯƠNG BAN CHINH SÁCH, THUE\n- Ban NVT, PC;\n- Lưu: VT, CS.\n\nPHO TRƯƠNG BAN\n\nNguyễn Thị Lan'));
    expect(l.distribution).toEqual(['Như trên', 'Ban NVT, PC']);
    expect(l.signature.delegation).toBe('TL. CỤC TRƯỞNG\nKT. TRƯƠNG BAN CHINH SÁCH, THUE');
  });

  it('"- Như trên; TH š TR 5 NÑ": scraps of one or two letters are dropped, with a note', () => {
    const { letter: l, notes } = read(letter('Nơi nhận:\n- Như trên; TH š TR 5 NÑ\n- Bộ trưởng (để b/c);\n- Lưu: VT, TKQG.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Đức Chi'));
    expect(l.distribution).toEqual(['Như trên', 'Bộ trưởng (để b/c)']);
    expect(notes.filter((n) => n.path.startsWith('distribution') && n.kind === 'dropped')).toHaveLength(1);
  });

  it('an entry written on the same row after "Như trên;" stays: "- Như trên; UBND các huyện"', () => {
    const { letter: l } = read(letter('Nơi nhận:\n- Như trên; UBND các huyện;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An'));
    expect(l.distribution.join(' | ')).toContain('UBND các huyện');
    const { letter: aside } = read(letter('Nơi nhận:\n- Như trên; để b/c\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An'));
    expect(aside.distribution.join(' | ')).toContain('để b/c');
  });
});

  it.each(['_Nhưtrên, -', 'Như tên;', 'Nhưưên;', 'Nhưtriên -'])('"%s" as the first entry is "Như trên" marred by OCR, with a note', (first) => {
    const { letter: l, notes } = read(letter(`Nơi nhận:\n- ${first}\n- Bộ trưởng (để b/c);\n- Lưu: VT, TKQG.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Đức Chi`));
    expect(l.distribution).toEqual(['Như trên', 'Bộ trưởng (để b/c)']);
    expect(notes.some((n) => n.path === 'distribution.0' && n.kind === 'uncertain')).toBe(true);
  });

  it('a name after "Như" or a later entry is no marred "Như trên": "Như Quỳnh" first, "Nhưten" second', () => {
    const { letter: l } = read(letter('Nơi nhận:\n- Như Quỳnh;\n- Nhưten;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An'));
    expect(l.distribution).toEqual(['Như Quỳnh', 'Nhưten']);
  });

describe('a recipient wrapped by the scan\'s line length', () => {
  const withGreeting = (kinhGui: string, body = 'Trả lời văn bản số 01/CV-01 của Công ty, Sở có ý kiến như sau:\nSở thực hiện./.') =>
    letter('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nBùi Hồng Phương')
      .replace('Kính gửi: Sở Giáo dục và Đào tạo.', kinhGui)
      .replace('Nhận được công văn này đề nghị Sở Giáo dục và Đào tạo tiến hành thực hiện./.', body);

  it('"- Địa chỉ: …, Cụm" / "Công Nghiệp …, Xã Mỹ Hạnh," / "tỉnh Tây Ninh.": a dashed entry over three lines', () => {
    const { letter: l } = read(withGreeting('Kính gửi:\n- Công Ty TNHH Khuôn Mẫu Yong Hong;\n- Mã số thuế: 1102044417;\n- Địa chỉ nhận thông báo: Lô A8-A9 Đường Số 01, Cụm\nCông Nghiệp Hải Sơn Đức Hòa Đông, Xã Mỹ Hạnh,\ntỉnh Tây Ninh.'));
    expect(l.recipients).toEqual(['Công Ty TNHH Khuôn Mẫu Yong Hong', 'Mã số thuế: 1102044417', 'Địa chỉ nhận thông báo: Lô A8-A9 Đường Số 01, Cụm Công Nghiệp Hải Sơn Đức Hòa Đông, Xã Mỹ Hạnh, tỉnh Tây Ninh']);
    expect(l.body[0]?.content.map((r) => r.text).join('')).toMatch(/^Trả lời văn bản/);
  });

  it('a line ending in a comma that opens the body is no part of the entry', () => {
    const { letter: l } = read(withGreeting('Kính gửi:\n- Sở Y tế;\n- Sở Tài chính\nThực hiện Công văn số 12/UBND ngày 1/3/2025 của UBND tỉnh,\nSở đề nghị như sau.', 'Sở thực hiện./.'));
    expect(l.recipients).toEqual(['Sở Y tế', 'Sở Tài chính']);
  });

  it('"… trên địa bàn thị xã" / "Đồng Xoài": the place\'s name on the next line ends the recipient', () => {
    const { letter: l } = read(withGreeting('Kính gửi: Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn thị xã\nĐồng Xoài', 'Thực hiện thông báo số 654/TB-SGDĐT ngày 20/3/2012 của Sở Giáo dục\nvà Đào tạo Bình Phước về việc treo cờ Tổ quốc./.'));
    expect(l.recipients).toEqual(['Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn thị xã Đồng Xoài']);
  });
});
