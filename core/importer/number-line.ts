// The "Số" line: the number and the symbol after "Số:", read through OCR's and typists' variants of it
// (a lost or misread slash, a hand-filled number, a pre-2004 symbol opening with initials, a Party body's
// "01-CV/BCĐ"). What follows the symbol on the same line (a dateline run in) is handed back.
import type { HeaderFields } from './header';
import type { Notes } from './notes';
import { readNumber } from './numbers';
import { SECOND_UNIT, SLASH_AS_I, SLASH_AS_I_ACUTE, SLASH_AS_O_STROKE, SPECK_BEFORE_SO } from './patterns';
import { fold } from './text';

/** "SGDĐT-GDTrH, GDTX": a symbol, a comma and a second unit's initials (capitals, "Tr"), then a column's gap or the end. */
const JOINT_SYMBOL = new RegExp(String.raw`^(?=[^\s,]*-)[^\s,]+, ${SECOND_UNIT}(?=\s|$)`, 'u');

export function parseNumberLine(text: string, out: Pick<HeaderFields, 'number' | 'symbol' | 'numberFound'>, notes: Notes): string {
  out.numberFound = true;
  // "Số:", or OCR's "sé;", "Sá:" or "S :" (isNumberLine took it only before a number and a symbol).
  const speck = SPECK_BEFORE_SO.exec(fold(text));
  if (speck) notes.add('number', 'dropped', 'Bỏ vết mực trước chữ "Số".', text.slice(0, speck[0].length).trim());
  const from = speck ? speck[0].length : 0;
  // "8é:.2953 /TCT - TTKT", "86: B65 /C1-TTHT": the "S" read as an "8" (isNumberLine took it only before a slash).
  const lead = /^\s*(?:so\s*[:.]?|s[e6oa]?\s*[:;.]|s6(?=\s+\S)|s(?=\s+\/)|8[eo6]\s*[:;.]{1,2}(?=\s*\S))\s*/.exec(fold(text).slice(from));
  let body = text.slice(from + (lead ? lead[0].length : 0));
  // "Số:Z5⁄CAT-PA05": OCR read the slash as a fraction or division slash; before a symbol it is the slash.
  if (!body.includes('/')) body = body.replace(/[⁄∕](?=\s*\p{Lu}[\p{Lu}\d&]*-)/u, '/');
  // "Số1§4ØBGDĐT-GDPT": or as "Ø".
  if (!body.includes('/') && SLASH_AS_O_STROKE.test(body)) {
    notes.add('symbol', 'uncertain', 'Đọc "Ø" trên dòng "Số" là dấu "/" (lỗi nhận dạng chữ) — hãy kiểm tra.', text.trim());
    body = body.replace(SLASH_AS_O_STROKE, '/');
  }
  // "Số J#@ÍSGDĐT-CTHSSVPC": or as "Í" after the scrawl.
  if (!body.includes('/') && SLASH_AS_I_ACUTE.test(text)) {
    notes.add('symbol', 'uncertain', 'Đọc "Í" trên dòng "Số" là dấu "/" (lỗi nhận dạng chữ) — hãy kiểm tra.', text.trim());
    body = body.replace(/Í(?=\p{Lu}{3,}[\p{Lu}&]*-\p{Lu})/u, '/');
  }
  // "so: ITCT-DNNCN": no number written, the slash read as "I" right before the symbol.
  if (!body.includes('/') && /^\s*[Il|](?=\p{Lu}{2,}[\p{Lu}&]*-)/u.test(body)) body = body.replace(/^\s*[Il|]/u, '/');
  const asI = SLASH_AS_I.exec(body);
  const slashAsI = asI && !body.slice(0, asI.index).includes('/') ? asI : null;
  if (slashAsI) {
    notes.add('symbol', 'uncertain', `Đọc "${slashAsI[0].trim()}" trên dòng "Số" là dấu "/" (lỗi nhận dạng chữ) — hãy kiểm tra.`, text.trim());
    body = `${body.slice(0, slashAsI.index)}/${body.slice(slashAsI.index + slashAsI[0].length)}`;
  }
  // "Số đJ/0 -CV/BTGDVTU": a Party body's hand-filled number OCR read with a slash of its own, before the
  // kind's "-CV"; the symbol's slash is the one after the kind.
  const partyScrawl = /^\s*[^\s-]{1,6}\s*-\s*CV\s*(?=\/\s*\p{Lu})/u.exec(body);
  const slash = partyScrawl ? partyScrawl[0].length : body.indexOf('/');
  // "Số : *44* DN-UBND", "Số: 9476BNNMT-CNTY": OCR lost the slash; a capitals-and-hyphen token after
  // the number (spaced or run on to its digits) is the symbol.
  // "Số: 55 'CHQ-TXNK": or a quote mark where the slash (and the symbol's first letter) was; "Số: 271 !CT-TTHT": or
  // an exclamation mark, the slash's stroke. "sé: 4Ô ÁÄÉÍ 'CTHN-TTHT": so after a scrawl OCR read in two pieces.
  // "Số :284ÿCT-TT&HT": the slash read as a sign or a foreign letter between the digits and the symbol.
  // "Só:4?Ø 57SGDĐT-TCHC": after a hand-filled number OCR could not read, a "7" glued to the symbol is the slash;
  // "Số: 2686 7TCT-DNNCN": so after whole digits and a space; "Sá:.46S7TCT-TNCN": or after a scrawl of digits and a capital.
  // "Só: †3SGDĐT-GDTrH": a sign before the digits is OCR's reading of the hand-filled number too.
  // "Số:4#ƒSGDĐT": a symbol of one part (Thái Bình's Sở writes "SGDĐT" alone) glued after a number's scrawl.
  // "Só:4f@SGDĐT-GDTrH": a scrawl of a digit, letters and a sign glued to a symbol with its hyphen.
  // "số: SỒ2TCHQ-TXNK": or of capitals and a digit (the hand-filled number read as letters).
  const noSlash =
    slash < 0
      ? (/^(\S+)\s+['‘’`!]?(?=(\p{Lu}[\p{Lu}\d&]*(?:-[\p{Lu}\d&.]+)+))/u.exec(body) ??
        /^(\S{1,5}\s+\S{1,5})\s+['‘’`](?=(\p{Lu}[\p{Lu}\d&]*(?:-[\p{Lu}\d&.]+)+))/u.exec(body) ??
        /^(\S*\d\S*?\p{Lu})7(?=(\p{Lu}{2,}[\p{Lu}&]*(?:-[\p{Lu}\d&.]+)+))/u.exec(body) ??
        /^([^\s\p{L}\d]?\d{1,6})(?:[^\s\p{L}\d]|ÿ)?(?=(\p{Lu}[\p{Lu}\d&]*(?:-[\p{Lu}\d&.]+)+))/u.exec(body) ??
        /^(\S*[^\d\s]\S*(?:\s+\d{1,5})?)\s*7(?=(\p{Lu}[\p{Lu}\d&]*(?:-[\p{Lu}\d&.]+)+))/u.exec(body) ??
        /^(\d{1,6})\s+7(?=(\p{Lu}{2,}[\p{Lu}\d&]*(?:-[\p{Lu}\d&.]+)+))/u.exec(body) ??
        // "Sá;04##'CT-TTHT": a scrawl with its digits, the slash read as a quote mark glued before the symbol.
        /^(\d[^\s'‘’`]{0,5})['‘’`](?=(\p{Lu}[\p{Lu}\d&]*(?:-[\p{Lu}\d&.]+)+))/u.exec(body) ??
        /^(\d\S*?[^\s\p{Lu}\d])(?=([\p{Lu}&]{4,})(?:\s|$))/u.exec(body) ??
        /^(\d\S{0,3}?[^\s\p{L}\d])(?=(\p{Lu}[\p{Lu}\d&]*(?:-[\p{Lu}\d&.]+)+))/u.exec(body) ??
        /^(\p{Lu}{1,3}\d)(?=(\p{Lu}{2,}[\p{Lu}&]*(?:-[\p{Lu}\d&.]+)+))/u.exec(body))
      : null;
  // "Só:2#SGDĐT-GDTrH": a sign shaped like a digit ("#", "§", "$") is more of the hand-filled number than its
  // slash: the number cannot be told (2 would be invented).
  const digitSign = noSlash !== null && /^\d+[#§$]$/u.test(noSlash[0]);
  if (noSlash) notes.add('symbol', 'uncertain', `Dòng "Số" không có dấu "/"; đã hiểu "${noSlash[2] as string}" là ký hiệu — hãy kiểm tra.`, text.trim());
  // A sign where the slash was: OCR misread that stretch of the line, and likely the digits with it.
  if (noSlash && !digitSign && /^\d+\S$/u.test(noSlash[0])) notes.add('number', 'uncertain', `Số văn bản đọc là ${(noSlash[1] as string).replace(/&$/u, '')} từ dòng nhận dạng chữ bị lỗi; hãy đối chiếu với bản gốc.`, text.trim());
  // "Số: 278&PGDĐT": one "&" (the slash's stroke, as "!" is) after whole digits leaves them the number.
  const ampSlash = noSlash !== null && /^\d{1,6}&$/u.test(noSlash[1] as string);
  const typed = slash >= 0 ? body.slice(0, slash) : noSlash ? ((digitSign ? noSlash[0] : ampSlash ? (noSlash[1] as string).slice(0, -1) : noSlash[1]) as string) : (/^\S*/.exec(body)?.[0] ?? '');
  // "Số: 01-CV/BCĐ": a Party body's number carries the kind of document ("CV", công văn) after a hyphen;
  // the kind opens the symbol.
  const party = slash >= 0 ? (/^\s*(\d{1,6})\s*-\s*(\p{Lu}{1,4})\s*$/u.exec(typed) ?? (partyScrawl ? /^\s*([^\s-]{1,6})\s*-\s*(CV)\s*$/u.exec(typed) : null)) : null;
  // "Số: 1728TM/XNK", "Số: 1320 TM/XNK": before 2004 a ministry's symbol began with its own initials,
  // typed right after the number; they open the symbol. Such a symbol has no hyphen after the slash:
  // in "Sá:4HHH /CT-TTHT" the letters are a hand-filled number OCR could not read.
  const initials = slash >= 0 && !party && !/-/.test(body.slice(slash + 1).trim().split(/\s/)[0] ?? '') ? /^\s*(\d{1,6})\s*(\p{Lu}{2,6})\s*$/u.exec(typed) : null;
  const opener = party ?? initials;
  const numPart = opener ? (opener[1] as string) : typed;
  const symRaw = slash >= 0 ? `${opener ? `${opener[2] as string}/` : ''}${body.slice(slash + 1)}` : noSlash ? body.slice(noSlash[0].length) : '';
  const n = readNumber(numPart);
  switch (n.kind) {
    case 'value':
      // "Số: 8] LĐLĐ": a digit mended from a sign on a line that lost its slash, with no symbol read after
      // it, is a hand-filled number OCR marred twice over; which digits it had cannot be told.
      // "Số: l5 /CV- BTV" (for 113): a number filled in by hand in the blank before the slash (the blank's
      // gap left after it), read as one letter and one digit, has likely lost strokes OCR could not read at
      // all; its value cannot be told. "Số: l2/UBND-VX", glued to the slash, is still 12.
      if (n.repaired && /^\s*[Il|\]ÍÌíì]\d\s+$/u.test(numPart)) {
        notes.add('number', 'uncertain', `Không đọc được số văn bản ("${numPart.trim()}": số viết tay bị nhận dạng sai); đã để trống.`, text.trim());
        break;
      }
      if (n.repaired && slash < 0 && !noSlash) {
        notes.add('number', 'uncertain', 'Không đọc được số văn bản (dòng "Số" không có dấu "/", số viết tay bị nhận dạng sai); đã để trống.', text.trim());
        break;
      }
      if (n.value >= 1 && n.value <= 999999) out.number = n.value;
      if (n.repaired) notes.add('number', 'uncertain', `Số văn bản đọc được là ${n.value} sau khi sửa lỗi nhận dạng chữ; hãy kiểm tra.`, numPart.trim());
      break;
    case 'blank':
      notes.missing('number', 'Số văn bản để trống (chờ văn thư cấp số).');
      break;
    case 'unreadable':
      notes.add('number', 'uncertain', 'Không đọc được số văn bản; đã để trống.', n.source);
      break;
  }
  // Where the symbol ends is read with the spaces around its joins closed up ("UBND - KGVX", "V .III"):
  // the rest of the piece (a date run into the same line) is handed back.
  // "SGDĐT-GDTrH - Thái Bình, ngày …": a dash between the symbol and the place, no join of the symbol's
  // (a place's words are capitalised, a symbol's are capitals); the place and date are handed on.
  const dashBeforePlace = /\s[-–—]\s+(?=(?:\p{Lu}\p{Ll}+\s+){0,4}\p{Lu}\p{Ll}+\s*,\s*ng)/u.exec(symRaw.trim());
  const typedSym = dashBeforePlace ? symRaw.trim().slice(0, dashBeforePlace.index) : symRaw.trim();
  const placeOn = dashBeforePlace ? symRaw.trim().slice(dashBeforePlace.index + dashBeforePlace[0].length) : '';
  const normal = typedSym.replace(/[–—]/g, '-').replace(/\s*([-&/])\s*/g, '$1').replace(/(?<=\p{Lu})\s+(?=\.\p{Lu})/gu, '');
  // "Số:      /      ngày  tháng  năm 2025" read with single spaces: a symbol never starts a dateline.
  // "SGDĐT-GDTrH, GDTX": a letter two units drafted names the second after a comma.
  // "T( CT-CS": a bracket OCR read for a letter, a space after it, the rest of the symbol after the space.
  const whole = /^ngay\b/.test(fold(normal)) ? '' : (JOINT_SYMBOL.exec(normal)?.[0] ?? /^\S*\(\s\p{Lu}[\p{Lu}\d&]*-[\p{Lu}\d&]+/u.exec(normal)?.[0] ?? /^\S*/.exec(normal)?.[0] ?? '');
  // "8GDĐT-GDĐH_ - 06 D0, …": an underscore, which no symbol holds, ends it; a hyphen after it joined
  // the stamp's scraps beside the line.
  const token = /^[^_]+_(?:-|$)/.test(whole) ? whole.slice(0, whole.indexOf('_') + 1) : whole;
  // "Số:^/2-T/SYT-NVY": the scrawl of a hand-filled number ran over its slash; the symbol is what follows
  // the last slash. A year between slashes ("12/2020/QĐ-UBND") is a normative document's, kept.
  // "SỐ: Ạ S / Ỷ /BGDĐT-…": after a number read as letters, one or two letters before the last slash are its scrawl too.
  // "Só://7 /SGD&ĐT-VP": slashes of the scrawl may come first.
  // "Số: 3 /D/SGDĐT-CTHSSV": after digits, one letter alone between slashes is the rest of the hand-filled
  // number ("300") OCR read as a letter: no symbol has a segment of one letter.
  const letterScrawl = n.kind === 'unreadable' ? /^(\p{Lu}{1,2})\/(?=\p{Lu}[\p{Lu}&]*-)/u.exec(token) : n.kind === 'value' ? /^(\p{Lu})\/(?=\p{Lu}[\p{Lu}&]*-)/u.exec(token) : null;
  // "Số: /⁄#⁄ /SGDĐT-CTTT": or signs alone (fraction slashes, a "#"), no letter or digit among them; "Số;/?!/ /CI-TTHT":
  // two slashes after them.
  // "Số; 4/28ISQGD&ĐT-…": or digits before a second slash OCR read as "I".
  const scrawl =
    /^\/*(?!\d{4}\/)([^/]*\d[^/]*)\/(?=\p{Lu}[\p{Lu}&]*-)/u.exec(token) ?? /^\/*([^/\p{L}\d\s]{1,6})\/+(?=\p{Lu}[\p{Lu}&]*-)/u.exec(token) ?? /^(\d{1,4})[Il|](?=\p{Lu}{2}[\p{Lu}&]*-)/u.exec(token) ?? letterScrawl;
  if (scrawl) notes.add('symbol', 'uncertain', `Bỏ "${scrawl[0]}" trước ký hiệu (chữ viết tay của số văn bản khi quét) — hãy kiểm tra.`, text.trim());
  // "Số: 4/09 /BCA-C04": digits on both sides of a first slash are one hand-filled number OCR cut with
  // a stroke (4409); the digits before it are not the number.
  if (scrawl && n.kind === 'value' && (/^\s*\d/.test(scrawl[1] as string) || scrawl === letterScrawl) && out.number !== null) {
    out.number = null;
    notes.add('number', 'uncertain', `Không đọc được số văn bản ("${numPart.trim()}/${(scrawl[1] as string).trim()}": số viết tay bị nét chữ cắt khi quét); đã để trống.`, text.trim());
  }
  // "Số⁄/ /SGD&ĐT-VP": a second slash, after a blank where the number was to be written, is no symbol's.
  // "Số: 2.// /SGD&ĐT-VP": after digits, more slashes are the strokes of a hand-filled number OCR read in
  // part; the digits before them are a scrap of it (526), not the number.
  if (!scrawl && n.kind === 'value' && out.number !== null && token.startsWith('/')) {
    out.number = null;
    notes.add('number', 'uncertain', `Không đọc được số văn bản ("${numPart.trim()}" rồi thêm dấu "/": số viết tay bị nét chữ cắt khi quét); đã để trống.`, text.trim());
  }
  const start = scrawl ? scrawl[0].length : (/^\/+/.exec(token)?.[0].length ?? 0);
  // "SGDĐT-MNPT -": a dash after the symbol (a stroke OCR read before the place) ends no symbol.
  const end = start + token.slice(start).replace(/[.,;:_*~]+$|(?<=\p{Lu})-+$/u, '').length;
  // The symbol itself is kept as typed ("SGDĐT- MN", "VPCP –KTN"), a run of spaces as one: the checker
  // names what Decree 30 wants instead and offers the fix.
  out.symbol = typedSpan(typedSym, normal, start, end).replace(/\s+/g, ' ');
  // "#t?/§SGDĐT-GDTrH-GDTX": a "§" before the symbol's own "S" is the scrawl's speck ("§GDĐT" is its "S" misread).
  if (/^§S\p{Lu}/u.test(out.symbol)) {
    notes.add('symbol', 'dropped', 'Bỏ dấu "§" trước ký hiệu (vết mực khi quét).', text.trim());
    out.symbol = out.symbol.slice(1);
  }
  // No slash and no symbol: whatever follows the unreadable number (a dateline run into the same line)
  // is still handed back. "Số: 8] LĐLĐ TP. Cà Mau, ngày …": a symbol of the agency's initials alone (no
  // hyphen), in capitals before the place and its date, is read first.
  const rest = slash < 0 && !noSlash ? body.slice(numPart.length).trim() : null;
  const bare = rest === null ? null : /^([\p{Lu}&]{3,8})\s+(?=\p{Lu}[\p{L}.]*\s[^,]{0,30},\s*ng)/u.exec(rest);
  if (bare) {
    out.symbol = bare[1] as string;
    notes.add('symbol', 'uncertain', `Dòng "Số" không có dấu "/"; đã hiểu "${out.symbol}" là ký hiệu — hãy kiểm tra.`, text.trim());
  }
  if (out.symbol === '') notes.missing('symbol', 'Không thấy ký hiệu văn bản sau "Số".');
  if (rest !== null) return bare ? rest.slice(bare[0].length) : rest;
  return `${normal.slice(token.length).trim()} ${placeOn}`.trim();
}

/**
 * The stretch of the typed text that normal[start, end) was made from: normal is the typed text with
 * some spaces taken out and long dashes made hyphens, so the two are walked side by side.
 */
function typedSpan(typed: string, normal: string, start: number, end: number): string {
  if (end <= start) return '';
  let from = -1;
  let k = 0;
  for (let i = 0; i < typed.length && k < end; i += 1) {
    const same = typed[i] === normal[k] || (/[–—]/.test(typed[i] as string) && normal[k] === '-');
    if (!same) continue; // a space the normal form left out
    if (k === start) from = i;
    if (k === end - 1) return typed.slice(from, i + 1);
    k += 1;
  }
  return normal.slice(start, end);
}
