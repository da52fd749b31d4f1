// Địa danh, ngày tháng năm (ô 4, nd30.md §4.4 and §5): "Hưng Yên, ngày 05 tháng 3 năm 2020".
// Day is padded below 10; the month only for January and February; a pending day or month is left
// blank, wide enough to write two digits by hand, with the words around it kept in place.
import type { LetterDate } from '../letter/types';

/** Blank for a pending day or month: wider than two digits at the dateline's size. */
export const PENDING_DATE_BLANK = ' '.repeat(6);

export function formatDay(day: number | null): string {
  if (day === null) return PENDING_DATE_BLANK;
  return day < 10 ? `0${day}` : String(day);
}

/** Only months 1 and 2 are padded ("tháng 01", "tháng 02", but "tháng 3", "tháng 12"). */
export function formatMonth(month: number | null): string {
  if (month === null) return PENDING_DATE_BLANK;
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 22 tháng 4 năm 2022" (no place). */
export function formatDate(date: LetterDate): string {
  return `ngày ${formatDay(date.day)} tháng ${formatMonth(date.month)} năm ${date.year}`;
}

/** "Hưng Yên, ngày 22 tháng 4 năm 2022". A missing place leaves the date alone rather than ", ngày". */
export function formatDateLine(place: string, date: LetterDate): string {
  const p = place.trim().replace(/[,\s]+$/, '');
  return p ? `${p}, ${formatDate(date)}` : formatDate(date);
}
