// Forms found while the seventy-third unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive } from './read';

describe('Số lines and datelines of round 73', () => {
  const letter = (line: string) =>
    `BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n${line}\nV/v hoàn thuế TNCN\n\nKính gửi: Cục Thuế TP Hà Nội.\n\nTổng cục Thuế trả lời để Cục Thuế biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TNCN.`;
  it('"Sá:.46S7TCT-TNCN Hà Nội, ngày 20 tháng 4ˆ năm 2016": a 7 for the slash after a scrawl, a circumflex after the month', () => {
    const l = read(letter('Sá:.46S7TCT-TNCN Hà Nội, ngày 20 tháng 4ˆ năm 2016')).letter;
    expect([l.number, l.symbol, l.place, l.date.day, l.date.month, l.date.year]).toEqual([null, 'TCT-TNCN', 'Hà Nội', 20, 4, 2016]);
  });
  it('"Số:##23/T( CT-CS Hà Nội, …": a bracket read for a letter and a space inside the symbol; the place after it', () => {
    const l = read(letter('Số:##23/T( CT-CS Hà Nội, ngày 17 tháng 11 năm 2021')).letter;
    expect([l.symbol, l.place]).toEqual(['T( CT-CS', 'Hà Nội']);
  });
  it('"Số: É⁄ /PGDĐT TP. Cà Mau, ngày24tháng 4 năm 2020": a scrawl for the number, the day glued to "ngày"', () => {
    const l = read(letter('Số: É⁄ /PGDĐT TP. Cà Mau, ngày24tháng 4 năm 2020')).letter;
    expect([l.number, l.symbol, l.date.day, l.date.month]).toEqual([null, 'PGDĐT', 24, 4]);
  });
});

describe('Lưu lines of round 73', () => {
  it('"VT, VP. Zữi": a word in small letters with a letter Vietnamese has not (Z) is the pen\'s scrawl, no drafter', () => {
    const r = readArchive('- Lưu: VT, VP. Zữi', 'PGDĐT');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'VP'], null]);
  });
});
