// What the agency name tells the checker: its abbreviation in the symbol ("ỦY BAN NHÂN DÂN TỈNH HƯNG
// YÊN" → UBND), whether it works collectively (TM. applies), and the administrative unit whose name
// is the place of issue. Abbreviations are fixed by each agency's head (Phụ lục I, mục II.3.b), so
// this only knows the national ones and the plain initials; anything else is a warning, not an error.
import type { Agency } from '../letter/types';
import { stripMarks, upper } from './text';

const ADMIN_UNIT = /(?:^|\s)(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(.+)$/u;
const KNOWN: ReadonlyArray<[RegExp, string[]]> = [
  [/^(ỦY|UỶ) BAN NHÂN DÂN$/u, ['UBND']],
  [/^HỘI ĐỒNG NHÂN DÂN$/u, ['HĐND']],
  [/^VĂN PHÒNG (ỦY|UỶ) BAN NHÂN DÂN$/u, ['VPUBND', 'VP']],
  [/^THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN$/u, ['HĐND', 'TTHĐND']],
];
/** Bodies that decide collectively, so their letters are signed "TM." (Điều 13). */
const COLLECTIVE = /^((ỦY|UỶ) BAN|HỘI ĐỒNG|THƯỜNG TRỰC|BAN THƯỜNG VỤ|BAN CHỈ ĐẠO)\b/u;

const oneLine = (s: string | null): string => upper((s ?? '').replace(/\s+/g, ' ').trim());

/** The agency's name without the administrative unit: "ỦY BAN NHÂN DÂN", "SỞ NỘI VỤ". */
export function agencyBase(agency: Agency): string {
  const name = oneLine(agency.name);
  const m = ADMIN_UNIT.exec(name);
  return (m ? name.slice(0, m.index) : name).trim();
}

/** The unit the agency sits in, from its own name or its parent's: "HƯNG YÊN", "HỒ CHÍ MINH". */
export function adminUnitName(agency: Agency): string | null {
  for (const line of [oneLine(agency.name), oneLine(agency.parent)]) {
    const m = ADMIN_UNIT.exec(line);
    if (m?.[2]) return m[2].trim();
  }
  return null;
}

const initials = (words: readonly string[]): string => words.map((w) => stripMarks(w).charAt(0)).join('');

/** The issuer abbreviations a symbol may start with, for this agency. */
export function issuerAbbreviations(agency: Agency): string[] {
  const base = agencyBase(agency);
  if (!base) return [];
  for (const [pattern, abbrs] of KNOWN) if (pattern.test(base)) return abbrs;
  const words = base.split(' ').filter(Boolean);
  const withoutVa = words.filter((w) => w !== 'VÀ');
  return [...new Set([initials(words), initials(withoutVa)])];
}

export function isCollective(agency: Agency): boolean {
  return COLLECTIVE.test(agencyBase(agency));
}
