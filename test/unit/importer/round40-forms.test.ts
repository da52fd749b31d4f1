// Forms found while the fortieth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

const bacNinh = letterFrom({
  head: 'UBND TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 72 /SGDĐT-GDTH Bắc Ninh, ngày 06 tháng 8 năm 2021\n\nV/v hướng dẫn học sinh trở lại trường\nhoàn thành nhiệm vụ năm học 2020-2021\n\nNgười ký: Sở Giáo dục và\n\nĐào tạo v 2° ` .. ` ` Z ^ : 4 a “',
  greeting: 'Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố',
  body: 'Sở Giáo dục và Đào tạo yêu cầu phòng GDĐT thực hiện một số nội dung sau:\n\n1. Chỉ đạo các cơ sở giáo dục tiểu học tổ chức kiểm tra./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GDTH.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A',
});

describe('an e-signature stamp whose agency wraps after "và" (Bắc Ninh Sở GD&ĐT 1175, round 39)', () => {
  it('"Người ký: Sở Giáo dục và" / "Đào tạo v 2° ` .. `": the next line is the rest of the stamp\'s name, not the subject\'s', () => {
    const r = read(bacNinh({}));
    expect(r.letter.subject).toBe('hướng dẫn học sinh trở lại trường hoàn thành nhiệm vụ năm học 2020-2021');
    expect(r.notes.filter((n) => n.kind === 'dropped' && n.message.includes('dấu chữ ký số')).map((n) => n.source)).toEqual(['Người ký: Sở Giáo dục và', 'Đào tạo v 2° ` .. ` ` Z ^ : 4 a “']);
  });
  it('a stamp line that ends its name keeps the next line ("Người ký: Sở Giáo dục và Đào tạo" / "Năm học 2020-2021")', () => {
    const number = 'Số: 72 /SGDĐT-GDTH Bắc Ninh, ngày 06 tháng 8 năm 2021\n\nV/v hướng dẫn học sinh trở lại trường\nNgười ký: Sở Giáo dục và Đào tạo\nNăm học 2020-2021';
    expect(read(bacNinh({ number })).letter.subject).toBe('hướng dẫn học sinh trở lại trường Năm học 2020-2021');
  });
  it('"Kính gửi:" right under a stamp name cut after "và" still opens the recipients', () => {
    const number = 'Số: 72 /SGDĐT-GDTH Bắc Ninh, ngày 06 tháng 8 năm 2021\n\nV/v hướng dẫn học sinh trở lại trường\n\nNgười ký: Sở Giáo dục và';
    expect(read(bacNinh({ number })).letter.recipients).toEqual(['Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố']);
  });
});
