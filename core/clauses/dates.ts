// Vietnamese date forms used in clause text. The Decree's dateline rule (pad the day below 10, pad
// the month only for January and February) is also the common practice for dates in body text:
// "01/5", "02/9", "18/4/2022", "05/01/2020".
import type { SolarDate } from './lunar';

export const padDay = (day: number): string => (day < 10 ? `0${day}` : String(day));
export const padMonth = (month: number): string => (month <= 2 ? `0${month}` : String(month));

/** "18/4/2022", "05/01/2020". */
export const shortDate = (d: SolarDate): string => `${padDay(d.day)}/${padMonth(d.month)}/${d.year}`;
/** "30/4", "01/5", "02/9". */
export const dayMonth = (d: Pick<SolarDate, 'day' | 'month'>): string => `${padDay(d.day)}/${padMonth(d.month)}`;
/** "ngày 18 tháng 4 năm 2022", the dateline form. */
export const longDate = (d: SolarDate): string => `ngày ${padDay(d.day)} tháng ${padMonth(d.month)} năm ${d.year}`;

function daysInMonth(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a date as a clerk types it: "18/4/2022", "05/01/2020", "18-4-2022", "18.4.2022", or ISO
 * "2022-04-18". Returns null for anything that is not a real calendar date.
 */
export function parseDate(text: string): SolarDate | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const parts = iso ? { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) } : vn ? { day: Number(vn[1]), month: Number(vn[2]), year: Number(vn[3]) } : null;
  if (!parts) return null;
  if (parts.month < 1 || parts.month > 12 || parts.year < 1900 || parts.year > 2200) return null;
  if (parts.day < 1 || parts.day > daysInMonth(parts.month, parts.year)) return null;
  return parts;
}
