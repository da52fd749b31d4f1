// Forms found in the forty-second session: older letters read again, and the seventy-second unseen round.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';

describe('A first clause label OCR marred (Bình Phước 2524, Cà Mau 1838)', () => {
  const letter = (body: string) =>
    `SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2524/SGDĐT-GDTrH Bình Phước, ngày 12 tháng 9 năm 2017\nV/v tổ chức Hội thi giáo viên dạy giỏi\n\nKính gửi: Các đơn vị trực thuộc.\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.`;
  it('"l. Đối với …" over "2. Đối với …": a small l and a full stop is the lost "1.", not a point "l."', () => {
    const l = read(letter('Sở GD&ĐT hướng dẫn như sau:\n\nl. Đối với các trường THPT: Phải tổ chức xong Hội thi.\n\n2. Đối với các Phòng GD&ĐT: Báo cáo về Sở.\n\nSở GD&ĐT đề nghị các đơn vị thực hiện./.')).letter;
    expect(tree(l.body)).toEqual([
      'p: Sở GD&ĐT hướng dẫn như sau:',
      { 'clause: Đối với các trường THPT: Phải tổ chức xong Hội thi.': [] },
      { 'clause: Đối với các Phòng GD&ĐT: Báo cáo về Sở.': [] },
      'p: Sở GD&ĐT đề nghị các đơn vị thực hiện./.',
    ]);
  });
  it('"- 1, Kể từ ngày …" over "2. Đối với …": a speck read as a dash before the first clause\'s label', () => {
    const l = read(letter('Chủ tịch yêu cầu thực hiện các nội dung sau:\n\n- 1, Kể từ ngày 23/3/2020, các cơ sở dịch vụ tạm dừng hoạt động.\n\n2. Đối với các cơ sở khác: hạn chế tụ tập.\n\nĐề nghị các đơn vị thực hiện./.')).letter;
    expect((tree(l.body) as unknown[]).slice(1, 3)).toEqual([{ 'clause: Kể từ ngày 23/3/2020, các cơ sở dịch vụ tạm dừng hoạt động.': [] }, { 'clause: Đối với các cơ sở khác: hạn chế tụ tập.': [] }]);
  });
  it('a dash item "- 1, 2 ngày …" with no clause 2 after it stays a dash', () => {
    const l = read(letter('Yêu cầu:\n\n- 1, 2 ngày đầu tuần nghỉ học.\n\n- Các ngày khác học bình thường.\n\nĐề nghị các đơn vị thực hiện./.')).letter;
    expect((tree(l.body) as unknown[]).slice(0, 3)).toEqual(['p: Yêu cầu:', { 'dash: 1, 2 ngày đầu tuần nghỉ học.': [] }, { 'dash: Các ngày khác học bình thường.': [] }]);
  });
});
