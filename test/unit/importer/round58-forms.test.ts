// Forms found while the fifty-eighth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('a Government Office letter copied as a markdown table (VPCP 3354, round 58)', () => {
  it('"… trong chiến tranh tại Việt Nam | Hà Nội, ngày …": the country ends the subject; the place is Hà Nội', () => {
    const text = '| VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|\n| Số: 3354/VPCP-KGVX V/v xác nhận nạn nhân chất độc hóa học do Mỹ sử dụng trong chiến tranh tại Việt Nam | Hà Nội, ngày 26 tháng 4 năm 2013 |\n\nKính gửi: Bộ Lao động - Thương binh và Xã hội\n\nPhó Thủ tướng yêu cầu Bộ khẩn trương hoàn thành việc ban hành Thông tư.\n\n| Nơi nhận: - Như trên; - Lưu: VT, KGVX (3). | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Nguyễn Khắc Định |';
    const l = read(text).letter;
    expect([l.subject, l.place]).toEqual(['xác nhận nạn nhân chất độc hóa học do Mỹ sử dụng trong chiến tranh tại Việt Nam', 'Hà Nội']);
  });
});

describe('school-website scans of round 58', () => {
  const letter = (subject: string, footer: string) =>
    `BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 3280/BGDĐT-GDTrH\n${subject}\nKính gửi:\n- Các Sở Giáo dục và Đào tạo;\n- Các trường phổ thông trực thuộc.\n\nBộ đề nghị các Sở thực hiện./.\n\n${footer}`;
  const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GDTrH.';
  it('"… cấp THCS, THPT `": a backtick standing apart at the subject\'s end goes (Bộ GDĐT 3280)', () => {
    const l = read(letter('V/v hướng dẫn thực hiện điều chỉnh nội Hà Nội, ngày 27 tháng 8 năm 2020\ndung dạy học cấp THCS, THPT `', footer)).letter;
    expect([l.subject, l.place]).toEqual(['hướng dẫn thực hiện điều chỉnh nội dung dạy học cấp THCS, THPT', 'Hà Nội']);
  });
  it('"- Như kính gửi; 2 CIÁ :": a digit alone and the seal\'s capitals beside the first entry go (Sở GDĐT Thái Bình 246)', () => {
    const l = read(letter('V/v báo cáo chỉ số ứng dụng CNTT Hà Nội, ngày 26 tháng 4 năm 2018', 'Nơi nhận: KT. GIÁM ĐỐC\n- Như kính gửi; 2 CIÁ :\n- Lưu: VT.')).letter;
    expect([l.distribution, l.signature.delegation]).toEqual([['Như kính gửi'], 'KT. GIÁM ĐỐC']);
  });
});
