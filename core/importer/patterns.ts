// Keyword patterns of a công văn, written against folded text (lower case, no diacritics), so that
// OCR output that lost its accents is read like typed text.
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../letter/types';
import type { Secrecy, Urgency } from '../letter/types';
import { isVietnameseSyllable } from '../encoding';
import { memoize } from '../text/memo';
import { fold, isFullName } from './text';
import { onlyPositionWords } from './position-words';

/** Every keyword test asks for a line's clean text; the same lines are asked many times over. */
const clean = memoize(
  (text: string): string =>
    fold(text)
      .replace(/[*_#[\]()]/g, ' ')
      // Trimmed first: "\s*" before the rule would read a long run of spaces once for each of its spaces.
      .trimEnd()
      .replace(/[-=_*~]{3,}$/, '')
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim(),
  5000,
);

/**
 * "CQNG HoA xA HQI CHU NGHiA VIlJ;TNAM", "DQcl~p - T•.•d.o - H~nh phuc": a letter typed in an old font and
 * OCR'd reads each vowel with its marks as a letter or a sign; the words' frame is left.
 */
export const NATIONAL_TITLE_OCR = String.raw`c\S{1,2}ng ho\S? x\S{1,2} h\S{1,2}i`;
/** "CQNG HoA xA Hor cHfr NGHIA vrf'T NAM": the whole title in such a font, only "nghia" and "nam" left whole. */
export const NATIONAL_TITLE_OCR_WHOLE = String.raw`c\S{1,2}ng ho\S? x\S{1,2} h\S{1,2} c\S{1,3} ngh\S{1,2}a v\S{1,6}\s?nam`;
// "Độ lặp — 'Tự du —'Hynh:phúc": or its first word's "c" lost, quotes before words and a colon for a space.
// "DQc Iip - Tr1 do - H4nh phric": its "l" read as an "I", and the "ú" of "phúc" as "ri".
export const MOTTO_OCR = String.raw`(?:d\S{1,4}p|d\S{0,2}\s[li]\S{1,2}p)\s*[-–—~]{1,2}\s*['‘’]?t\S{0,6}(?:\s\S{1,3})?\s*[-–—~]{1,2}\s*['‘’]?h\S{1,3}[\s:]?ph(?:u|\S{2})c`;
// "ĐẢNG CỘNG SẢN VIỆT NAM": a Party body's letter has the Party's name where the national title stands.
// "DANG CONG SAN VIT NAM": a junk text layer with no Vietnamese may lose a letter of "VIỆT".
export const PARTY_TITLE = String.raw`dang cong san vi\S{0,2}t nam`;
// "LONG HOA XA HOI CHO NGHi[A": an old scan's OCR layer marred the first word too; "hòa xã hội chủ
// nghĩa" in a row is the title's frame all the same.
// "CONG HOA XÃ HOLS TET NAM": or its last words, the "Việt Nam" it ends on still read.
const NATIONAL_TITLE = new RegExp(
  String.raw`^cong ho[aà] xa hoi( chu nghia viet nam)?[.:]?$|^cong hoa xa h\S{1,3}(?: \S{1,4}){0,3} ?nam$|^chu nghia viet nam$|^${PARTY_TITLE}$|^${NATIONAL_TITLE_OCR} chu ngh\S{1,2}a v\S{1,6}\s?nam$|^\S{3,5} ho\S? x\S{1,2} h\S{1,2}i ch\S{1,2} ngh\S{0,3}\s?a$|^${NATIONAL_TITLE_OCR_WHOLE}$`,
);
export const isNationalTitle = (text: string): boolean => NATIONAL_TITLE.test(clean(text));
/**
 * "- VIVI' NAM" under "LONG HOA XA HOI CHO NGHi[A": the national title's last words on a line of their
 * own. Only right under a title line that lacks them: "VIỆT NAM" alone also ends agencies' names.
 */
export const endsCutTitle = (titleLine: string, text: string): boolean => !/nam$/.test(clean(titleLine)) && /^[-–—.]?\s*v\S{1,6}\s?nam$/.test(clean(text));
// "Độc lập - Tự - Hạnh phúc": text taken from a PDF drops short words, "do" among them.
// "Độc lập —- Tự do — Hạnh phúc": OCR may read the dash twice.
// "Độc lập - Twa": the motto cut short by OCR after its second word's first letters.
const MOTTO = new RegExp(String.raw`^doc lap\s*[-–—.,]{0,2}\s*tu( do)?\s*[-–—.,]{0,2}\s*hanh phuc\.?$|^${MOTTO_OCR}\.?$|^doc lap\s*[-–—~]\s*t\S{1,3}$`);
export const isMotto = (text: string): boolean => MOTTO.test(clean(text));
// "Ki'nh gui:": an ASCII-only OCR layer sets the tone mark apart as an apostrophe.
// "Kinh" alone on its line: OCR lost "gửi:" after it (no line of a letter is that word alone otherwise).
// "nh g i:": a PDF whose font has no code for some letters lost "Kí" and "ử"; what is left, alone with
// its colon, is still the label.
// "KÍH gửi:", "Kính sửi :": OCR lost the "n" or read the "g" as "s"; only with the label's colon.
export const isRecipientsStart = (text: string): boolean => /^k[il1]['’`]?nh\s*g[^\s:]{1,3}\b|^k[il1]h\s*g[^\s:]{1,3}\s*:|^k[il1]nh\s*s[^\s:]{1,3}\s*:|^k[il1]nh\s*:?$|^k?[il1]?nh\s+g\s*u?\s*i\s*:$/.test(clean(text));
// "Nai nhận:": OCR's reading of "Nơi" with its horn lost.
// "Nui nhljn:": OCR of an old font may read "ơ" as "u".
// "Nơi gửi:" alone on its line (an older heading for the same list, "Như kính gửi" its first entry);
// with words after it, "Nơi gửi hồ sơ: …" is the body's.
// "Noi nhQnz": an old font's OCR read the colon as a "z".
// "4ơi nhận:": OCR read the N as a 4; "Xơi nhận:" as an X, "Wới nhận:" as a W, "ơi nhận:" lost it (these
// three only with the colon).
// "Nơi nan fe KT. CUC TRUONG": OCR lost "h" and the mark; only alone (a speck of ink after it at most),
// with its colon, or run into the signature's column ("KT."), since "nạn" begins words of a sentence.
export const isDistributionStart = (text: string): boolean =>
  // "Noi" alone: the label with "nhận:" lost, in capital N (a wrapped sentence's "nơi" is in small letters).
  /^\s*N[oơOƠ][iI]\s*:?\s*$/u.test(text) ||
  // ".XƠI HN:": the label alone on its line, "nhận" read as its two capitals swapped. "Aơi nhận:": the N read as an A.
  /^\W?[xn]oi\s*hn\s*:\s*$/.test(clean(text)) ||
  // "Ki nhận: TM. ỦY BAN NHÂN DÂN": OCR read "Nơi" as "Ki"; only with its colon, alone or the signature's marker beside it.
  /^k[il]\s*nh[^\s:]{1,2}n\s*:\s*(?:$|(?:tm|kt|tl|tuq)\.\s)/.test(clean(text)) ||
  /^(?:n[oơau]|4o)i\s*nh[^\s:]{1,2}nz?\b|^[xwa]?oi\s*nh[^\s:]{1,2}n\s*:|^n[oơ]i gui\s*:\s*$|^n[oơau]i\s*nan(?:\s+\S{1,2})?\s*(?::|$)|^n[oơau]i\s*nan\s+(?:\S{1,3}\s+)?(?:kt|tm|tl|tuq)\./.test(clean(text));
/** A Nơi nhận entry's dash as typed, or as OCR read it ("~"); "_" is a space after clean(). */
const ENTRY_DASH = '[-–—•+~]';
/**
 * "- Như trên;", "- Như trên (để thực hiện);": the first entry, with what the addressees are to do in
 * brackets. clean() turns brackets into spaces, so the bracketed form is matched on the folded text.
 */
const AS_ABOVE = new RegExp(`^${ENTRY_DASH}\\s*nhu tren\\s*[;:.,]?\\s*$`);
const AS_ABOVE_BRACKETED = new RegExp(`^${ENTRY_DASH}\\s*nhu tren\\s*\\([^()]{1,30}\\)\\s*[;:.,]?$`);
/**
 * "Như trên" as OCR reads it on a row it shares with the signature ("Như trên", "Nhu tren", "Như trén"),
 * folded: the first entry's words, whatever its ending.
 */
export const AS_ABOVE_OCR = String.raw`nhu\s*tr\S{0,3}n`;
/**
 * "Nhưtrên, -", "Như tên", "Nhưưên", "_Nhưtriên -": "Như trên" that OCR marred, alone on the first
 * entry with a speck or two; folded, "nhu" and a short word with an "e" that ends in "n" ("tren",
 * "ten", "uen", "trien").
 */
/** "GDTX" of "SGDĐT-GDTrH, GDTX": a second drafting unit's initials in a symbol (capitals, "&", a small "r" as in "GDTrH"). */
export const SECOND_UNIT = String.raw`\p{Lu}(?:\p{Lu}|&|[a-z](?=\p{Lu})){1,11}`;
/** "Liru", "Lrru", "Lu u", "Li.ru": "Lưu" as an OCR with no Vietnamese reads it (folded); only before "VT". */
export const LUU_AS_IRU = String.raw`(?:l[il1]\.?ru|lrru|lu u)`;
const AS_ABOVE_MARRED = /^[^a-z]*nhu\s?(?:t[a-z]{0,3}|u{1,2})e?n[^a-z]*$/;
export const isAsAboveMarred = (text: string): boolean => {
  const f = fold(text);
  return AS_ABOVE_MARRED.test(f) && f.includes('e');
};
// "- Lan: VT, TTHT.", "- LUll: VT, HTr": OCR marred "Lưu", but the records desk after its colon tells the line.
// "- Liru VT (VP).": an OCR that knows no Vietnamese reads "ư" as "ir"; the desk tells it even without the colon.
// "L u: VT, …": a PDF whose font lost the "ư" (Sở GDĐT Gia Lai 2455), the desk after the colon.
// "- Em: VT, TIKT.": any two letters with a colon before the desk (no entry opens "Xy: VT").
// "> Lưu: VT, …": an OCR's markdown read the dash as a quote's ">".
const ARCHIVE = new RegExp(`^(?:${ENTRY_DASH}|>)?\\s*(?:luu\\b\\s*[:.]?|l[a-z]{1,3}\\s*:\\s*v[t1i]\\b|[bhk]uu\\s*:\\s*vt\\b|l\\s+u\\s*:\\s*vt\\b|[a-z]{2}\\s*:\\s*vt\\b|${LUU_AS_IRU}\\s+vt\\b)`);
const ARCHIVE_NOT = new RegExp(`^${ENTRY_DASH}?\\s*luu y\\b`);
/** "Đính kèm:", "Kèm theo:", "Tài liệu kèm theo:": under Nơi nhận, the label of the documents sent with the letter. */
export const isAttachedLabel = (text: string): boolean => /^(?:dinh kem|kem theo|tai lieu kem theo)\s*:\s*$/.test(fold(text).trim());
/** The label "Bản điện tử:" (folded), with its dash or the specks OCR read for it ("._ Bản điện tử :"). */
export const ELECTRONIC_LABEL = new RegExp(`^(?:${ENTRY_DASH}|[._,'\\u0060]{1,3})?\\s*ban dien tu\\b\\s*[:.]?\\s*`);
/** "- Như trên;": the first entry of Nơi nhận, even where a PDF's text lost the "Nơi nhận:" label. */
export const isAsAboveEntry = (text: string): boolean => AS_ABOVE.test(clean(text)) || AS_ABOVE_BRACKETED.test(fold(text).trim());
// "Lưu Đức Huy", "Lưu Văn Bản": a full name whose family name is Lưu (the signer's, under the title or the
// archive line) is no archive line; "Lưu Hồ Sơ", "Lưu Văn Thư" name the records, not a person.
export const isArchiveEntry = (text: string): boolean =>
  ARCHIVE.test(clean(text)) && !ARCHIVE_NOT.test(clean(text)) && !(isFullName(text) && !/\b(?:van thu|ho so)\b/.test(fold(text)));
/**
 * A Nơi nhận entry that ends as an entry does (";" or "."). An abbreviation's dot does not end it
 * ("- Tỉnh Ủy, TT. HĐND tỉnh, TT." / "UBND tỉnh;" is one entry), except on the archive line ("Lưu: VT.").
 * Nor does a lone dot after a space, a scan's speck ("- Thủ tướng CP, các Phó Thủ tướng ." / "CP;").
 */
export const endsEntry = (text: string): boolean => /[;.]\s*$/.test(text) && (isArchiveEntry(text) || !/[\s,]\p{Lu}{1,4}\.\s*$|\p{Ll}\s+\.\s*$/u.test(text));
export const isElectronicCopies = (text: string): boolean => ELECTRONIC_LABEL.test(clean(text));
/**
 * OCR's readings of "V/v" before the subject's first word in small letters: "Viv", "VIv", "V1v", "V#v", "VW", "Vw",
 * "V/ýw", "VÀ", "VA" (in capitals, before small letters, or before a capitalised word and a small one, "VÀ Chỉnh
 * sách …": no agency line goes on so), "V~ viec" (an OCR with no
 * Vietnamese, "Về việc"), "(⁄" (the V read as a bracket, the slash as a fraction's), "v⁄y" (in small
 * letters, the slash a fraction's); a scan's speck may sit before it ("‘VW …", "(tr V/ýw …"). "Uy: Đôn đốc
 * …": "V/v:" with its V read as "U" and the slash lost, before a capital (no header line opens "Uy:"); "4: Hướng dẫn …": the V and its slash read as
 * a four; "v: Kiểm tra …": the "V/" lost; "% hướng dẫn …": an italic "V/v" read as a per cent sign. "Ví
 * thông báo …": its "/v" read as one accented "í" (not "Ví dụ", a sentence's "for example"). "⁄⁄ đảm bảo …":
 * the whole mark read as two fraction slashes. "V⁄ triển khai …", "V& triển khai …": its second "v" lost. "[“v: cứ …": its "V/"
 * read as two signs. "W⁄%w …", "⁄2v …", "ƒ/w …": the italic "V/v" of a scanned Party-style letter. "V/w Trả lời …":
 * its second "v" read as a "w" before a subject that opens in a capital. The match
 * ends where the subject begins.
 */
export const OCR_SUBJECT_LEAD =
  /^\s*(?:[^\s\p{L}]{1,2}\s*|\(\p{Ll}{1,2}\s+)?(?:V[il1|I#\\%][vw]|V[Ww]|[Wƒ][/⁄∕][%#]?[vw]|[⁄∕]\d[vw]|V[ÀA]|[Vv][/⁄∕](?!v\s)[ýyvw]{1,2}|V[/⁄∕&](?=\s)|[^\s\p{L}\d]{1,2}v:(?=\s)|Ví(?=\s)(?!\s+dụ(?!\p{L}))|[⁄∕]{2}(?=\s)|V[~^]\s?vi[eệ]c|\([⁄/]v?)\s+(?=\p{Ll})|^\s*(?:U[yv]|4|v):\s+(?=\p{Lu}\p{Ll})|^\s*%\s+(?=\p{Ll})|^\s*V[ÀA]\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll})|^\s*V[/⁄∕][wý]\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})/u;
/** "Công văn V/v …", "Công văn Về việc …": a document site's line, the kind of document before the subject. */
export const DOCUMENT_KIND_SUBJECT = /^(cong van\s+)(?:v\s*\/\s*v|ve viec)\b/;
/**
 * "V/v …", "Vv …" (also in quotes), "Về việc …", and the older "Về: …" / "Về cho học sinh …" (Về + a
 * lower-case word); "Viv …", "VIv …", "V1v …": OCR's reading of the slash, before a word in small letters.
 */
export const isSubjectStart = (text: string): boolean =>
  /^["“]?\s*(v\s*[/⁄∕]\s*v|v\.v|vv|ve viec)\b/.test(clean(text)) || DOCUMENT_KIND_SUBJECT.test(clean(text)) || OCR_SUBJECT_LEAD.test(text) || /^ve\s*:/.test(clean(text)) || /^\s*Về\s+\p{Ll}/u.test(text);
/** OCR's "Số:" ("sé;", "s6:", "S :" with its vowel lost) before a number and a symbol with its slash. */
const OCR_SO = /^s[e6o]?\s*[:;.]\s*\d{1,6}["'”.]?\s*\/\s*\p{L}/u;
/** "ty sé: 40345" /BTC-TCT": a speck OCR read in the margin before "Số"; "'số:435'7": a tick glued to it. */
export const SPECK_BEFORE_SO = /^\s*(?:[\p{Ll}\p{P}]{1,3}\s+|['‘’`])(?=s[e6oa]?\s*[:;.]\s*\d)/u;
/**
 * "S6 601 IUBND- YT", "s6: lJJ?4J I CT-RTr", "S6: 976IPGDBT": OCR read the slash as "I" (or "l", "|"),
 * before the symbol's capitals. Only where no slash comes before it. "Số: S¥O¥OICT-TTHT": after a hand-filled
 * number's signs (the "¥" OCR reads for an 8, an "O" for a 0).
 */
export const SLASH_AS_I = /(?<=\S)\s+[Il|]\s?(?=\p{Lu}{2,}[\p{Lu}\d&]*(?:[-\s]|$))|(?<=[\d¥§][Oo]?)[Il|](?=\p{Lu}{2,}[\p{Lu}\d&]*(?:[-\s]|$))/u;
/** "Số J#@ÍSGDĐT-CTHSSVPC": OCR read the slash as "Í", glued after a hand-filled number's scrawl (a sign in it) and before the symbol. */
export const SLASH_AS_I_ACUTE = /(?<=^\W*S\S?\s*[:.]?\s*(?=[^\s/]{0,5}[#@$§])[^\s/]{1,5})Í(?=\p{Lu}{3,}[\p{Lu}&]*-\p{Lu})/u;
/**
 * "Số1§4ØBGDĐT-GDPT": OCR read the slash as "Ø" (no Vietnamese letter), glued after a digit or a sign and
 * before a symbol in capitals with its hyphen.
 */
export const SLASH_AS_O_STROKE = /(?<=[^\s\p{L}])[Øø](?=\p{Lu}[\p{Lu}\d&]*-\p{Lu})/u;
const OCR_SO_NO_SLASH = /^s[o6e]?\s*[:;.]?\s+\S{1,6}$/;
/**
 * "863465" /CT-TTIT Binh Dương, ngày 4% tháng 02_năm 2020": OCR lost "Số:" on the row it shares with the
 * dateline; a number's digits and signs, a slash and a symbol in capitals with its hyphen, then the
 * place and date. The row's date is what tells it from a body line opening on a cited symbol.
 */
const NUMBER_WITHOUT_SO = /^\s*[\d"'”“.,]{1,8}\s*\/\s*\p{Lu}[\p{Lu}&]*-[\p{Lu}&]+\s/u;
/** "ÿ†0 /BĐVL Vĩnh Long, ngày …": so with a hand-filled number read as signs, and a symbol of one unit's initials. */
const SCRAWL_WITHOUT_SO = /^\s*(?=[^\s/]*\d)(?:[^\s/\p{L}]|ÿ){1,6}\s*\/\s*\p{Lu}[\p{Lu}&]{2,}\s+\p{Lu}\p{Ll}/u;
export const isNumberLine = (text: string): boolean => {
  if ((NUMBER_WITHOUT_SO.test(text) || SCRAWL_WITHOUT_SO.test(text)) && /,\s*ngay\b/.test(fold(text))) return true;
  const cut = SLASH_AS_I.exec(text);
  const number = cut ? text.slice(0, cut.index) : '';
  if (cut && !number.includes('/') && OCR_SO_NO_SLASH.test(fold(number).trim()) && /[\d¥§]/.test(number)) return true;
  const f = fold(text).replace(/[*~_]/g, '').trim().replace(SPECK_BEFORE_SO, '');
  // "Số: A308/…", "Số $9934 /CT-TTHT", "Số: {500 /TLĐ": a hand-filled number OCR read with a stray letter or sign at one end.
  // "sé; 5452 /TCHQ-GSQL": OCR's "Số:" with its vowel and colon misread, before a number and a symbol.
  // "Số: AO5f /CT-TTHT": a hand-filled number OCR could not read, between "Số:" and the symbol's slash.
  // "Sá:4HHH /CT-TTHT": "Số" with its vowel misread too.
  // "Số 23-CV-SGDĐT" alone on its line: the slash OCR read as a hyphen, between the number and a symbol in capitals.
  if (/^so\s*[:.]?\s*\d{1,5}\s*-\s*[a-z&]{2,}-[a-z&]{2,}$/.test(f) && /\d\s*-\s*\p{Lu}{2}[\p{Lu}&]*-\p{Lu}/u.test(text)) return true;
  // "Số 197-CV/TU", "Số 52 - CV/HNDT": a Party body's number, its hyphen, the document's kind and the body's initials.
  if (/^so\s*[:.]?\s*\d{1,5}\s*-\s*[a-z]{1,4}\s*\/\s*[a-z&]{2,}/.test(f) && /\d\s*-\s*\p{Lu}{1,4}\s*\/\s*\p{Lu}/u.test(text)) return true;
  // "Số đJ/0 -CV/BTGDVTU": or the hand-filled number OCR could not read, before the kind "CV" of a công văn.
  if (/^so\s*[:.]?\s*[^\s-]{1,6}\s*-\s*cv\s*\/\s*[a-z&]{2,}(?=\s|$)/.test(f) && /-\s*CV\s*\/\s*\p{Lu}[\p{Lu}&]/u.test(text)) return true;
  // "sé: 4Ô ÁÄÉÍ 'CTHN-TTHT Hà Nội, …": a hand-filled number OCR read as two scraps, the slash as a quote mark
  // glued to a symbol in capitals with its hyphen.
  if (/^s[eo6]\s*[:.]\s*(?:\S{1,5}\s+){1,2}['‘’`][a-z&]{2,}-[a-z&]+/.test(f) && /\s['‘’`]\p{Lu}{2}[\p{Lu}&]*-\p{Lu}/u.test(text)) return true;
  // "8é:.2953 /TCT - TTKT": "Số:" with its "S" read as an "8", before typed digits and a symbol in capitals;
  // "86: B65 /C1-TTHT": or before a hand-filled number's scrawl and a symbol with its hyphen.
  if (/^8[eo]\s*[:;.]{1,2}\s*\d{1,6}\s*\/\s*[a-z&]{2,}/.test(f) && /\/\s*\p{Lu}{2}/u.test(text)) return true;
  if (/^8[eo6]\s*[:;.]{1,2}\s*[^\s/]{1,5}\s*\/\s*[a-z\d&]{2,}-[a-z&]+/.test(f) && /\/\s*\p{Lu}[\p{Lu}\d]+-\p{Lu}/u.test(text)) return true;
  const unreadable = /^s[oa]\s*[:.]\s*([a-z\d$§#]{1,6})\s*\/\s*[a-z]/.exec(f);
  if (unreadable && /\d/.test(unreadable[1] as string)) return true;
  // "Số AEE /CI-LIT&HI Binh Dương. ngày …", "Só:Z⁄ /SGD&ĐT-VP", "s6:JJ.t)H /CT-TTHT", "Sé: #49 /KCB-CDT":
  // the number OCR read as letters and signs, with "Số" and a symbol in capitals with its hyphen on either side.
  // "Số: Ä{# /§GDĐT-GDTrH": the symbol's "S" read as "§". "Số :†S4/CV - SGDĐT": a symbol typed with spaces round its hyphen.
  if (/^s(?:[o6]\s*[:.]?|e\s*[:.])\s*[^\s/]{1,6}\s*\/\s*§?[a-z&]+\s*-/.test(f) && /\/\s*(?:§\p{Lu}|\p{Lu}{2})/u.test(text)) return true;
  // "Số: ⁄ð/6Ÿ /CT-TTHT": so with the scrawl cut by a slash of its own.
  if (/^so\s*[:.]\s*[^\s/]{1,4}\/[^\s/]{1,4}\s*\/\s*[a-z&]{2,}-[a-z&]+/.test(f) && /\/\s*\p{Lu}{2}[\p{Lu}&]*-/u.test(text)) return true;
  // "Số: „2.5 ÿ /SGDĐT-CTHSSV", "S6:31f Ii/LDLD-TC": so with the scrawl read as two or three pieces, after "Số" and its colon.
  if (/^s[o6]\s*:\s*[^\s/]{1,4}(?:\s+[^\s/]{1,3}){1,2}\s*\/\s*[a-z&]+-/.test(f) && /\/\s*\p{Lu}{2}[\p{Lu}&]*-/u.test(text)) return true;
  // "Só:?03/PGDĐT TP.Cà Mau, ngày …": or before the place and date on the same line. "SốzF# /PGDĐT TP. Cà Mau,
  // ngày …": with the colon read as a "z" glued to "Số" (as in "Sóz/16/…"). "Số;‡7/PGD&ĐT Cháu Thành, ngày …": or as a
  // semicolon. "…, ngày24tháng 4 …": the hand-filled day glued to "ngày".
  if (/^s[o6e](?:\s*[:.;]|z(?=\S))\s*[^\s/]{1,6}\s*\/\s*[a-z&]{3,}\s/.test(f) && /\/\s*[\p{Lu}&]{3,}\s/u.test(text) && /,\s*ngay(?![a-z])/.test(f)) return true;
  // "Sá;04##'CT-TTHT Thành phố Hỗ Chi Minh, ngày…": the slash read as a quote mark glued between the scrawl and the symbol.
  if (/^s[oa6e]\s*[:.;]\s*[^\s'‘’`]{1,6}['‘’`][a-z&]{2,}-[a-z&]+\s/.test(f) && /['‘’`]\p{Lu}{2}[\p{Lu}&]*-\p{Lu}/u.test(text) && /,\s*ngay/.test(f)) return true;
  // "Sá:.46S7TCT-TNCN Hà Nội, ngày …": the slash read as a "7" glued between the number's scrawl and the symbol.
  if (/^s[oa6e]?\s*[:.;]\S{0,6}\d\S{0,3}7[a-z]{2,}[a-z&]*-[a-z&]+\s/.test(f) && /\d\S{0,3}7\p{Lu}{2,}[\p{Lu}&]*-\p{Lu}/u.test(text) && /,\s*ngay\b/.test(f)) return true;
  // "so: ITCT-DNNCN Hd Ir{Oi, ngdy…": the number left blank and the slash read as "I" before a symbol with its hyphen.
  if (/^so\s*[:.]\s*[il|](?=[a-z]{2,}[a-z&]*-)/.test(f) && /^\W*s[oốOỐ]\s*[:.]\s*[Il|](?=\p{Lu}{2,}[\p{Lu}&]*-)/u.test(text)) return true;
  // "Số: †#Ï/SGDĐT": so with a symbol of the agency's initials alone, which ends the line. "_—_ Số |QŨ/LĐLĐ":
  // or with the colon lost, when the scrawl holds a sign no word has (a dash's speck may come before "Số").
  if (/^s[o6]\s*:\s*[^\s/]{1,6}\s*\/\s*[a-z&]{3,}$/.test(f) && /\/\s*[\p{Lu}&]{3,}\s*$/u.test(text)) return true;
  if (/^(?:[-–—]\s*)?so\s+(?=[^\s/]*[|†#§¥])[^\s/]{1,6}\/[a-z&]{3,}$/.test(f) && /\/[\p{Lu}&]{3,}\s*$/u.test(text)) return true;
  // "Số:Z5⁄CAT-PA05": so with the slash read as a fraction slash (parseNumberLine takes it for the slash).
  if (/^s(?:[o6]\s*[:.]?|e\s*[:.])\s*[^\s/⁄∕]{1,6}[⁄∕]\s*[a-z&]+-/.test(f) && /[⁄∕]\s*\p{Lu}{2}/u.test(text)) return true;
  // "Số J#@ÍSGDĐT-CTHSSVPC Quảng Nam, ngày …": the slash read as "Í" glued between a scrawl with a sign and the symbol.
  if (SLASH_AS_I_ACUTE.test(text) && /^so\s*[:.]?\s*\S/.test(f) && /,\s*ngay\b/.test(f)) return true;
  // "Số1§4ØBGDĐT-GDPT": the slash read as "Ø" after a hand-filled number's digits and signs.
  if (SLASH_AS_O_STROKE.test(text) && /^so\s*[:.]?\s*\d/.test(f)) return true;
  // "Só: †3SGDĐT-GDTrH": the slash lost, a sign and a digit of the hand-filled number glued to the symbol.
  if (/^so\s*:\s*[^\s\p{L}\d]\d{1,4}(?=[a-z&]{3,}-)/u.test(f) && /\d\p{Lu}{3,}[\p{L}&]*-\p{Lu}/u.test(text)) return true;
  // "số: SỒ2TCHQ-TXNK": or capitals and a digit of the number read as letters, glued to the symbol.
  if (/^so\s*:\s*[a-z]{1,3}\d(?=[a-z&]{3,}-)/u.test(f) && /:\s*\p{Lu}{1,3}\d\p{Lu}{2,}[\p{Lu}&]*-\p{Lu}/u.test(text)) return true;
  // "SỐ: Ạ S / Ỷ /BGDĐT-GDCTHSSV": a hand-filled number read as letters and slashes, before a symbol with its hyphen.
  if (/^so\s*[:.]\s*(?:[a-z]{1,2}\s*\/?\s*){1,4}\/\s*[a-z&]+-[a-z&]+/.test(f) && /\/\p{Lu}{2}[\p{Lu}&]*-/u.test(text)) return true;
  // "S        /LDLD-CTCD": "Số" with its vowel lost, a blank where the number is written, then the symbol.
  if (/^s\s+\/\s*[a-z&]+-[a-z&]+/.test(f) && /^\s*S\s+\/\s*\p{Lu}{2}[\p{Lu}&]*-/u.test(text)) return true;
  // "Số:^/2-T/SYT-NVY", "Só⁄⁄222/ SGD&ĐT-VP", "Số: Í2.⁄2//§GDĐT-GDTH": a hand-filled number read as signs
  // (and as "I", "Í", which fold to "i").
  // "Sóz/16/SGDĐT-VP": or its colon read as a letter glued to "Số".
  // "Số; 4/28I…": the colon read as a semicolon. "số: B†8/vp.rm": a hand-filled number's first digits read as a letter and a dagger.
  return /^so[a-z]?\s*[:.;]?\s*[\dOoIil|.…_ ^⁄#]*\s*\//.test(f) || /^so\s*[:.]?\s*(?:[a-z$§#{([+]|[a-z]†)?\d+[a-z]?\s*\//.test(f) || /^so\s*[:.]\s*\d/.test(fold(text).trim()) || OCR_SO.test(f);
};
/**
 * Words that open a letter's first paragraph, never a recipient: where a recipient runs into the body
 * ("Kính gửi: Tổng công ty X Phúc đáp Công văn …") and where a bare "Kính gửi:" line's recipient ends.
 */
const BODY_OPENERS = 'Phúc đáp|Thực hiện|Căn cứ|Trên cơ sở|Trả lời|Tiếp theo|Tiếp nhận|Theo đề nghị|Theo báo cáo|Vừa qua|Hiện nay|Nhằm|Trong thời gian qua';
/**
 * An opening word inside a line, at the space before it; the words may end in a comma ("… Trung ương
 * Trong thời gian qua, Ủy ban …": BYT 384 as a web copy runs the recipient into the paragraph).
 */
export const BODY_OPENER_INSIDE = new RegExp(`\\s(?=(?:${BODY_OPENERS})[\\s,])`, 'u');
/**
 * A line that opens the body (a few more words open it at a line's start: "Theo …", "Để …", "Ngày 5 …";
 * a People's Committee's "Xét đề nghị của Giám đốc Sở …").
 */
export const OPENS_BODY = new RegExp(`^(?:${BODY_OPENERS}|Theo|Để|Ngày \\d|Sau khi|Qua|Nhận được|Xét (?:đề nghị|tờ trình|báo cáo))\\s`, 'u');
/** "TP Nguyễn Hồng Quảng", "Cao Cường": a drafter's name written out, perhaps after a short title in capitals. */
const DRAFTER_NAME = /^(?:\p{Lu}{1,4}\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,3}$/u;
export const isDrafterName = (text: string): boolean => DRAFTER_NAME.test(text.trim());
/**
 * A drafter's mark on its own line after the archive line: initials with the copies issued ("PH.(15)",
 * "hn (3)"), or one word in capitals as Decree 30 writes it ("TRUNGANH.": a mark set on the "Lưu" line
 * and wrapped under it). A signature line is two words or more.
 */
export const DRAFTER_WITH_COPIES = /^[A-Za-zĐđ]{1,6}\s*\.?\s*\(\d{1,4}\)\.?$/;
export const DRAFTER_IN_CAPITALS = /^\p{Lu}{2,12}\.?(?:\s*\(\d{1,4}\))?\.?$/u;
/**
 * "1399-11995379/19 B.Hang", "2717/1 7/pntsi": a tax office's document-tracking number, then the
 * drafter (initials in small letters or a short name), on a line of its own under the archive line.
 */
export const TRACKED_DRAFTER = /^\d{3,}(?:[\s-]*\d+)*(?:\s*\/\s*\d+(?:\s+\d+)*){1,2}\s*[\s/]\s*(\p{L}[\p{L}.]{1,15})\.?$/u;
// "ngày { 0tháng 9 năm 2018": OCR may split a hand-filled day in two and glue it to "tháng".
// "ngàÊ 4 tháng 10 năm 2022", "ngài: 19 tháng 7": OCR may mar "ngày" itself (and add a sign after it);
// a marred word counts before a typed day only, or after the place's comma before a day OCR could not
// read ("Thành phố Hồ Chí Minh, ngàu:J_ tháng 02"), or glued to "tháng" with it ("Hà Nội, ngà»ÊØtháng 02").
// "Hiep Hod, ngdy/0 thdng 4 ndm 2020": a text layer with no tone marks, the day's "1" read as a slash;
// "Phú Thọ, ngàw/4tháng 10": a hand-filled day read as a slash and a digit, glued to "tháng"; "Bình Tân,
// ngàuÈ4háng 10 năm 2021": glued to "tháng" with its "t" lost.
export const NGAY = String.raw`(?:ngay|(?<![a-z\d])ng[a-z]{1,2}(?=\s*[:.]?\s*\d)|(?<=,\s{0,2})ng[a-z]{1,2}(?=\s*[:.]?\s*[^\s\d]{1,3}\s+thang\s|\s+[^\s\d]\S{0,2}\s+thang\s|[^\s\d]{1,4}thang\s+\d|\/\d{1,2}\s*th[a-z]ng\s+\d|\S{1,3}hang\s+\d{1,2}\s+nam\s))[:.]?`;
// "ngày Qhéng 7 năm 2022": a hand-filled day OCR ran into "tháng" and marred it, the month and year still read.
// "Hà Nội, ngdy £3 tháng 1ð mắm 2019": "ngày" marred after the place's comma, before a day's scrawl with a digit in it.
// "ngày) | Thánh 12 nam 2020": "tháng" read as "Thánh" before the month and a year.
// "ngày,Shháng năm 2020": "tháng" with its "t" lost, glued to the scraps of a blank day, the month blank too.
// "tháng 02jhăm 2018": OCR glued a marred "năm" to the month's digits ("tháng4ÿnăm 2018": a letter before
// a whole "năm" is the month's, a hand-filled "10" OCR marred, unread); "tháng 42. néim 2022": a marred
// "năm" alone before the year's digits; "tháng 8 /lam 2016": its first letter read as a sign and a letter;
// "tháng 9 narn 2017": its "m" read as "rn" ("thong cnarn 2021": "tháng" marred, a letter for the month).
// "năm 202]": the year's last "1" read as a bracket (readNumber mends it).
// "ngày PHháng 10 năm 2021": the day's scrawl glued to "tháng" without its "t", a month after it; "tháng b-ndm 2021":
// a marred "năm" after a hyphen glued to the month's scrawl.
// "năm 201Ê`": a hand-finished last digit OCR read as a letter: the line is still the dateline, its year
// unread (the year is then taken from the dates the body cites). "tháng 0 02 năm 2021": a month with a speck
// apart before it is the dateline's too, the month unread.
export const DATE = new RegExp(
  String.raw`${NGAY}\s*(\S{0,6}?(?:\s\S{1,2}?)?)\s*(?:thang|(?<![a-z])(?:[a-z]{2,3}ng|thanh)(?=\s+\d{1,2}\s+(?:nam|n[a-z]{1,3}m)\s*\d{4})|(?<=[^\s\d]{2})hang(?=\s+(?:\d{1,2}\s+)?nam\s*\d{4})|(?<![a-z])thong(?=\s+\S?n[a-z]{0,2}rn\s*\d{4}\b))\s*(\S{0,6}?(?:\s\d{1,2})?)\s*(?:nam|(?<=-)n[a-z]{1,2}m(?=\s*\d{4}\b)|(?<=\d)(?![a-z]nam)[a-z]{1,2}am\b|(?<=\s)n[a-z]{1,3}m(?=\s*\d{4}\b)|(?<=\s\S?)n[a-z]{0,2}rn(?=\s*\d{4}\b)|(?<=\s)[^\s\d]{1,2}am(?=\s*\d{4}\b))\s*([\dOoIl|\]]{4}|(?:19|20)\d[a-z](?![a-z]))?`,
);

/**
 * Signature authority and delegation markers: TM. KT. TL. TUQ. Q. (also "T/M", "K.T."), and "KT GIÁM
 * ĐỐC" typed without its dot when a position or body follows; "K1, BỘ TRƯỞNG", "ko 1 GIÁM ĐÔC", OCR's
 * readings of "KT." and "K.T", before a head's position; "KTGIÁMĐÓC", the marker and the position OCR ran together;
 * "KT, BỘ TRƯỞN G", "TL, CHỦ TỊCH", "KT, TONG CYC TRUONG": the dot read as a comma, before a position whose words OCR may
 * have split or marred; "KT:VỤ TRƯỜNG":
 * or as a colon.
 */
export const SIGN_MARKER =
  /^(t\s*\/\s*m|t\.m|tm|k\s*\/\s*t|k\.t|kt|tl|t\/l|tuq|q)\s*\.\s*|^(t\/m|k\/t|t\/l)\s+|^(tm|kt|tl|tuq)\s+(?=(uy ban|ubnd|hoi dong|ban|chu tich|giam doc|bo truong|chanh|thu truong|truong|cuc truong|vu truong|hieu truong|chu nhiem|tong giam doc|vien truong)\b)|^k(?:[1l]\s*[.,]|o?\s[1l])\s*(?=(chu tich|giam doc|bo truong|cuc truong|vu truong|truong|hieu truong|chu nhiem|tong giam doc|vien truong)\b)|^(kt|tl)(?=(chu ?tich|giam ?doc|bo ?truong|cuc ?truong|vu ?truong|hieu ?truong)\b)|^(?:kt|tl)\s*[,:]\s*(?=(chu tich|giam doc|bo tru|cuc tru|vu tru|truong|hieu tru|chu nhiem|tong giam doc|tong c[a-z]{2,3} tru|vien tru))/;
export const markerKind = (text: string): 'authority' | 'delegation' | null => {
  // "_...KT, GIÁM ĐÓC", "¬ KT. CHỦ TỊCH", "_ TL. BỘ TRUONG ;": a scan's specks before the marker.
  const cleaned = clean(text).replace(/^(?:[_.…,'"“”‘’~-]{1,4}|[_~]\s|¬\s)(?=\p{L})/u, '');
  const m = SIGN_MARKER.exec(cleaned);
  if (!m) return null;
  // "- Các phòng CM, NV thuộc Sở (để" / "k/t);": an entry's wrapped "kiểm tra" ends in its bracket or ";", no position after it.
  if (!/\p{L}/u.test(cleaned.slice(m[0].length)) && /[);]\s*$/.test(text)) return null;
  return /^t\s*[./]?\s*\/?\s*m/.test(m[0]) ? 'authority' : 'delegation';
};

/**
 * "~ZZPHÓ GIÁM ĐÓC", "⁄§ á SPHÓ ISÁM ĐÓC": what a pen or a seal left before a deputy's "PHÓ" — a stroke and a
 * capital or two glued to it, or signs and lone small letters before it; "Tú PHÓ GIÁM ĐÓC": a stroke read as a
 * short word. The footer's run-in cut and the
 * signature's reader both take the position from where "PHÓ" starts.
 */
export const MARKS_BEFORE_DEPUTY = /^(?:[~=_»→]*\p{Lu}{1,2}|\p{Lu}\p{Ll}{1,2}\s+|(?:[^\p{L}\p{N}\s]+|\p{Ll})(?:\s+(?:[^\p{L}\p{N}\s]+|\p{Ll}))*\s+\p{Lu}{0,2})(?=PH[ÓO]\s)/u;

/** "E.GIÁM ĐÓC": a capital and a full stop glued to a position, OCR's reading of a marker ("KT.") that names none. */
export const GLUED_DOT_MARKER = /^(?!(?:Q|KT|TL|TM)\.)\p{Lu}{1,2}\.(?=\p{Lu}{2})/u;

/** "3⁄4. +1 ": one to three scraps with no letter in them, before capitals (OCR's reading of a marker such as "KT."). */
export const LETTERLESS_SCRAPS = /^\s*(?:[^\p{L}\s]+\s+){1,3}(?=\p{Lu})/u;

/**
 * "œ===s=tTỨ TRƯỞNG", "\".. ==PHÓ GIÁM ĐÓC": a signature's strokes, OCR read as a run of signs among a few
 * small letters (or signs and spaces), glued before the position.
 */
export const GLUED_STROKES = /^(?:[^\s\p{Lu}]{0,3}|[^\p{L}\p{N}]{1,5})[=<>~_→»]{2,}[^\s\p{Lu}]{0,4}(?=\p{Lu}{2})/u;

/**
 * "XS, GIÁM ĐÓC", "2K GIÁM ĐÓC": a marker ("KT.") OCR marred into signs that are no word (one or two
 * capitals before a comma, or a capital and a digit), before a position. The marred part, or null.
 */
export function marredMarker(line: string): string | null {
  if (markerKind(line) !== null) return null;
  // "N ỜNL, CHỦ TỊCH": three capitals and the comma, a stray capital before them, are "TL." marred too.
  const m = /^((?:\p{Lu}\s+)?\p{Lu}{1,3},|\d\p{Lu}|\p{Lu}\d)\s+(?=\p{Lu}{2})/u.exec(line);
  if (m === null || isVietnameseSyllable((m[1] as string).replace(',', '')) || !onlyPositionWords(line.slice(m[0].length))) return null;
  return m[0];
}

const URGENCY_FOLDED = new Map<string, Urgency>(URGENCY_LEVELS.map((u) => [fold(u), u]));
const SECRECY_FOLDED = new Map<string, Secrecy>(SECRECY_LEVELS.map((s) => [fold(s), s]));

/** A stand-alone urgency stamp ("HỎA TỐC", "HOẢ TỐC", "THƯỢNG KHẨN", "KHẨN"), upper case only. */
export function urgencyOf(text: string): Urgency | null {
  const t = text.replace(/[*_#[\]()]/g, ' ').trim();
  if (!t || t !== t.toUpperCase()) return null;
  const f = clean(t).replace(/ hen gio$/, '');
  // "HDA TÔC": OCR read the stamp's "Ỏ" as another letter; the two words' frame is left.
  return URGENCY_FOLDED.get(f) ?? (/^h\S(?<!o)a toc$/.test(f) ? 'HỎA TỐC' : null);
}

export function secrecyOf(text: string): Secrecy | null {
  const t = text.replace(/[*_#[\]()]/g, ' ').trim();
  if (!t || t !== t.toUpperCase()) return null;
  return SECRECY_FOLDED.get(clean(t)) ?? null;
}
