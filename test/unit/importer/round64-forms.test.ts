// Forms found while the sixty-fourth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

const letter = (numberLine: string) =>
  `UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\n${numberLine}\nV⁄v: Kiểm tra công nhận trường\n\nKính gửi: Các trường THPT.\n\nSở đề nghị các trường thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu VT, phòng GDTrH.`;

describe('a Thái Bình scan (Sở GDĐT 116, round 64)', () => {
  it('"Só:4f@SGDĐT-GDTrH": a scrawl of a digit, a letter and a sign glued to a symbol with its hyphen; no number', () => {
    const l = read(letter('Só:4f@SGDĐT-GDTrH Thái Bình, ngày 01 tháng 3 năm 2018')).letter;
    expect([l.number, l.symbol, l.place, l.date.day]).toEqual([null, 'SGDĐT-GDTrH', 'Thái Bình', 1]);
  });
  it('"Số: 116/SGDĐT-GDTrH" typed whole still reads its number', () => {
    expect(read(letter('Số: 116/SGDĐT-GDTrH Thái Bình, ngày 01 tháng 3 năm 2018')).letter.number).toBe(116);
  });
});
