// Forms found while the thirty-sixth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, tree } from './read';

const ministry = letterFrom({
  head: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 1849/BGDĐT-GDPT\nV/v kiểm tra, khảo sát thực trạng sử dụng phòng học bộ môn\n\nHà Nội, ngày 10 tháng 4 năm 2026',
  greeting: 'Kính gửi: Các Sở Giáo dục và Đào tạo',
  body: 'Bộ Giáo dục và Đào tạo đề nghị các Sở GDĐT chỉ đạo các cơ sở giáo dục thực hiện báo cáo./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, Vụ GDPT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nThái Văn Tài',
});

describe('a ministry letter OCR read with its number line garbled (Bộ GD&ĐT 1849)', () => {
  it('"Số1§4ØBGDĐT-GDPT": the "Ø" glued after the number\'s signs is the slash; the number is unreadable, the symbol kept', () => {
    const r = read(ministry({ number: 'Số1§4ØBGDĐT-GDPT\nV/v kiểm tra, khảo sát thực trạng sử dụng phòng học bộ môn\n\nHà Nội, ngày 10 tháng 4 năm 2026' }));
    expect(r.letter.number).toBeNull();
    expect(r.letter.symbol).toBe('BGDĐT-GDPT');
    expect(r.letter.subject).toBe('kiểm tra, khảo sát thực trạng sử dụng phòng học bộ môn');
    expect(r.notes.some((n) => n.path === 'symbol' && n.kind === 'uncertain' && n.message.includes('Ø'))).toBe(true);
    expect(r.notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });
  it('"Số: 18Ø/BGDĐT-GDPT": with its slash typed, the "Ø" is the number\'s and the symbol follows the slash', () => {
    const r = read(ministry({ number: 'Số: 18Ø/BGDĐT-GDPT\nV/v kiểm tra, khảo sát thực trạng sử dụng phòng học bộ môn\n\nHà Nội, ngày 10 tháng 4 năm 2026' }));
    expect(r.letter.symbol).toBe('BGDĐT-GDPT');
    expect(r.letter.number).not.toBe(18);
  });
});

describe('a department letter OCR\'d, its clauses wrapped inside a school\'s name (Phú Thọ 296)', () => {
  const intro = 'Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện các nội dung sau:';
  const clauses = (body: string): unknown[] => (tree(read(ministry({ body: `${intro}\n\n${body}` })).letter.body) as unknown[]).slice(1);
  it('"4. Đối với các trường THPT; trường" / "BDNG&CBQLGD các trung tâm; …": a school named by its kind alone before a name in capitals is a sentence the wrap cut', () => {
    const body = '4. Đối với các trường THPT; phổ thông DTNT; trường\nBDNG&CBQLGD các trung tâm; phòng GD&ĐT các huyện báo cáo kết quả gửi về\nSở GD&ĐT trước ngày 30/3/2017./.';
    expect(clauses(body)).toEqual([
      { 'clause: Đối với các trường THPT; phổ thông DTNT; trường BDNG&CBQLGD các trung tâm; phòng GD&ĐT các huyện báo cáo kết quả gửi về Sở GD&ĐT trước ngày 30/3/2017./.': [] },
    ]);
  });
  it('"1. Đối với nhà trường" / "UBND huyện …": a school the line names whole still heads the sentence under it', () => {
    const body = '1. Đối với nhà trường\nUBND huyện chỉ đạo các trường báo cáo kết quả trước ngày 30/3/2017.\n\n2. Đối với các trung tâm\nCác trung tâm báo cáo kết quả trước ngày 30/3/2017./.';
    expect(clauses(body)).toEqual([
      { 'clause T: Đối với nhà trường': ['p: UBND huyện chỉ đạo các trường báo cáo kết quả trước ngày 30/3/2017.'] },
      { 'clause T: Đối với các trung tâm': ['p: Các trung tâm báo cáo kết quả trước ngày 30/3/2017./.'] },
    ]);
  });
});
