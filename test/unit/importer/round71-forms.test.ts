// Forms found while the seventy-first unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive } from './read';

describe('Lưu lines of round 71', () => {
  it('"VT, L„í( 13).": letters with a seal\'s sign glued to a bracketed number are an officer\'s register mark, a unit as read', () => {
    const r = readArchive('-LƯu: VT, L„í( 13).', 'UBND-TH');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT', 'L„í( 13)'], null, null]);
  });
  it('"VT, TTHT(2).( ý 3": a bracket opened after the stop and never closed is the pen\'s scrawl, no drafter', () => {
    const r = readArchive('+ Lưu: VT, TTHT(2).( ý 3', 'C1-TTHT');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT', 'TTHT'], 2, null]);
  });
});

describe('Cục Thuế Hà Nội 69252 and 95765: Số lines and datelines (round 71)', () => {
  const letter = (line: string) => `CỤC THUẾ TP HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${line}\nV/v chính sách thuế\n\nKính gửi: Công ty A.\n\nCục Thuế trả lời để Công ty biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.`;
  it('"Số: 69.262 /CT-TTHT …, ngày 04 tháng 9% năm 2019": a thousands stop inside the number, a per cent sign after the month', () => {
    const l = read(letter('Số: 69.262 /CT-TTHT Hà Nội, ngày 04 tháng 9% năm 2019')).letter;
    expect([l.number, l.symbol, l.date.day, l.date.month, l.date.year]).toEqual([69262, 'CT-TTHT', 4, 9, 2019]);
  });
  it('"86: B65 /C1-TTHT Hà Nội, ngdy £3 tháng 1ð mắm 2019": "Số:" read as "86:", a marred "ngày"; symbol and place read', () => {
    const l = read(letter('86: B65 /C1-TTHT Hà Nội, ngdy £3 tháng 1ð mắm 2019')).letter;
    expect([l.number, l.symbol, l.place, l.date.day, l.date.month, l.date.year]).toEqual([null, 'C1-TTHT', 'Hà Nội', null, null, 2019]);
  });
});
