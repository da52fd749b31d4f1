// Số and ngày (ô 3, ô 4). A draft legitimately has no number and no day: the records clerk assigns
// them after signing (Điều 15), so they are noted, and warned about only at the issue stage. A date
// must exist on the calendar, and one far from today is usually a typo in the year.
import type { CalendarDate, Hit, LetterRule } from '../types';

const CITE_DATE = 'Phụ lục I, mục II.4.b';
/** Decree 30 took effect on 05/03/2020; earlier letters fell under Circular 01/2011/TT-BNV. */
const DECREE_EFFECTIVE: CalendarDate = { year: 2020, month: 3, day: 5 };
const FUTURE_DAYS = 30;
const PAST_DAYS = 366;

export function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const dayNumber = (d: CalendarDate): number => Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
const show = (d: CalendarDate): string => `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;

export const dateValid: LetterRule = {
  id: 'date-valid',
  title: 'Ngày ban hành có thật',
  cite: CITE_DATE,
  severity: 'error',
  check: (letter) => {
    const { day, month, year } = letter.date;
    if (day === null || month === null || day <= daysInMonth(month, year)) return [];
    return [{ path: 'date', message: `Ngày ${day}/${month}/${year} không có trên lịch: tháng ${month} năm ${year} chỉ có ${daysInMonth(month, year)} ngày.` }];
  },
};

export const numberPending: LetterRule = {
  id: 'number-pending',
  title: 'Số văn bản chưa cấp',
  cite: 'Điều 15',
  severity: 'info',
  check: (letter, ctx) =>
    letter.number === null
      ? [{ path: 'number', severity: ctx.stage === 'issue' ? 'warning' : 'info', message: 'Số văn bản còn để trống: văn thư cấp số sau khi ký; phải điền trước khi phát hành.' }]
      : [],
};

export const datePending: LetterRule = {
  id: 'date-pending',
  title: 'Ngày ban hành chưa điền',
  cite: 'Điều 15; Phụ lục I, mục II.4.b',
  severity: 'info',
  check: (letter, ctx) => {
    const missing = [letter.date.day === null ? 'ngày' : null, letter.date.month === null ? 'tháng' : null].filter((x) => x !== null);
    return missing.length > 0
      ? [{ path: 'date', severity: ctx.stage === 'issue' ? 'warning' : 'info', message: `Thời gian ban hành còn để trống ${missing.join(' và ')}: điền khi văn bản được ký và cấp số.` }]
      : [];
  },
};

export const dateRange: LetterRule = {
  id: 'date-range',
  title: 'Ngày ban hành xa ngày hiện tại',
  cite: 'Điều 15; Phụ lục I, mục II.4.b',
  severity: 'warning',
  check: (letter, ctx) => {
    const { month, year } = letter.date;
    const date: CalendarDate = { year, month: month ?? ctx.today.month, day: letter.date.day ?? 1 };
    if (month !== null && date.day > daysInMonth(month, year)) return [];
    const hits: Hit[] = [];
    const delta = dayNumber(date) - dayNumber(ctx.today);
    const shown = letter.date.day !== null && month !== null ? `Ngày ${show(date)}` : `Năm ${year}`;
    if (delta > FUTURE_DAYS && (month !== null || year > ctx.today.year)) {
      hits.push({ path: 'date', message: `${shown} còn ${delta} ngày nữa mới tới (hôm nay ${show(ctx.today)}): kiểm tra lại năm, tháng.` });
    } else if (delta < -PAST_DAYS && (month !== null || year < ctx.today.year)) {
      hits.push({ path: 'date', message: `${shown} đã qua ${-delta} ngày (hôm nay ${show(ctx.today)}): kiểm tra lại năm, tháng.` });
    }
    if (month !== null && dayNumber(date) < dayNumber(DECREE_EFFECTIVE)) {
      hits.push({ path: 'date', severity: 'info', message: `${shown} trước ngày 05/03/2020: Nghị định 30/2020/NĐ-CP chưa có hiệu lực, văn bản theo Thông tư 01/2011/TT-BNV.` });
    }
    return hits;
  },
};

export const DATE_RULES = [dateValid, numberPending, datePending, dateRange];
