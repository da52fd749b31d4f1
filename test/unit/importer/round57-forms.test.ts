// Forms found while the fifty-seventh unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

const letter = (dateline: string) =>
  `UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 746/GDĐT-GDTX ${dateline}\nV/v tăng cường quản lý đối với các trung tâm ngoại ngữ, tin học\n\nKính gửi: Giám đốc Trung tâm Ngoại ngữ - Tin học.\n\nSở đề nghị các trung tâm thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, GDTX.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Thiệp`;

describe('a Thái Bình scan whose hand-filled month OCR marred (Sở GDĐT 746, round 57)', () => {
  it('"ngày05 tháng4ÿnăm 2018": a letter between the month\'s digit and a whole "năm" is the month\'s; the month is unread, not 4', () => {
    const d = read(letter('Thái Bình, ngày05 tháng4ÿnăm 2018')).letter.date;
    expect([d.day, d.month, d.year]).toEqual([5, null, 2018]);
  });
  it('"tháng 02jhăm 2018": a marred "năm" glued to the month\'s digits still leaves the month', () => {
    const d = read(letter('Thái Bình, ngày 05 tháng 02jhăm 2018')).letter.date;
    expect([d.day, d.month, d.year]).toEqual([5, 2, 2018]);
  });
});
