// What sits in front of the agency's name on a letter's first lines and is not part of it: a document
// site's page mark glued to the name ("Trang 1UBND TỈNH HÀ TĨNH"), or the specks OCR read off a scan's
// margin ("6“ BỘ TÀI CHÍNH"). Both are cut off and reported; the name keeps its own words.
import type { SourceLine } from './lines';
import { isOcrSpecks } from './noise';
import type { Notes } from './notes';
import { startsUnitName } from './agency';
import { fold, isUpperText } from './text';

/** How far down the agency's first line can be: OCR may put a few lines of specks above it. */
const LEAD_LINES = 6;
const PAGE_MARK = /^\s*Trang\s*\d{1,3}(?=\s*\p{Lu}{2})/u;
/** "6“ " before the name: one short token of signs and digits, then capitals. */
const SPECKS = /^\s*(\S{1,3})\s+(?=\p{Lu}{2})/u;
/** "\\UBND TỈNH THÁI BÌNH": a sign no name starts with, glued before the capitals. */
const GLUED_SPECK = /^\s*([\\|¦~^`'‘’“”_]{1,2})(?=\p{Lu}{2})/u;
const AGENCY_WORDS = /^(bo|ubnd|uy ban|tong cuc|chinh phu|van phong|hdnd|dang uy)\b/;

const startsAgency = (text: string): boolean => AGENCY_WORDS.test(fold(text)) || startsUnitName(text);

export function dropLeadMarks(lines: SourceLine[], notes: Notes): void {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < LEAD_LINES; i += 1) {
    const line = lines[i] as SourceLine;
    if (line.raw.trim() === '') continue;
    seen += 1;
    if (line.runs !== null) continue;
    const page = seen === 1 ? PAGE_MARK.exec(line.raw) : null;
    const specks = page ? null : (SPECKS.exec(line.raw) ?? GLUED_SPECK.exec(line.raw));
    // A list's dash ("- UBND huyện …" under "Kính gửi") is no speck.
    const cut = page ?? (specks && !/^[-–—+•*]$/.test(specks[1] as string) && isOcrSpecks(specks[1] as string) ? specks : null);
    if (!cut) continue;
    const rest = line.raw.slice(cut[0].length).trimStart();
    if (!startsAgency(rest) || !isUpperText(rest)) continue;
    const what = page ? 'số trang của trang web dính vào tên cơ quan' : 'vết mực trước tên cơ quan';
    notes.add('agency.name', 'dropped', `Dòng ${line.no}: bỏ ${what}.`, cut[0].trim());
    lines[i] = { ...line, raw: rest };
    return;
  }
}
