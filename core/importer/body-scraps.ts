// OCR's scraps on the body's own lines: signs a scan's specks left where no text is.
import { isVietnameseSyllable } from '../encoding';
import { blankLine } from './lines';
import type { SourceLine } from './lines';
import type { Notes } from './notes';

/** "," alone on its line: a comma, semicolon, colon, quote, backslash or bar with no word is a speck, no paragraph. */
const SIGN_ALONE = /^\s*[,;:'‘’`"“”\\|]{1,2}\s*$/u;

/** "-_ Đối với …": an underscore glued to a list's dash, before the space, is a speck of the scan. */
const DASH_SPECK = /^(\s*[-–—])_(?=\s+\p{L})/u;

/** The letter's closing "./." ends a line: what the body holds after it is no more of the letter's text. */
const CLOSED = /\.\/\.\s*$/;

/**
 * "-Zw-tv 2t:", "-..... xa": after the closing "./.", a short line with no word of three letters or more
 * that is a syllable is the seal's or the pen's marks OCR read between the body and the signature.
 */
function isScrapAfterClosing(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 24) return false;
  return !t.split(/\s+/).some((w) => {
    const letters = w.replace(/[^\p{L}]/gu, '');
    return letters.length >= 3 && isVietnameseSyllable(letters.toLowerCase());
  });
}

/**
 * "… Chương trình năm 2026." / "Hà" / "": one short word alone on its line, after a sentence ended and before a
 * blank line, is no paragraph (none is one word) but OCR's reading of a page number or a speck. "… sau khi
 * thông quan." / "" / "aga" / "": so is one set apart by blank lines on both sides.
 */
const lonelyWord = (lines: readonly SourceLine[], i: number): boolean => {
  const text = (lines[i] as SourceLine).raw.trim();
  // "+" alone ("… tại điểm này." / "+" / "THL" / page break): a list's mark with no item is a speck too.
  if (!/^(?:\p{L}{1,3}|\+)$/u.test(text)) return false;
  // Past every blank line: a page's foot (its noise dropped) may leave several.
  let gap = 0;
  while (lines[i - 1 - gap]?.runs === null && lines[i - 1 - gap]?.raw.trim() === '') gap += 1;
  const before = lines[i - 1 - gap];
  const after = lines[i + 1];
  return before !== undefined && before.runs === null && /[.;:!?]\s*$/.test(before.raw) && (after === undefined || after.raw.trim() === '');
};

/**
 * "- Tập trung chỉ đạo … trong tình hình mới." / "" / ": Tiếp tục huy động …" / "" / "- Thủ trưởng …": a paragraph
 * opening with a colon before a capital word, between two paragraphs that open with a dash, is one more dash
 * item whose dash OCR misread.
 */
const DASH_AS_COLON = /^(\s*):(?=\s+\p{Lu}\p{Ll}*\s)/u;
const betweenDashItems = (lines: readonly SourceLine[], i: number, from: number, to: number): boolean => {
  const blank = (k: number): boolean => (lines[k] as SourceLine).raw.trim() === '';
  if (i > from && !blank(i - 1)) return false;
  let k = i - 1;
  while (k >= from && blank(k)) k -= 1;
  while (k > from && !blank(k - 1)) k -= 1;
  let j = i + 1;
  while (j < to && !blank(j)) j += 1;
  while (j < to && blank(j)) j += 1;
  const dashed = (n: number): boolean => n >= from && n < to && /^\s*[-–]\s+\p{L}/u.test((lines[n] as SourceLine).raw);
  return dashed(k) && dashed(j);
};

/**
 * "+ Văn phòng Tỉnh ủy: 01 đồng chí;" / ": Văn phòng Đoàn ĐBQH …;": after a "+" item, a line opening with a
 * colon or an exclamation mark before a capital and ending as an item does is one more item whose "+" OCR
 * misread. Scraps of three letters at most between them (a page number read as "CÓ") are passed over.
 */
const PLUS_AS_SIGN = /^(\s*)[:!](?=\s+\p{Lu}.*[;.:]\s*$)/u;
const afterPlusItem = (lines: readonly SourceLine[], i: number, from: number): boolean => {
  for (let k = i - 1; k >= from; k -= 1) {
    const text = (lines[k] as SourceLine).raw.trim();
    if (text.length > 3) return /^\+\s/.test(text);
  }
  return false;
};

/**
 * "- Căn cứ Công điện số 34L/CĐ-TTg …" / ", .. Căn cứ Công văn số 197-CV/TU …": a line opening with commas and dots
 * OCR read for a dash, its first two words those of the dash item a few lines above, is the next such item.
 */
const DASH_AS_SPECKS = /^(\s*)[,.·…](?:\s*[,.·…])*\s+(?=(\p{Lu}\p{Ll}*\s+\p{Ll}+)\s)/u;
const dashItemOpening = (lines: readonly SourceLine[], i: number, from: number, words: string): boolean =>
  lines.slice(Math.max(from, i - 6), i).some((l) => l.raw.trimStart().startsWith(`- ${words} `));

/** "~-" alone on its line: a dash with a speck's sign glued to it and no word is the scan's, no list item. */
const SPECKED_DASH_ALONE = /^\s*(?:[_~`]+[-–—]+|[-–—]+[_~`]+)\s*$/u;
/**
 * "_— Thực hiện Thông báo …": the body's first line behind a dash with a speck's sign glued before it; "__ Thực
 * hiện Công văn …": or behind underscores alone (a scan's rule), which no text opens with.
 */
const SPECKED_DASH_LEAD = /^\s*(?:[_~`][-–—]|_{1,3})\s+(?=\p{Lu})/u;
/** "s Thực hiện Công văn …": one letter that is no word before the body's first capitalised word. */
const LETTER_LEAD = /^\s*(\p{Ll})\s+(?=\p{Lu}\p{Ll})/u;

/** "IMPORT EXPORT SERVICES TRADING CÓ .I0": a receiving company's stamp, words in foreign capitals, alone on its line. */
function isForeignStamp(raw: string): boolean {
  const t = raw.trim();
  if (t !== t.toUpperCase()) return false;
  const words = t.split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length >= 2);
  const foreign = words.filter((w) => !isVietnameseSyllable(w.toLowerCase()));
  return words.length >= 3 && foreign.length >= 3 && foreign.length >= words.length * 0.75;
}

/**
 * The body's first line opens the letter's first paragraph, never a list: a speck's sign and dash, or one
 * stray letter, that OCR read before it (or alone on a line above it) are the scan's; so is a stamp in foreign
 * capitals alone above it.
 */
function dropFirstLineSpecks(lines: SourceLine[], from: number, to: number, notes: Notes): void {
  for (let i = from; i < to; i += 1) {
    const line = lines[i] as SourceLine;
    if (line.runs !== null || line.raw.trim() === '') continue;
    const stamp = isForeignStamp(line.raw) && (lines[i + 1]?.raw.trim() ?? '') === '';
    if (SPECKED_DASH_ALONE.test(line.raw) || stamp) {
      notes.add('body', 'dropped', `Dòng ${line.no}: bỏ "${line.raw.trim()}" đứng một mình trước đoạn đầu (${stamp ? 'dấu của nơi nhận văn bản' : 'vết mực'} khi quét).`, line.raw.trim());
      lines[i] = blankLine(line);
      continue;
    }
    const letter = LETTER_LEAD.exec(line.raw);
    const lead = SPECKED_DASH_LEAD.exec(line.raw) ?? (letter && !isVietnameseSyllable(letter[1] as string) ? letter : null);
    if (lead) {
      notes.add('body', 'dropped', `Dòng ${line.no}: bỏ "${lead[0].trim()}" trước đoạn đầu (vết mực khi quét).`, line.raw.trim());
      lines[i] = { ...line, raw: line.raw.slice(lead[0].length) };
    }
    return;
  }
}

/**
 * "… do Ban Tuyên F" / "giáo Trung ương …", "… đề triển ị" / "khai, …": a speck in the right margin (a fold's
 * or a punch hole's) OCR read as a letter that is no word alone (f, j, w, z; i with a tone) at the end of a
 * line whose sentence goes on, in small letters, on the next.
 */
const MARGIN_LETTER = /(?<=\S)\s+([fjwzFJWZịỉĩỊỈĨ])\s*$/u;

/** Drops lone signs between the body's paragraphs and the specks glued to a dash, with a note each. */
export function dropBodyScraps(lines: SourceLine[], from: number, to: number, notes: Notes): void {
  dropFirstLineSpecks(lines, from, to, notes);
  let closed = false;
  for (let i = from; i < to; i += 1) {
    const line = lines[i] as SourceLine;
    if (line.runs !== null) continue;
    if (closed && isScrapAfterClosing(line.raw)) {
      notes.add('body', 'dropped', `Dòng ${line.no}: bỏ "${line.raw.trim()}" sau dấu kết thúc "./." (nét con dấu, chữ ký khi quét).`, line.raw.trim());
      lines[i] = blankLine(line);
      continue;
    }
    if (CLOSED.test(line.raw)) closed = true;
    if (lonelyWord(lines, i)) {
      notes.add('body', 'dropped', `Dòng ${line.no}: bỏ "${line.raw.trim()}" đứng một mình giữa các đoạn (số trang, dấu hoặc vết mực nhận dạng sai).`, line.raw.trim());
      lines[i] = blankLine(line);
      continue;
    }
    if (SIGN_ALONE.test(line.raw)) {
      notes.add('body', 'dropped', `Dòng ${line.no}: bỏ dấu "${line.raw.trim()}" đứng một mình (vết mực khi quét).`, line.raw.trim());
      lines[i] = blankLine(line);
      continue;
    }
    const dash = DASH_AS_SPECKS.exec(line.raw);
    if (dash && dashItemOpening(lines, i, from, dash[2] as string)) {
      notes.add('body', 'uncertain', `Dòng ${line.no}: đọc "${line.raw.trim().split(/\s+(?=\p{Lu})/u)[0] as string}" đầu dòng là gạch đầu dòng (nhận dạng chữ đọc sai) — hãy kiểm tra.`, line.raw.trim());
      lines[i] = { ...line, raw: `${dash[1] as string}- ${line.raw.slice(dash[0].length)}` };
      continue;
    }
    const colon = DASH_AS_COLON.exec(line.raw);
    if (colon && betweenDashItems(lines, i, from, to)) {
      notes.add('body', 'uncertain', `Dòng ${line.no}: đọc dấu ":" đầu dòng là gạch đầu dòng (giữa các mục "-"; nhận dạng chữ đọc sai) — hãy kiểm tra.`, line.raw.trim());
      lines[i] = { ...line, raw: `${colon[1] as string}-${line.raw.slice(colon[0].length)}` };
      continue;
    }
    const plus = PLUS_AS_SIGN.exec(line.raw);
    if (plus && afterPlusItem(lines, i, from)) {
      notes.add('body', 'uncertain', `Dòng ${line.no}: đọc "${line.raw.trim().charAt(0)}" đầu dòng là dấu "+" (giữa các mục "+"; nhận dạng chữ đọc sai) — hãy kiểm tra.`, line.raw.trim());
      lines[i] = { ...line, raw: `${plus[1] as string}+${line.raw.slice(plus[0].length)}` };
      continue;
    }
    const margin = MARGIN_LETTER.exec(line.raw);
    // The next line with text: a blank OCR left inside the sentence may come first.
    const next = lines.slice(i + 1, i + 3).find((l) => l.raw.trim() !== '');
    if (margin && /^\s*\p{Ll}/u.test(next?.raw ?? '')) {
      notes.add('body', 'dropped', `Dòng ${line.no}: bỏ chữ "${margin[1] as string}" ở lề phải cuối dòng (vết mực khi quét).`, line.raw.trim());
      lines[i] = { ...line, raw: line.raw.slice(0, margin.index) };
      continue;
    }
    const speck = DASH_SPECK.exec(line.raw);
    if (speck) {
      notes.add('body', 'dropped', `Dòng ${line.no}: bỏ dấu "_" dính sau gạch đầu dòng (vết mực khi quét).`, line.raw.trim());
      lines[i] = { ...line, raw: `${speck[1] as string}${line.raw.slice(speck[0].length)}` };
    }
  }
}
