// What OCR and record systems leave after the archive line's units: a file's record number, a seal's
// specks, a pen's stroke. None is a unit or the drafter's mark; each goes with a note before the units are read.
import { hasToneMark, isVietnameseSyllable } from '../encoding';
import { isOcrSpecks } from './noise';
import type { Notes } from './notes';

/** The archive line's text without the scraps at its end. */
export function dropScrapsAtEnd(line: string, raw: string, notes: Notes): string {
  let text = line;
  // "VT, NN (2) 19158": a long number after the copies is a file's record number, no unit and no mark.
  // "VT, TTHT(2). (553)": a second count in brackets after the copies and the line's full stop is one too.
  // "VT, QHQT (3b).12": the copies issued after the archive's, with no drafter's initials to carry them.
  // "VT, TTHT(2) (635": a record number in a bracket OCR left unclosed; "VT, TTHT(2). // 82)": or after slashes;
  // "VT, DNNCN (2b). 6).": or with its opening bracket lost.
  const record =
    /(\(\s*\d{1,3}\s*\))\s*(\d{4,})\s*\.?\s*$/u.exec(text) ??
    /(\(\s*\d{1,3}\s*\)\s*\.)\s*[/⁄]{1,3}\s*(\d{1,6})\s*\)?\s*\.?\s*$/u.exec(text) ??
    /(\(\s*\d{1,3}\s*\)\s*\.)\s*\(\s*(\d{1,6})\s*\)\s*\.?\s*$/u.exec(text) ??
    /(\(\s*\d{1,3}\s*\))\s*\.\s*(\d{1,3})\s*\.?\s*$/u.exec(text) ??
    /(\(\s*\d{1,3}\s*\))\s*\(\s*(\d{3,6})\s*\.?\s*$/u.exec(text) ??
    /(\(\s*\d{1,3}\s*b?\s*\)\s*\.)\s*(\d{1,3})\s*\)\s*\.?\s*$/u.exec(text);
  if (record) {
    notes.add('archive.units', 'dropped', `Bỏ số "${record[2] as string}" cuối dòng Lưu (không phải đơn vị lưu hay ký hiệu người soạn thảo).`, raw.trim());
    text = text.slice(0, record.index) + (record[1] as string);
  }
  // "VT, TTHT.(6; 4)", "TCHQ (/6 ).": a bracket of two numbers parted by ";", or of a sign and a number, at the
  // line's end is a hand's tally OCR read, no count of copies (those are one number, "(3b)"); it goes.
  const tally = /\s*\(\s*(?:\d{1,3}\s*;\s*\d{1,3}|[/›‹]\s*\d{1,3})\s*\)\s*\.?\s*$/u.exec(text);
  if (tally) {
    notes.add('archive.copies', 'dropped', `Bỏ "${tally[0].trim()}" cuối dòng Lưu (chữ viết tay, không đọc được số bản).`, raw.trim());
    text = `${text.slice(0, tally.index).replace(/\.$/, '')}.`;
  }
  // "Lm: VT, mg, (63)": a number in brackets standing alone after a comma is no unit's copies (those follow their
  // unit, "TTHT (3b)"); a record's or a file's number, not read.
  const loneCount = /,\s*\(\s*(\d{1,4})\s*\)\s*\.?\s*$/u.exec(text);
  if (loneCount) {
    notes.add('archive.copies', 'dropped', `Bỏ "(${loneCount[1] as string})" đứng riêng cuối dòng Lưu (không phải số bản lưu của đơn vị nào).`, raw.trim());
    text = `${text.slice(0, loneCount.index)}.`;
  }
  // "VT, TTHT(2)V „ Œ; 3)": after the copies, a scrawl with signs no unit is written with is the pen's; "VT,
  // TTHT(2).( ý 3": so is a bracket opened after the line's full stop and never closed.
  const scrawl = /(\(\s*\d{1,3}\s*\))([^()]*[„Œœ¥§€¦ƒ⁄][^]*)$/u.exec(text) ?? /(\(\s*\d{1,3}\s*\))\.(\s*\([^()]{1,8})$/u.exec(text);
  if (scrawl) {
    notes.add('archive.units', 'dropped', `Bỏ "${(scrawl[2] as string).trim()}" sau số bản lưu (nét bút khi quét).`, raw.trim());
    text = `${text.slice(0, scrawl.index)}${scrawl[1] as string}.`;
  }
  // "Lưu VT. 0831:16": the e-signature stamp's time beside the line's full stop is no unit.
  const time = /\.\s*(\d{2}:?\d{2}:\d{2})\s*$/u.exec(text);
  if (time) {
    notes.add('archive.units', 'dropped', `Bỏ "${time[1] as string}" cuối dòng Lưu (giờ ký của dấu chữ ký số).`, raw.trim());
    text = text.slice(0, time.index + 1);
  }
  // "VT, TXNK (3). qv", "TTHT (ntnphuong-6; 20). pe": one or two small letters after a closing bracket and the
  // line's full stop are a speck; a drafter's mark there is read in capitals ("(3) Q", "(3). PH").
  const low = /(\)\s*\.)\s*(\p{Ll}{1,2})\s*$/u.exec(text);
  if (low) {
    notes.add('drafter', 'dropped', `Bỏ ký tự "${low[2] as string}" sau số bản lưu (nhiễu nhận dạng chữ).`, raw.trim());
    text = text.slice(0, low.index) + (low[1] as string);
  }
  // So are seal strokes read after it ("VT, TTKT. ,„ ồ"), or after the last comma ("VT, TTHT (6b), ⁄"):
  // signs with no letter or digit are no unit. One capital there may still be a mark.
  const speck = /\.\s+([^.]+)$/u.exec(text) ?? /[.,]\s*([^\p{L}\p{N}\s.,;()]+)\s*$/u.exec(text);
  if (speck && isOcrSpecks(speck[1] as string) && !/^\s*\p{Lu}\s*$/u.test(speck[1] as string)) {
    notes.add('drafter', 'dropped', `Bỏ ký tự "${(speck[1] as string).trim()}" ở cuối dòng Lưu (nhiễu nhận dạng chữ).`, raw.trim());
    text = text.slice(0, speck.index + 1);
  }
  // "Lưu VP, GDTTH. ©\ VÀ ĐÀO 2= mm", "Lưu: VT, CTTT. Q ĐÀO TẠO ⁄/ j": after the line's full stop, the seal's
  // words (its "… VÀ ĐÀO TẠO") among signs no unit or mark is written with; the whole run is the seal's.
  // "Lưu: VT, KHKD. sưU BIỆN J2]": or a bracket that never opened.
  const seal = /\.\s+((?=[^.]*[©®\\=|^¬⁄\]])\S+(?:\s+\S+)+)\s*$/u.exec(text);
  if (seal) {
    notes.add('archive.units', 'dropped', `Bỏ "${seal[1] as string}" sau dấu chấm cuối dòng Lưu (chữ và nét của con dấu khi quét).`, raw.trim());
    text = text.slice(0, seal.index + 1);
  }
  // "Lưu: VT. “- .‹«Ắ —": after the line's full stop, quote marks, guillemets and dashes among letters standing one
  // by one are the seal's and the pen's, no drafter's mark ("Q.", "PH" have no such signs).
  const signs = /(?<=\p{Lu}\.)\s+(\S.*)$/u.exec(text);
  if (signs && /[“”‹›«»—„¬]/u.test(signs[1] as string) && !/\p{L}{2}|\d/u.test(signs[1] as string)) {
    notes.add('archive.units', 'dropped', `Bỏ "${(signs[1] as string).trim()}" sau dấu chấm cuối dòng Lưu (nét dấu, chữ ký khi quét).`, raw.trim());
    text = text.slice(0, signs.index);
  }
  // "Lưu: VP. ĐTBD.3/„": a hand's scribble glued after the last unit's full stop, digits and a slash then
  // signs only; no count or mark is written so.
  const scribble = /(?<=\p{Lu}\.)(\d{1,3}\/[^\p{L}\p{N}\s]+)\s*$/u.exec(text);
  if (scribble) {
    notes.add('archive.units', 'dropped', `Bỏ "${scribble[1] as string}" dính sau dấu chấm cuối dòng Lưu (nét viết tay khi quét).`, raw.trim());
    text = text.slice(0, scribble.index);
  }
  // "Lưu VP, ĐIBD⁄": a pen's stroke OCR read as a fraction slash glued to the last unit.
  const stroke = /(?<=\p{Lu})[⁄∕]+\s*$/u.exec(text);
  if (stroke) {
    notes.add('archive.units', 'dropped', `Bỏ "${stroke[0].trim()}" dính sau đơn vị cuối dòng Lưu (nét bút khi quét).`, raw.trim());
    text = text.slice(0, stroke.index);
  }
  // "Lưu VT. Ẩv)": a scrap closing a bracket that never opened, after the line's full stop, is a pen's or a
  // seal's stroke OCR read beside it; a typed mark stands bare ("PH.") or counts its copies in a pair ("(15)").
  const openless = /\.\s+(\p{L}{1,4}\))\s*$/u.exec(text);
  if (openless) {
    notes.add('drafter', 'dropped', `Bỏ "${openless[1] as string}" sau dấu chấm cuối dòng Lưu (dấu ngoặc không mở: nét chữ viết tay hoặc con dấu khi quét).`, raw.trim());
    text = text.slice(0, openless.index + 1);
  }
  // "Lưu: VP, QLĐT&ODTX# — XS —": long dashes standing apart after the last unit (with a sign glued to it)
  // are a seal's or a pen's strokes; units are joined by hyphens, never parted by a dash between spaces.
  const dashes = /(?<=\p{Lu})([^\p{L}\p{N}\s,.;()&-]{0,2}\s+[—–]\s(?:\s*\S{1,3}\s+)?[—–]?\s*)$/u.exec(text);
  if (dashes) {
    notes.add('archive.units', 'dropped', `Bỏ "${(dashes[1] as string).trim()}" cuối dòng Lưu (nét con dấu, nét bút khi quét).`, raw.trim());
    text = text.slice(0, dashes.index);
  }
  // "Lưu: VT, DNL(2b) yo": after the copies' bracket, with no full stop before or after, one or two small
  // letters that make no syllable are a pen's scrawl; a drafter's mark typed small closes the line ("(3b) vt.").
  const unclosed = /(\(\s*\d{1,3}\s*b?\s*\))\s+(\p{Ll}{1,2})\s*$/u.exec(text);
  if (unclosed && !isVietnameseSyllable(unclosed[2] as string)) {
    notes.add('drafter', 'dropped', `Bỏ "${unclosed[2] as string}" cuối dòng Lưu (nét bút khi quét; ký hiệu người soạn thảo đứng sau dấu chấm).`, raw.trim());
    text = text.slice(0, unclosed.index + (unclosed[1] as string).length);
  }
  // "Lưu VT. —SÀ": after the line's full stop, a long dash glued to a few letters is a seal's stroke and its
  // letters; no unit or mark opens with a dash.
  const dashed = /\.\s+([—–]\p{L}{1,4})\s*$/u.exec(text);
  if (dashed) {
    notes.add('archive.units', 'dropped', `Bỏ "${dashed[1] as string}" sau dấu chấm cuối dòng Lưu (nét con dấu khi quét).`, raw.trim());
    text = text.slice(0, dashed.index + 1);
  }
  // "Lưu VT.KH-IC. lợn": after the line's full stop, a whole word in small letters with its tone mark is no
  // one's initials (those carry no tone in small letters) but a hand's scrawl OCR read as a word.
  const word = /\.\s+(\p{Ll}{2,10})\s*$/u.exec(text);
  if (word && hasToneMark(word[1] as string)) {
    notes.add('drafter', 'dropped', `Bỏ "${word[1] as string}" sau dấu chấm cuối dòng Lưu (một chữ có dấu thanh, không phải chữ viết tắt tên người soạn thảo; có thể là nét chữ ký khi quét).`, raw.trim());
    text = text.slice(0, word.index + 1);
  }
  // "Lưu: VT(v213-17), ẹ": a lone small letter with a tone mark after the last comma, a hand's digit OCR read
  // as a letter; "Lưu VP. ^^": signs alone after the line's full stop; "Lưu: VT, CTTT. À": or one letter
  // with a tone mark there (a drafter's initial carries none). None is a unit or a mark.
  const lone = /,\s*(\p{Ll})\s*$/u.exec(text) ?? /\.\s+([^\p{L}\p{N}\s]+|\p{L})\s*$/u.exec(text);
  if (lone && (!/\p{L}/u.test(lone[1] as string) || hasToneMark(lone[1] as string))) {
    notes.add('drafter', 'dropped', `Bỏ "${lone[1] as string}" cuối dòng Lưu (nét viết tay hoặc con dấu khi quét).`, raw.trim());
    text = text.slice(0, lone.index + (lone[0].startsWith(',') ? 0 : 1));
  }
  return text;
}

/**
 * "TXNK- H.Linh (1b) VV": a drafter's name with the copies issued is the last thing a Lưu line writes; a
 * few signs after its count are a seal's or a pen's specks. Dropped before the name is looked for, as
 * the name is found at the line's end. The count is already written "(1)". A unit in mixed case ("TTr (02).
 * S.") is no name: the name is a word of its own, three letters at least.
 */
export function dropAfterNamedCount(line: string, raw: string, notes: Notes): string {
  const after = /(?<=(?<!\p{L})\p{Lu}\p{Ll}{2,}\s*\(\s*\d{1,4}\s*\))\s*\.?\s+([^\s().,;][^\s()]{0,2})\s*$/u.exec(line);
  if (after === null) return line;
  notes.add('drafter', 'dropped', `Bỏ "${after[1] as string}" sau tên người soạn thảo và số bản cuối dòng Lưu (nhiễu khi quét).`, raw.trim());
  return line.slice(0, after.index);
}
