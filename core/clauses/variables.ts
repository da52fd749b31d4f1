// Typed variables of clauses and templates: their definitions (zod), how a stored value is read,
// and how it is written into the text in each of its forms ({{name}} or {{name|form}}).
import { z } from 'zod';
import type { Result } from '../result';
import { err, missingCase, ok } from '../result';
import { citationFull, citationShort, parseCitation } from './citation';
import { longDate, parseDate, shortDate } from './dates';
import { canChi } from './lunar';
import { occasionDateText, occasionName, occasionYear, parseOccasion } from './holidays';

export const VARIABLE_TYPES = ['text', 'number', 'date', 'occasion', 'citation', 'agency', 'phone', 'email'] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

/** The forms each type can be written in; the first is the default ({{name}}). */
export const VARIABLE_FORMS: Record<VariableType, readonly string[]> = {
  text: ['chu'],
  number: ['so'],
  date: ['ngan', 'dai'],
  occasion: ['ten', 'ngay', 'nam', 'canchi'],
  citation: ['day-du', 'ngan'],
  agency: ['ten'],
  phone: ['so'],
  email: ['dia-chi'],
};

export const VARIABLE_NAME = /^[a-z][a-z0-9_]*$/;

export const VariableDefSchema = z.object({
  name: z.string().regex(VARIABLE_NAME, { error: 'tên biến chỉ gồm chữ thường không dấu, số và "_" (vd. cong_van_bo)' }),
  type: z.enum(VARIABLE_TYPES, { error: `kiểu biến phải là một trong: ${VARIABLE_TYPES.join(', ')}` }),
  /** Vietnamese, shown in the form and in the «…» marker while unfilled. */
  label: z.string().min(1, { error: 'nhãn biến không được để trống' }),
  /** Used when the clerk gives no value; a variable with a default is never "unfilled". */
  default: z.string().optional(),
  hint: z.string().optional(),
  /** Suggested values (an agency's usual names, say); the clerk may still type another. */
  suggestions: z.array(z.string()).optional(),
});
export type VariableDef = z.infer<typeof VariableDefSchema>;

/** The «label» marker left in the text while a variable has no value: visible, searchable, warned on export. */
export const unfilledMarker = (def: Pick<VariableDef, 'label'>): string => `«${def.label}»`;
export const UNFILLED_MARKER = /«([^«»\n]{1,120})»/g;

const PHONE = /^\+?[\d().\s-]{8,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NUMBER = /^\d+([.,]\d+)*$/;

/**
 * Writes a value in a form. ok(null) when there is no value; err(message) when the value does not
 * read as its type (the message names the variable by its label).
 */
export function renderValue(def: VariableDef, raw: string | undefined, form?: string): Result<string | null, string> {
  const value = (raw ?? '').trim() === '' ? def.default : raw;
  if (value === undefined || value.trim() === '') return ok(null);
  const v = value.trim();
  const bad = (what: string) => err(`${def.label}: ${what}`);
  switch (def.type) {
    case 'text':
    case 'agency':
      return ok(v);
    case 'number':
      return NUMBER.test(v) ? ok(v) : bad(`"${v}" không phải là số`);
    case 'phone':
      return PHONE.test(v) && v.replace(/\D/g, '').length >= 8 ? ok(v) : bad(`"${v}" không phải số điện thoại`);
    case 'email':
      return EMAIL.test(v) ? ok(v) : bad(`"${v}" không phải địa chỉ thư điện tử`);
    case 'date': {
      const d = parseDate(v);
      if (!d) return bad(`"${v}" không phải ngày hợp lệ (dạng 18/4/2022)`);
      return ok(form === 'dai' ? longDate(d) : shortDate(d));
    }
    case 'occasion': {
      const o = parseOccasion(v);
      if (!o) return ok(null);
      const year = occasionYear(o);
      if (form === 'ngay') return ok(occasionDateText(o) || occasionName(o));
      if (form === 'nam') return year === null ? bad('sự kiện tự đặt tên không có năm') : ok(String(year));
      if (form === 'canchi') return year === null ? bad('sự kiện tự đặt tên không có năm âm lịch') : ok(canChi(year));
      return ok(occasionName(o));
    }
    case 'citation': {
      const c = parseCitation(v);
      if (!c) return bad('văn bản dẫn chiếu chưa đủ loại, số ký hiệu, ngày, cơ quan ban hành');
      return ok(form === 'ngan' ? citationShort(c) : citationFull(c));
    }
    default:
      return missingCase(def.type);
  }
}
