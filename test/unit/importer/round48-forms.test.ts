// Forms found while the forty-eighth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const phuTho = letterFrom({
  head: 'UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 1008/SGD&ĐT-VP Phú Thọ, ngày 17 tháng 7 năm 2019\nV/v công bố danh sách đề nghị khen thưởng',
  greeting: 'Kính gửi: Các đơn vị trực thuộc Sở.',
  body: 'Sở Giáo dục và Đào tạo thông báo để các đơn vị biết./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thu Huyền',
});

describe('a scan from Phú Thọ (Sở GD&ĐT 1008, round 48)', () => {
  it('"Số: V208 /SGD&ĐT-VP": a "V" before the digits is a hand\'s "1" OCR misread, so the number cannot be told', () => {
    const l = read(phuTho({ number: 'Số: V208 /SGD&ĐT-VP Phú Thọ, ngày 17 tháng 7 năm 2019\nV/v công bố danh sách' })).letter;
    expect([l.number, l.symbol]).toEqual([null, 'SGD&ĐT-VP']);
  });
  it('"Số: K308/…" keeps reading 308 (a speck, not a digit\'s shape); "A308" not since round 60 (an "A" is a hand\'s "4" or "1": 1433 read "A433")', () => {
    expect(read(phuTho({ number: 'Số: K308/UBND-VX Phú Thọ, ngày 17 tháng 7 năm 2019\nV/v công bố danh sách' })).letter.number).toBe(308);
    expect(read(phuTho({ number: 'Số: A308/UBND-VX Phú Thọ, ngày 17 tháng 7 năm 2019\nV/v công bố danh sách' })).letter.number).toBeNull();
  });
  it('"KT. GIÁM ĐÓC" / "CÁN GIXM MỤC" with no name under it: the marred title, no signer made up', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu VT, VP.\n\nKT. GIÁM ĐÓC\nCÁN GIXM MỤC';
    const sig = read(phuTho({ footer })).letter.signature;
    expect([sig.title, sig.signer]).toEqual(['CÁN GIXM MỤC', '']);
  });
});

describe('a drafter\'s initials that spell a marker (UBND Quảng Ngãi 299, round 48, as our exporter prints it)', () => {
  it('"- Lưu: VT, TTHC. TM.": "TM" after the units\' full stop is the drafter\'s mark, not a TM. line', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHC. TM.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Quốc Việt';
    const l = read(phuTho({ footer })).letter;
    expect([l.drafter, l.signature.authority, l.signature.delegation]).toEqual([{ initials: 'TM', copies: null }, null, 'TL. CHỦ TỊCH']);
  });
});

describe('a PDF of Sở GDĐT Gia Lai 2455 whose font lost letters (round 48)', () => {
  it('"- L u: VT, GDTrHCTTX.": "Lưu" with its "ư" lost is still the archive line, the desk after its colon', () => {
    const footer = 'Nơi nhận:\n- N trên (t ực hiện);\n- Đăn Website Sở;\n- L u: VT, GDTrHCTTX.\n\nGIÁM ĐỐC\n\nPhạm Đình Hùng';
    const l = read(phuTho({ footer })).letter;
    expect([l.distribution, l.archive.units]).toEqual([['N trên (t ực hiện)', 'Đăn Website Sở'], ['VT', 'GDTrHCTTX']]);
  });
  it('"L u" without the desk after its colon is no archive line', () => {
    expect(readArchive('- L u ý: các đơn vị', '').archive.units).not.toContain('VT');
  });
});

describe('list marks OCR kept (Thái Bình 63, Phú Thọ 1008, round 48)', () => {
  it('"- UBND tỉnh Thái Bình } (Đề báo cáo)": the brace that groups two entries is no text of theirs', () => {
    const footer = 'Nơi nhận:\n- Bộ GDĐT;\n- UBND tỉnh Thái Bình } (Đề báo cáo)\n- Lưu: VT, VP.\n\nGIÁM ĐỐC\n\nNguyễn Việt Hiền';
    expect(read(phuTho({ footer })).letter.distribution).toEqual(['Bộ GDĐT', 'UBND tỉnh Thái Bình (Đề báo cáo)']);
  });
  it('"- Các phòng thuộc Sở; -": a dash alone after the entry\'s ";" is a speck', () => {
    const greeting = 'Kính gửi:\n- Các phòng thuộc Sở; -\n- Phòng giáo dục và đào tạo huyện, thành, thị;\n- Các đơn vị trực thuộc Sở GD& ĐT.';
    expect(read(phuTho({ greeting })).letter.recipients).toEqual(['Các phòng thuộc Sở', 'Phòng giáo dục và đào tạo huyện, thành, thị', 'Các đơn vị trực thuộc Sở GD& ĐT']);
  });
});
