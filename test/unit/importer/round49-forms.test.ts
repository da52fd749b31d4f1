// Forms found while the forty-ninth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

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
