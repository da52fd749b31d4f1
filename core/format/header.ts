// Texts of the page-1 header (ô 1, ô 2, ô 10a/10b, nd30.md §4.1, §4.2, §4.12).
import type { Agency, Secrecy, Urgency } from '../letter/types';

/** Quốc hiệu. The Decree writes both "HÒA" and "HOÀ"; we use the prose's "HÒA" everywhere. */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ: ASCII hyphens with spaces, as the Decree specifies (not en dashes). */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export interface AgencyLines {
  /** Parent agency lines (regular weight), empty when the issuer has no parent line. */
  parent: string[];
  /** Issuing agency lines (bold). */
  name: string[];
}

const upperLines = (text: string | null): string[] =>
  (text ?? '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi').normalize('NFC'))
    .filter((l) => l.length > 0);

/** The agency block in upper case, split where the author put "\n". */
export function formatAgencyLines(agency: Agency): AgencyLines {
  return { parent: upperLines(agency.parent), name: upperLines(agency.name) };
}

/** The agency as one line (document properties, messages): "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN". */
export function agencyOneLine(agency: Agency): string {
  return formatAgencyLines(agency).name.join(' ');
}

/** The urgency stamp text (ô 10b): the level itself, upper case. */
export function formatUrgency(urgency: Urgency): string {
  return urgency;
}

/** The secrecy mark text (ô 10a). */
export function formatSecrecy(secrecy: Secrecy): string {
  return secrecy;
}
