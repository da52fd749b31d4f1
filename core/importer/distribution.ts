// Nơi nhận: entries before the archive line ("Như trên", units…), the archive line, a drafter mark on
// its own line, and "Bản điện tử:" sub-lists, which become one entry so no recipient is lost.
import { hasToneMark, isVietnameseSyllable } from '../encoding';
import type { Archive, Drafter } from '../letter/types';
import { parseArchive } from './archive';
import type { ArchiveContext } from './archive';
import { ASIDE_LINE } from './footer';
import { BRACE_BESIDE, gluedArchive } from './glued-entries';
import type { Segment } from './lines';
import type { Notes } from './notes';
import { isGarbledWord, isOcrSpecks, isScrapsAfterAsAbove, letterCount } from './noise';
import { sealTailAfterEntry } from './seal-tails';
import { AS_ABOVE_OCR, DRAFTER_IN_CAPITALS, ELECTRONIC_LABEL, TRACKED_DRAFTER, endsEntry, isArchiveEntry, isAttachedLabel, isAsAboveMarred, isDrafterName, isDistributionStart, isElectronicCopies } from './patterns';
import { onlyPositionWords } from './position-words';
import { fold, hasDash, squash, startsLower, stripDash, stripEntryEnd } from './text';

export interface DistributionRead {
  found: boolean;
  distribution: string[];
  archive: Archive;
  drafter: Drafter | null;
}

/** Short initials alone under the archive line, the copies issued optional ("hn", "PH.(15)"). */
// One letter alone ("D" of a name whose other glyphs a font lost, a speck of ink) is no mark: a mark of one
// letter has its full stop or its copies ("K.", "K (10)").
const DRAFTER_LINE = /^(?![A-Za-zĐđ]$)[A-Za-zĐđ]{1,6}\s*\.?\s*(\(\d{1,4}\))?\.?$/;
const ITEM_START = /^\s*(?:[-–—•+]|[~_]\s)/;
/** "- T": an entry's dash and the capital its word was broken after. */
const CUT_FIRST_LETTER = /^\s*[-–—•+]\s*\p{Lu}$/u;
/** "Thường trực Thành ủy; (để b/c)": an aside typed after the entry's own semicolon belongs to the entry. */
const ASIDE_AFTER_END = /\s*;\s*(\([^()]*\))\s*([;.]?)\s*$/;

/**
 * "- VPCP: BTCN, các PCN; Trợ lý TTgCP;" / "Cổng TTĐT, các Vụ: TH, V.III;": the Government Office's (or a
 * provincial office's) own entry lists its units in groups parted by ";", so a line without a dash
 * under it goes on with that entry.
 */
const OFFICE_UNITS = /^\s*[-–—•+]?\s*(?:VPCP|VPUB|VP\s*UBND)\s*:/u;

/** A lone full stop, or two signs or more each standing alone, at the end of a line an entry goes on from. */
const TRAILING_SPECKS = /(?:\s+[:.;,'"`~^*_=»«]+){2,}$|\s+\.$/u;
/** What follows an entry's own ";" on its line (or the ":" OCR reads for it), to be tried as specks. */
const OCR_SPECKS_AFTER_END = /;\s*([^;]+)$/;
const OCR_SPECKS_AFTER_COLON = /:\s*([^;:]+)$/;
/**
 * "- GĐ và các Phó GĐ (để chỉ đạo); Š⁄s °29(2 ———", "…; 4 ĐÀo'*aa /*Ÿ", "…; ; QUY VU, ly ¿": after the entry's end, a seal's or a
 * pen's marks OCR read among letters no Vietnamese word has and signs no entry is written with.
 */
const FOREIGN_MARKS = /[⁄°ŠšŸñˆ*—^`„»«§¥©®¬|\\¿]/u;
const isMarkedScraps = (tail: string): boolean => FOREIGN_MARKS.test(tail) && !onlyPositionWords(tail.replace(/[^\p{L}\s]/gu, ' '));
/**
 * "TT CĐN; ly", "Website Sở; .. lê", "Giám đóc (đề b/e): xử": a word of two small letters at most, alone
 * after the entry's end (with signs at most), is the seal's ink: an entry never ends on such a word, and
 * one that goes on would carry its next line.
 */
const isSmallScrap = (tail: string): boolean => {
  // "- Thường trực Tỉnh ủy; An.": so is a word of two letters from a capital with the seal's dot after it,
  // no unit's kind ("Sở", "Bộ", "Vụ", "Ủy") that an entry goes on with.
  if (/^\p{Lu}\p{Ll}\.$/u.test(tail.trim()) && !/^(?:Sở|Bộ|Vụ|Ủy|Uỷ)\.$/u.test(tail.trim())) return true;
  const tokens = tail.trim().split(/\s+/);
  const words = tokens.filter((t) => /\p{L}/u.test(t));
  return tokens.length <= 3 && words.length === 1 && /^[^\p{L}\p{N}/()]*\p{Ll}{1,2}[^\p{L}\p{N}/()]*$/u.test(words[0] as string) && tokens.every((t) => !/[\d/()]/.test(t));
};
/** A sign no name holds ("»", "%", "©") between two letters: a seal's word as OCR marred it ("X»À"). */
const SEAL_SIGN_INSIDE = /\p{L}[»«%#@$^~*{}|<>©®°¬]+\p{L}/u;
/**
 * "Như kính gửi: oị cBRRS": a stamp's letters as OCR read them, a run no syllable holds ("cBRRS") among
 * scraps of two letters at most.
 */
const isGarbledScraps = (tail: string): boolean => {
  const tokens = tail.trim().split(/\s+/);
  if (tokens.length > 4) return false;
  if (tokens.some(isGarbledWord) && tokens.every((t) => isGarbledWord(t) || letterCount(t) <= 2)) return true;
  // "- Lãnh đạo Sở; GIÁO dụg X»À,": the seal's words in capitals among its marred ones, one of them with a
  // sign no name holds ("»", "%", "©") between its letters.
  return tokens.some((t) => SEAL_SIGN_INSIDE.test(t)) && tokens.every((t) => SEAL_SIGN_INSIDE.test(t) || letterCount(t) <= 3 || t === t.toUpperCase());
};
/**
 * "- Như trên; SÀN", "- Bộ GD&ĐT (để báo cáo); : CÁN GIXM MỤC", "…; SOI CHỦ VN", "…; Gị ĐÃ": after the entry's end, the
 * seal's words in capitals, OCR read on the entry's line. A unit named on after ";" is written in small
 * letters or as an abbreviation, and no abbreviation carries a tone mark; so a tail of capital words and
 * scraps of two letters, one capital word of two letters or more with a tone mark, is the seal's. Position
 * words ("PHÓ GIÁM ĐỐC") are the signature's, read elsewhere.
 */
/**
 * "- BHXH Việt Nam (b/e); 2-4 s", "- LĐVPUBND tỉnh; cò Mr Ñ Z7 7": after the entry's end, short scraps of two
 * letters at most each, a digit among them: the seal's and the pen's strokes OCR read beside the list.
 */
const isDigitScraps = (tail: string): boolean => {
  const tokens = tail.trim().split(/\s+/);
  return tokens.length >= 2 && tokens.length <= 6 && tokens.every((t) => letterCount(t) <= 2) && tokens.some((t) => /\d/.test(t)) && !tokens.some((t) => /^\d{2,}$/.test(t));
};
/** "- Các Phó Chủ tịch; : TH": after the entry's end, a sign and one or two capitals alone (a marker's scrap). */
const SIGNED_CAPITALS = /^[:;,.'"`~^*_=»«]+\s*\p{Lu}{1,2}\.?$/u;
/** "- Đài PTTH, Báo Phú Thọ; thác 9 / j": a few scraps with a letter alone that Vietnamese has not (f, j, w, z) and a digit. */
const isForeignLetterScraps = (tail: string): boolean => {
  const tokens = tail.trim().split(/\s+/);
  return tokens.length >= 2 && tokens.length <= 4 && tokens.some((t) => /^[fjwz]$/iu.test(t)) && /\d/.test(tail) && letterCount(tail) <= 8;
};
const isSealCapitals = (tail: string): boolean => {
  const words = tail.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 4 || onlyPositionWords(words.join(' '))) return false;
  const isCapital = (w: string): boolean => /^\p{Lu}+$/u.test(w);
  return words.every((w) => isCapital(w) || (/^\p{L}+$/u.test(w) && w.length <= 2)) && words.some((w) => isCapital(w) && w.length >= 2 && hasToneMark(w));
};
/**
 * "- *GIÁM)6ôGC", "KGIÁM+ĐỐCC": one run (a dash before it at most) of letters with a bracket, a sign or digits
 * between them.
 */
const MARRED_RUN = /^\s*[-–—~]?\s*[^\s\p{L}]?(?=\S*\p{L}[)(*#@%$^~|<>+\d]+\p{L})\S{5,}\s*$/u;
/** "“điM/ 6öC<": three runs at most, each with a letter and a sign or digit, one of them marred inside (a small letter before a capital, a letter beside a digit or a sign no word has). */
const isMarredRuns = (text: string): boolean => {
  const tokens = text.trim().split(/\s+/);
  return tokens.length <= 3 && tokens.every((t) => /\p{L}/u.test(t) && /[“”"/<>|\\^~@#%$\d]/u.test(t)) && tokens.some((t) => /\p{Ll}\p{Lu}|\p{L}[<>|\\^~@#%$]|\d\p{L}|\p{L}\d/u.test(t));
};
/** "Ẵj": a line of one or two scraps, three letters at most in all and no digit, one of them no syllable (a seal's, OCR read alone). */
const isLoneScrap = (text: string): boolean => {
  const tokens = text.trim().split(/\s+/);
  return !/\d/.test(text) && tokens.length <= 2 && letterCount(text) <= 3 && tokens.some((t) => /\p{L}/u.test(t) && !isVietnameseSyllable(t.replace(/[^\p{L}]/gu, '').toLowerCase()));
};
/**
 * "Như trên;" / "Thường trực Thành ủy (kèm QĐ 236/QĐ-TTg )" / "TTUB: CT, các PCT;": in a list typed without
 * dashes, an entry that closed its bracket ends there, though its ";" was left out, when the next line opens
 * in capitals.
 */
const closedBracketInUndashedList = (entries: ReadonlyArray<{ text: string }>, last: string, text: string): boolean =>
  /\)\s*$/.test(last) && /^\p{Lu}/u.test(text) && entries.every((e) => !ITEM_START.test(e.text));
/**
 * An entry's dash as OCR reads it: "=", "_~", "~", or the dash with a speck after it ("- ~") or before it ("~-", "`~",
 * "¡ - BGĐ Sở Y tế": a sign apart before it).
 */
const OCR_DASH = /^\s*(?:=|[-–—`]?\s*[_~]{1,2}[-–—]?|[^\p{L}\p{N}\s()"“”'‘’\-–—]\s+[-–—])\s*(?=\p{Lu})/u;
/** "; 24.04.20", "; 08:31:16", "; KT": an e-signature stamp's date or time, or a marker's letters, after an entry's ";". */
const STAMP_OR_MARKER_TAIL = /(?<=;)\s+(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{2}:?\d{2}:\d{2}|KT|TL|TM|TUQ)\.?\s*$/u;
/** "Như trên", "Như kính gửi" (as OCR reads them) opening the entry, folded. */
const AS_ABOVE_START = new RegExp(String.raw`^\W*(?:${AS_ABOVE_OCR}|nhu\s+kinh\s+gui)\b`);
/** What follows its full stop when it has no ";" after it ("Như kính gửi ._ (#nn nà"). */
const OCR_SPECKS_AFTER_STOP = /\.\s*([^;.]+)$/;
export function parseDistribution(segments: readonly Segment[], notes: Notes, context: ArchiveContext = { symbol: '' }): DistributionRead {
  // Entries: a dash or plus starts one; other text continues the open entry.
  const entries: Array<{ raw: string; text: string; plus: boolean }> = [];
  let found = false;
  let attached = false;
  for (const [k, seg] of segments.entries()) {
    let raw = seg.raw.trim();
    let text = squash(seg.text);
    // "Đính kèm:" / "- Thông tin kỳ thi …;": under the list, the documents sent with the letter; no recipient.
    if (entries.length > 0 && isAttachedLabel(text)) attached = true;
    if (attached) {
      notes.add('distribution', 'dropped', 'Bỏ danh mục tài liệu đính kèm dưới phần Nơi nhận (không phải nơi nhận).', text);
      continue;
    }
    // "Ai #4 để thực hiện" over "- Như trên (đề thực hiện);": the label OCR read as scraps with a sign no
    // entry holds, first in the footer and right above the list's first entry.
    const nextText = squash(segments[k + 1]?.text ?? '');
    if (k === 0 && !isDistributionStart(text) && !ITEM_START.test(text) && /[#@$%^]/u.test(text) && ITEM_START.test(nextText) && /^nhu\s*(?:tren|kinh gui)\b/.test(fold(stripDash(nextText)))) {
      found = true;
      notes.add('distribution', 'dropped', `Hiểu "${text}" là nhãn "Nơi nhận" bị nhận dạng sai (ngay trên mục "Như trên"); đã bỏ.`, raw);
      continue;
    }
    if (isDistributionStart(text)) {
      found = true;
      // "Nơi nhận- Như trên;": a web copy glued the first entry's dash to the label, with no colon.
      const glued = text.includes(':') ? null : /^\s*n\S{1,2}i\s*nh\S{1,2}n\s*(?=[-–—]\s*\S)/.exec(fold(text));
      // "Nơi nhận E.GIÁM ĐÓC" with no colon: the label's two words, and what follows them is kept.
      // "Nơi nhận?) KGIÁM+ĐỐCC": signs OCR read for the colon go with the label.
      const bare = glued || text.includes(':') ? null : /^\s*\**\s*(?:n[oau]|4o|[xwa]o)i\s*(?:nh\S{1,2}n|nan)\b\s*(?:\.|[?)]{1,2}(?=\s))?\s*/.exec(fold(text));
      const after = glued ? text.slice(glued[0].length) : bare ? text.slice(bare[0].length) : text.replace(/^[^:]*:\s*/, '');
      if (after === text || after === '') continue;
      // "Nơi nhận:/»⁄", "Nơi nhận: y/": signs, with one letter at most, after the label are a scan's specks;
      // "Nơi nhận: ở SN": so are scraps in small letters and capitals that no word is.
      // "Nơi nhận: Ầ Á 4": so are letters and digits standing one by one.
      // "Nơi nhận: Z0 SIÁM ĐÓC" (the title cut off): so is a letter and a digit alone, what OCR made of a marker.
      // "Nơi nhận: - *GIÁM)6ôGC": so is one run of letters with a bracket or digits between them, the
      // signature's marred position beside the label; no entry is one such run.
      // "Nơi nhận: “điM/ 6öC<": so are one to three runs, each of letters with signs or digits in it (the
      // marker and position beside the label, marred beyond reading).
      // "Nơi nhận: X⁄⁄4._": so is one run with a fraction slash in it (no entry holds one) and two letters at most.
      const slashedRun = /^\S+$/u.test(after.trim()) && /[⁄∕]/u.test(after) && letterCount(after) <= 2;
      // "Nơi nhận: ——HÚ Ỗ": so are a pen's strokes glued before a capital or two, what the seal left of the position.
      const strokedScraps = /^[-–—_~]{2,}\p{Lu}{1,3}(?:\s+\p{Lu}{1,3})?$/u.test(after.trim());
      if (slashedRun || strokedScraps || !/[\p{L}\p{N}]/u.test(after) || /^\p{L}?[^\p{L}\p{N}\s]+\p{L}?$/u.test(after) || (/\p{Ll}/u.test(after) && isLoneScrap(after)) || (/\s/.test(after.trim()) && isOcrSpecks(after)) || MARRED_RUN.test(after) || /^\s*(?:\p{L}\d|\d\p{L})\s*$/u.test(after) || isMarredRuns(after)) {
        notes.add('distribution', 'dropped', 'Bỏ ký tự nhiễu (vết mực khi quét) sau nhãn "Nơi nhận".', after);
        continue;
      }
      text = after;
      raw = glued ? raw.replace(/^\s*\S+\s*\S+\s*(?=[-–—])/u, '') : bare ? after : raw.replace(/^[^:]*:\s*/, '');
    }
    // "- Chủ tịch UBND các huyện (để phe/đ), / - S2 C~", "- Ban Giám đốc sở, Z< 1.H.C,": the seal's specks after an
    // entry's closing bracket or a comma.
    const bracketSpecks = /(?<=[),])\s*[,;]?\s+(\S.{0,19})$/u.exec(text);
    if (bracketSpecks && !isArchiveEntry(text) && /[\p{L}\p{N}]/u.test(bracketSpecks[1] as string) && isOcrSpecks(bracketSpecks[1] as string)) {
      notes.add('distribution', 'dropped', 'Bỏ ký tự nhiễu (dấu con dấu khi quét) sau mục Nơi nhận.', bracketSpecks[1] as string);
      text = text.slice(0, bracketSpecks.index);
      raw = raw.slice(0, raw.length - (bracketSpecks[0].length));
    }
    // "(để b/c); fy. CHIN": a short scrap in small letters with a full stop, then capitals, after the entry's
    // ";" is what OCR made of the signer's name under the pen beside it; it is read as neither column's.
    const marredName = /(?<=;)\s+\p{Ll}{1,2}\.\s*\p{Lu}{2,}\s*$/u.exec(text);
    if (marredName) {
      notes.add('distribution', 'dropped', 'Bỏ ký tự nhiễu (họ tên người ký bị nhận dạng sai) sau mục Nơi nhận.', marredName[0].trim());
      text = text.slice(0, marredName.index);
      raw = raw.slice(0, raw.length - marredName[0].length);
    }
    const brace = BRACE_BESIDE.exec(text);
    if (brace) {
      notes.add('distribution', 'dropped', 'Bỏ dấu ngoặc gộp và lời ghi chú của nó cạnh mục Nơi nhận.', brace[0].trim());
      text = text.slice(0, brace.index);
      raw = raw.replace(BRACE_BESIDE, '');
    }
    // The seal's letters after the entry's ";" (seal-tails.ts) are cut where the entry ends on this line: not where
    // the next line has no dash of its own ("…, PL; TGĐ C ổng" / "TTĐT;", an entry the page wrapped), nor beside
    // "Như trên", whose scraps isScrapsAfterAsAbove reads.
    const goesOn = segments[k + 1] !== undefined && !ITEM_START.test(squash((segments[k + 1] as Segment).text));
    const sealAt = isArchiveEntry(text) || goesOn || AS_ABOVE_START.test(fold(stripDash(text))) ? null : sealTailAfterEntry(text);
    if (sealAt !== null) {
      notes.add('distribution', 'dropped', 'Bỏ ký tự nhiễu (chữ của con dấu khi quét) sau dấu ";" của mục Nơi nhận.', text.slice(sealAt).trim());
      raw = raw.slice(0, raw.length - (text.length - sealAt));
      text = text.slice(0, sealAt);
    }
    // "- Các thành viên BCĐ; 24.04.20": the e-signature stamp's date or time, beside the entry's end, is the stamp's.
    // "~ Như trên; KT": so are a marker's letters alone after "Như trên", the signature column's ("- Các phòng: TH; KT"
    // lists a unit).
    const tail = STAMP_OR_MARKER_TAIL.exec(text);
    const stampTime = tail !== null && (/\d/.test(tail[1] as string) || AS_ABOVE_START.test(fold(text))) ? tail : null;
    if (stampTime) {
      notes.add('distribution', 'dropped', /\d/.test(stampTime[1] as string) ? 'Bỏ ngày giờ của dấu chữ ký số in cạnh mục Nơi nhận.' : 'Bỏ dấu ký thay lạc sang cột Nơi nhận.', stampTime[1] as string);
      text = text.slice(0, stampTime.index);
      raw = raw.replace(/\s+\S+\s*$/u, '');
    }
    // "=P. TTKT (1 đến 5), P.KK (Email);", "_~ Như kính gửi …;", "- ~ Giám đốc Sở;": OCR's reading of an
    // entry's dash before its capital.
    if (OCR_DASH.test(text)) {
      text = text.replace(OCR_DASH, '- ');
      raw = raw.replace(OCR_DASH, '- ');
    }
    const last = entries[entries.length - 1];
    // "- T" / "hủ tướng CP, …": a web copy broke the entry's first word after its capital; no scrap.
    const next = segments[k + 1];
    const brokenWord = CUT_FIRST_LETTER.test(text) && next !== undefined && startsLower(squash(next.text));
    // «- "3° @ d»: a dash before scraps with a seal's signs is no entry, whatever the entry above ends with.
    const dashedScraps = ITEM_START.test(text) && FOREIGN_MARKS.test(stripDash(text)) && isOcrSpecks(stripDash(text));
    // "ˆ _i Lên," over the first dashed entry: a line of the seal's scraps, opening with a sign no entry
    // opens with, is no entry of an undashed list either.
    // "xà." over it: so is one short word in small letters (no entry opens so), beside the signature's line.
    const lowScrap = /^\p{Ll}{1,3}[.,;:]?$/u.test(text.trim());
    // "! ntti" (a "Như trên" the seal wrecked): so is one opening with an exclamation or question mark.
    if (!last && !ITEM_START.test(text) && (FOREIGN_MARKS.test(text.charAt(0)) || /^[!?]/u.test(text) || lowScrap) && letterCount(text) <= 5 && next !== undefined && ITEM_START.test(squash(next.text))) {
      notes.add('distribution', 'dropped', 'Bỏ dòng ký tự nhiễu (dấu con dấu khi quét) trước mục Nơi nhận đầu tiên.', text);
      continue;
    }
    // Under the archive line a short mark is the drafter's ("PL.(300)", "P."), never a scrap; a dashed line of
    // a seal's signs ("- `. à\\") is a scrap there too.
    if (last && !brokenWord && (endsEntry(last.text) || dashedScraps) && (!isArchiveEntry(last.text) || dashedScraps) && !isArchiveEntry(text) && (isOcrSpecks(text) || (!ITEM_START.test(text) && isLoneScrap(text)))) {
      // "- Website Sở GDĐT;" / "ý sở Xz\ (" / "| Ẵj": under an entry that ended, lines of a seal's scraps
      // are no wrapped words of it, nor an entry of their own.
      notes.add('distribution', 'dropped', 'Bỏ dòng ký tự nhiễu (dấu con dấu khi quét) giữa các mục Nơi nhận.', text);
    } else if (ITEM_START.test(text) || isArchiveEntry(text) || isElectronicCopies(text) || !last || closedBracketInUndashedList(entries, last.text, text)) {
      entries.push({ raw, text, plus: /^\s*\+/.test(text) });
    } else if (startsLower(text) || !endsEntry(last.text) || ASIDE_LINE.test(text) || OFFICE_UNITS.test(last.text)) {
      // The speck that kept the entry open ("… Phó Thủ tướng ." / "CP;") goes with neither line, nor
      // signs the seal's edge left after a comma ("… GDNN-GDTX tỉnh, : ." / "huyện; …").
      const specks = TRAILING_SPECKS.exec(last.text);
      if (specks && specks[0].trim() !== '.') notes.add('distribution', 'dropped', 'Bỏ ký tự nhiễu (vết mực khi quét) cuối dòng của một mục Nơi nhận.', specks[0].trim());
      const gap = CUT_FIRST_LETTER.test(last.text) && startsLower(text) ? '' : ' ';
      last.raw = `${last.raw.replace(TRAILING_SPECKS, '')}${gap}${raw}`;
      last.text = `${last.text.replace(TRAILING_SPECKS, '')}${gap}${text}`;
    } else {
      entries.push({ raw, text, plus: false });
    }
  }
  const distribution: string[] = [];
  let archive: Archive = { units: [], copies: null };
  let drafter: Drafter | null = null;
  let archiveSeen = false;
  let electronic: string[] | null = null;
  let electronicAfterArchive = false;
  let electronicFlat = false;
  const flushElectronic = () => {
    if (electronic === null) return;
    // "- Lưu VT;" / "Bản điện tử:" / "- Như kính gửi;": the list sent by the e-office after the archive line
    // is the letter's Nơi nhận itself, under a sub-heading; its entries are the entries.
    // "- … Ban CHQS huyện." / "Bản điện tử:" / "- Các cơ quan: …;": a label with no dash of its own over dashed
    // entries heads no sub-list; its entries are the list's own, sent by the e-office.
    if ((electronicAfterArchive || electronicFlat) && electronic.length > 0) {
      notes.add(`distribution.${distribution.length}`, 'uncertain', 'Các mục dưới "Bản điện tử:" là nơi nhận của văn bản (gửi bản điện tử); đã xếp vào Nơi nhận.', 'Bản điện tử:');
      distribution.push(...electronic);
    } else distribution.push(`Bản điện tử: ${electronic.join('; ')}`.replace(/:\s*$/, ''));
    electronic = null;
  };
  for (const e of entries.flatMap(gluedArchive)) {
    const text = stripDash(e.text).trim();
    // "- Lưu: VT, GDTrH." / "—- TẠO Z": under the archive line, a word of the seal's ring ("… ĐÀO TẠO") and a
    // stray letter, in capitals, is no entry of a list opened there.
    if (archiveSeen && electronic === null && /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})?\s+\p{L}$/u.test(text)) {
      notes.add('distribution', 'dropped', `Bỏ "${text}" dưới dòng Lưu (chữ của con dấu khi quét).`, e.text);
      continue;
    }
    if (isArchiveEntry(e.text)) {
      flushElectronic();
      const read = parseArchive(e.raw, notes, context);
      archive = read.archive;
      drafter = read.drafter ?? drafter;
      archiveSeen = true;
      continue;
    }
    // "1399-11995379/19 B.Hang", "2717/1 7/pntsi": the tracking number is the document system's, dropped;
    // initials in small letters are written in capitals as the Decree writes them, a name as typed.
    const tracked = archiveSeen && !drafter ? TRACKED_DRAFTER.exec(text) : null;
    if (tracked) {
      const mark = (tracked[1] as string).replace(/\.$/, '');
      drafter = { initials: /^\p{Ll}+$/u.test(mark) ? mark.toUpperCase() : mark, copies: null };
      notes.add('drafter', 'dropped', 'Bỏ số theo dõi văn bản của hệ thống trước ký hiệu người soạn thảo.', text);
      continue;
    }
    // A name written out (splitFooter put it here, under the archive line) is kept as typed, as on the line itself.
    if (archiveSeen && !drafter && !ITEM_START.test(e.text) && !DRAFTER_LINE.test(text) && isDrafterName(text)) {
      drafter = { initials: text, copies: null };
      notes.add('drafter', 'uncertain', `Hiểu "${text}" dưới dòng Lưu là họ tên người soạn thảo (Nghị định 30 ghi chữ viết tắt); hãy kiểm tra.`, text);
      continue;
    }
    if (archiveSeen && !drafter && (DRAFTER_LINE.test(text) || DRAFTER_IN_CAPITALS.test(text)) && !ITEM_START.test(e.text)) {
      const m = /^(\p{L}{1,12})\s*\.?\s*(?:\((\d{1,4})\))?/u.exec(text);
      if (m) {
        drafter = { initials: (m[1] as string).toUpperCase(), copies: m[2] ? Number(m[2]) : null };
        continue;
      }
    }
    if (isElectronicCopies(e.text)) {
      flushElectronic();
      const head = ELECTRONIC_LABEL.exec(fold(text));
      const rest = stripEntryEnd(text.slice(head ? head[0].length : 0));
      electronic = rest ? [rest] : [];
      electronicAfterArchive = archiveSeen;
      electronicFlat = rest === '' && !ITEM_START.test(e.text);
      continue;
    }
    // "ieee": OCR's reading of an illegible line, with no dash; no entry is one bare word in small letters,
    // nor one letter alone.
    // "-_-#-": nor a run of signs with no letter or digit in it, dashed or not.
    // "À.:": nor one letter with the signs a seal's stroke left after it.
    // "9" (of "Nơi nhận: 9"): nor a digit or two alone, undashed, where the label's colon left a speck.
    if ((!hasDash(e.text) && (/^[a-z]{2,6}$/.test(text) || /^\p{L}[.:;,]*$/u.test(text) || /^\d{1,2}$/.test(text))) || !/[\p{L}\p{N}]/u.test(text)) {
      notes.add(`distribution.${distribution.length}`, 'dropped', 'Bỏ dòng chữ không đọc được (nhận dạng chữ khi quét) trong Nơi nhận.', text);
      continue;
    }
    const after = OCR_SPECKS_AFTER_END.exec(text) ?? OCR_SPECKS_AFTER_COLON.exec(text) ?? OCR_SPECKS_AFTER_STOP.exec(text);
    const specks = after !== null && (isOcrSpecks(after[1] as string) || isScrapsAfterAsAbove(text, after[1] as string) || isGarbledScraps(after[1] as string) || isSmallScrap(after[1] as string) || isMarkedScraps(after[1] as string) || isSealCapitals(after[1] as string) || isDigitScraps(after[1] as string) || SIGNED_CAPITALS.test((after[1] as string).trim()) || isForeignLetterScraps(after[1] as string)) ? after : null;
    if (specks) notes.add(`distribution.${distribution.length}`, 'dropped', 'Bỏ ký tự nhiễu (dấu con dấu, chữ ký khi quét) sau dấu kết thúc của mục.', specks[1] as string);
    const kept = specks ? text.slice(0, specks.index + 1) : text;
    let entry = stripEntryEnd(kept.replace(ASIDE_AFTER_END, ' $1$2'));
    // "- TT. Tỉnh Ủy, HĐND ) HỚ-G ÁM ĐÓC": a bracket that closes none, apart at the entry's end, is the seal's stroke.
    const openless = /\s+\)$/.exec(entry);
    if (openless && !entry.includes('(')) {
      notes.add(`distribution.${distribution.length}`, 'dropped', 'Bỏ dấu ")" không có ngoặc mở ở cuối mục (nét con dấu khi quét).', e.text);
      entry = entry.slice(0, openless.index);
    }
    // "(Nhi „ „": a bracket that opens the entry and closes nowhere, and low quotes alone after it, are the
    // seal's strokes beside "Như kính gửi".
    const strokes = /^\((?=[^()]*$)|(?:\s+„+)+$/u;
    if (strokes.test(entry)) {
      notes.add(`distribution.${distribution.length}`, 'dropped', 'Bỏ dấu "(" không có ngoặc đóng và dấu „ đứng riêng (nét con dấu khi quét).', e.text);
      entry = entry.replace(new RegExp(strokes.source, 'gu'), '');
    }
    // "UBND tỉnh Thái Bình } (Đề báo cáo)": a brace standing alone groups two entries under one note; no text of theirs.
    if (/\s[{}]\s/u.test(entry)) {
      notes.add(`distribution.${distribution.length}`, 'dropped', 'Bỏ dấu ngoặc nhọn gộp các mục (không phải chữ của mục).', e.text);
      entry = entry.replace(/\s[{}](?=\s)/gu, '');
    }
    // "Các bộ phận Phòng GD-ĐT `2": a backquote, which no entry is typed with, and what is glued to it are a speck.
    const backquoted = /\s+`\S{0,3}$/u.exec(entry);
    if (backquoted) {
      notes.add(`distribution.${distribution.length}`, 'dropped', `Bỏ "${backquoted[0].trim()}" cuối mục (ký tự nhiễu khi quét).`, e.text);
      entry = entry.slice(0, backquoted.index);
    }
    if (entry === '') continue;
    // The list's first entry is "Như trên" in every letter that has it; OCR's marred reading of it is that
    // entry ("Nhu trên", with only its tone marks lost, stays as typed, as other words without them do; so does
    // "Nhutren", glued by an OCR that lost every mark).
    if (distribution.length === 0 && !archiveSeen && fold(entry) !== 'nhu tren' && !/^nhutren$/iu.test(entry) && isAsAboveMarred(entry)) {
      notes.add('distribution.0', 'uncertain', `Đọc "${entry}" là "Như trên" (chữ nhận dạng khi quét bị sai).`, e.text);
      entry = 'Như trên';
    }
    // "- Lưu VT;" / "Bản điện tử:" / "- Như kính gửi;": a sub-list opened after the archive line holds
    // the entries under it, whatever their mark.
    if (electronic !== null && (e.plus || !archiveSeen || electronicAfterArchive)) {
      (electronic as string[]).push(entry);
      continue;
    }
    flushElectronic();
    if (archiveSeen) notes.add(`distribution.${distribution.length}`, 'uncertain', 'Mục này đứng sau dòng "Lưu"; đã xếp vào Nơi nhận.', e.text);
    distribution.push(entry);
  }
  flushElectronic();
  if (!found && distribution.length === 0 && !archiveSeen) notes.missing('distribution', 'Không thấy phần "Nơi nhận".');
  else if (!archiveSeen) notes.missing('archive', 'Nơi nhận không có dòng "Lưu: VT, …".');
  return { found: found || distribution.length > 0 || archiveSeen, distribution, archive, drafter };
}
