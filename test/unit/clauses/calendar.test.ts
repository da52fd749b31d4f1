// Holiday occasions: Tết dates from the lunar calendar (Vietnam's time zone), can-chi names, and the
// date and name forms clause text uses.
import { describe, expect, it } from 'vitest';
import { canChi, lunarToSolar, tetNguyenDan } from '../../../core/clauses/lunar';
import { occasionDateText, occasionName, parseOccasion } from '../../../core/clauses/holidays';
import { longDate, parseDate, shortDate } from '../../../core/clauses/dates';

describe('Tết Nguyên đán', () => {
  it.each([
    [2019, '05/02/2019'],
    [2020, '25/01/2020'],
    [2021, '12/02/2021'],
    [2022, '01/02/2022'],
    [2023, '22/01/2023'],
    [2024, '10/02/2024'],
    [2025, '29/01/2025'],
    [2026, '17/02/2026'],
    // Years where Vietnam (UTC+7) and China (UTC+8) celebrate on different days.
    [1985, '21/01/1985'],
    [2007, '17/02/2007'],
  ])('%i falls on %s', (year, expected) => {
    expect(shortDate(tetNguyenDan(year))).toBe(expected);
  });

  it.each([
    [2019, 'Kỷ Hợi'],
    [2020, 'Canh Tý'],
    [2024, 'Giáp Thìn'],
    [2025, 'Ất Tỵ'],
    [2026, 'Bính Ngọ'],
    [2027, 'Đinh Mùi'],
    [1984, 'Giáp Tý'],
  ])('%i is the year %s', (year, name) => {
    expect(canChi(year)).toBe(name);
  });

  it('finds Giỗ Tổ Hùng Vương (10/3 lunar), including in a year with a leap month', () => {
    expect(shortDate(lunarToSolar(10, 3, 2025))).toBe('07/4/2025');
    expect(shortDate(lunarToSolar(10, 3, 2023))).toBe('29/4/2023');
    expect(shortDate(lunarToSolar(15, 8, 2023))).toBe('29/9/2023'); // after the leap 2nd month of 2023
  });
});

describe('occasion variable', () => {
  it('names each occasion as letters write it', () => {
    const name = (v: string) => occasionName(parseOccasion(v)!);
    expect(name('tet-nguyen-dan:2025')).toBe('Tết Nguyên đán Ất Tỵ năm 2025');
    expect(name('tet-nguyen-dan:2026')).toBe('Tết Nguyên đán Bính Ngọ năm 2026');
    expect(name('tet:2019')).toBe('Tết Dương lịch và Tết Nguyên đán Kỷ Hợi năm 2019');
    expect(name('tet-duong-lich:2025')).toBe('Tết Dương lịch năm 2025');
    expect(name('30-4:2022')).toBe('Lễ 30/4 và 01/5');
    expect(name('02-9:2022')).toBe('Lễ Quốc khánh 02/9');
    expect(name('Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ')).toBe('Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ');
  });

  it('gives the days each occasion falls on', () => {
    expect(occasionDateText(parseOccasion('tet-nguyen-dan:2025')!)).toBe('29/01/2025');
    expect(occasionDateText(parseOccasion('30-4:2024')!)).toBe('30/4 và 01/5/2024');
    expect(occasionDateText(parseOccasion('tet:2026')!)).toBe('01/01 và 17/02/2026');
    expect(occasionDateText(parseOccasion('Hội nghị')!)).toBe('');
  });

  it('treats an unknown kind with a year as a named event, not an error', () => {
    expect(parseOccasion('trung-thu:2025')).toEqual({ kind: 'named', name: 'trung-thu:2025' });
    expect(parseOccasion('  ')).toBeNull();
  });
});

describe('Vietnamese date forms', () => {
  it('pads the day below 10 and the month only for January and February', () => {
    expect(shortDate({ day: 5, month: 1, year: 2020 })).toBe('05/01/2020');
    expect(shortDate({ day: 18, month: 4, year: 2022 })).toBe('18/4/2022');
    expect(longDate({ day: 9, month: 2, year: 2024 })).toBe('ngày 09 tháng 02 năm 2024');
    expect(longDate({ day: 22, month: 12, year: 2024 })).toBe('ngày 22 tháng 12 năm 2024');
  });

  it('reads typed dates and refuses impossible ones', () => {
    expect(parseDate('18/4/2022')).toEqual({ day: 18, month: 4, year: 2022 });
    expect(parseDate('2022-04-18')).toEqual({ day: 18, month: 4, year: 2022 });
    expect(parseDate('29/02/2023')).toBeNull();
    expect(parseDate('29/02/2024')).toEqual({ day: 29, month: 2, year: 2024 });
    expect(parseDate('31/4/2022')).toBeNull();
    expect(parseDate('18/4')).toBeNull();
  });
});
