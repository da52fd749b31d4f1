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
