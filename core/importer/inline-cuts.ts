// Some sites flatten a letter's table cells: each cell becomes one line with its own lines joined by
// spaces ("VĂN PHÒNG CHÍNH PHỦ -------", "Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và
// Đầu tư.", "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng"). Lines of any length
// are cut again where two parts of a công văn that never share a line meet; the whole-letter lines of
// PDF text are runon.ts's job. Only text input: a DOCX paragraph is one paragraph.
import type { ImportNote } from '../letter/extensions/import-notes';
import type { SourceLine } from './lines';
import { BODY_OPENER_INSIDE, DATE, NGAY, SECOND_UNIT } from './patterns';
import { fold } from './text';

/** A decoration rule inside a line ("CHÍNH PHỦ ------- CỘNG HÒA"): dropped, the sides cut apart. */
const RULE = /\s+[-=]{3,}(?=\s|$)/g;
/**
 * "Kính gửi:" after a date, a subject or a number on the same line (folded text); "… năm 2016Kính gửi:":
 * glued to the date's year. The match ends where the label starts.
 */
const RECIPIENTS_AT = /(?:\s|(?<=\d))(?=(?:\*\*)?k[il1]nh\s*gui\s*:)/g;
/** A place and a date after a subject or a number ("… Luật DN 2014 Hà Nội, ngày 23 tháng 5 …"). */
const DATE_AFTER = new RegExp(String.raw`,\s*${NGAY}\s+[\d.…_ ]{0,6}\s*thang`, 'g');
/**
 * In a Lưu line: the signature's capitals ("BỘ TRƯỞNG, CHỦ NHIỆM", "KT. CHỦ TỊCH") run into it, after a
 * space or glued to the drafter's count ("(SH) 20KT. BỘ TRƯỞNG": a marker never follows a digit in a word).
 */
const SIGNATURE_IN_ARCHIVE = /(?:\s|(?<=[\d)])(?=(?:TM|KT|TL|TUQ)\.))(?=(?:(?:TM|KT|TL|TUQ)\.\s*)?(?:[\p{Lu}]{2,}[,.]?\s+){0,4}(?:TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|CHỦ NHIỆM|VIỆN TRƯỞNG)(?:[\s,.]|$))/u;

const heldInHeader = (left: string): boolean => {
  const f = fold(left);
  const date = DATE.exec(f);
  return (date !== null && date[3] !== undefined) || /(^|\s)(v\s*\/\s*v|ve viec)\s/.test(f) || /^\s*so\s*[:.]?\s*\d*\s*\//.test(f);
};

/** Where, going back from the comma of ", ngày", the place name starts (its words are capitalised). */
function placeStart(raw: string, comma: number): number | null {
  const words = [...raw.slice(0, comma).matchAll(/\S+/g)];
  let start: number | null = null;
  for (let k = words.length - 1, taken = 0; k >= 0 && taken < 5; k -= 1, taken += 1) {
    const w = (words[k] as RegExpMatchArray)[0];
    // "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh": a lower-case "phố" inside the name is part of it, also
    // as OCR reads it without its tone marks ("Thành pho", "Thanh pho").
    // "… /SGDĐT-GDTrH, GDTX Bắc Giang, ngày": initials in capitals before a name in mixed case are a
    // symbol's unit, not the place's first word.
    if (/^\p{Lu}[\p{Lu}&]{2,}$/u.test(w) && taken > 0 && /^\p{Lu}\p{Ll}/u.test((words[k + 1] as RegExpMatchArray)[0])) break;
    // "Số:2146/SGDĐT-GDTrH-GDTX    Vĩnh Long, ngày": a word with a digit or a slash is the number line's, no place's.
    // "1P Cà Mau": OCR's "TP" with its "T" read as a one is the place's first word.
    const cityAsRead = /^1P\.?$/u.test(w);
    if (/[\d/]/u.test(w) && !cityAsRead) break;
    if (/^\p{Lu}/u.test(w) || cityAsRead || (fold(w) === 'pho' && k > 0 && fold((words[k - 1] as RegExpMatchArray)[0]) === 'thanh')) start = (words[k] as RegExpMatchArray).index ?? null;
    else break;
  }
  return start;
}

/**
 * Where the symbol of a "Số" line ends: "Số : 24 / PGD&ĐT- GDMN Thọ Xuân, ngày …" — a symbol typed with
 * spaces around its hyphen is still one symbol, and the place after it starts no earlier. 0 if none.
 */
/** "Số: 998 /SGDĐT-GDTrH, GDTX      Bắc Giang, ngày …": a second drafting unit after a comma, then the column's gap. */
const JOINT_UNIT_AFTER = new RegExp(String.raw`^\S*,\s${SECOND_UNIT}(?=\s{2,})`, 'u');

function symbolEnd(raw: string): number {
  // No "i" flag (\p{Lu} would match small letters too), and a piece of capitals is a whole word: in
  // "Số: / Bến Tre" the "B" of the place is no symbol.
  const m = /^\s*(?:\*\*)?[Ss][oốOỐ]\s*[:.]?\s*[^/\s]*\s*\/\s*(?:[\p{Lu}\d&.]+(?!\p{L})(?:\s*[-–]\s*(?=[\p{Lu}\d]))?)+/u.exec(raw);
  if (m === null) return 0;
  const joint = JOINT_UNIT_AFTER.exec(raw.slice(m[0].length));
  return m[0].length + (joint?.[0].length ?? 0);
}

function cutsOf(raw: string): number[] {
  const f = fold(raw);
  const cuts = new Set<number>();
  for (const m of f.matchAll(RECIPIENTS_AT)) {
    const at = (m.index ?? 0) + m[0].length;
    if (raw[at] === 'K' || raw.startsWith('**K', at)) {
      if (heldInHeader(raw.slice(0, at))) cuts.add(at);
    }
  }
  // "Số: 2597/VPCP-NCV/v tổ chức …": the subject cell run into the symbol with no space; a symbol is
  // capitals, so a "V/v" (small v) after it starts the subject.
  if (/^\s*(\*\*)?so\s*[:.]?\s*\d*\s*\//.test(f)) {
    const subject = /V\s?\/\s?v\s/u.exec(raw);
    if (subject && subject.index > 0) cuts.add(subject.index);
  }
  if (/^\s*(\*\*)?(so\s*[:.]?\s*\d*\s*\/|v\s*\/\s*v)/.test(f)) {
    const symbol = symbolEnd(raw);
    for (const m of f.matchAll(DATE_AFTER)) {
      const at = placeStart(raw, m.index ?? 0);
      // "V/v dự hội nghị tổ chức tại Hà Nội, ngày 15 tháng 3 …": a place the subject names after "tại"
      // is the event's, with its day; the letter's own dateline is elsewhere.
      if (at !== null && /(?:^|\s)(?:tại|ở)\s*$/iu.test(raw.slice(0, at))) continue;
      // "V/v góp ý dự thảo Thông tư␣␣␣␣␣␣Hà Giang, ngày …": past a column's gap the dateline is the other
      // column's piece, which the columns keep apart; cut into a line of its own, it would part the subject
      // from its next line.
      if (at !== null && /^\s*(\*\*)?v\s*\/\s*v/.test(f) && /\S\s{3,}$/.test(raw.slice(0, at))) continue;
      if (at !== null && at > 0) cuts.add(Math.max(at, symbol));
    }
  }
  if (/^\s*(\*\*)?k[il1]nh\s*gui\s*:/.test(f) && raw.length > 120) {
    const m = BODY_OPENER_INSIDE.exec(raw);
    if (m) cuts.add(m.index + 1);
  }
  // "Nơi nhận:- Như trên;- Bộ Công an;- Lưu: VT, KTN.": a web copy that lost the footer's line breaks runs
  // the list into one line. Each "- " after the label, a ";" or a ")" opens an entry again (a hyphen inside
  // a name, "VINASAT-1", "Tứ Hiệp - Hà Nội", has no such place).
  // "Nơi nhận: KT.GIÁM ĐỐC -Như trên PHÓ GIÁM ĐỐC -PGD phụ trách -Lưu MN-VT …": a dash glued to its entry's
  // first word after a space opens an entry too; the columns' rows run together are cut apart later.
  if (/^\s*(\*\*)?n[oa]i\s*nhan\b/.test(f)) {
    for (const m of raw.matchAll(/[:;)]\s*(?=-\s*\p{Lu})/gu)) cuts.add((m.index ?? 0) + 1);
    for (const m of raw.matchAll(/\s(?=-\p{Lu})/gu)) cuts.add((m.index ?? 0) + 1);
  }
  // "- Bộ Xây dựng;- Ủy ban nhân dân tỉnh Khánh Hòa.": dashed entries of a list (Kính gửi's, or the
  // body's) run into one line; an entry's ";" before another dash opens the next.
  if (/^\s*(\*\*)?([-–—•+]\s*\S|k[il1]nh\s*gui\s*:)/.test(f) && !/^\s*[-–—•+]?\s*luu\b/.test(f)) {
    for (const m of raw.matchAll(/;\s*(?=[-–]\s*\p{Lu})/gu)) cuts.add((m.index ?? 0) + 1);
  }
  // "… thành phố Hồ Chí Minh./.Nơi nhận:": the closing mark run into the footer's label; the label starts
  // the Nơi nhận.
  for (const m of f.matchAll(/\.\/\.\s*(?=(?:\*\*)?n[oa]i\s*nhan\s*:)/g)) cuts.add((m.index ?? 0) + m[0].length);
  if (/^\s*[-–—•+]?\s*luu\b\s*[:.]?/.test(f)) {
    const m = SIGNATURE_IN_ARCHIVE.exec(raw);
    if (m && m.index > 8) cuts.add(m.index + m[0].length);
  }
  return [...cuts].filter((c) => c > 0 && c < raw.length).sort((a, b) => a - b);
}

/** Cuts flattened cells back into the letter's lines (same source line number); each cut line is noted. */
export function splitFlattenedCells(lines: readonly SourceLine[], notes: ImportNote[]): SourceLine[] {
  const cut = (line: SourceLine, pieces: SourceLine[]): SourceLine[] => {
    if (pieces.filter((p) => p.raw !== '').length > 1) {
      notes.push({
        path: 'document',
        kind: 'uncertain',
        message: `Dòng ${line.no} gộp nhiều phần của công văn (ô bảng bị dồn thành một dòng); đã tách lại — hãy kiểm tra.`,
        source: line.raw.trim().slice(0, 120),
      });
    }
    return pieces;
  };
  return lines.flatMap((line) => cut(line, cutLine(line)));
}

function cutLine(line: SourceLine): SourceLine[] {
  if (line.runs !== null) return [line];
  const parts = line.raw.split(RULE).filter((p, i) => i === 0 || p.trim() !== '');
  // A piece cut off may hold the next cut ("Hà Nội, ngày … Kính gửi: X Phúc đáp …"): cut until none is left.
  const cutAll = (raw: string, depth: number): string[] => {
    const cuts = [0, ...cutsOf(raw), raw.length];
    if (cuts.length === 2 || depth > 4) return [raw];
    return cuts.slice(1).flatMap((end, j) => cutAll(raw.slice(cuts[j], end).trim(), depth + 1));
  };
  return parts.flatMap((raw, i) => cutAll(raw, 0).map((piece, j) => ({ ...line, raw: piece, ...(i > 0 || j > 0 ? { joined: false } : {}) })));
}
