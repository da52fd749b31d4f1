// Forms found in the twenty-ninth unseen round (a Bộ Công an scan certified as an electronic copy, a
// UBND Bắc Giang scan whose footer OCR ran into one line, VPCP and Bộ VHTTDL web copies, Sở GD&ĐT
// letters in -layout and plain text), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

const letter = letterFrom({
  head: 'BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 5240/BCA-V01 Hà Nội, ngày 23 tháng 11 năm 2025\nV/v tổng kết công tác PCMT năm 2025',
  greeting: 'Kính gửi:\n- Các Bộ, ngành thành viên Ủy ban Quốc gia;\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
  body: 'Bộ Công an trân trọng đề nghị các đơn vị báo cáo tổng kết công tác năm 2025./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, V01.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn Long',
});

describe('the header', () => {
  it('"SAOY" / "Bộ Công an" / "Thời gian ký: …+07:00": an electronic copy\'s stamp over the letter is no agency line', () => {
    const { letter: l, notes } = read(`SAOY\nBộ Công an\nThời gian ký: 2025-11-25T17:01:58+07:00\n\n${letter({})}`);
    expect(l.agency).toEqual({ parent: null, name: 'BỘ CÔNG AN' });
    expect(notes.some((n) => n.kind === 'dropped' && n.source === 'SAOY')).toBe(true);
  });
  it('"Số:52ø/BCA-V01": a sign shaped like a digit after the hand-filled number leaves it unread, not 52', () => {
    const l = read(letter({ number: 'Số:52ø/BCA-V01 Hà Nội, ngày 23 tháng 11 năm 2025\nV/v tổng kết công tác PCMT năm 2025' })).letter;
    expect([l.number, l.symbol]).toEqual([null, 'BCA-V01']);
    // One stray letter that is no digit's shape still gives the digits (flagged).
    expect(read(letter({ number: 'Số: K308/BCA-V01 Hà Nội, ngày 23 tháng 11 năm 2025\nV/v tổng kết' })).letter.number).toBe(308);
  });
});

describe('the footer', () => {
  it('"Nơi nhận:##ˆ KT. CHỦ TỊCH": signs glued to the label\'s colon go with neither column', () => {
    const footer = 'Nơi nhận:##ˆ KT. CHỦ TỊCH\n- Như trên; z °\n\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, KGVX.\n\nLê Ánh Dương';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Chủ tịch, các PCT UBND tỉnh']);
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. CHỦ TỊCH', title: '', signer: 'Lê Ánh Dương' });
  });
});

describe('the date', () => {
  it('"tháng 1]": a bracket read for a one\'s upright stroke is the digit, flagged', () => {
    const { letter: l, notes } = read(letter({ number: 'Số: 5240/BCA-V01 Hà Nội, ngày 23 tháng 1] năm 2025\nV/v tổng kết công tác PCMT năm 2025' }));
    expect(l.date).toEqual({ day: 23, month: 11, year: 2025 });
    expect(notes.some((n) => n.path === 'date.month' && n.kind === 'uncertain')).toBe(true);
  });
});

describe('the archive line', () => {
  it('"V01(P3)": a unit with its room in brackets typed with no space keeps its closing bracket', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, V01(P3).\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn Long';
    expect(read(letter({ footer })).letter.archive.units).toEqual(['VT', 'V01(P3)']);
  });
  it('"Lưu: VT, TH (3). (SH) 20KT. BỘ TRƯỞNG, CHỦ NHIỆM": the drafter\'s initials in brackets with the copies issued, and the marker glued to them', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TH (3). (SH) 20KT. BỘ TRƯỞNG, CHỦ NHIỆM\n\nPHÓ CHỦ NHIỆM\n\n(Đã ký)\n\nNguyễn Quang Thắng';
    const l = read(letter({ footer })).letter;
    expect(l.archive).toEqual({ units: ['VT', 'TH'], copies: 3 });
    expect(l.drafter).toEqual({ initials: 'SH', copies: 20 });
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM', title: 'PHÓ CHỦ NHIỆM', signer: 'Nguyễn Quang Thắng' });
  });
});
