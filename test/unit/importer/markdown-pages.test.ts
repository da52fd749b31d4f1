// Forms of the second unseen round (test/fixtures/letters/*-web, *-ocr): web pages stored as markdown
// with their line breaks (emphasis spans wrapped over lines, labels alone on a line, first lines broken
// early, sentences ending exactly at the wrap width) and OCR markdown ("- - " list marks, tick marks).
import { describe, expect, it } from 'vitest';
import { read } from './read';
import { contentOf, textToLines } from '../../../core/importer/lines';
import { emphasisAfter, parseMarks } from '../../../core/importer/marks';
import { readNumber } from '../../../core/importer/numbers';
import type { Block } from '../../../core/letter/types';

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 125/UBND-VX\nV/v phòng, chống dịch\n\nBắc Ninh, ngày 05 tháng 3 năm 2024\n\nKính gửi: Sở Y tế.\n\n';
const FOOT = '\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An';
const body = (text: string): Block[] => read(HEAD + text + FOOT).letter.body;
const shape = (blocks: readonly Block[]): unknown =>
  blocks.map((b) => (b.kind === 'paragraph' ? 'p' : { [b.level + (b.title ? '*' : '')]: shape(b.children) }));
const texts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => [b.content.map((r) => `${r.bold ? '**' : ''}${r.text}`).join(''), ...(b.kind === 'item' ? texts(b.children) : [])]);

describe('emphasis wrapped over lines', () => {
  it('carries a span to the next line only when that line has a mark to close it', () => {
    const lines = textToLines('**1. Giao Sở Y tế,\nSở Tài chính**\n*(Văn\nbản đính kèm)*\nmột dấu * lạc\ndòng sau');
    expect(lines.map((l) => [l.open ?? null, l.joined ?? false])).toEqual([
      [null, false],
      [{ bold: true, italic: false }, true],
      [null, false],
      [{ bold: false, italic: true }, true],
      [null, false],
      [null, false],
    ]);
    expect(contentOf(lines[1]?.raw ?? '', null, lines[1]?.open).runs).toEqual([{ text: 'Sở Tài chính', bold: true, italic: false, underline: false }]);
  });

  it('a markdown hard break ("  ") ends the line even inside a span', () => {
    expect(textToLines('**ỦY BAN NHÂN DÂN  \nTỈNH LONG AN**')[1]).toMatchObject({ open: { bold: true, italic: false }, joined: false });
  });

  it('reads "****" as one span closed and another opened', () => {
    expect(emphasisAfter('**2.****')).toEqual({ bold: true, italic: false });
    expect(parseMarks('**2.****').runs).toEqual([{ text: '2.', bold: true, italic: false, underline: false }]);
  });

  it('an empty span ("* *", "** **") is a blank line, not a bullet', () => {
    expect(parseMarks('* *').text).toBe('');
    expect(parseMarks('** **').text).toBe('');
  });

  it('a bold clause title wrapped over three lines is one titled clause', () => {
    const blocks = body('Chủ tịch yêu cầu:\n**1. Giao người đứng đầu các\ncơ quan chuyên môn,** **các đơn vị sự nghiệp\ntrực thuộc Ủy ban nhân dân**\n- Cập nhật dữ liệu.\n- Báo cáo kết quả./.');
    expect(shape(blocks)).toEqual(['p', { 'clause*': [{ dash: [] }, { dash: [] }] }]);
    expect(texts(blocks)[1]).toBe('Giao người đứng đầu các cơ quan chuyên môn, các đơn vị sự nghiệp trực thuộc Ủy ban nhân dân');
  });

  it('a bold phrase wrapped over a line break stays one bold phrase, the space included', () => {
    const blocks = body('Các trường tạm dừng học khi ô nhiễm **(VN_AQI ≥\n301)**, và báo cáo Sở./.');
    expect(texts(blocks)).toEqual(['Các trường tạm dừng học khi ô nhiễm **(VN_AQI ≥ 301), và báo cáo Sở./.']);
  });

  it('a label left alone on its line ("-", "**2.****") takes the next line as its text', () => {
    const blocks = body('Yêu cầu:\n-\nTrường hợp ô nhiễm nặng, tạm dừng học.\n**2.****\n**Giao Sở Y tế theo dõi, báo cáo./.');
    expect(shape(blocks)).toEqual(['p', { dash: [] }, { clause: [] }]);
    expect(texts(blocks).slice(1)).toEqual(['Trường hợp ô nhiễm nặng, tạm dừng học.', 'Giao Sở Y tế theo dõi, báo cáo./.']);
  });
});

describe('hard-wrapped pages', () => {
  // A page that breaks lines at about 80 characters and breaks each paragraph's first line early.
  const PAGE = [
    'Thực hiện Kết luận số 15-KL/ĐU',
    'ngày 29 tháng 10 năm 2025 của Ban Thường vụ về việc áp dụng cơ chế đặc thù trên',
    'địa bàn Thành phố và trên cơ sở báo cáo đề xuất của Sở Nông nghiệp và Môi trường,',
    'Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:',
    '1. Giao Sở Nông nghiệp và Môi trường, Sở Tài chính triển khai thực hiện hiệu quả',
    'Nghị quyết số 66.4/2025/NQ-CP của Chính phủ đảm bảo đúng quy định của pháp luật.',
    'Trong quá trình thực hiện, nếu phát sinh khó khăn vướng mắc, vượt thẩm quyền kịp',
    'thời báo cáo về Sở Nông nghiệp và Môi trường để tổng hợp theo quy định.',
    'Căn cứ chức năng, nhiệm vụ,',
    'các sở, ngành khẩn trương thực hiện và báo cáo kết quả về Ủy ban nhân dân Thành',
    'phố trước ngày 15 tháng 12 năm 2025./.',
  ].join('\n');

  it('a sentence that ends exactly at the wrap width does not end its paragraph', () => {
    const blocks = body(PAGE);
    expect(shape(blocks)).toEqual(['p', { clause: [] }, 'p']);
    expect(texts(blocks)[1]).toMatch(/pháp luật\. Trong quá trình thực hiện, .* theo quy định\.$/);
  });

  it('a short first line that goes on in lower case starts a new paragraph', () => {
    expect(texts(body(PAGE))[2]).toBe('Căn cứ chức năng, nhiệm vụ, các sở, ngành khẩn trương thực hiện và báo cáo kết quả về Ủy ban nhân dân Thành phố trước ngày 15 tháng 12 năm 2025./.');
  });

  it('a dash item wrapped after a few words is not a title', () => {
    const blocks = body('Giao Sở Nội vụ:\n- Tham mưu Ủy ban nhân dân\nThành phố đánh giá trách nhiệm người đứng đầu.\n- Báo cáo kết quả./.');
    expect(shape(blocks)).toEqual(['p', { dash: [] }, { dash: [] }]);
  });
});

describe('OCR markdown', () => {
  it('"- - item" is one list item (OCR\'s bullet before the letter\'s dash)', () => {
    const { letter } = read(`${HEAD}Đề nghị thực hiện./.\n\nNơi nhận:\n\n- - UBND tỉnh “báo cáo”;\n- - GD, phó GD sở ;\n- - Lưu: TBLS-NCC.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Ghim`);
    expect(letter.distribution).toEqual(['UBND tỉnh “báo cáo”', 'GD, phó GD sở']);
    expect(letter.archive.units).toEqual(['TBLS-NCC']);
  });

  it('drops a tick mark at the end of a line and says so', () => {
    const { letter, notes } = read(`${HEAD}Đề nghị Phòng triển khai thực hiện ✓${FOOT}`);
    expect(texts(letter.body)).toEqual(['Đề nghị Phòng triển khai thực hiện']);
    expect(notes).toContainEqual(expect.objectContaining({ path: 'body', kind: 'dropped', source: '✓' }));
  });
});

describe('header cells a web page wrapped', () => {
  const PAGE = (head: string) => `${head}\n|\n**Kính gửi:**\n|\n- Sở Y tế.\n|\nĐề nghị thực hiện./.${FOOT}`;

  it('an italic dateline wrapped inside its place name keeps the whole place; the subject stays clean', () => {
    const { letter } = read(PAGE('**ỦY BAN NHÂN DÂN\n**\nTHÀNH PHỐ HỒ CHÍ MINH\n|\nSố: 4240/UBND-VX\n*V/v khẩn trương hoàn thành cập nhật, đồng bộ\ncơ sở dữ liệu cán bộ*\n|\n*Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025*'));
    expect([letter.place, letter.date.day, letter.date.month]).toEqual(['Thành phố Hồ Chí Minh', 28, 11]);
    expect(letter.subject).toBe('khẩn trương hoàn thành cập nhật, đồng bộ cơ sở dữ liệu cán bộ');
    expect(letter.agency).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH' });
  });

  it('the national title cut anywhere is still the national title, not part of the agency', () => {
    const { letter } = read(PAGE('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n**SỞ GIÁO DỤC VÀ ĐÀO TẠO**\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 5155/SGDĐT-GDTX\n*V/v hướng dẫn đánh giá*\n|\n*Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025*'));
    expect(letter.agency).toEqual({ parent: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' });
  });

  it('a one-word fragment ends the parent agency when the unit\'s own name follows ("HÀ" / "NỘI" / "SỞ …")', () => {
    const { letter } = read(PAGE('UBND THÀNH PHỐ HÀ\nNỘI\n**SỞ GIÁO DỤC VÀ ĐÀO TẠO**\n|\nSố: 5095/SGDĐT-CTTT\n*V/v kiểm soát ô nhiễm không khí*\n|\n*Hà Nội, ngày 03\ntháng 12 năm 2025*'));
    expect(letter.agency).toEqual({ parent: 'UBND THÀNH PHỐ HÀ NỘI', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' });
    expect(letter.date).toEqual({ day: 3, month: 12, year: 2025 });
  });

  it('a markdown span over the national title and motto does not glue the motto to the subject', () => {
    const { letter } = read(PAGE('**ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH**\n\nSố: 357/UBND-KGVX\n\nV/v bảo đảm an toàn thông tin\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc**\n\nHà Tĩnh, ngày 15 tháng 01 năm 2019'));
    expect(letter.subject).toBe('bảo đảm an toàn thông tin');
    expect(letter.agency.name).toBe('ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH');
  });
});

describe('footer forms of the second round', () => {
  const withFooter = (footer: string) => read(`${HEAD}Đề nghị thực hiện./.\n\n${footer}`).letter;

  it.each([
    ['- Lưu: VT, (VX/KN).', ['VT', 'VX'], 'KN'],
    ['- Lưu: VT, (ĐT-PVH)', ['VT', 'ĐT'], 'PVH'],
    ['- Lưu: VT, GDTXNNĐH (ĐPT).', ['VT', 'GDTXNNĐH'], 'ĐPT'],
    ['- Lưu: VT, HC (2).', ['VT', 'HC'], null],
    ['- Lưu (VP ; KT&KĐCL).', ['VP', 'KT&KĐCL'], null],
  ])('%s: units and the drafter in brackets', (archive, units, initials) => {
    const letter = withFooter(`Nơi nhận:\n- Như trên;\n${archive}\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An`);
    expect(letter.archive.units).toEqual(units);
    expect(letter.drafter?.initials ?? null).toBe(initials);
  });

  it('"KT GIÁM ĐỐC" without its dot is the delegation line, kept as typed', () => {
    const letter = withFooter('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n**KT GIÁM ĐỐC**\nPHÓ GIÁM ĐỐC\n**Trương Hải Thanh**');
    expect(letter.signature).toEqual({ authority: null, delegation: 'KT GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signer: 'Trương Hải Thanh' });
  });

  it('the family name Trương is no position (Trưởng is), also in capitals; without tone marks it stays a title word', () => {
    expect(withFooter('Nơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTRƯƠNG VĂN AN').signature).toMatchObject({ title: 'GIÁM ĐỐC', signer: 'Trương Văn An' });
    expect(withFooter('Nơi nhận:\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nLê Văn An').signature).toMatchObject({ title: 'TRƯỞNG PHÒNG', signer: 'Lê Văn An' });
    expect(withFooter('Noi nhan:\n- Luu: VT.\n\nTRUONG PHONG\n\nLe Van An').signature).toMatchObject({ title: 'TRUONG PHONG', signer: 'Le Van An' });
  });
});

describe('scans with a reader\'s marks', () => {
  const LIST = '- - Ban Tuyên giáo Tỉnh ủy;\n- - Sở Nội vụ;\n- - UBND các huyện, thành phố Tân An.';
  const BODY = 'Sau khi xem xét công văn số 43/CV-TĐKT ngày 12/4/2010, UBND tỉnh có ý kiến như sau:\n\n- Đồng ý tổ chức lễ trao tặng./.';
  const scan = (recipients: string, between = '') =>
    read(`ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n\nSố: A308/UBND-VX\n\nTân An, ngày 19 tháng 4 năm 2010\n\nV/v trao tặng danh hiệu\n\n${recipients}\n\n${between}${BODY}${FOOT}`);

  it('reads a hand-filled number with a stray letter, flagged; an "A" before it may be a digit (1433 read "A433"), so none is read', () => {
    expect(readNumber('K308')).toEqual({ kind: 'value', value: 308, repaired: true });
    expect(readNumber('AB308')).toEqual({ kind: 'unreadable', source: 'AB308' });
    const { letter, notes } = scan(`Kính gửi:\n${LIST}`);
    expect([letter.number, letter.symbol]).toEqual([null, 'UBND-VX']);
    expect(notes).toContainEqual(expect.objectContaining({ path: 'number', kind: 'uncertain' }));
  });

  it('a forwarding note between a bare "Kính gửi:" and its dashed list is dropped, the list kept', () => {
    const { letter, notes } = scan(`Kính gửi:\n\nPhy NCE:\n\n- + liên v/bản này\n- + Tgđt cũ d/đ/đt AHLVT\n\n${LIST}`);
    expect(letter.recipients).toEqual(['Ban Tuyên giáo Tỉnh ủy', 'Sở Nội vụ', 'UBND các huyện, thành phố Tân An']);
    expect(notes).toContainEqual(expect.objectContaining({ path: 'recipients', kind: 'dropped', source: 'Phy NCE: | + liên v/bản này | + Tgđt cũ d/đ/đt AHLVT' }));
    expect(letter.body[0]?.content[0]?.text).toMatch(/^Sau khi xem xét/);
  });

  it('a recipient on the Kính gửi line is never taken for a note, nor is a body list', () => {
    const { letter } = scan('Kính gửi: Sở Nội vụ', '');
    expect(letter.recipients).toEqual(['Sở Nội vụ']);
    expect(letter.body.map((b) => b.kind)).toEqual(['paragraph', 'item']);
  });

  it('drops the receiving office\'s stamp between the recipients and the body', () => {
    const { letter, notes } = scan(`Kính gửi:\n${LIST}`, 'SỞ LAO ĐỘNG TB VÀ XH LONG AN\n\nL\n\nNgày 29/4/2010\n\nCửa\n\n');
    expect(letter.body).toHaveLength(2);
    expect(letter.body[0]?.content[0]?.text).toMatch(/^Sau khi xem xét/);
    expect(notes).toContainEqual(expect.objectContaining({ path: 'body', kind: 'dropped', source: 'SỞ LAO ĐỘNG TB VÀ XH LONG AN | L | Ngày 29/4/2010 | Cửa' }));
  });

  it('short opening lines without a stamp date stay in the body', () => {
    const { letter } = scan(`Kính gửi:\n${LIST}`, 'Thực hiện chỉ đạo\n\nCủa UBND tỉnh\n\n');
    expect(letter.body[0]?.content[0]?.text).toBe('Thực hiện chỉ đạo');
  });
});

describe('forms the holdout letters showed', () => {
  it('a wrapped line that stops well short of the width ends its paragraph; a "1.1." heading stays as typed', () => {
    const lines = [
      'Xét đề xuất của Sở Xây dựng tại Công văn số 15972/SXD ngày 14 tháng 11 năm 2025',
      'về rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu đất',
      'đai, tọa độ thửa đất, tuyến đường, mã bưu chính; Chủ tịch Ủy ban nhân dân chỉ',
      'đạo như sau:',
      '1.1. Giao Sở Nông nghiệp',
      'và Môi trường',
      'Khẩn trương chia sẻ toàn',
      'bộ cơ sở dữ liệu đất đai đã được cập nhật, cùng các tờ bản đồ địa chính có thông',
      'tin địa chỉ của Thành phố đến Ủy ban nhân dân các phường, xã, đặc khu để tiếp',
      'tục rà soát, đối chiếu, cập nhật và làm sạch dữ liệu số nhà./.',
    ];
    expect(texts(body(lines.join('\n'))).slice(1)).toEqual([
      '1.1. Giao Sở Nông nghiệp và Môi trường',
      'Khẩn trương chia sẻ toàn bộ cơ sở dữ liệu đất đai đã được cập nhật, cùng các tờ bản đồ địa chính có thông tin địa chỉ của Thành phố đến Ủy ban nhân dân các phường, xã, đặc khu để tiếp tục rà soát, đối chiếu, cập nhật và làm sạch dữ liệu số nhà./.',
    ]);
  });

  it('on a page that breaks first lines early, a short clause line followed by a full one is no title', () => {
    const lines = [
      'Thực hiện Kết luận số 15-KL/ĐU',
      'ngày 29 tháng 10 năm 2025 của Ban Thường vụ về việc áp dụng cơ chế đặc thù trên',
      'địa bàn Thành phố và trên cơ sở báo cáo đề xuất của Sở Nông nghiệp và Môi trường',
      'tại Công văn số 12252/SNNMT-TNNKS ngày 17 tháng 11 năm 2025 về danh mục các mỏ',
      'khoáng sản có thể áp dụng cơ chế đặc thù theo Nghị quyết số 66.4/2025/NQ-CP',
      'của Chính phủ; Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:',
      '**2.****',
      '**Giao Sở Nông nghiệp và Môi trường, Sở Tài chính, Sở',
      'Xây dựng và các sở, ngành, địa phương liên quan, triển khai thực hiện hiệu quả',
      'Nghị quyết số 66.4/2025/NQ-CP của Chính phủ đảm bảo đúng quy định của pháp luật./.',
    ];
    const blocks = body(lines.join('\n'));
    expect(shape(blocks)).toEqual(['p', { clause: [] }]);
    expect(texts(blocks)[1]).toMatch(/^Giao Sở Nông nghiệp và Môi trường, Sở Tài chính, Sở Xây dựng và các sở/);
  });

  it('a signer\'s name wrapped inside its bold span is one name', () => {
    const { letter } = read(`${HEAD}Đề nghị thực hiện./.\n|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT, (ĐT/VMN).\n|\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Bùi\nXuân Cường**`);
    expect(letter.signature).toEqual({ authority: null, delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Bùi Xuân Cường' });
  });

  const COMMUNE = `**ỦY BAN NHÂN DÂN  \nXÃ ĐỨC TÂN**\n\n\\*\\*\\*\n\nSố : *44* DN-UBND\n\n*"Vv chế độ trợ cấp ưu đãi  \nđối với Anh hùng LLVT nhân dân"*\n\n*Đức Tân, ngày 14 tháng 5 năm 2010*\n\n**Kính gửi:** Ủy ban nhân dân huyện Tân Trụ  \nPhòng lao động TB&XH huyện Tân Trụ.\n\nCăn cứ quyết định số 212/QĐ-CTN ngày 23/02/2010 của Chủ tịch nước.\n\nĐề nghị huyện xem xét./.\n\n**Nơi nhận:**\n\n- - UBND/huyện;\n- - Lưu.\n\n**TM.UBND XÃ ĐỨC TÂN  \nCHỦ TỊCH**\n\n**TRƯỞNG HIỆN ĐOÀN**`;

  it('"Số : 44 DN-UBND" without its slash: the symbol after the number, flagged', () => {
    const { letter, notes } = read(COMMUNE);
    expect([letter.number, letter.symbol]).toEqual([44, 'DN-UBND']);
    expect(notes).toContainEqual(expect.objectContaining({ path: 'symbol', kind: 'uncertain' }));
  });

  it('a quoted "Vv …" subject over two lines, without its quotes', () => {
    expect(read(COMMUNE).letter.subject).toBe('chế độ trợ cấp ưu đãi đối với Anh hùng LLVT nhân dân');
  });

  it('recipients kept in one block by a markdown hard break are one per line', () => {
    const { letter } = read(COMMUNE);
    expect(letter.recipients).toEqual(['Ủy ban nhân dân huyện Tân Trụ', 'Phòng lao động TB&XH huyện Tân Trụ']);
    expect(letter.body).toHaveLength(2);
  });

  it('the last line under a position, with a word no position has, is the signer (flagged); "PHÓ CỤC TRƯỞNG" stays a position', () => {
    const { letter, notes } = read(COMMUNE);
    expect(letter.signature).toEqual({ authority: 'TM.UBND XÃ ĐỨC TÂN', delegation: null, title: 'CHỦ TỊCH', signer: 'Trưởng Hiện Đoàn' });
    expect(notes).toContainEqual(expect.objectContaining({ path: 'signature.signer', kind: 'uncertain', source: 'TRƯỞNG HIỆN ĐOÀN' }));
    const deputy = read(COMMUNE.replace('**TM.UBND XÃ ĐỨC TÂN  \nCHỦ TỊCH**\n\n**TRƯỞNG HIỆN ĐOÀN**', 'KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG')).letter.signature;
    expect(deputy).toMatchObject({ delegation: 'KT. CỤC TRƯỞNG', title: 'PHÓ CỤC TRƯỞNG', signer: '' });
    // The same name as printed (our DOCX writes names in upper and lower case); "Trưởng phòng" is no name.
    const printed = read(COMMUNE.replace('**TRƯỞNG HIỆN ĐOÀN**', 'Trưởng Hiện Đoàn'));
    expect(printed.letter.signature.signer).toBe('Trưởng Hiện Đoàn');
    expect(printed.notes).toContainEqual(expect.objectContaining({ path: 'signature.signer', kind: 'uncertain', source: 'Trưởng Hiện Đoàn' }));
    expect(read(COMMUNE.replace('**TRƯỞNG HIỆN ĐOÀN**', 'Trưởng phòng')).letter.signature.signer).toBe('');
  });
});
