// "V/v …" / "'&CA HƠI) - Phòng Giáo dục và Đào tạo …;" / "- Các đơn vị trực thuộc Sở …;" / "- Các Trung tâm
// GDNN-GDTX cấp huyện.": a scan whose "Kính gửi:" the e-signature stamp covered still lists its recipients
// under the subject, each on a dashed line that opens as an addressee does and ends as an entry does.
import { contentOf } from './lines';
import type { SourceLine } from './lines';
import { isOcrSpecks } from './noise';
import { DASHED_ENTRY, SCRAPS_BEFORE_DASH } from './recipient-scraps';
import { squash } from './text';

/** An addressee's opening word beyond the offices': an association, a company, a bank, an embassy. */
const OTHER_ADDRESSEE = /^[-–—•]\s*(?:Hiệp hội|Hội|Công ty|Ngân hàng|Tổng cục|Liên đoàn|Đại sứ quán)\s/u;

/** One entry of such a list: a dash, an addressee's opening word, an entry's ending; the stamp's scraps may stand before it. */
export function isUnlabelledEntry(text: string, first: boolean, lastOfList = false): boolean {
  const scraps = first ? SCRAPS_BEFORE_DASH.exec(text) : null;
  const entry = scraps !== null && !/\p{Ll}/u.test(scraps[1] as string) ? text.slice((scraps[1] as string).length).trim() : text;
  return (DASHED_ENTRY.test(entry) || OTHER_ADDRESSEE.test(entry)) && (lastOfList ? /[;.)]$/ : /[;.]$/).test(entry);
}

/**
 * Where such a list starts, right after the header (blank lines and OCR's specks between), or null: two
 * entries at least, the last ended with a full stop or by a blank line, and no line of the block that is
 * not an entry. Scraps before the first dash (the stamp's, no small letter among them) may stand on its line.
 * An entry may wrap onto lines of its own ("- Hiệp hội … Hàn Quốc" / "(Đ/c: 47 Đường …)"), each opening in a
 * bracket or a small letter; the list's last entry may end on its bracket.
 */
export function unlabelledListAt(lines: readonly SourceLine[], from: number, limit: number): number | null {
  const text = (j: number): string => {
    const line = lines[j] as SourceLine;
    return squash(contentOf(line.raw, line.runs, line.open).text);
  };
  let j = from;
  while (j < limit && (text(j) === '' || isOcrSpecks(text(j)))) j += 1;
  const start = j;
  let entries = 0;
  let pending = '';
  for (; j < limit; j += 1) {
    const t = text(j);
    if (t === '') break;
    if (pending !== '' && /^[(\p{Ll}]/u.test(t)) pending = `${pending} ${t}`;
    else if (pending === '') pending = t;
    else return null;
    if (!/[;.]$/.test(pending)) continue;
    if (!isUnlabelledEntry(pending, entries === 0)) return null;
    entries += 1;
    if (pending.endsWith('.')) return entries >= 2 ? start : null;
    pending = '';
  }
  if (pending !== '') {
    if (!isUnlabelledEntry(pending, entries === 0, true)) return null;
    entries += 1;
  }
  return entries >= 2 ? start : null;
}
