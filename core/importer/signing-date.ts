// An e-signed letter carries the signing time in its stamp ("Thời gian ký: 20.12.2017 16:29", "Giờ ký:
// 2020-08-07T08:25:50"). That is not the letter's date (an office may date a letter the day before it
// signs), so it never fills the day or month; when the dateline's day or month could not be read, the
// clerk is told what the stamp says. Its year stands in for a dateline with none (year.ts).
import type { SourceLine } from './lines';
import type { Notes } from './notes';
import { fold } from './text';

const STAMP_DATE = /^\s*(?:thoi gian ky|gio ky|ngay ky)\s*:?\s*(?:(\d{1,2})[./-](\d{1,2})[./-](\d{4})|(\d{4})-(\d{2})-(\d{2}))/;

/** The first signing date a stamp in the text names, as "dd/mm/yyyy", or null. */
export function signingDate(lines: readonly SourceLine[]): string | null {
  for (const line of lines) {
    const m = STAMP_DATE.exec(fold(line.raw));
    if (!m) continue;
    const [day, month, year] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]];
    const d = Number(day), mo = Number(month);
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) return `${d}/${mo}/${year as string}`;
  }
  return null;
}

/** Adds the stamp's signing date as a hint on the date when its day or month is empty. */
export function noteSigningDate(lines: readonly SourceLine[], date: { day: number | null; month: number | null }, notes: Notes): void {
  if (date.day !== null && date.month !== null) return;
  const signed = signingDate(lines);
  if (signed === null) return;
  notes.add('date', 'uncertain', `Dấu chữ ký số ghi thời gian ký ${signed}; nếu đó là ngày của văn bản, hãy điền ngày tháng theo bản gốc.`, signed);
}
