import { describe, expect, it } from 'vitest';
import { formatDate, formatDateLine, formatNumberLine, normalizeSymbol, PENDING_DATE_BLANK, PENDING_NUMBER_BLANK } from '../../../core/format';

describe('formatNumberLine (ô 3, §4.3)', () => {
  it.each([
    [1003, 'UBND-KGVX', 'Số: 1003/UBND-KGVX'],
    [5, 'BNV-VP', 'Số: 05/BNV-VP'],
    [9, 'UBND-VP', 'Số: 09/UBND-VP'],
    [10, 'UBND-VP', 'Số: 10/UBND-VP'],
    [1, 'UBND-VX', 'Số: 01/UBND-VX'],
  ])('%i with %s → %s', (n, symbol, expected) => {
    expect(formatNumberLine(n, symbol)).toBe(expected);
  });

  it('leaves a pending number blank, 8 spaces wide, with the symbol in place (seed 001)', () => {
    expect(formatNumberLine(null, 'UBND-THCB')).toBe(`Số:${PENDING_NUMBER_BLANK}/UBND-THCB`);
    expect(PENDING_NUMBER_BLANK).toBe('        ');
  });

  it('puts exactly one space after the colon (seed 004 "Số:4146/…")', () => {
    expect(formatNumberLine(4146, 'UBND-CNTT')).toBe('Số: 4146/UBND-CNTT');
  });

  it.each([
    [' /UBND-KGVX', 'UBND-KGVX'], // seed 000 / 003: a space before "/"
    ['UBND - KGVX', 'UBND-KGVX'],
    ['  UBND-THCB ', 'UBND-THCB'],
    ['UBND-TT-CB-TH', 'UBND-TT-CB-TH'],
  ])('normalizeSymbol(%j) → %s', (raw, expected) => {
    expect(normalizeSymbol(raw)).toBe(expected);
  });
});

describe('formatDate / formatDateLine (ô 4, §4.4, §5)', () => {
  it.each([
    [22, 4, 2022, 'ngày 22 tháng 4 năm 2022'],
    [5, 1, 2020, 'ngày 05 tháng 01 năm 2020'],
    [29, 6, 2019, 'ngày 29 tháng 6 năm 2019'],
    [5, 3, 2020, 'ngày 05 tháng 3 năm 2020'],
    [9, 1, 2020, 'ngày 09 tháng 01 năm 2020'], // seed 004
    [15, 1, 2019, 'ngày 15 tháng 01 năm 2019'], // seed 002
    [1, 2, 2024, 'ngày 01 tháng 02 năm 2024'],
    [10, 10, 2024, 'ngày 10 tháng 10 năm 2024'],
    [31, 12, 2025, 'ngày 31 tháng 12 năm 2025'],
  ])('%i/%i/%i → %s', (day, month, year, expected) => {
    expect(formatDate({ day, month, year })).toBe(expected);
  });

  it('never pads months 3–12 (the python-docx generator bug "{thang:02d}")', () => {
    for (let m = 3; m <= 12; m += 1) expect(formatDate({ day: 10, month: m, year: 2024 })).toBe(`ngày 10 tháng ${m} năm 2024`);
  });

  it('leaves a pending day blank between the words (seed 001 "ngày tháng 4 năm 2024")', () => {
    expect(formatDateLine('Tuyên Quang', { day: null, month: 4, year: 2024 })).toBe(`Tuyên Quang, ngày ${PENDING_DATE_BLANK} tháng 4 năm 2024`);
  });

  it('leaves a pending day and month blank', () => {
    const line = formatDate({ day: null, month: null, year: 2025 });
    expect(line).toBe(`ngày ${PENDING_DATE_BLANK} tháng ${PENDING_DATE_BLANK} năm 2025`);
    expect(line.split('ngày')[1]?.split('tháng')[0]?.length).toBeGreaterThanOrEqual(6);
  });

  it('puts the place first with a comma', () => {
    expect(formatDateLine('Hưng Yên', { day: 22, month: 4, year: 2022 })).toBe('Hưng Yên, ngày 22 tháng 4 năm 2022');
    expect(formatDateLine('Thành phố Hồ Chí Minh ,', { day: 29, month: 12, year: 2025 })).toBe('Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2025');
    expect(formatDateLine('  ', { day: 2, month: 9, year: 2022 })).toBe('ngày 02 tháng 9 năm 2022');
  });
});
