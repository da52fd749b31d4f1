// The "holiday occasion" variable: the occasions provincial letters are written for, with their
// names as letters write them and the dates they fall on. Tết Nguyên đán's can-chi name and date are
// computed from the lunar calendar, so a template works for any year without a table to maintain.
import { canChi, lunarToSolar, tetNguyenDan } from './lunar';
import type { SolarDate } from './lunar';
import { dayMonth, shortDate } from './dates';
import { missingCase } from '../result';

export const OCCASION_KINDS = ['tet-nguyen-dan', 'tet-duong-lich', 'tet', '30-4', '02-9', 'gio-to'] as const;
export type OccasionKind = (typeof OCCASION_KINDS)[number];

export const OCCASION_LABELS: Record<OccasionKind, string> = {
  'tet-nguyen-dan': 'Tết Nguyên đán',
  'tet-duong-lich': 'Tết Dương lịch',
  tet: 'Tết Dương lịch và Tết Nguyên đán',
  '30-4': 'Lễ 30/4 và 01/5',
  '02-9': 'Lễ Quốc khánh 02/9',
  'gio-to': 'Giỗ Tổ Hùng Vương',
};

/** A fixed occasion of a year, or another named event written as the clerk wants it. */
export type Occasion = { kind: OccasionKind; year: number } | { kind: 'named'; name: string };

/**
 * The stored form of an occasion value (ClauseRef values are strings): "tet-nguyen-dan:2025",
 * "30-4:2024"…; any other text is a named event ("Đại hội Đảng bộ tỉnh lần thứ XX").
 */
export function parseOccasion(value: string): Occasion | null {
  const t = value.trim();
  if (t === '') return null;
  const m = /^([a-z0-9-]+):(\d{4})$/.exec(t);
  if (m && (OCCASION_KINDS as readonly string[]).includes(m[1] as string)) return { kind: m[1] as OccasionKind, year: Number(m[2]) };
  return { kind: 'named', name: t };
}

export function encodeOccasion(o: Occasion): string {
  return o.kind === 'named' ? o.name : `${o.kind}:${o.year}`;
}

/** The occasion's name as written in a letter: "Tết Nguyên đán Ất Tỵ năm 2025", "Lễ 30/4 và 01/5". */
export function occasionName(o: Occasion): string {
  switch (o.kind) {
    case 'tet-nguyen-dan':
      return `Tết Nguyên đán ${canChi(o.year)} năm ${o.year}`;
    case 'tet-duong-lich':
      return `Tết Dương lịch năm ${o.year}`;
    case 'tet':
      return `Tết Dương lịch và Tết Nguyên đán ${canChi(o.year)} năm ${o.year}`;
    case '30-4':
      return 'Lễ 30/4 và 01/5';
    case '02-9':
      return 'Lễ Quốc khánh 02/9';
    case 'gio-to':
      return 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
    case 'named':
      return o.name;
    default:
      return missingCase(o);
  }
}

/** The day(s) the occasion is celebrated (not the official days off, which the Government sets each year). */
export function occasionDays(o: Occasion): SolarDate[] {
  switch (o.kind) {
    case 'tet-nguyen-dan':
      return [tetNguyenDan(o.year)];
    case 'tet-duong-lich':
      return [{ day: 1, month: 1, year: o.year }];
    case 'tet':
      return [{ day: 1, month: 1, year: o.year }, tetNguyenDan(o.year)];
    case '30-4':
      return [{ day: 30, month: 4, year: o.year }, { day: 1, month: 5, year: o.year }];
    case '02-9':
      return [{ day: 2, month: 9, year: o.year }];
    case 'gio-to':
      return [lunarToSolar(10, 3, o.year)];
    case 'named':
      return [];
    default:
      return missingCase(o);
  }
}

/** "29/01/2025"; two days as "30/4 và 01/5/2025"; nothing for a named event. */
export function occasionDateText(o: Occasion): string {
  const days = occasionDays(o);
  if (days.length === 0) return '';
  if (days.length === 1) return shortDate(days[0] as SolarDate);
  const last = days[days.length - 1] as SolarDate;
  const sameYear = days.every((d) => d.year === last.year);
  const head = days.slice(0, -1).map((d) => (sameYear ? dayMonth(d) : shortDate(d)));
  return `${head.join(', ')} và ${shortDate(last)}`;
}

export function occasionYear(o: Occasion): number | null {
  return o.kind === 'named' ? null : o.year;
}
