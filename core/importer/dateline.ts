// The dateline ("Hà Nội, ngày 20 tháng 8 năm 2021"): the place before it and the day, month and year as
// typed or as OCR read them (a hand-filled day may be unreadable or blank).
import type { HeaderFields } from './header';
import type { Notes } from './notes';
import { readNumber } from './numbers';
import { DATE } from './patterns';
import { fold, squash } from './text';

/** Reads the dateline in text into out; false when the text holds none. */
export function parseDate(text: string, out: HeaderFields, notes: Notes): boolean {
  const f = fold(text);
  const m = DATE.exec(f);
  // "Vĩnh Phúc, ngày tháng năm": a dateline left blank whole, its year too, or "… năm 2" with the year cut at
  // the scan's edge, is still the dateline (the year is then taken from the letter's dates, flagged); so is
  // "… năm 202!", its last figure OCR read as a sign.
  if (!m || (m[3] === undefined && !/^(?:\d{0,2}|(?:19|20)\d[^\s\w])$/.test(f.slice(m.index + m[0].length).trim()))) return false;
  out.dateFound = true;
  const at = m.index;
  // "* Hương Xuân, ngày …": the star under a Party body's name, run onto the dateline, is no part of the place.
  // "… HĐộc lập - TỘựI CH - HỦ NGHạnh phúc ĨA VIỆT NAM Tân Yên, ngày …": the national title and the motto a copy
  // interleaved, run onto the dateline; the place follows the title's last words ("VIỆT NAM" in capitals).
  out.place = squash(text.slice(0, at)).replace(/[,;.\s]+$/, '').replace(/^[-*•]\s+/, '').replace(/^.*\sVIỆT NAM\s+(?=\p{Lu}\p{Ll})/u, '');
  // "sá2 * 0Ôosp.GsQL. Bình Dương", "sé/(ÖCr-TTHT Bắc Ninh": an unreadable number line OCR ran into the
  // place; a place name has no digits, slashes or signs, so it is the capitalised words after the last such token.
  // "ˆ Hà Nội": a speck alone before it (a sign, or a modifier letter such as "ˆ") is no part of it either.
  // "2 Ì ya Nội": a letter standing alone after it, before the place's words, is the scrawl's too; no word
  // of a place name is one letter. What goes is noted once.
  // "1P Cà Mau": the "T" of "TP" read as a one is the place's own word, no scrawl (looked at as "TP").
  const asTyped = out.place.replace(/(?<=^|\s)1P(?=\.?\s+\p{Lu})/u, 'TP');
  const marred = /^(.*(?:[\d*#|/(]\S*|(?:^|\s)(?:[^\p{L}\p{N}\s]|\p{Lm})+))\s+(?=\p{Lu})/u.exec(asTyped);
  const afterMarred = marred ? out.place.slice(marred[0].length) : out.place;
  const loneLetter = /^\p{L}\s+(?=\p{L}{2,}\s+\p{L})/u.exec(afterMarred);
  const kept = loneLetter ? afterMarred.slice(loneLetter[0].length) : afterMarred;
  if (kept !== out.place) {
    notes.add('place', 'dropped', 'Bỏ phần chữ không đọc được trước địa danh.', out.place.slice(0, out.place.length - kept.length).trim());
    out.place = kept;
  }
  if (out.place === '') notes.missing('place', 'Không thấy địa danh trước ngày tháng.');
  const slice = (group: number): string => {
    const g = m[group] ?? '';
    const start = f.indexOf(g, at);
    return g === '' ? '' : text.slice(start, start + g.length);
  };
  const parts: Array<['day' | 'month', string, number]> = [
    ['day', slice(1), 31],
    ['month', slice(2), 12],
  ];
  for (const [field, raw, max] of parts) {
    // "ngày) 3 tháng 9": a closing bracket glued to "ngày", the digits a space after it, is a speck OCR read
    // on the word, not a digit of the hand-filled day; "ngày-14 tháng 9": so is a dash glued between them.
    const speck = field === 'day' ? /^(?:[)\]}]\s+|[-–](?=\d))(?=\d{1,2}$)/u.exec(raw) : null;
    // "ngày 3` tháng 6": a backtick after the day's digits is a speck of the pen; "tháng 9% năm 2019": so is a per
    // cent sign or a circumflex ("tháng 4ˆ") after a month's ("ngày 4%" is a hand-filled day OCR marred, left unread).
    const token = speck ? raw.slice(speck[0].length) : raw.replace(field === 'day' ? /(?<=^\d{1,2})[`´]$/u : /(?<=^\d{1,2})[%ˆ]$/u, '');
    if (speck) notes.add('date.day', 'dropped', `Bỏ "${speck[0].trim()}" dính sau chữ "ngày" (nhiễu nhận dạng chữ).`, raw);
    const n = readNumber(token);
    const label = field === 'day' ? 'Ngày' : 'Tháng';
    // "ngày 8Ø tháng 0]": after a hand-filled day OCR could not read at all, a month whose only figure past its
    // leading zero is a mended glyph ("]" for a one) is of the same marred hand: which month it is cannot be
    // told. "tháng 1]", "tháng l2" keep a figure OCR read as one, and are read mended.
    const marredHand = field === 'month' && n.kind === 'value' && n.repaired && out.dateMarred === true && out.day === null && /^0*[^\d\s]$/u.test(token.trim());
    if (marredHand) {
      notes.add('date.month', 'uncertain', 'Không đọc được tháng (viết tay, nhận dạng chữ bị lỗi như ở ngày); đã để trống.', token);
    } else if (n.kind === 'value' && n.value >= 1 && n.value <= max) {
      out[field] = n.value;
      if (n.repaired) notes.add(`date.${field}`, 'uncertain', `${label} đọc được là ${n.value} sau khi sửa lỗi nhận dạng chữ.`, token);
      if (n.repaired && field === 'day') out.dayMended = true;
    } else if (n.kind === 'blank' && field === 'day' && !/thang/.test(m[0])) {
      // "ngày Qhéng 7": OCR ran the hand-filled day into "tháng", so the day was written, not left blank.
      notes.add('date.day', 'uncertain', 'Không đọc được ngày (chữ viết tay lẫn vào chữ "tháng"); đã để trống.', text.slice(at).trim());
      out.dateMarred = true;
    } else if (n.kind === 'blank') {
      notes.missing(`date.${field}`, `${label} để trống (điền khi ban hành).`);
    } else {
      notes.add(`date.${field}`, 'uncertain', `Không đọc được ${label.toLowerCase()}; đã để trống.`, token);
      out.dateMarred = true;
    }
  }
  // "ngày 3| tháng Šnăm": a day read only by mending a glyph ("|" for a one), beside a month OCR could not read
  // at all (here its scrawl glued to "năm"), is of the same marred hand; which day it is cannot be told.
  if (out.dayMended && out.day !== null && out.month === null) {
    notes.add('date.day', 'uncertain', 'Không đọc được ngày (viết tay, nhận dạng chữ bị lỗi như ở tháng); đã để trống.', slice(1));
    out.day = null;
    out.dayMended = false;
  }
  const y = readNumber(slice(3));
  if (y.kind === 'value' && y.value >= 1945 && y.value <= 2200) {
    out.year = y.value;
    if (y.repaired) notes.add('date.year', 'uncertain', `Năm đọc được là ${y.value} sau khi sửa lỗi nhận dạng chữ.`, slice(3));
  }
  return true;
}

/**
 * "V/v Tham gia khóa học Tiếng Nhật Thái Bình, ngày …" under "UBND TỈNH THÁI BÌNH": of the capitalised
 * words before the dateline's comma, the last ones the agency's lines end on are the place, the words
 * before them the subject's; with no such match, all of them are the place (but a leading "Việt Nam").
 */
export function placeNamedByAgency(words: string, agencyLines: readonly string[]): string {
  const parts = words.split(' ');
  const ends = agencyLines.map((l) => ` ${fold(squash(l))}`);
  for (let k = 0; k < parts.length - 1; k += 1) {
    const tail = parts.slice(k).join(' ');
    if (ends.some((e) => e.endsWith(` ${fold(tail)}`))) return tail;
  }
  // "… trong chiến tranh tại Việt Nam Hà Nội, ngày …": the country ends the subject; no place is named
  // after it ("Việt Nam Hà Nội").
  const country = /^Việt Nam\s+(?=\p{Lu})/u.exec(words);
  return country ? words.slice(country[0].length) : words;
}
