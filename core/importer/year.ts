// The year of issue when the dateline has none. The draft needs a year, but the importer never
// invents one: it may take it only from the letter's own text — the full dates the body cites
// ("ngày 03 tháng 2 năm 2020", "03/02/2020", "trước ngày 15/6/2011"), since a letter answers
// documents dated before it and sets deadlines after it — or from an e-signature stamp's signing time,
// and says it guessed ('uncertain'). Without such a date it falls back to the caller's year and says the
// year is missing.
import type { Block } from '../letter/types';
import type { Notes } from './notes';
import { fold } from './text';

const NUMERIC_DATE = /(?:^|[^\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g;
const WORDED_DATE = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})(?!\d)/g;

const textOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => [b.content.map((r) => r.text).join(''), ...(b.kind === 'item' ? textOf(b.children) : [])]);

interface Cited {
  year: number;
  source: string;
}

/** "trước ngày 20/12/2025", "chậm nhất ngày …", "hạn …": a deadline, set after the letter's own date. */
const DEADLINE_BEFORE = /\b(truoc|cham nhat|han|den het|den)\s*(ngay)?$/;

/** "từ ngày …", "kể từ ngày …": the day a rule or a price list takes effect from. */
const EFFECT_FROM = /\btu\s*(ngay)?$/;

/**
 * The year a letter was written in, from the full dates its body cites, or null. The documents it
 * answers are dated before it, so the latest of those is the earliest the letter can be; a deadline it
 * sets falls after it, usually within weeks, so the earliest deadline is the best guess when it is
 * not earlier than that ("… trước ngày 20/12/2025" and "… 31/8/2026" in a letter of November 2025;
 * "chậm nhất ngày 22/11/2025" in a letter citing documents of 2024).
 */
export function citedYear(body: readonly Block[]): Cited | null {
  let past: Cited | null = null;
  let deadline: Cited | null = null;
  let effect: Cited | null = null;
  for (const text of textOf(body)) {
    const f = fold(text);
    for (const re of [NUMERIC_DATE, WORDED_DATE]) {
      for (const m of f.matchAll(re)) {
        const day = Number(m[1]);
        const month = Number(m[2]);
        const year = Number(m[3]);
        if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1945 || year > 2200) continue;
        const at = m.index ?? 0;
        // fold() keeps the length, so the match's place in the folded text is its place in the text.
        const cited = { year, source: text.slice(at, at + m[0].length).replace(/^[^\dn]+/iu, '') };
        const lead = `${f.slice(Math.max(0, at - 24), at)}${m[0].replace(/\d[\s\S]*$/, '')}`.trimEnd();
        // "từ ngày 01/01/2026": a date something takes effect from may be past or ahead; it tells the year
        // only when the body cites no other date ("Kể từ ngày 01/12/2025, Cục Lãnh sự … triển khai").
        if (EFFECT_FROM.test(lead)) {
          if (effect === null || year < effect.year) effect = cited;
        } else if (DEADLINE_BEFORE.test(lead)) {
          if (deadline === null || year < deadline.year) deadline = cited;
        } else if (past === null || year > past.year) past = cited;
      }
    }
  }
  if (past !== null && deadline !== null) return deadline.year >= past.year ? deadline : past;
  return past ?? deadline ?? effect;
}

/**
 * The year to write: from the dateline, else from the e-signature stamp's signing date (a letter is dated
 * the day it is signed or the day before, so within its year but on the 31st of December), else inferred
 * from the body (uncertain), else the fallback (missing). The stamp comes before the body's dates: those
 * may be a law's date of effect years ahead.
 */
export function resolveYear(headerYear: number | null, body: readonly Block[], fallbackYear: number, notes: Notes, signed: string | null = null): number {
  if (headerYear !== null) return headerYear;
  const signedYear = signed === null ? null : Number(signed.slice(signed.lastIndexOf('/') + 1));
  if (signedYear !== null && signedYear >= 1945 && signedYear <= 2200) {
    notes.add('date.year', 'uncertain', `Dòng ngày tháng không có năm; đã lấy năm ${signedYear} theo thời gian ký ghi trên dấu chữ ký số — hãy kiểm tra.`, signed as string);
    return signedYear;
  }
  const cited = citedYear(body);
  if (cited) {
    notes.add(
      'date.year',
      'uncertain',
      `Dòng ngày tháng không có năm; đã lấy năm ${cited.year} theo các ngày văn bản nhắc đến — hãy kiểm tra.`,
      cited.source,
    );
    return cited.year;
  }
  notes.missing('date.year', `Không thấy năm ban hành; đã tạm điền ${fallbackYear} để bản nháp hợp lệ — hãy sửa.`);
  return fallbackYear;
}

/** "công văn số 4103/CT-TTHT ngày 10/6/2019", "Ngày 25/7/2019, … nhận được": a dated document or event the letter answers. */
const CITED_DOCUMENT = /(?:\bso\s+\S+\s+(?:\S+\s+){0,3}ngay\s*\S{0,8}\s*$|^ngay\s*$)/;

interface CitedDate {
  day: number;
  month: number;
  year: number;
  /** The date as the body writes it ("10/6/2019"), for the note. */
  source: string;
}

/** The dates of the documents and events the body says the letter answers, in the body's order. */
function* citedDocumentDates(body: readonly Block[]): Generator<CitedDate> {
  for (const text of textOf(body)) {
    const f = fold(text);
    for (const m of f.matchAll(NUMERIC_DATE)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1] as string);
      // "gửi về Sở GDĐT trước ngày 12/10/2018": a deadline ("Sở" folds to "so" as "số" does) dates no document.
      if (!CITED_DOCUMENT.test(f.slice(Math.max(0, at - 60), at)) || DEADLINE_BEFORE.test(f.slice(Math.max(0, at - 24), at).trimEnd())) continue;
      const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      yield { day, month, year, source: text.slice(at, (m.index ?? 0) + m[0].length) };
    }
  }
}

/**
 * The month OCR read in a marred dateline ("ngày2( tháng 2 năm 2019") is dropped when the letter answers
 * a document dated after it (a letter of February cannot answer one received on 25 July): the month is
 * left empty and the clerk told, rather than a wrong month kept (with it any day read, which means
 * nothing without its month). Only a marred dateline is doubted: a clean one is kept as typed.
 */
export function dropMonthBeforeCited(date: { day: number | null; month: number | null; year: number | null; dateMarred: boolean }, body: readonly Block[], notes: Notes): void {
  if (date.month === null || date.year === null || !date.dateMarred) return;
  const own = date.year * 12 + date.month;
  for (const cited of citedDocumentDates(body)) {
    // "Quyết định số 7619/QĐ-BCA ngày 8/9/2925": a date years after the letter's is the cited one misread.
    if (cited.year * 12 + cited.month <= own || cited.year > date.year + 1) continue;
    notes.add('date.month', 'uncertain', `Tháng ${date.month} đọc từ dòng ngày tháng bị nhận dạng sai, nhưng văn bản trả lời văn bản ngày ${cited.day}/${cited.month}/${cited.year}; đã để trống tháng — hãy điền theo bản gốc.`, cited.source);
    date.month = null;
    date.day = null;
    return;
  }
}

/**
 * "ngày 2O tháng 01 năm 2020" in a letter that carries out "Chỉ thị số 05/CT-TTg ngày 28/01/2020": a day
 * read only by mending OCR's letters for digits (20) is dropped when the letter answers a document dated
 * later in its month; the hand-filled day was something else (30), and a wrong day is worse than none.
 */
export function dropMendedDayBeforeCited(date: { day: number | null; month: number | null; year: number | null; dayMended: boolean }, body: readonly Block[], notes: Notes): void {
  if (date.day === null || date.month === null || date.year === null || !date.dayMended) return;
  for (const cited of citedDocumentDates(body)) {
    // Only a document of the letter's own month tells against its day; one dated a year on tells against the
    // month or the year instead, which dropMonthBeforeCited weighs.
    if (cited.year !== date.year || cited.month !== date.month || cited.day <= date.day) continue;
    notes.add('date.day', 'uncertain', `Ngày ${date.day} đọc từ chữ số nhận dạng sai, nhưng văn bản thực hiện văn bản ngày ${cited.day}/${cited.month}/${cited.year}; đã để trống ngày — hãy điền theo bản gốc.`, cited.source);
    date.day = null;
    return;
  }
}
