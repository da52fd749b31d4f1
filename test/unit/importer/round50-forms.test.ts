// Forms found while the fiftieth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const quangNgai = letterFrom({
  head: 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 574/UBND-KTTH Quảng Ngãi, ngày 04 tháng 02 năm 2025\nV/v báo cáo tình hình thực hiện',
  greeting: 'Kính gửi: Thường trực HĐND tỉnh.',
  body: 'Ủy ban nhân dân tỉnh báo cáo để Thường trực HĐND tỉnh biết./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KTTH.\n\nCHỦ TỊCH\n\nNguyễn Hoàng Giang',
});

describe('a scan of UBND Quảng Ngãi 574, its seal and the hand over the footer (round 50)', () => {
  const footer = 'Nơi nhận: <==>x CHỦ TỊCH\n- Như trên; ÀN_ÿ,\n- Thường trực Tỉnh ủy; An.\n- CT, PCT UBND tỉnh;\n- Lưu: VT, KTTHa47.\n\nXếuyên Hoàng Giang';
  const l = read(quangNgai({ footer })).letter;
  it('"<==>x CHỦ TỊCH": a run of signs with a small letter glued is the pen\'s stroke before the title', () => {
    expect([l.signature.title, l.signature.signer]).toEqual(['CHỦ TỊCH', 'Xếuyên Hoàng Giang']);
  });
  it('"- Thường trực Tỉnh ủy; An.": two letters from a capital with the seal\'s dot after the entry\'s end are a scrap', () => {
    expect(l.distribution).toEqual(['Như trên', 'Thường trực Tỉnh ủy', 'CT, PCT UBND tỉnh']);
  });
  it('"- UBND tỉnh; Sở." keeps its unit\'s kind (an entry that goes on)', () => {
    expect(read(quangNgai({ footer: 'Nơi nhận:\n- UBND tỉnh; Sở.\n- Lưu: VT, KTTH.\n\nCHỦ TỊCH\n\nNguyễn Hoàng Giang' })).letter.distribution).toEqual(['UBND tỉnh; Sở']);
  });
  it('"KTTHa47": the unit the symbol names, the drafter\'s initial and the copies issued glued after it', () => {
    expect([l.archive.units, l.drafter]).toEqual([['VT', 'KTTH'], { initials: 'A', copies: 47 }]);
  });
  it('"KTTHx" with no copies, or a unit the symbol does not name, is not split', () => {
    expect(readArchive('- Lưu: VT, QLĐT12.', 'UBND-KTTH').drafter).toBeNull();
  });
});

const thaiBinh = letterFrom({
  head: 'UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 723/SGDĐT-KHTC Thái Bình, ngày 27 tháng 9 năm 2018\nV/v cung cấp số liệu',
  greeting: 'Kính gửi: Các đơn vị trực thuộc.',
  body: 'Nhận công văn, yêu cầu thủ trưởng các đơn vị khẩn trương thực hiện./.',
  footer: 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT, KHTC.\n\nGIÁM ĐỐC\n\nNguyễn Việt Hiền',
});

describe('a scan of Sở GDĐT Thái Bình 723: no "./.", the label marred, the title above it (round 50)', () => {
  const body = 'Nhận công văn, yêu cầu thủ trưởng các đơn vị khẩn trương thực hiện. „+\n\n_—.';
  const footer = 'GIÁM ĐÓC\n\n.XƠI HN:\n\n- Như kính gửi;\n\n- Lưu VT.KH-IC. lợn\n\ncuyên Việt Hiện';
  const l = read(thaiBinh({ body, footer })).letter;
  it('"GIÁM ĐÓC" alone in capitals, the archive line under it: the footer starts at the title; ".XƠI HN:" is the label', () => {
    expect([l.signature.title, l.distribution]).toEqual(['GIÁM ĐÓC', ['Như kính gửi']]);
    expect(JSON.stringify(l.body)).not.toContain('GIÁM');
  });
  it('"Lưu VT.KH-IC. lợn": the records desk glued by a full stop is a unit; a toned word in small letters after the line\'s end is a scrawl', () => {
    expect([l.archive.units, l.drafter]).toEqual([['VT', 'KH-IC'], null]);
  });
  it('"VT, KGVX. tđat" keeps its drafter\'s mark (no tone mark)', () => {
    expect(readArchive('- Lưu: VT, KGVX. tđat', 'UBND-KGVX').drafter).toEqual({ initials: 'TĐAT', copies: null });
  });
  it('a title line in a body with no archive line under it stays in the body', () => {
    const text = JSON.stringify(read(thaiBinh({ body: 'Các đơn vị gửi báo cáo về Sở.\nGIÁM ĐỐC\nSở sẽ tổng hợp báo cáo./.', footer: 'Nơi nhận:\n- Như kính gửi;\n\nGIÁM ĐỐC\n\nNguyễn Việt Hiền' })).letter.body);
    expect(text).toContain('Sở sẽ tổng hợp');
  });
});

describe('a scan of Sở GDĐT Bình Phước 2527, the marker lost beside the label (round 50)', () => {
  it('"Nơi nhận: Z0 SIÁM ĐÓC": a letter and a digit alone after the label are no entry; the marred title is the signature\'s', () => {
    const footer = 'Nơi nhận: Z0 SIÁM ĐÓC\n- Như trên; h SƯỚN\n- Lưu: VT, GDTTH.';
    const l = read(thaiBinh({ footer })).letter;
    expect([l.distribution, l.signature.title]).toEqual([['Như trên'], 'SIÁM ĐÓC']);
  });
});

describe('a Lâm Đồng LĐLĐ 81 OCR layer made without Vietnamese (round 50)', () => {
  it('"- Li.ru VT, TCKT.": "Lưu" read as "Li.ru" before the records desk is the archive line, not an entry', () => {
    const l = read(thaiBinh({ footer: 'Nơi nhận:\n- Nhu trên;\n- Die VU Thj Oanh;\n- Li.ru VT, TCKT.\n\nCHỦ TỊCH\n\nNguyễn Phi Hoàng' })).letter;
    expect([l.distribution, l.archive.units]).toEqual([['Nhu trên', 'Die VU Thj Oanh'], ['VT', 'TCKT']]);
  });
});

describe('the number line of Lâm Đồng LĐLĐ 81 as its OCR layer gives it (round 50)', () => {
  it('"S        /LDLD-CTCD": "Số" with its vowel lost before a blank number is still the number line', () => {
    const l = read(thaiBinh({ number: 'S        /LDLD-CTCD Lâm Đồng, ngày 03 tháng 9 năm 2025\nV/v giới thiệu lãnh đạo tham gia Ban' })).letter;
    expect([l.number, l.symbol, l.place]).toEqual([null, 'LDLD-CTCD', 'Lâm Đồng']);
  });
});

describe('a signer\'s family name whose "Ng" OCR read as one letter (Thái Bình 723, round 50)', () => {
  it('"cuyên Việt Hiện" as the block\'s last line is the signer, kept as read', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT, KHTC.\n\nGIÁM ĐÓC\n\nTri -\n\ncuyên Việt Hiện';
    expect(read(thaiBinh({ footer })).letter.signature.signer).toBe('cuyên Việt Hiện');
  });
});

describe('a full stop apart at a body line\'s end, the sentence going on below (Bình Phước 2496, round 50)', () => {
  it('"… cho học ." / "sinh THPT như sau:": the lone full stop is a speck; "… năm học." / "Sở đề nghị …" keeps its own', () => {
    const body = 'Sở gửi đến các đơn vị Phiếu khảo sát về tổ chức dạy học môn Vật lý cho học .\nsinh THPT như sau: (Phiếu khảo sát đính kèm công văn).\nSở đề nghị các đơn vị thực hiện./.';
    const text = JSON.stringify(read(thaiBinh({ body })).letter.body);
    expect(text).toContain('cho học sinh THPT như sau');
    expect(text).toContain('công văn).');
  });
});
