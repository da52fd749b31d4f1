// Which paragraph of a DOCX is which part of a công văn, found by its text and position: Quốc hiệu,
// motto, agency, Số, dateline, V/v, Kính gửi, body, Nơi nhận, signature. Built for letters made in
// Word as well as ours, so it relies on the words the Decree fixes, not on our styles.
import type { DocxParagraph } from './read';

export type Role =
  | 'national-title'
  | 'motto'
  | 'agency'
  | 'number'
  | 'date'
  | 'subject'
  | 'stamp'
  | 'recipients'
  | 'body'
  | 'noi-nhan'
  | 'distribution'
  | 'signature'
  | 'signer';

export interface Identified {
  paragraph: DocxParagraph;
  role: Role;
}

const NATIONAL_TITLE = /^CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u;
const MOTTO = /^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc$/iu;
const NUMBER = /^Số\s*:/u;
const DATE = /^[^,\n]{2,60},\s*ngày\b.*\bnăm\s+\d{4}\s*$/u;
const SUBJECT = /^V\/v\b/u;
const STAMP = /^(HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|MẬT|TỐI MẬT|TUYỆT MẬT|XEM XONG TRẢ LẠI|LƯU HÀNH NỘI BỘ)$/u;
const KINH_GUI = /^Kính gửi\s*:?/u;
const NOI_NHAN = /^Nơi nhận\s*:?/u;

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim().normalize('NFC');
const isUpper = (s: string): boolean => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');
const sameCell = (a: DocxParagraph, b: DocxParagraph): boolean =>
  !!a.cell && !!b.cell && a.cell.table === b.cell.table && a.cell.row === b.cell.row && a.cell.col === b.cell.col;

export function identify(paragraphs: readonly DocxParagraph[]): Identified[] {
  const out: Identified[] = [];
  const roleOf = new Map<number, Role>();
  const set = (p: DocxParagraph, role: Role) => {
    if (!roleOf.has(p.index)) roleOf.set(p.index, role);
  };
  const text = (p: DocxParagraph) => clean(p.text);
  const nonEmpty = paragraphs.filter((p) => text(p) !== '');

  const number = nonEmpty.find((p) => NUMBER.test(text(p)));
  const title = nonEmpty.find((p) => NATIONAL_TITLE.test(text(p).toLocaleUpperCase('vi')));
  for (const p of nonEmpty) {
    const t = text(p);
    if (p === title) set(p, 'national-title');
    else if (MOTTO.test(t)) set(p, 'motto');
    else if (p === number) set(p, 'number');
    else if (DATE.test(t) && !roleOf.has(p.index) && ![...roleOf.values()].includes('date')) set(p, 'date');
    else if (STAMP.test(t)) set(p, 'stamp');
  }
  // Agency: upper-case lines before "Số", in Số's column of the header table (or anywhere before it).
  if (number) {
    for (const p of nonEmpty) {
      if (p.index >= number.index) break;
      if (roleOf.has(p.index) || !isUpper(text(p))) continue;
      if (!number.cell || (p.cell && p.cell.table === number.cell.table && p.cell.col === number.cell.col)) set(p, 'agency');
    }
  }
  // V/v and the lines it wraps onto within its cell.
  const subject = nonEmpty.find((p) => SUBJECT.test(text(p)));
  if (subject) {
    set(subject, 'subject');
    for (const p of nonEmpty) if (p.index > subject.index && sameCell(p, subject) && !roleOf.has(p.index)) set(p, 'subject');
  }
  const headerEnd = Math.max(0, ...[...roleOf.keys()]);
  // Kính gửi and its list: the "- …" paragraphs that follow it.
  const kinhGui = nonEmpty.find((p) => p.index > headerEnd - 1 && KINH_GUI.test(text(p)));
  let bodyStart = headerEnd + 1;
  if (kinhGui) {
    set(kinhGui, 'recipients');
    bodyStart = kinhGui.index + 1;
    for (const p of nonEmpty.filter((x) => x.index > kinhGui.index)) {
      if (!/^[-–•]/u.test(text(p))) break;
      set(p, 'recipients');
      bodyStart = p.index + 1;
    }
  }
  // Nơi nhận: the heading, its entries in the same cell (or the "- …" lines after it), and the
  // signature: the other cell of that row, upper-case lines then the name.
  const noiNhan = nonEmpty.find((p) => p.index >= bodyStart && NOI_NHAN.test(text(p)));
  const bodyEnd = noiNhan ? noiNhan.index : Number.POSITIVE_INFINITY;
  if (noiNhan) {
    set(noiNhan, 'noi-nhan');
    for (const p of nonEmpty.filter((x) => x.index > noiNhan.index)) {
      if (noiNhan.cell ? sameCell(p, noiNhan) : /^[-–•]/u.test(text(p))) set(p, 'distribution');
      else if (!noiNhan.cell) break;
    }
    const sig = noiNhan.cell ? nonEmpty.filter((p) => p.cell && noiNhan.cell && p.cell.table === noiNhan.cell.table && p.cell.row === noiNhan.cell.row && p.cell.col !== noiNhan.cell.col) : [];
    sig.forEach((p, i) => set(p, i === sig.length - 1 && !isUpper(text(p)) ? 'signer' : 'signature'));
  }
  // Body: what lies between the Kính gửi list and Nơi nhận, outside tables (a table inside the body
  // keeps its own layout and is not held to the body's alignment and indent).
  for (const p of nonEmpty) if (p.index >= bodyStart && p.index < bodyEnd && !p.cell) set(p, 'body');
  for (const p of paragraphs) {
    const role = roleOf.get(p.index);
    if (role) out.push({ paragraph: p, role });
  }
  return out;
}
