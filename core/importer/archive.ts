// The archive line in its real forms — "Lưu: VT, KGVX.", "Lưu VT, TG CNTT 02.", "Lưu: VT. CNTT.",
// "Lưu: VT, KGVX^{Ph}.", "Lưu: VT, tđat "HT".", "Lưu: VT, HC (2).", "Lưu: VT, KGVX (02). PH.(15)",
// "Lưu: VT, (VX/KN).", "Lưu: VT, GDTXNNĐH (ĐPT).", "Lưu: VT, CS (3b).", "Lưu: VT, VP (HC), Tài (25)." —
// → units, archive copies, and the drafter mark. Upper-case tokens are units; a superscript, a
// lower-case or quoted token is the drafter's mark (written in capitals, as the Decree wants).
import type { Archive, Drafter } from '../letter/types';
import type { Notes } from './notes';
import { UNIT_INITIALS, UNIT_KIND, UNIT_KIND_AS_READ, UNIT_NAME_IN_WORDS, WEB_SITE } from '../format/distribution';
import { DESK_AS_READ, JOIN, MARK_AT_END, MARK_CLOSED, MARK_GLUED_COPIES, MARK_WITH_COPIES, ROOMS, SUBLIST_CODE, TIGHT, classifyArchiveTokens } from './archive-tokens';
import { dropAfterNamedCount, dropScrapsAtEnd } from './archive-scraps';
import { archiveUnitsText } from './archive-label';
import { takeArchiveCopies } from './archive-copies';
import { unopenedClose } from './text';
import { drafterFromMarks } from './archive-drafter';

export interface ArchiveRead {
  archive: Archive;
  drafter: Drafter | null;
}

export interface ArchiveContext {
  /** The letter's symbol ("UBND-CNTT"): its parts name the drafting unit, which the archive line repeats. */
  symbol: string;
}

/** A unit and a bracketed list of its own ("TCT(VT, CS(3b))"), one level of brackets inside. */
const SUBLIST = /\p{Lu}[\p{Lu}&]*\s*\((?:[^()]|\([^()]*\))*,(?:[^()]|\([^()]*\))*\)/gu;
// "Vv GDTC", "Vp GDTC", "Cuc QLCL": "Vụ" and "Cục" as an OCR with no Vietnamese reads them, before the
// department's initials; "phòng GDTrH": the kind typed in small letters. The kinds and initials are the
// exporter's (UNIT_KIND, UNIT_KIND_AS_READ, UNIT_INITIALS), so a unit it prints whole reads back whole.
const UNIT_WITH_KIND = new RegExp(String.raw`(?<![\p{L}])(${UNIT_KIND}|P\.|V[vpu](?=\s)|(?:${UNIT_KIND_AS_READ})(?=\s))(\s*)(${UNIT_INITIALS})(?![\p{L}])`, 'gu');
/** "Phòng Tổng hợp", "Ban Tuyên giáo": a room or department named in words, up to the entry's end. */
const UNIT_IN_WORDS = new RegExp(String.raw`(?<![\p{L}])(${UNIT_KIND})\s+(${UNIT_NAME_IN_WORDS})(?=\s*[,;.(]|\s*$)`, 'gu');

/** "Văn phòng" (already joined) and one to three words of its owner's name, up to the entry's end. */
const OFFICE_OF = new RegExp(String.raw`(V[ăa]n${JOIN}ph[òo]ng)((?:\s+[\p{L}]+){1,3})(?=\s*[,;.]|\s*$)`, 'giu');

const symbolParts = (symbol: string): string[] => symbol.toUpperCase().split(/[-/&.\s]+/u).filter((p) => p !== '');

/** "Website Sở", "Cổng TTĐT": the web site's word and the owner after it, joined into one unit. */
const WEB_SITE_WORDS = new RegExp(String.raw`(?<!\p{L})(${WEB_SITE})\s+(\p{Lu}[\p{L}&]*)`, 'gu');

export function parseArchive(raw: string, notes: Notes, context: ArchiveContext = { symbol: '' }): ArchiveRead {
  let text = archiveUnitsText(raw, notes);
  // "VT, TrHT2)ÄR { by >)": a closing bracket that no bracket opened ends the units; what follows it is
  // the signature's scrawl as OCR read it.
  const stray = unopenedClose(text);
  if (stray !== null && /[^\s.;,]/.test(text.slice(stray + 1))) {
    notes.add('archive.units', 'dropped', `Bỏ "${text.slice(stray).trim()}" cuối dòng Lưu (nét chữ ký, nhiễu nhận dạng chữ).`, raw.trim());
    text = text.slice(0, stray);
  }
  // "VT, TCHC. guyc É Sơ": after the units' full stop, three words or more, the first in small letters (OCR's
  // "Nguyễn" cut) and the last capitalised: no drafter's mark (initials are one word, a name written out is
  // capitalised throughout) but the signer's name read off the other column.
  const afterStop = /^(.*[\p{Lu}\d&)]\.)\s+(\S+(?:\s+\S+){2,})$/u.exec(text);
  const wordsAfter = afterStop === null ? [] : (afterStop[2] as string).split(/\s+/);
  // "VT, CTHSSV. Buy€ ê Sơ": so when a sign OCR read inside a word mars it ("Nguyễn Thế Sơn").
  const marredFirst = /^\p{Ll}+$/u.test(wordsAfter[0] as string) || /\p{L}[^\p{L}\s.,;]/u.test(wordsAfter[0] as string);
  // "VT, GDTH. ao _ #4": small letters among signs with no letter at all, the signature's scrawl as OCR read it.
  const scrawl = afterStop !== null && !/[()]/.test(afterStop[2] as string) && wordsAfter.some((w) => /^[^\p{L}\d]*[^\p{L}\d\s][^\p{L}]*$/u.test(w)) && wordsAfter.every((w) => !/\p{Lu}/u.test(w));
  if (afterStop && ((marredFirst && /^\p{Lu}\p{Ll}+$/u.test(wordsAfter[wordsAfter.length - 1] as string)) || scrawl)) {
    const what = scrawl ? 'nét chữ ký' : 'tên người ký ở cột bên';
    notes.add('archive.units', 'dropped', `Bỏ "${afterStop[2] as string}" sau dòng Lưu (${what}, nhận dạng chữ đọc lẫn).`, raw.trim());
    text = afterStop[1] as string;
  }
  // "Lưu VT, TTHTr. (đã ký)": the copy's "(Đã ký)", run onto the archive line, is no drafter's mark.
  const signed = /\(\s*(?:đã|da)\s*k[ýy]\s*\)/iu.exec(text);
  if (signed) {
    notes.add('drafter', 'dropped', `Bỏ "${signed[0]}" cuối dòng Lưu (dấu "đã ký" của bản sao).`, raw.trim());
    text = `${text.slice(0, signed.index)}${text.slice(signed.index + signed[0].length)}`.trimEnd();
  }
  // "Lưu: VT, CST (PLP) (    b).": a draft's slot for the copies, left blank to fill in, is no drafter's mark.
  const slot = /\(\s*[._…]*\s*(?:b|bản)\s*\)/u.exec(text);
  if (slot) {
    notes.missing('archive.copies', `Số bản lưu để trống trong dự thảo ("${slot[0]}"); hãy điền khi ban hành.`);
    text = `${text.slice(0, slot.index)}${text.slice(slot.index + slot[0].length)}`.trimEnd();
  }
  const marks: string[] = [];
  // A raised mark holds a letter; "VP. ^^" is the ink's strokes (dropped with the line's scraps below).
  text = text.replace(/\^\{([^}]*)\}|\^(?=\S*\p{L})(\S+)/gu, (_m, a: string | undefined, b: string | undefined) => {
    marks.push((a ?? b ?? '').trim());
    return ' ';
  });
  // "VT (ĐI, Ð4). NMĐ.": the records desk has no rooms (as "VT (VP)" below), so the units in brackets after
  // it are the line's own, listed as careful readers list them.
  text = text.replace(/(?<![\p{L}\d])VT\s*\(\s*([\p{Lu}\d&]+(?:\s*,\s*[\p{Lu}\d&]+)+)\s*\)/u, 'VT, $1');
  // "Lưu MN-VT": the records desk joined by a hyphen to the drafting unit is still a unit of its own;
  // "Lưu VT- GDĐT.", "Lưu VT - GD&ĐT.": so with a space after the hyphen, or round it.
  text = text.replace(/(?<![\p{L}\d-])(?:([\p{Lu}&]{2,8})-VT|VT\s?-\s?([\p{Lu}&]{2,8}))(?![\p{L}\d-])/u, (_m, before?: string, after?: string) => (before ? `${before}, VT` : `VT, ${after as string}`));
  // "VT.DSVH.NĐD.09.": units parted by full stops with no space, the drafter's mark and the copies issued
  // last; read as the Decree's "VT, DSVH, NĐD.09". Three tokens at least: after "VT.KHTC" alone, a count
  // could as well be the archive's; "Lưu VT.KH-IC.": that desk glued by a full stop is a unit of its own.
  const dotted = /^\s*(\p{Lu}[\p{Lu}&]*(?:\.\p{Lu}[\p{Lu}&]*){2,})\.(\d{1,3})\.?\s*$/u.exec(text);
  if (dotted) text = `${(dotted[1] as string).replaceAll('.', ', ')}.${dotted[2] as string}`;
  else text = text.replace(/^(\s*)VT\.(?=\p{Lu}[\p{Lu}&]*(?:-\p{Lu}+)?[.,;\s]|\p{Lu}[\p{Lu}&]*(?:-\p{Lu}+)?$)/u, '$1VT, ');
  // "VT, TCT(VT, CS(3b)).": a unit with its own list in brackets (the general department's desk and the
  // drafting room, with their copies) is one unit as typed; its inner count is not the line's.
  text = text.replace(SUBLIST, (m) => m.replace(/[(),\s]/g, (c) => SUBLIST_CODE[c as keyof typeof SUBLIST_CODE] ?? JOIN));
  // "HCTC,(Q.100b)": the drafter's initials, a full stop and the copies issued, the Decree's "PL.(300)" in one
  // bracket ("(Q.100bv⁄/€”": its closing one a pen's scribble).
  let dottedCopies: number | null = null;
  text = text.replace(/\(\s*(\p{Lu}{1,3})\.\s*(\d{1,3})\s*(?:b|bản)\.?\s*(?:\)|\p{Ll}?[^\s\p{L}\d]{2,}(?=\s|$))/u, (_m, initials: string, count: string) => {
    marks.push(initials);
    dottedCopies = Number(count);
    return ' ';
  });
  // "TVTBNG (P 2b)": the drafter's initial and the unit's copies in one bracket.
  text = text.replace(/\(\s*(\p{Lu}{1,3})\.?\s+(\d{1,3})\s*(?:b|bản)\.?\s*\)/u, (_m, initials: string, count: string) => {
    marks.push(initials);
    return `(${count})`;
  });
  // "(3b)", "(03 bản)": the count of copies written with its unit ("(2Ð)": its "b" OCR read as an eth).
  text = dropAfterNamedCount(text.replace(/[*_~]/g, '').replace(/\(\s*(\d{1,4})\s*(?:b|bản|[ĐÐ])\.?\s*\)/giu, '($1)'), raw, notes);
  // "TCCB-03b": or after a hyphen glued to the unit, as a form prints it.
  text = text.replace(/(?<=\p{Lu})-(\d{1,3})b(?=[\s,.;]|$)/gu, ' ($1)');
  // "PC(Ib)": OCR's reading of a count of copies ("(1b)"?) that cannot be read as one; left out, not guessed.
  text = text.replace(/\(\s*([Il|!][\dIl|!]{0,2})\s*b\s*\)/gu, (m) => {
    notes.add('archive.copies', 'uncertain', `Không đọc được số bản lưu "${m.trim()}"; đã để trống.`, raw.trim());
    return ' ';
  });
  // "TT&HT. C6 bÐ", "TT&HT. <64>": after the units' full stop, OCR's reading of a bracketed count ("(6b)") with
  // its brackets read as "C", "<" or ">": the count cannot be told, nor is it a unit or a drafter's mark.
  text = text.replace(/(?<=\.)\s*[C(<]\s?\d{1,2}\s?(?:b\S?|>)\s*$/u, (m) => {
    notes.add('archive.copies', 'uncertain', `Không đọc được số bản lưu "${m.trim()}"; đã để trống.`, raw.trim());
    return '';
  });
  // "Vụ CQĐP", "P. LĐTLBHXH": a ministry's department or an office's room named by a word and its
  // abbreviation is one unit, not a unit and a drafter's mark (nor "P." a full stop before a mark).
  // "P.KT" typed without a space stays as typed.
  text = text.replace(UNIT_WITH_KIND, (_m, kind: string, space: string, abbr: string) => {
    if (/^V[vpu]$/.test(kind)) notes.add('archive.units', 'uncertain', `Hiểu "${kind} ${abbr}" trên dòng Lưu là một đơn vị ("Vụ ${abbr}"?, chữ nhận dạng khi quét) — hãy kiểm tra.`, raw.trim());
    return `${kind}${space === '' ? TIGHT : JOIN}${abbr}`;
  });
  // "NCKH- QHỌT": two rooms of one unit joined by a hyphen, a space after it, are that one unit as typed.
  text = text.replace(/(?<=\p{Lu}{2})-\s+(?=\p{Lu}{2})/gu, `-${JOIN}`);
  // "V.III", "V.I": the Government Office's departments numbered in Roman figures are units, not a unit
  // "V" and a drafter's mark "III" after its full stop.
  text = text.replace(/(?<![\p{L}])(V\.)\s?([IVX]{1,4})(?![\p{L}])/gu, (_m, v: string, n: string) => `${v}${TIGHT}${n}`);
  // "Văn thư", "Văn phòng": the records desk and the office written out (the Decree's "VT", "VP") are
  // one unit each, kept as typed: "Lưu: Văn thư, Văn phòng." names no drafter; nor does OCR's "Văn, phòng."
  text = text.replace(/(?<!\p{L})(V[ăa]n),?\s+(th[ưu]|ph[òo]ng)(?!\p{L})/giu, (_m, a: string, b: string) => `${a}${JOIN}${b}`);
  // "Văn phòng Tỉnh ủy", "Văn phòng UBND tỉnh": the office with its owner's name, up to the entry's end, is one
  // unit too ("TỈNH ỦY" is no drafter's mark).
  text = text.replace(OFFICE_OF, (_m, office: string, owner: string) => `${office}${owner.replace(/\s+/g, JOIN)}`);
  // "Phòng Tổng hợp", "Ban Tuyên giáo": a room or department named in words, up to the entry's end, is one
  // unit too, no drafter's name ("PHÒNG TỔNG HỢP" as initials would be invented).
  text = text.replace(UNIT_IN_WORDS, (_m, kind: string, name: string) => `${kind}${JOIN}${name.replace(/\s+/g, JOIN)}`);
  // "VT, QL TDTT" of "SVHTTDL-QLTDTT": two runs of capitals that make the unit the symbol names are that one
  // unit, typed with a space.
  const parts = symbolParts(context.symbol);
  text = text.replace(/(?<!\p{L})(\p{Lu}{2,})\s+(\p{Lu}{2,})(?!\p{L})/gu, (m, a: string, b: string) => (parts.includes(`${a}${b}`) ? `${a}${JOIN}${b}` : m));
  // "Lưu VP.CTHSSV." of "SGD&ĐT-CTHSSV": a full stop typed for a comma before the unit the symbol names.
  text = text.replace(/(?<!\p{L})([A-ZĐ&]{2,})\.([A-ZĐ&]{2,})(?!\p{L})/gu, (m, a: string, b: string) => (parts.includes(b) ? `${a}, ${b}` : m));
  let drafterCopies: number | null = dottedCopies;
  // "VT. La(128).", "VT, L„í( 13).": small letters (a seal's sign among them) glued to three digits, an officer's register mark ("KL128/4"), no "PL.(300)".
  text = text.replace(/(?<![\p{L}\d])(\p{Lu}\p{Ll}{1,3})\((\d{3,4})\)|(?<![\p{L}\d])(\p{Lu}„\p{Ll}{1,2})\(\s*(\d{1,4})\)/gu, (m: string, a?: string, n?: string, b?: string) => (a ? `${a}${TIGHT}(${n as string})` : `${b as string}${TIGHT}${m.slice((b as string).length).replace(/\s/gu, JOIN)}`));
  // "VT, NVTHQ (Hằng B - 3b).": the drafter's name and the copies issued in the last unit's brackets
  // (the closing one may be lost: "(Hằng B - 3b."; "(tttthuy - 02b)": a login); "VT, CCHC&VTLT(Hoài).": the name alone.
  const bracketed = /\s*\(\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){0,3}|\p{Ll}{3,12}(?=\s*[-–]\s*\d))\s*(?:[-–]\s*(\d{1,4})\s*(?:b|bản)?\s*\.?\s*\)?|\))\s*\.?\s*$/u.exec(text);
  if (bracketed) {
    marks.push(bracketed[1] as string);
    drafterCopies = bracketed[2] === undefined ? null : Number(bracketed[2]);
    text = `${text.slice(0, bracketed.index)}.`;
  }
  // "VT, KTN. Cao Cường.(10)", "VT, NMMT. D.V. Tịnh.": a drafter's name written out after the units'
  // full stop, as our exporter prints one (the Decree's "PL.(300)" with the name for the initials).
  // "VT, NMMT D.V. Tịnh.": a name shortened to its initials with full stops needs no full stop before it.
  const spelled = bracketed
    ? null
    : (/^(.*?[\p{Lu}\d)])\.\s+(\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){1,4}?)\s*(?:\(\s*(\d{1,4})\s*\))?\s*\.?\s*$/u.exec(text) ??
      /^(.*?[\p{Lu}\d)])\s+((?:\p{Lu}\.){1,3}\s?\p{Lu}\p{Ll}+)\s*(?:\(\s*(\d{1,4})\s*\))?\s*\.?\s*$/u.exec(text));
  const spelledOut = spelled !== null && /\p{Ll}{2}/u.test(spelled[2] as string);
  if (spelled && spelledOut) {
    marks.push((spelled[2] as string).replace(/\.$/, ''));
    if (spelled[3] !== undefined) drafterCopies = Number(spelled[3]);
    text = `${spelled[1] as string}.`;
  }
  // "VT, VP (HC), Tài (25).", "VT, KTN, Cao Cường (10b)", "VT, KTN (3b) Nghĩa (24).": the drafter's name
  // (not in capitals) with the copies issued ends the line, after a comma or a unit's own copies.
  const named = bracketed || marks.length > 0 ? null : /([,)])\s*(\p{Lu}?\p{Ll}[\p{L}.]*(?:\s+\p{Lu}\p{Ll}+){0,3})\s*\(\s*(\d{1,4})\s*\)\s*\.?\s*$/u.exec(text);
  if (named) {
    marks.push(named[2] as string);
    drafterCopies = Number(named[3]);
    text = text.slice(0, named.index + (named[1] === ')' ? 1 : 0));
  }
  // "VT; TXNK-Nhung (03).": the drafting unit and, after its hyphen, the drafter's name with the copies issued.
  // "VT. TXNK- H.Linh (1b)": the family name cut to its initial, the copies in "b", the comma read as a full stop.
  const unitAndName = named || marks.length > 0 ? null : /([,;]\s*|(?<=\p{Lu})\.\s+)([A-ZĐ][A-ZĐ&]+)\s*-\s*((?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s*(?:\(\s*(\d{1,4})\s*b?\s*\))?\s*\.?\s*$/u.exec(text);
  if (unitAndName) {
    marks.push(unitAndName[3] as string);
    if (unitAndName[4] !== undefined) drafterCopies = Number(unitAndName[4]);
    text = `${text.slice(0, unitAndName.index)}${unitAndName[1] as string}${unitAndName[2] as string}`;
  }
  // "VT, VP (THTT), TN (30).": initials after the units with the copies issued. The Decree counts a
  // unit's archive copies in ones ("HC (2)"), the copies issued in tens: ten or more, after two units or
  // more, by initials the symbol does not name, is the drafter's mark.
  const initialled = named ? null : /,\s*([A-ZĐ]{1,4})\s*\(\s*(\d{2,4})\s*\)\s*\.?\s*$/u.exec(text);
  if (initialled && Number(initialled[2]) >= 10 && !parts.includes(initialled[1] as string) && text.slice(0, initialled.index).split(',').filter((u) => u.trim() !== '').length >= 2) {
    marks.push(initialled[1] as string);
    drafterCopies = Number(initialled[2]);
    text = text.slice(0, initialled.index);
  }
  // "VT, KHCNĐTMT, TL 02.": after the unit the symbol names, two or three capitals it does not name, with
  // a bare count, are the drafter's mark and the copies issued, as the same ministry writes "VP (HC),
  // Tài (25)". Without the symbol's unit before them ("VT, TG CNTT 02." of UBND-THCB) the count is the archive's.
  const bareMark = named || initialled || unitAndName ? null : /,\s*([A-ZĐ]{2,3})\s+(\d{1,3})\s*\.?\s*$/u.exec(text);
  // "VT, VX (3), DHC 24": a unit is named with or without its own copies.
  const before = bareMark === null ? [] : text.slice(0, bareMark.index).split(',').map((u) => u.replace(/\(\s*\d{1,3}\s*\)/g, '').trim().toUpperCase()).filter((u) => u !== '');
  // A letter copied without its header has no symbol to tell: the records desk and one unit before it.
  const ownUnitBefore = before.length >= 2 && (parts.length === 0 || before.some((u) => parts.slice(1).includes(u)));
  if (bareMark && ownUnitBefore && !parts.includes(bareMark[1] as string) && marks.length === 0) {
    marks.push(bareMark[1] as string);
    drafterCopies = Number(bareMark[2]);
    text = text.slice(0, bareMark.index);
  }
  // "VT, K, 02b.", "VT, TCCB, V, 10b.": one capital after the units, then a count of copies, is the drafter's
  // initial and the copies issued, as the same office writes "VT, TTr (02b). P (20b)"; no unit is one letter.
  // "VP, KTXD, S(8).": so is one capital with the count in brackets glued to it.
  const initialCount = marks.length === 0 && drafterCopies === null ? /,\s*([A-ZĐ])(?:\s*[,.]\s*(\d{1,3})\s*(?:b|bản)|\((\d{1,3})\s*(?:b|bản)?\))\s*\.?\s*$/u.exec(text) : null;
  if (initialCount) {
    marks.push(initialCount[1] as string);
    drafterCopies = Number(initialCount[2] ?? initialCount[3]);
    text = text.slice(0, initialCount.index);
    notes.add('drafter', 'uncertain', `Hiểu "${initialCount[0].replace(/^,\s*/, '').trim()}" cuối dòng Lưu là ký hiệu người soạn thảo và số bản phát hành; hãy kiểm tra.`, raw.trim());
  }
  // The Decree's ô 12 mark after the units' full stop: "VT, KGVX (02). PH.(15)" or "VT, KGVX. PH.".
  // Without copies it needs a comma list before it, or "VT. CNTT." would lose its unit. A mark is
  // initials or a name run together, accents kept ("DVTỊNH").
  // Without its own closing dot ("VT, KGVX. CN") the token is the mark only when the symbol names
  // other units, so "VT, TH. KGVX" (a full stop typed for a comma) keeps KGVX of "UBND-KGVX".
  // One lower-case letter after the line's full stop ("VT, PC(Ib). a") is a speck of OCR noise, not a mark.
  text = dropScrapsAtEnd(text, raw, notes);
  const unclosed = /,(?:[^.]|\.[\u0001\u0002])*\.\s*(\p{L}{2,10})\s*$/u.exec(text);
  // "CNTT, VT. HC": where the units do not open with the records office, as the Decree orders them, the
  // letter keeps no such convention, and a bare scrap after the line's full stop is no drafter's mark but
  // a signature's ink OCR read beside it.
  const decreeOrder = /^\s*(?:VT|Văn thư)\b/iu.test(text);
  if (unclosed && !decreeOrder && parts.length > 1 && !parts.includes((unclosed[1] as string).toUpperCase())) {
    notes.add('drafter', 'dropped', `Bỏ "${unclosed[1] as string}" sau dấu chấm cuối dòng Lưu (các đơn vị lưu không theo thứ tự của Nghị định, nên đây không phải ký hiệu người soạn thảo; có thể là nét chữ ký khi quét).`, raw.trim());
    text = text.slice(0, text.length - unclosed[0].length + unclosed[0].lastIndexOf('.') + 1);
  }
  const unclosedMark = unclosed && decreeOrder && parts.length > 1 && !parts.includes((unclosed[1] as string).toUpperCase()) ? unclosed : null;
  const tail =
    MARK_WITH_COPIES.exec(text) ?? MARK_CLOSED.exec(text) ?? unclosedMark;
  if (tail) {
    marks.push(tail[1] as string);
    drafterCopies = tail[2] === undefined ? null : Number(tail[2]);
    // Keep the units' full stop, the one right before the mark.
    const markDot = tail[0].search(MARK_AT_END);
    text = text.slice(0, text.length - tail[0].length + markDot + 1);
  } else {
    // "VT. PH." is how our exporter writes a drafter mark when VT is the only unit; "VT. CNTT." (seed 004)
    // is a full stop typed for a comma. The drafting unit is the one the symbol names ("UBND-CNTT"), so a
    // token the symbol names stays a unit; without a symbol to tell, it stays a unit and is flagged.
    const lone = /^\s*(VT)\s*\.\s*([A-Za-zĐđ]{1,10})\s*\.\s*$/u.exec(text);
    const token = lone?.[2];
    if (lone && token !== undefined) {
      if (parts.length > 1 && !parts.includes(token.toUpperCase())) {
        marks.push(token);
        text = `${lone[1] as string}.`;
      } else if (parts.length <= 1) {
        notes.add('archive.units', 'uncertain', `Không rõ "${token}" sau "VT." là đơn vị lưu hay ký hiệu người soạn thảo; đã xếp vào đơn vị lưu.`, raw.trim());
      }
    }
  }
  // "Lưu: VP, (PCV14).": the drafter's initials and the copies issued, run together in brackets;
  // "Lưu VP, HTKT (NHT.3b)": in the drafting unit's brackets, parted by a full stop.
  // "Lưu: VT, TH (3). (SH) 20": in brackets of their own after the units' full stop, the copies after them;
  // "Lưu VT, Vụ KTQH. (PDM 03)": or with the copies inside, after a space.
  const bracketMark =
    /,\s*\(\s*([A-ZĐ]{1,6})\s*(\d{1,3})\s*\)\s*\.?\s*$/u.exec(text) ??
    /(?<=\.)\s*\(\s*([A-ZĐ]{1,6})\s+(\d{1,3})\s*\)\s*\.?\s*$/u.exec(text) ??
    /(?<=\p{Lu})\s*\(\s*([A-ZĐ]{1,6})\s*[.-]\s*(\d{1,3})\s*(?:b|bản)?\s*\)\s*\.?\s*$/u.exec(text) ??
    /(?<=\.)\s*\(\s*([A-ZĐ]{1,6})\s*\)\s*(\d{1,3})\s*\.?\s*$/u.exec(text);
  if (bracketMark && marks.length === 0) {
    marks.push(bracketMark[1] as string);
    drafterCopies = Number(bracketMark[2]);
    text = text.slice(0, bracketMark.index);
  }
  // "Lưu: VT (VP).": the records desk (Văn thư) has no rooms; the letters in brackets after it name the
  // office whose desk keeps the copy, a second unit as careful readers list it ("VT, VP").
  text = text.replace(/(?<![\p{L}\d])VT\s*\(\s*([A-ZĐ&]{2,8})\s*\)/u, 'VT, $1');
  // "(VX/KN)", "(ĐT-PVH)": the drafting unit and, after the slash, the drafter's initials; a unit with
  // letters in brackets after it ("GDTXNNĐH (ĐPT)") has the initials alone. Digits there are copies.
  // "Lưu: VT, (ĐT-MT) TV.": with the drafter's initials after the brackets, the hyphen inside joins one
  // unit's name (Đô thị - Môi trường); the brackets hold no initials then.
  const unitThenMark = /\(\s*([A-ZĐ][A-ZĐ&]*\s*-\s*[A-ZĐ][A-ZĐ&]*)\s*\)\s+([A-ZĐ]{1,4})\s*\.?\s*$/u.exec(text);
  if (unitThenMark && marks.length === 0) {
    marks.push(unitThenMark[2] as string);
    text = `${text.slice(0, unitThenMark.index)}${(unitThenMark[1] as string).replace(/\s/g, '')}.`;
  }
  const pair = /\(\s*([A-ZĐ][A-ZĐ&]*)\s*[/-]\s*([A-Za-zĐđ]{1,4})\s*\)/u.exec(text);
  // Letters in brackets that end the line are the drafter's; inside the list ("VP (HC), …"), or before a
  // drafter's name that ends it ("VP (HC), Tài (25)"), they name a room of the unit and stay with it.
  // After a drafter's mark already read ("VP (HC). TÀI.(25)", as our exporter writes it), they are a room too.
  const markRead = named !== null || tail !== null || drafterCopies !== null;
  // "CT (PC)": letters that name a room (Pháp chế, Hành chính…) stay with the unit, as inside the list.
  const ownAt = pair || markRead ? null : /([A-ZĐ&]{2,})\s*\(\s*([A-Za-zĐđ]{1,4})\s*\)(?=[\s.;,]*$)/u.exec(text);
  // "Lưu: VT, CST (PLP).": under a ministry ("BTC-CST"), the drafting department the symbol names has rooms
  // (Phòng) of its own; its letters in brackets after a space name one ("KCHT(GN)", glued, are initials).
  const ministryRoom = ownAt !== null && /^B[A-ZĐ]{1,6}-/u.test(context.symbol) && parts.includes(ownAt[1] as string) && /\s\(/u.test(ownAt[0]) && /^[A-ZĐ]{2,4}$/u.test(ownAt[2] as string);
  const own = ownAt && (ROOMS.has(ownAt[2] as string) || ministryRoom) ? null : ownAt;
  // "Lưu: VT, V11 (TTTTBC).": an office coded in letters and digits (the police's "V11") with, in brackets,
  // its department the symbol names ("V11-TTTTBC"): one unit as typed.
  // "PC04 (ĐI)" under "CAT-PC04(Đ1)": so when the symbol writes that office with a team in brackets.
  const symbol = context.symbol.toUpperCase();
  // "C04 (P6)": so is a room numbered as such offices number theirs (Phòng 6), never anyone's initials.
  text = text.replace(/(?<![\p{L}\d])([A-ZĐ]{1,3}\d{1,3})\s*\(\s*([A-ZĐ&\d]{2,8})\s*\)/gu, (m, unit: string, part: string) => (parts.includes(part) || symbol.includes(`${unit}(`) || /^[A-ZĐ]{1,2}\d{1,2}$/u.test(part) ? `${unit}${/^\S+\(/u.test(m) ? TIGHT : JOIN}(${part})` : m));
  const room = new RegExp(`([A-ZĐ&]{2,})\\s*\\(\\s*([A-ZĐ]{1,4})\\s*\\)(?=\\s*[,;]${markRead || ownAt !== own ? '|\\s*\\.?\\s*$' : ''})`, 'gu');
  text = text.replace(room, (_m, unit: string, part: string) => `${unit}${JOIN}(${part})`);
  if (pair) {
    marks.push(pair[2] as string);
    text = `${text.slice(0, pair.index)} ${pair[1] as string} ${text.slice(pair.index + pair[0].length)}`;
  } else if (own) {
    marks.push(own[2] as string);
    text = `${text.slice(0, own.index)}${own[1] as string} ${text.slice(own.index + own[0].length)}`;
  }
  // "KGVX (3) Q": after the unit's copies, a short token ends the line — the drafter's mark; "KTN (3b) Tr.19"
  // has the copies issued after it, as "PL.(300)" without the brackets, and "KTN (3b). Hiền 22" a given name.
  // "VT, NN (02), VLA": so after a comma, where the symbol does not name the token as its unit.
  const afterCopiesAt = /(\(\s*\d{1,3}\s*\))(\s*[.,]?\s*)([A-Za-zĐđ]{1,4}|\p{Lu}\p{Ll}{1,6})\s*\.?\s*(\d{1,4})?\s*\.?\s*$/u.exec(text);
  const afterCopies = afterCopiesAt && (!afterCopiesAt[2]?.includes(',') || !parts.includes((afterCopiesAt[3] as string).toUpperCase())) ? afterCopiesAt : null;
  // "TTKT (3b)z": one small letter glued to the bracket is a speck of the scan, not a mark.
  if (afterCopies && afterCopies[2] === '' && /^\p{Ll}$/u.test(afterCopies[3] as string) && afterCopies[4] === undefined) {
    notes.add('drafter', 'dropped', `Bỏ ký tự "${afterCopies[3] as string}" dính sau số bản lưu (nhiễu nhận dạng chữ).`, raw.trim());
    text = text.slice(0, afterCopies.index) + (afterCopies[1] as string);
  } else if (afterCopies && marks.length === 0) {
    marks.push(afterCopies[3] as string);
    if (afterCopies[2]?.includes(',') === true) notes.add('drafter', 'uncertain', `Hiểu "${afterCopies[3] as string}" sau số bản lưu và dấu phẩy là ký hiệu người soạn thảo (không phải đơn vị lưu); hãy kiểm tra.`, raw.trim());
    if (afterCopies[4] !== undefined) drafterCopies = Number(afterCopies[4]);
    text = text.slice(0, afterCopies.index) + (afterCopies[1] as string);
  }
  // "VI, 3, 09, 02.": three numbers or more in a row after the units are a file's code ("3.09.02") whose
  // dots OCR read as commas; the last of them is no count of copies.
  const fileCode = /,\s*(\d{1,3}(?:\s*,\s*\d{1,3}){2,})\s*\.?\s*$/u.exec(text);
  if (fileCode) {
    const code = (fileCode[1] as string).split(/\s*,\s*/).join('.');
    notes.add('archive.units', 'uncertain', `Hiểu "${(fileCode[1] as string).trim()}" cuối dòng Lưu là mã hồ sơ "${code}" (dấu chấm nhận thành dấu phẩy khi quét), không phải số bản lưu; hãy kiểm tra.`, raw.trim());
    text = `${text.slice(0, fileCode.index)}, ${code}.`;
  }
  const taken = takeArchiveCopies(text, raw, notes);
  text = taken.text;
  let copies = taken.copies;
  // "Lưu: VT, GDTrH-GDTX, Website Sở.": the office's web site, where the letter is posted, is one unit in words.
  // "website Sở" in small letters too.
  text = text.replace(WEB_SITE_WORDS, (_m, site: string, owner: string) => `${site}${JOIN}${owner}`);
  // "VP: P.TTHT": a colon after a unit is OCR's reading of its semicolon.
  const tokens = text.split(/[,;]+|:(?=\s)|\.(?=\s|$)|\s+/).filter((t) => t.trim() !== '');
  // "NCTH.HH" at the end: the unit, then the drafter's initials after a full stop with no space. One
  // letter there ("VP.Ð ~") is the signature's stroke as OCR read it: initials are two letters or more.
  const lastToken = tokens[tokens.length - 1];
  // "VP.p<", "VỀ.p⁄" (OCR's "VP"): so a hand's mark in small letters that OCR read with a sign. "NC.Châu": or a name.
  const glued = lastToken ? (/^([A-ZĐ&]{2,})\.([A-ZĐ]{2,3}|\p{Lu}\p{Ll}{2,})$/u.exec(lastToken.trim()) ?? /^(\p{Lu}[\p{Lu}&]+)\.(\p{Ll}[^\s\p{L}\d.,;]{1,2})$/u.exec(lastToken.trim())) : null;
  if (glued) {
    tokens[tokens.length - 1] = glued[1] as string;
    marks.push(glued[2] as string);
  }
  const stroke = lastToken && !glued ? /^([A-ZĐ&]{2,})\.([A-ZĐ])$/u.exec(lastToken.trim()) : null;
  if (stroke) {
    tokens[tokens.length - 1] = stroke[1] as string;
    notes.add('drafter', 'dropped', `Bỏ chữ "${stroke[2] as string}" dính sau "${stroke[1] as string}." cuối dòng Lưu (nét chữ ký khi quét?) — hãy kiểm tra.`, raw.trim());
  }
  // "VT, VHCS, HDNV, LH.8.", "VT, VHDT, Nh.10.": after two units or more, initials with the copies issued
  // after a full stop, the Decree's "PL.(300)" without its brackets.
  const counted = lastToken && tokens.length >= 3 && marks.length === 0 && drafterCopies === null ? /^([A-ZĐ][A-ZĐa-zđ]{1,3})\.(\d{1,3})$/u.exec(lastToken.trim()) : null;
  if (counted) {
    tokens.pop();
    marks.push(counted[1] as string);
    drafterCopies = Number(counted[2]);
  }
  const units = classifyArchiveTokens(tokens, marks, { parts, raw: raw.trim() }, notes);
  if (copies === 0) copies = null;
  // "Hg6": the drafter's initials in small letters with the copies issued glued to them; a unit in
  // capitals with a digit ("QLDN1") names a room and is no such mark.
  const gluedCopies = marks.length === 1 && drafterCopies === null ? MARK_GLUED_COPIES.exec(marks[0] as string) : null;
  if (gluedCopies) {
    marks[0] = gluedCopies[1] as string;
    drafterCopies = Number(gluedCopies[2]);
  }
  const drafter = drafterFromMarks(marks, drafterCopies, spelledOut, raw.trim(), notes);
  // "Lưu: VI, …", "VTI", "VF": OCR's reading of the records desk, which every archive line names first.
  const desk = units[0];
  if (desk !== undefined && desk !== 'VT' && DESK_AS_READ.test(desk)) {
    units[0] = 'VT';
    notes.add('archive.units', 'converted', `"${desk}" đầu dòng Lưu được hiểu là "VT" (văn thư) — lỗi nhận dạng chữ.`, raw.trim());
  }
  if (units.length === 0) notes.missing('archive.units', 'Dòng "Lưu" không có đơn vị lưu.');
  return { archive: { units, copies }, drafter };
}
