// Forms found while the forty-ninth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const phuTho = letterFrom({
  head: 'UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 229/SGD&ĐT-VP Phú Thọ, ngày 17 tháng 3 năm 2019\nV/v hưởng ứng Giờ Trái đất',
  greeting: 'Kính gửi: Các đơn vị trực thuộc Sở.',
  body: 'Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thu Huyền',
});
const entries = (footer: string): readonly string[] => read(phuTho({ footer })).letter.distribution;

describe('a seal\'s words in capitals OCR read after an entry\'s ";" (Phú Thọ 229, 1008, 1092; Bình Phước 2430)', () => {
  const footer = (line: string): string => `Nơi nhận:\n- Như trên;\n${line}\n- Các PGĐ Sở;\n- Lưu VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thu Huyền`;
  it.each([
    ['- Giám đôc Sở (đê b/c); SOI CHỦ VN', 'Giám đôc Sở (đê b/c)'],
    ['- Bộ GD&ĐT (để báo cáo); : CÁN GIXM MỤC', 'Bộ GD&ĐT (để báo cáo)'],
    ['- Chi cục Thủy lợi và PCLB tỉnh; Gị ĐÃ', 'Chi cục Thủy lợi và PCLB tỉnh'],
    ['- TT CĐN, các phòng thuộc Sở; ñ F 0 Ụ LÔ', 'TT CĐN, các phòng thuộc Sở'],
  ])('"%s": the tail is the seal\'s, the entry ends at its ";"', (line, entry) => {
    expect(entries(footer(line))).toEqual(['Như trên', entry, 'Các PGĐ Sở']);
  });
  it('"- Như trên; SÀN": a toned capital word alone after "Như trên;" is the seal\'s too', () => {
    expect(entries('Nơi nhận:\n- Như trên; SÀN\n- Lưu VT, VP.\n\nGIÁM ĐỐC\n\nNguyễn Văn An')).toEqual(['Như trên']);
  });
  it.each([
    ['- Sở Ngoại vụ; LĐTB&XH;Công an tỉnh (để p/h)', 'Sở Ngoại vụ; LĐTB&XH;Công an tỉnh (để p/h)'],
    ['- Phòng NVDTPC; TTKT1', 'Phòng NVDTPC; TTKT1'],
    ['- UBND tỉnh; HĐND tỉnh', 'UBND tỉnh; HĐND tỉnh'],
    ['- Các sở GDĐT; Sở GD, KH&CN tỉnh Bạc Liêu', 'Các sở GDĐT; Sở GD, KH&CN tỉnh Bạc Liêu'],
  ])('"%s": units named on after ";" (abbreviations without tone marks, or small letters) are kept', (line, entry) => {
    expect(entries(footer(line))).toEqual(['Như trên', entry, 'Các PGĐ Sở']);
  });
});

describe('a scan of Phú Thọ 526 (2019) and 1636a, the number and the drafting unit written over by hand (round 49)', () => {
  it('"Số: 2.// /SGD&ĐT-VP": after a digit, more slashes are the hand-filled number\'s strokes; the number cannot be told', () => {
    const l = read(phuTho({ number: 'Số: 2.// /SGD&ĐT-VP Phú Thọ, ngày Í tháng? năm 2019\nV/v treo cờ rủ' })).letter;
    expect([l.number, l.symbol, l.place]).toEqual([null, 'SGD&ĐT-VP', 'Phú Thọ']);
  });
  it('"Số: 4141./BGDĐT-GDTC" keeps its number: one slash after the full stop', () => {
    expect(read(phuTho({ number: 'Số: 4141./BGDĐT-GDTC Phú Thọ, ngày 17 tháng 3 năm 2019\nV/v hưởng ứng' })).letter.number).toBe(4141);
  });
  it.each([
    ['- Lưu: VT, vP@⁄', 'vP'],
    ['- Lưu: VT, VEưw„_', 'VEưw'],
  ])('"%s": the drafting unit with a hand\'s initials over it is that unit, no drafter\'s mark', (line, unit) => {
    const l = read(phuTho({ footer: `Nơi nhận:\n- Như trên;\n${line}\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thu Huyền` })).letter;
    expect([l.archive.units, l.drafter]).toEqual([['VT', unit], null]);
  });
});

describe('a scan of UBND Quảng Ngãi 575 under the gateway\'s e-signature stamp (round 49)', () => {
  const head = '=ẠN. TRƯNG TÂM CÔNG BÁO\n»Š\\ VÀ TIN HỌC\n\nỆ DI 1ERLECR 8ov.vn\n\n+ 05.02.2025 15:35:18 +07:00\n\nỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc';
  const number = 'Số: 575/UBND-KTTH Quảng Ngãi, ngày 04 tháng 02 năm 2025\nV/v tham gia ý kiến các dự thảo Nghị định';
  const footer = "Nơi nhận: TL. CHỦ TỊCH\nˆ _i Lên, ' KT. CHÁNH VĂN PHÒNG\n= BẦỆ: Ã SH CĂN. PHO CHANH VAN PHONG\n\n- CT, PCT UBND tỉnh;\n- VPUB: CVP. PCVP;\n- Lưu: VT, P.KTTHT¡en3I";
  const l = read(phuTho({ head, number, footer })).letter;
  it('the stamp\'s holder over an email OCR read without its "@" ("… 8ov.vn") is no agency of the letter', () => {
    expect([l.agency.parent, l.agency.name]).toEqual([null, 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI']);
  });
  it('"ˆ _i Lên, \' KT. CHÁNH VĂN PHÒNG": the marker after a sign opens the signature\'s line; the scraps before it, over the first dashed entry, go', () => {
    expect([l.signature.delegation, l.distribution]).toEqual(['TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG', ['CT, PCT UBND tỉnh', 'VPUB: CVP. PCVP']]);
  });
  it('"= BẦỆ: Ã SH CĂN. PHO CHANH VAN PHONG": the seal\'s scraps before a deputy\'s position whole go', () => {
    expect(l.signature.title).toBe('PHO CHANH VAN PHONG');
  });
  it('"P.KTTHT¡en3I": the unit the symbol names, then the drafter\'s name and the copies glued after it', () => {
    expect([l.archive.units, l.drafter]).toEqual([['VT', 'P.KTTH'], { initials: 'T¡en', copies: 31 }]);
  });
});

describe('round 49\'s odd archive lines as our exporter prints them (the printed probe)', () => {
  it('"- Lưu: VT, P.KTTH. T¡EN.(31)": a mark with OCR\'s "¡" for "i" is still the drafter\'s, with its copies', () => {
    const r = readArchive('- Lưu: VT, P.KTTH. T¡EN.(31)', 'UBND-KTTH');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT', 'P.KTTH'], null, { initials: 'T¡EN', copies: 31 }]);
  });
  it('"- Lưu: VT, V, l.": a lone small ell is an upright stroke OCR read as a letter, kept among the units', () => {
    const r = readArchive('- Lưu: VT, V, l.', 'PGD&ĐT');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'V', 'l'], null]);
  });
  it('"- Lưu: VT, VEưw.": no Vietnamese name holds a "w", so the token is a unit, no drafter\'s initials', () => {
    const r = readArchive('- Lưu: VT, VEưw.', 'SGD&ĐT-VP');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'VEưw'], null]);
  });
  it('"- Lưu: VT, KGVX. Ph." keeps its drafter (no foreign letter)', () => {
    expect(readArchive('- Lưu: VT, KGVX. Ph.', 'UBND-KGVX').drafter).toEqual({ initials: 'PH', copies: null });
  });
});

const vinhLong = letterFrom({
  head: 'UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 492/SGDĐT-CTTT Vĩnh Long, ngày 31 tháng 3 năm 2020\nV/v tập trung cao độ phòng, chống dịch Covid-19',
  greeting: 'Kính gửi: Các đơn vị trực thuộc.',
  body: 'Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, CTTT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrương Thanh Nhuận',
});

describe('a scan of Sở GDĐT Vĩnh Long 492, its "KT." stamped over (round 49)', () => {
  const footer = 'Nơi nhận: - *GIÁM)6ôGC\n~- Như trên (để thực hiện); Á Ầ\n- Bộ GDĐT (để báo cáo); PHÓ GIÁM ĐỐC\n- Sở Y tế (để phối hợp);\n- Lưu: VT, CTTT.';
  const l = read(vinhLong({ footer })).letter;
  it('"Nơi nhận: - *GIÁM)6ôGC": one run of letters with a bracket and a digit inside is no entry; "~- Như trên" is the first', () => {
    expect(l.distribution).toEqual(['Như trên (để thực hiện)', 'Bộ GDĐT (để báo cáo)', 'Sở Y tế (để phối hợp)']);
    expect([l.signature.delegation, l.signature.title]).toEqual([null, 'PHÓ GIÁM ĐỐC']);
  });
  it('"… tỉnh Vĩnh Long). _ 2=": a ruler\'s or seal\'s strokes after the sentence\'s end go', () => {
    const body = 'Sở đề nghị các đơn vị thực hiện nghiêm túc.\n(Đính kèm Chỉ thị số 05/CT-UBND của Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long). _ 2=';
    const text = JSON.stringify(read(vinhLong({ body })).letter.body);
    expect(text).toContain('tỉnh Vĩnh Long).');
    expect(text).not.toContain('2=');
  });
  it('"… năm 2020. = 5 triệu đồng" keeps its words: only strokes with no letter go', () => {
    const body = 'Tổng kinh phí là 5 triệu đồng.\nMức chi theo Nghị quyết số 12/2020. Tổng = 5 triệu đồng';
    expect(JSON.stringify(read(vinhLong({ body })).letter.body)).toContain('Tổng = 5 triệu đồng');
  });
});

describe('scans of Sở GDĐT Thái Bình 764 and 307, the deputy\'s "PHÓ" marred beside "Như kính gửi" (round 49)', () => {
  it('"(Nhi „ „#@Hö GIÁM ĐÓC": the marred "PHÓ" goes with the position; the open bracket and low quotes go', () => {
    const footer = 'KT. GIÁM ĐÓC\n\nNơi nhận:\n(Nhi „ „#@Hö GIÁM ĐÓC\n- Ban Giám đôc;\n- Lưu: VT, GDTrH.\n\nTrần Thị Bích Vân';
    const l = read(vinhLong({ footer })).letter;
    expect([l.distribution, l.signature.title]).toEqual([['Nhi', 'Ban Giám đôc'], '#@Hö GIÁM ĐÓC']);
  });
  it('"- Như kính gửi; “Ẩ“HỚ GIÁM ĐÓC": the marred "PHÓ" is the title\'s; "- `. à\\" under the archive line is a scrap', () => {
    const footer = 'Nơi nhận: KT. GIÁM ĐÓC\n- Như kính gửi; “Ẩ“HỚ GIÁM ĐÓC\n- Lưu VP.\n\n- `. à\\\n\nTrần Thị Bích Vân';
    const l = read(vinhLong({ footer })).letter;
    expect(l.distribution).toEqual(['Như kính gửi']);
    expect(l.signature.title).toMatch(/HỚ GIÁM ĐÓC$/u);
  });
});

describe('the title "GIÁM ĐỐC" as OCR read it beside an entry (Phú Thọ 526, round 49)', () => {
  it('"- Giám đốc Sở (để báo cáo); NÁM ĐỌC": "GI" read as one letter, "ĐỐC" as "ĐỌC": the title, not the seal\'s capitals', () => {
    const footer = 'Nơi nhận: KT. GIÁM ĐÓC\n- Như trên;\n- Giám đốc Sở (để báo cáo); NÁM ĐỌC\n- Các PGĐ Sở;\n- Lưu: VT, VP.\n\nNguyễn Thị Thu Huyền';
    const l = read(phuTho({ footer })).letter;
    expect([l.distribution, l.signature.delegation, l.signature.title]).toEqual([['Như trên', 'Giám đốc Sở (để báo cáo)', 'Các PGĐ Sở'], 'KT. GIÁM ĐÓC', 'NÁM ĐỌC']);
  });
});

describe('a draft with its number and day left blank, printed by our exporter and read back by plain pdftotext (Thái Bình 307)', () => {
  it('"Số:" / "Thái Bình, ngày" / "/SGDĐT-VP" / "tháng 5 năm 2018", blank lines between: the symbol and the dateline are put back together', () => {
    const text = 'UBND TỈNH THÁI BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố:\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nThái Bình, ngày\n\n/SGDĐT-VP\n\ntháng 5 năm 2018\n\nV/v Quỹ Lương Văn Can trao học\nbổng cho học sinh xuất sắc\n\nKính gửi: Các trường THPT\nQuỹ được thành lập theo Quyết định cấp ngày 12 tháng 9 năm 2014.\nSở đề nghị các trường thông báo cho học sinh./.\n\nNơi nhận:\n- Như kính gửi;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thị Bích Vân';
    const l = read(text).letter;
    expect([l.number, l.symbol, l.place, l.date]).toEqual([null, 'SGDĐT-VP', 'Thái Bình', { day: null, month: 5, year: 2018 }]);
  });
});
