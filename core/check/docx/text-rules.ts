// The words of a DOCX typed by hand in Word: the "Số:" line, the dateline's padding, the V/v's final
// stop, the list endings of Kính gửi and Nơi nhận, the "Lưu:" line and the closing "./.". A draft
// cannot get these wrong (the format writes them); a Word document can (seeds 000, 003, 004).
import { diagnoseArchiveLine } from '../archive-line';
import type { Hit } from '../types';
import type { Identified, Role } from './identify';
import type { DocxParagraph } from './read';
import type { DocxRule } from './types';

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
const ofRole = (parts: readonly Identified[], role: Role): DocxParagraph[] => parts.filter((x) => x.role === role).map((x) => x.paragraph);
const at = (p: DocxParagraph) => `paragraph ${p.index}`;

export const numberText: DocxRule = {
  id: 'docx-number-text',
  title: 'Dòng “Số:”',
  cite: 'Phụ lục I, mục II.3.c',
  severity: 'warning',
  check: (_m, parts) => {
    const p = ofRole(parts, 'number')[0];
    if (!p) return [];
    const t = p.text.replace(/\u00a0/g, ' ').trim();
    const problems: string[] = [];
    if (/^Số:[^\s]/u.test(t)) problems.push('thiếu dấu cách sau “Số:”');
    if (/\d\s+\//u.test(t)) problems.push('có dấu cách trước “/”');
    const n = /^Số:\s*(\d+)\s*\//u.exec(t)?.[1];
    if (n && Number(n) < 10 && !n.startsWith('0')) problems.push(`số ${n} nhỏ hơn 10 phải viết “0${n}”`);
    const symbol = t.split('/').slice(1).join('/');
    if (/\s/.test(symbol.trim()) || /\p{Ll}/u.test(symbol)) problems.push(`ký hiệu “${symbol.trim()}” phải in hoa, không cách chữ`);
    return problems.length > 0 ? [{ path: at(p), message: `Dòng “${clean(p.text)}”: ${problems.join('; ')}.` }] : [];
  },
};

export const dateText: DocxRule = {
  id: 'docx-date-text',
  title: 'Ngày tháng viết đủ, đúng số 0',
  cite: 'Phụ lục I, mục II.4.b',
  severity: 'warning',
  check: (_m, parts) => {
    const p = ofRole(parts, 'date')[0];
    const m = p ? /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(p.text) : null;
    if (!p || !m) return [];
    const [, day = '', month = ''] = m;
    const problems: string[] = [];
    if (Number(day) < 10 && day.length === 1) problems.push(`ngày ${day} phải viết “0${day}”`);
    if (Number(month) <= 2 && month.length === 1) problems.push(`tháng ${month} phải viết “0${month}”`);
    if (Number(month) > 2 && month.startsWith('0')) problems.push(`tháng ${month} không thêm số 0 (chỉ tháng 1, 2 mới thêm)`);
    return problems.length > 0 ? [{ path: at(p), message: `Dòng “${clean(p.text)}”: ${problems.join('; ')}.` }] : [];
  },
};

export const subjectText: DocxRule = {
  id: 'docx-subject-text',
  title: 'Trích yếu không có dấu chấm cuối',
  cite: 'Phụ lục I, mục II.5.b; Phụ lục III, Mẫu 1.5',
  severity: 'warning',
  check: (_m, parts) => {
    const lines = ofRole(parts, 'subject');
    const last = lines[lines.length - 1];
    return last && /[^.]\.\s*$/u.test(last.text) ? [{ path: at(last), message: `Trích yếu “${clean(lines.map((l) => l.text).join(' '))}” kết thúc bằng dấu chấm.` }] : [];
  },
};

/** One list entry: a leading "-" and the given final mark. */
function entryEnding(p: DocxParagraph, end: ';' | '.', label: string): Hit[] {
  const t = clean(p.text);
  if (!/^[-–]/u.test(t)) return [{ path: at(p), message: `${label} “${t}” không bắt đầu bằng gạch đầu dòng “-”.` }];
  if (!t.endsWith(end)) return [{ path: at(p), message: `${label} “${t}” phải kết thúc bằng “${end}”.` }];
  return [];
}

export const listText: DocxRule = {
  id: 'docx-list-text',
  title: 'Gạch đầu dòng và dấu cuối dòng của danh sách nơi nhận',
  cite: 'Phụ lục I, mục II.9.d',
  severity: 'warning',
  check: (_m, parts) => {
    // Kính gửi with several recipients: "- X;" … "- Y." (a single recipient sits on the Kính gửi line).
    const recipients = ofRole(parts, 'recipients').slice(1);
    // Nơi nhận: every entry before the archive line ends with ";"; the archive line is checked apart.
    const distribution = ofRole(parts, 'distribution').filter((p) => !/^[-–\s]*Lưu\b/u.test(p.text));
    return [
      ...recipients.flatMap((p, i) => entryEnding(p, i === recipients.length - 1 ? '.' : ';', 'Kính gửi:')),
      ...distribution.flatMap((p) => entryEnding(p, ';', 'Nơi nhận:')),
    ];
  },
};

/** "PH.(15)" or "PH." after the archive line's full stop: the drafter mark of ô 12. */
const DRAFTER_MARK = /\.\s+\p{Lu}{1,8}\.(?:\(\d+\))?\s*$/u;

export const archiveText: DocxRule = {
  id: 'docx-archive-text',
  title: 'Dòng “Lưu: VT, …”',
  cite: 'Phụ lục I, mục II.9.d',
  severity: 'warning',
  check: (_m, parts) => {
    const line = ofRole(parts, 'distribution').find((p) => /^[-–\s]*Lưu\b/u.test(p.text));
    if (!line) return ofRole(parts, 'noi-nhan').length > 0 ? [{ path: at(ofRole(parts, 'noi-nhan')[0] as DocxParagraph), message: 'Nơi nhận thiếu dòng cuối “- Lưu: VT, <đơn vị soạn thảo>.”.' }] : [];
    const number = ofRole(parts, 'number')[0];
    const symbol = number ? number.text.split('/').slice(1).join('/') : '';
    const { problems } = diagnoseArchiveLine(clean(line.text).replace(DRAFTER_MARK, '.'), symbol);
    return problems.length > 0 ? [{ path: at(line), message: `Dòng “${clean(line.text)}”: ${problems.join('; ')}.` }] : [];
  },
};

export const closingText: DocxRule = {
  id: 'docx-closing-text',
  title: 'Nội dung kết thúc bằng “./.”',
  cite: 'Phụ lục III, Mẫu 1.5',
  severity: 'warning',
  check: (_m, parts) => {
    const body = ofRole(parts, 'body');
    const last = body[body.length - 1];
    return last && !last.text.trimEnd().endsWith('./.') ? [{ path: at(last), message: `Nội dung không kết thúc bằng “./.” (đoạn cuối: “…${clean(last.text).slice(-40)}”).` }] : [];
  },
};

export const TEXT_RULES: readonly DocxRule[] = [numberText, dateText, subjectText, listText, archiveText, closingText];
