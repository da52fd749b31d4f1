// Text extracted from a PDF by some sites comes as one line per page: header, recipients, body and
// lists run together, and the tone marks of many syllables pushed out as loose combining marks
// ("thiêt hai ̀ ̣ ̣ do"). The marks cannot be put back on the right syllables, so they are dropped
// (and counted); a line that holds a whole letter is cut again at the places a công văn breaks:
// national title and motto, "Số", "V/v", "Kính gửi", list labels after a colon or semicolon.
import type { ImportNote } from '../letter/extensions/import-notes';
import type { SourceLine } from './lines';
import { BODY_OPENER_INSIDE, DATE, OPENS_BODY } from './patterns';
import { fold } from './text';

/**
 * A run of combining marks standing alone between spaces, with the space after it. The spaces may be
 * no-break spaces: a web page's copy keeps them.
 */
const LOOSE_MARKS = /(?<=^|\s)[\u0300-\u036f]+(?:[ \t\u00a0]+[\u0300-\u036f]+)*(?:[ \t\u00a0]+|$)/gmu;

export function dropLooseMarks(text: string): { text: string; dropped: number } {
  let dropped = 0;
  const out = text.replace(LOOSE_MARKS, (m) => {
    dropped += m.replace(/\s/g, '').length;
    return '';
  });
  return { text: out, dropped };
}

const RUN_ON_MIN = 300;
const NATIONAL_TITLE = /cong ho[aà] xa hoi/;
const RECIPIENTS = /k[il1]nh\s*gui/;
const ANCHORS = [NATIONAL_TITLE, /(^|\s)so\s*[:.]?\s*\d*\s*\//, RECIPIENTS];

const isRunOn = (raw: string): boolean => {
  if (raw.length < RUN_ON_MIN) return false;
  const f = fold(raw);
  const m = DATE.exec(f);
  // A body paragraph citing "văn bản số 92/TTr-UBND ngày 21 tháng 4 năm 2026" has a number and a date;
  // a whole letter also has its national title or its "Kính gửi".
  const framed = NATIONAL_TITLE.test(f) || RECIPIENTS.test(f);
  return framed && ANCHORS.filter((a) => a.test(f)).length + (m && m[3] !== undefined ? 1 : 0) >= 2;
};

/** Cut points (indices into the line) found on the folded text, which has the line's length. */
function cutPoints(raw: string): number[] {
  const f = fold(raw);
  const cuts = new Set<number>();
  const before = (re: RegExp) => {
    for (const m of f.matchAll(re)) cuts.add((m.index ?? 0) + (m[1]?.length ?? 0));
  };
  const after = (re: RegExp) => {
    for (const m of f.matchAll(re)) cuts.add((m.index ?? 0) + m[0].length);
  };
  before(/(\s)cong ho[aà] xa hoi/g);
  after(/chu nghia viet nam/g);
  before(/(\s)doc lap\s*[-–—]{1,2}/g);
  after(/hanh phuc\.?/g);
  before(/(\s)so\s*[:.]?\s*\d*\s*\//g);
  before(/(\s)(?:v\s*\/\s*v|ve viec)\s/g);
  before(/(\s)k[il1]nh\s*gui\b/g);
  before(/(\s)n[oơ]i\s*nhan\s*:/g);
  after(/k[il1]nh\s*gui\s*:/g);
  // A signed PDF's e-signature stamp, read into the header ("Người ký: Sở … Thời gian ký: … +07:00"):
  // cut out whole, so the noise filter drops it as one stamp line.
  before(/(\s)(?:nguoi ky|ky boi)\s*:/g);
  after(/\+07:00/g);
  // List labels after a colon, semicolon or full stop: "như sau: I. …", "cụ thể: a) …", "; - …".
  for (const m of raw.matchAll(/(?<=[.:;])\s+(?=(?:[IVX]{1,4}\.|\d{1,2}\.|[a-zđ]\)|[-–+])\s+\p{Lu})/gu)) cuts.add((m.index ?? 0) + m[0].length);
  // In Nơi nhận an entry may end in its aside: "- Thường trực Tỉnh ủy; (để b/cáo) - Thường trực HĐND tỉnh;".
  const noiNhan = /n[oơ]i\s*nhan\s*:/.exec(f);
  if (noiNhan) {
    for (const m of raw.slice(noiNhan.index).matchAll(/(?<=\))\s+(?=[-–+]\s+\p{Lu})/gu)) cuts.add(noiNhan.index + (m.index ?? 0) + m[0].length);
  }
  // A new sentence after a semicolon starts a new paragraph when words that open a body's paragraph begin
  // it ("… trong tỉnh; Theo báo cáo …"); "… có liên quan; Công văn số 2991/VPCP-KGVX …; Bộ Y tế đề nghị …"
  // lists the grounds inside one paragraph.
  for (const m of raw.matchAll(/(?<=;)\s+(?=\p{Lu}\p{Ll})/gu)) if (OPENS_BODY.test(raw.slice((m.index ?? 0) + m[0].length))) cuts.add((m.index ?? 0) + m[0].length);
  // The recipient list ends at its first full stop, or where the first paragraph opens ("Phúc đáp …").
  const kg = /k[il1]nh\s*gui\s*:/.exec(f);
  if (kg) {
    const end = /\.\s+(?=\p{Lu})/u.exec(raw.slice(kg.index));
    const opener = BODY_OPENER_INSIDE.exec(raw.slice(kg.index));
    const at = [end ? end.index + end[0].length : null, opener ? opener.index + 1 : null].filter((x): x is number => x !== null);
    if (at.length > 0) cuts.add(kg.index + Math.min(...at));
  }
  return [...cuts].filter((c) => c > 0 && c < raw.length).sort((a, b) => a - b);
}

/** Lines holding a whole letter are cut into the letter's lines (same source line number). */
export function splitRunOn(lines: readonly SourceLine[], notes: ImportNote[]): SourceLine[] {
  return lines.flatMap((line) => {
    if (line.runs !== null || !isRunOn(line.raw)) return [line];
    // "1. UBND TỈNH …": the page number a document site puts before the text.
    const raw = line.raw.replace(/^\s*\d{1,3}\.\s+(?=\p{Lu}{2})/u, '');
    const cuts = [0, ...cutPoints(raw), raw.length];
    notes.push({
      path: 'document',
      kind: 'uncertain',
      message: `Dòng ${line.no} chứa cả văn bản trên một dòng (mất xuống dòng khi chép từ PDF); đã tách lại theo các phần của công văn — hãy kiểm tra.`,
    });
    return cuts.slice(1).map((end, i) => ({ ...line, raw: raw.slice(cuts[i], end).trim() }));
  });
}
