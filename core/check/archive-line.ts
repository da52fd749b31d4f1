// The archive line "- Lưu: VT, KGVX (02)." (ô 9b) and the symbol it must agree with. Clerks type
// this line by hand in every variant the seeds show: "Lưu VT, TG CNTT 02." (001), "VT, KGVX," (002),
// 'tđat "HT"' (003), "VT. CNTT" (004). These helpers say what is wrong and repair what is mechanical.
import { RECORDS_DESK_WORDS } from '../format/distribution';
import { upper } from './text';

/** A unit abbreviation as the Decree writes it: capitals and digits, groups joined by "-". */
export const UNIT_FORM = /^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u;
const SEPARATORS = /[\s,.;:"“”'`]+/;
const COUNT = /^\(?(\d{1,4})\)?$/;

/** The symbol's groups after the issuer: "UBND-KGVX" → ["KGVX"]; the drafting unit or subject area. */
export function symbolUnits(symbol: string): string[] {
  const groups = upper(symbol.replace(/\s+/g, '').replace(/^.*\//, '')).split('-').filter(Boolean);
  return groups.slice(1);
}

export interface RepairedUnits {
  units: string[];
  copies: number | null;
}

/**
 * Splits typed units on their stray separators, moves a copy count ("02", "(02)") to copies and puts
 * VT first. Returns null when a token is in lower case: upper-casing initials like "tđat" is a guess
 * about what the clerk meant, not a mechanical repair.
 */
export function repairUnits(units: readonly string[], copies: number | null): RepairedUnits | null {
  // "Văn thư": the records desk written out is VT, not two words to split.
  const tokens = units.flatMap((u) => (RECORDS_DESK_WORDS.test(u.trim()) ? ['VT'] : u.split(SEPARATORS))).filter((t) => t.length > 0);
  let count = copies;
  const out: string[] = [];
  for (const t of tokens) {
    const m = COUNT.exec(t);
    if (m) {
      count = count ?? Number(m[1]);
      continue;
    }
    if (upper(t) === 'VT') continue;
    if (!UNIT_FORM.test(t)) return null;
    if (!out.includes(t)) out.push(t);
  }
  const rest = out.filter((t) => t !== 'VT');
  return { units: ['VT', ...rest], copies: count };
}

export interface ArchiveLineDiagnosis {
  /** Vietnamese descriptions of what is wrong with the typed line. */
  problems: string[];
  repaired: RepairedUnits | null;
}

/** True for a Nơi nhận entry that is really the archive line typed by hand ("Lưu: VT, KGVX."). */
export function isArchiveLine(entry: string): boolean {
  return /^[-–•+\s]*lưu\b/i.test(entry.normalize('NFC'));
}

/** What is wrong with a hand-typed "Lưu …" line, by the Decree's own description of it (II.9.d). */
export function diagnoseArchiveLine(entry: string, symbol: string): ArchiveLineDiagnosis {
  const text = entry.normalize('NFC').replace(/^[-–•+\s]*/, '').trim();
  const problems: string[] = [];
  const m = /^lưu\s*(:?)\s*(.*)$/i.exec(text);
  const colon = m?.[1] ?? '';
  let rest = (m?.[2] ?? '').trim();
  if (colon === '') problems.push('thiếu dấu hai chấm sau “Lưu”');
  if (!rest.endsWith('.')) problems.push('không kết thúc bằng dấu chấm');
  rest = rest.replace(/[.;,:\s]+$/, '');
  if (/^VT\s*[.;:]/i.test(rest)) problems.push('sau “VT” phải là dấu phẩy');
  else if (/[^\s,]\s+[^\s,(]/.test(rest)) problems.push('các mục không cách nhau bằng dấu phẩy');
  if (/(^|[\s,])\d{1,4}$/.test(rest)) problems.push('số bản lưu phải viết trong ngoặc đơn, ví dụ “(02)”');
  const repaired = repairUnits([rest], null);
  const expected = symbolUnits(symbol);
  if (repaired && expected.length > 0 && !repaired.units.slice(1).some((u) => expected.includes(u))) {
    problems.push(`đơn vị soạn thảo ${repaired.units.slice(1).join(', ') || '(không có)'} không khớp ký hiệu ${expected.join('-')}`);
  }
  return { problems, repaired };
}
