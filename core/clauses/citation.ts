// The "cited document" variable. Decree 30 (Phụ lục I) asks that a document cited for the first time
// be given with its type, number and symbol, date, issuer and subject:
//   "Công văn số 1535/BTTTT-CATTT ngày 18/4/2022 của Bộ Thông tin và Truyền thông về việc …";
// later citations need only the type and number/symbol ("Công văn số 1535/BTTTT-CATTT").
import { z } from 'zod';
import { parseDate, shortDate } from './dates';

/** Types letters cite, as written in running text (capitalised, not abbreviated). */
export const CITED_TYPES = [
  'Công văn', 'Văn bản', 'Công điện', 'Chỉ thị', 'Quyết định', 'Kế hoạch', 'Thông báo', 'Hướng dẫn',
  'Nghị quyết', 'Nghị định', 'Thông tư', 'Luật',
] as const;

/** Documents named by their content use "về việc"; typed documents carry their title directly. */
const VE_VIEC = new Set<string>(['Công văn', 'Văn bản', 'Công điện', 'Chỉ thị', 'Thông báo']);

export const CitationSchema = z.object({
  type: z.string().min(1, { error: 'thiếu loại văn bản (Công văn, Quyết định…)' }),
  /** "1535/BTTTT-CATTT": the number and symbol as they stand after "Số:". */
  numberSymbol: z.string().min(1, { error: 'thiếu số, ký hiệu văn bản' }),
  /** As typed: "18/4/2022" or "2022-04-18". */
  date: z.string().refine((d) => parseDate(d) !== null, { error: 'ngày ban hành không hợp lệ (dạng 18/4/2022)' }),
  issuer: z.string().min(1, { error: 'thiếu cơ quan ban hành' }),
  subject: z.string().default(''),
});
export type Citation = z.infer<typeof CitationSchema>;

/** ClauseRef values are strings: a citation is stored as its JSON. */
export function parseCitation(value: string): Citation | null {
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return null;
  }
  const parsed = CitationSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export const encodeCitation = (c: Citation): string => JSON.stringify(c);

/** "Công văn số 1535/BTTTT-CATTT". */
export function citationShort(c: Citation): string {
  return `${c.type.trim()} số ${c.numberSymbol.trim().replace(/\s*\/\s*/g, '/')}`;
}

/** The Decree's first-citation form. */
export function citationFull(c: Citation): string {
  const date = parseDate(c.date);
  const parts = [citationShort(c)];
  if (date) parts.push(`ngày ${shortDate(date)}`);
  parts.push(`của ${c.issuer.trim()}`);
  const subject = c.subject.trim().replace(/[.;,]+$/, '');
  if (subject) {
    const bare = subject.replace(/^về việc\s+/i, '');
    parts.push(VE_VIEC.has(c.type.trim()) ? `về việc ${bare}` : subject);
  }
  return parts.join(' ');
}
