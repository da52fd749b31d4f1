// The tokens of an archive line, once its marks, copies and bracketed forms are read, sorted into
// units and the drafter's mark: capitals are units, small letters and quoted tokens a mark, with the
// exceptions real letters show (a unit the symbol names, a misread records desk, a lone token).
import { isVietnameseSyllable } from '../encoding';
import { WEB_SITE } from '../format/distribution';
import type { Notes } from './notes';

/** A token that opens with the web site's word ("Website", "Cổng"): the unit in words, whatever follows. */
const WEB_SITE_START = new RegExp(String.raw`^${WEB_SITE}(?!\p{L})`, 'u');

/** Joins the words of one unit ("Vụ CQĐP") through the token split; TIGHT where no space was typed ("P.KT"). */
export const JOIN = '\u0001';
export const TIGHT = '\u0002';
/** Stand-ins for a sub-list's own brackets and commas while the line is split; put back in each unit. */
export const SUBLIST_CODE = { '(': '\u0003', ')': '\u0004', ',': '\u0005' } as const;
const decodeSublist = (unit: string): string => unit.replace(/\u0003/g, '(').replace(/\u0004/g, ')').replace(/\u0005/g, ',').replaceAll(JOIN, ' ');

/**
 * Rooms of a department that an archive line names in brackets after it ("CT (PC)", "VP (HC)"): the
 * common unit abbreviations (nd30.md §8.3), which a drafter's initials are not taken for.
 */
export const ROOMS = new Set(['PC', 'HC', 'TH', 'KT', 'KH', 'NC', 'TC', 'VP', 'NV', 'QT', 'TCCB', 'TCHC', 'HCTC', 'KHTC', 'THTT', 'NCPC', 'KTTH', 'KTN', 'XD', 'NN']);

/** "VT", the records desk every archive line names first, or OCR's reading of it ("VI", "VTI", "VF"). */
export const DESK_AS_READ = /^V(?:T|I|TI|TT|T1|1|Ĩ|Ị|Í|F)$/u;

/** "TTr" and "Tir": three letters or more, the first the same, one other misread (case aside). */
const oneLetterOff = (unit: string, token: string): boolean => {
  const [a, b] = [unit.toUpperCase(), token.toUpperCase()];
  return a.length >= 3 && a.length === b.length && a[0] === b[0] && a !== b && [...a].filter((c, i) => c !== b[i]).length === 1;
};

export interface TokenContext {
  /** The symbol's parts ("UBND", "CNTT"), which name the drafting unit. */
  parts: string[];
  /** The archive line as typed, for the notes. */
  raw: string;
}

/** A drafter's mark is letters; OCR reads a small "i" as "¡" ("T¡en", Quảng Ngãi 575), a letter of the mark too. */
const MARK_LETTER = String.raw`[\p{L}¡]`;
/** A mark's letters; "NTNPHUONG-6": a login's number after a hyphen (our exporter prints one so, in capitals). */
const MARK = String.raw`${MARK_LETTER}{1,10}(?:-\d{1,2})?`;
/** "KGVX (02). PH.(15)": after the units' full stop, the mark and the copies issued. */
export const MARK_WITH_COPIES = new RegExp(String.raw`\.\s*(${MARK})\s*\.?\s*\((\d{1,4})\)\s*\.?\s*$`, 'u');
/** "VT, KGVX. PH.": after a comma list and the units' full stop, the mark closed by its own dot. */
export const MARK_CLOSED = new RegExp(String.raw`,(?:[^.]|\.[\u0001\u0002])*\.\s*(${MARK})\s*\.\s*$`, 'u');
/** Where the mark (with its copies, if any) starts at the line's end, after the units' full stop. */
export const MARK_AT_END = new RegExp(String.raw`\.\s*${MARK}\s*\.?\s*(?:\(\d{1,4}\)\s*\.?\s*)?$`, 'u');
/** "Hg6", "T¡en31": a mark in small letters with the copies issued glued to it. */
export const MARK_GLUED_COPIES = new RegExp(String.raw`^(?=${MARK_LETTER}*\p{Ll})(${MARK_LETTER}{1,4})(\d{1,3})$`, 'u');

/** "T¡en3I" after "P.KTTH", "a47" after "KTTH": a name or initials (small letters, from a capital at most), then copies in digits. */
const NAME_AND_COPIES = /^(\p{Lu}?[\p{Ll}¡]{1,4})(\d[\dIl]{0,2})$/u; // "¡": see MARK_LETTER

/** The unit the symbol names at the token's start ("P." for its Phòng before it), and what is glued after it. */
function unitAtStart(token: string, parts: readonly string[]): { unit: string; rest: string } | null {
  const kind = token.startsWith('P.') ? 'P.' : '';
  const body = token.slice(kind.length);
  const part = [...parts].sort((a, b) => b.length - a.length).find((p) => p.length >= 2 && body.startsWith(p) && body.length > p.length);
  return part === undefined ? null : { unit: `${kind}${part}`, rest: body.slice(part.length) };
}

/** Sorts the line's tokens into the units it returns; a drafter's mark found among them is pushed onto `marks`. */
export function classifyArchiveTokens(tokens: string[], marks: string[], context: TokenContext, notes: Notes): string[] {
  const { parts } = context;
  const units: string[] = [];
  const marksBefore = marks.length;
  for (const token of tokens) {
    const t = token.trim();
    if (t === '') continue;
    // "VT, Vp GDTC.": a drafter's mark ends the line; a token in small letters with a unit after it is a
    // unit whose capital OCR read small.
    if (marks.length > marksBefore && /^\p{Lu}/u.test(t) && t === t.toUpperCase()) {
      const misread = marks.splice(marksBefore);
      units.push(...misread);
      notes.add('archive.units', 'uncertain', `Hiểu "${misread.join(' ')}" giữa các đơn vị trên dòng Lưu là đơn vị lưu (ký hiệu người soạn thảo đứng cuối dòng).`, context.raw);
    }
    if (t.includes('\u0003')) {
      units.push(decodeSublist(t));
      continue;
    }
    // "P.KTTHT¡en3I" (Lưu: VT, P.KTTH, Tien 31), "KTTHa47": the unit the symbol names ("P." for its Phòng),
    // then the drafter's name or initials and the copies issued glued after it, the "1" read as "I", the "i" as "¡".
    const start = token === tokens[tokens.length - 1] && marks.length === 0 ? unitAtStart(t.replaceAll(JOIN, ' ').replaceAll(TIGHT, ''), parts) : null;
    const glued = start ? NAME_AND_COPIES.exec(start.rest) : null;
    if (start && glued) {
      units.push(start.unit);
      marks.push(`${glued[1] as string}${(glued[2] as string).replace(/[Il]/g, '1')}`);
      notes.add('drafter', 'uncertain', `Hiểu "${start.rest}" viết liền sau "${start.unit}" là ký hiệu người soạn thảo và số bản phát hành; hãy kiểm tra.`, context.raw);
      continue;
    }
    if (t.includes(JOIN) || t.includes(TIGHT)) {
      units.push(t.replaceAll(JOIN, ' ').replaceAll(TIGHT, ''));
      continue;
    }
    const quoted = /^["“”'‘’].*["“”'‘’]$/.test(t);
    // "V01(P3)": a unit with its room in brackets, typed with no space, keeps its closing bracket.
    const bare = /^[^()"“”'‘’]+\([^()]+\)$/u.test(t) ? t : t.replace(/^["“”'‘’(]+|["“”'‘’)]+$/g, '');
    if (bare === '') continue;
    // "=4" (of "VT, =4 Minh Hải"): a sign no unit is written with, a digit or two after it, is the seal's
    // ink over a word (there, the signer's family name), no unit.
    if (/^[=~^#@%]+\d{0,2}$/u.test(bare)) {
      notes.add('archive.units', 'dropped', `Bỏ "${bare}" trên dòng Lưu (vết mực con dấu khi quét), không phải đơn vị lưu.`, context.raw);
      continue;
    }
    // "Lưu: VT, Website.": the office's web site, where the letter is posted, is a unit in words.
    if (WEB_SITE_START.test(bare)) {
      units.push(bare);
      continue;
    }
    // "ĐTBDZf#Ø" (of "SGD&ĐT-ĐTBD"): the unit the symbol names, a hand's initials glued to it that OCR read as
    // letters and signs no abbreviation holds; the unit stands without them.
    // "ĐTBD/Ø4z": so after a slash, before the rule below drops a scrawl of small letters and digits whole.
    const scribbled = /^(\p{Lu}{2,})(\S*[#Ø§¥⁄]\S*)$/u.exec(bare);
    const scribbledUnit = scribbled ? parts.filter((p) => (scribbled[1] as string).startsWith(p)).sort((a, b) => b.length - a.length)[0] : undefined;
    if (scribbled && scribbledUnit !== undefined && scribbledUnit.length >= 2) {
      units.push(scribbledUnit);
      notes.add('archive.units', 'dropped', `Bỏ "${bare.slice(scribbledUnit.length)}" dính sau "${scribbledUnit}" trên dòng Lưu (nét viết tay khi quét).`, context.raw);
      continue;
    }
    // "vP@⁄", "VEưw„_": right after the records desk, in the drafting unit's place, a token that ends in
    // signs no abbreviation or initials hold is that unit with a hand's initials over it, OCR read as
    // signs; the unit is kept as read, without them, and no drafter's mark is made of it.
    const overwritten = units.length === 1 && DESK_AS_READ.test(units[0] as string) && marks.length === marksBefore && token === tokens[tokens.length - 1] ? /^(\p{L}{2,4})[@⁄„#§¥_]+$/u.exec(bare) : null;
    if (overwritten) {
      units.push(overwritten[1] as string);
      notes.add('archive.units', 'uncertain', `Hiểu "${overwritten[1] as string}" là đơn vị soạn thảo, bỏ "${bare.slice((overwritten[1] as string).length)}" (chữ viết tay đè lên khi quét) — hãy kiểm tra.`, context.raw);
      continue;
    }
    // "VT(v213-17)": a unit with a filing code in brackets glued to it is one unit, kept as typed.
    if (!quoted && /^\p{Lu}[\p{Lu}\d&]*\([^()\s]+\)$/u.test(bare)) {
      units.push(bare);
      continue;
    }
    // "KLó4/6" beside "KL128/4" of the same office: a register mark in capitals, its number and its slash,
    // one digit read as a marked "o"; a unit kept as read, as the whole mark is.
    if (!quoted && /^\p{Lu}{2}(?=\S*\d\/)[\dóòõô]{2,4}\/\d{1,3}$/u.test(bare)) {
      units.push(bare);
      continue;
    }
    // "f6j-1": small letters and digits run together after the units, a hand's mark OCR could not read.
    if (!quoted && /\p{Ll}/u.test(bare) && /\p{L}\d|\d\p{L}|\d-|-\d/u.test(bare) && !/^\p{L}{1,4}\d{1,3}$/u.test(bare)) {
      notes.add('drafter', 'uncertain', `Không đọc được "${bare}" cuối dòng Lưu (nét viết tay?); đã bỏ qua.`, context.raw);
      continue;
    }
    // "h*—", "h—": one letter trailing a pen's stroke, the signature's end OCR read after the units; no
    // initials are a letter and a dash.
    if (!quoted && /^\p{L}[-–—_~*\\]+$/u.test(bare)) {
      notes.add('drafter', 'dropped', `Bỏ "${bare}" cuối dòng Lưu (nét bút khi quét), không phải ký hiệu người soạn thảo.`, context.raw);
      continue;
    }
    // "VT, V, l." (1146's "V'l'" for "VT", printed): a lone small ell is an upright stroke ("T", "1", "|") OCR
    // read as a letter, no drafter's initial; it is kept where it stands, among the units, with a note.
    if (!quoted && bare === 'l') {
      units.push(bare);
      notes.add('archive.units', 'uncertain', 'Hiểu "l" trên dòng Lưu là một phần của đơn vị lưu (nét dọc nhận dạng thành chữ), không phải ký hiệu người soạn thảo.', context.raw);
      continue;
    }
    // "TTr" of "BGDĐT-TTr": a unit the symbol names keeps its own lower-case letter; so does one in
    // capitals with a small letter at its end ("HTr", the Phòng Hỗ trợ of a tax office), as units are abbreviated.
    // "TrHT2" (a tax office's inspection team): three capitals or more name a unit, whatever small letter they hold.
    // "KGVXamn:": the drafter's initials, typed small after the unit the symbol names, lost the raised
    // position that set them apart. Only at the line's end and only after that unit.
    const lowered = token === tokens[tokens.length - 1] && marks.length === 0 ? /^(\p{Lu}{2,})(\p{Ll}{2,3}):?$/u.exec(bare) : null;
    if (lowered && parts.includes(lowered[1] as string)) {
      units.push(lowered[1] as string);
      marks.push(lowered[2] as string);
      notes.add('drafter', 'uncertain', `Hiểu "${lowered[2] as string}" viết liền sau "${lowered[1] as string}" là ký hiệu người soạn thảo; hãy kiểm tra.`, context.raw);
      continue;
    }
    // "VPTrúc" of "STC-VP": the drafter's name, printed small after the unit the symbol names, glued to it by
    // the text layer; the unit and the name, kept as typed.
    const namedAfter = token === tokens[tokens.length - 1] && marks.length === 0 ? /^(\p{Lu}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(bare) : null;
    if (namedAfter && parts.includes(namedAfter[1] as string)) {
      units.push(namedAfter[1] as string);
      marks.push(namedAfter[2] as string);
      notes.add('drafter', 'uncertain', `Hiểu "${namedAfter[2] as string}" viết liền sau "${namedAfter[1] as string}" là tên người soạn thảo; hãy kiểm tra.`, context.raw);
      continue;
    }
    // "VPư" of "SGD&ĐT-VP": a marked small letter no abbreviation uses ("ư", "ơ", "ă"), glued to the unit the
    // symbol names, is a hand's stroke OCR read; the unit stands without it.
    const stroked = /^(\p{Lu}{2,})(\p{Ll})$/u.exec(bare);
    if (stroked && !/[a-z]/.test(stroked[2] as string) && parts.includes(stroked[1] as string)) {
      units.push(stroked[1] as string);
      notes.add('archive.units', 'dropped', `Bỏ chữ "${stroked[2] as string}" dính sau "${stroked[1] as string}" trên dòng Lưu (nét viết tay khi quét).`, context.raw);
      continue;
    }
    // "TTHTQ)." of "CTHN-TTHT", "VHXHZ”" of "BND-VHXH": one capital glued after the unit the symbol names, a closing
    // bracket (or OCR's quote mark for it) after it, is OCR's reading of the count's bracket; the unit stands without it.
    const bracketAsCapital = /^(\p{Lu}{2,})\p{Lu}$/u.exec(bare);
    if (bracketAsCapital && parts.includes(bracketAsCapital[1] as string) && !parts.includes(bare) && new RegExp(`${bare}[)”]`, 'u').test(context.raw)) {
      units.push(bracketAsCapital[1] as string);
      notes.add('archive.units', 'uncertain', `Hiểu "${bare}" trên dòng Lưu là "${bracketAsCapital[1] as string}" (chữ cuối là dấu ngoặc nhận dạng sai) — hãy kiểm tra.`, context.raw);
      continue;
    }
    const unitWithSmallEnd = /^\p{Lu}{2,}\p{Ll}$/u.test(bare) || (/^\p{Lu}/u.test(bare) && (bare.match(/\p{Lu}/gu) ?? []).length >= 3);
    // "Lưu: VT, Tir." under "Số: 20/TTr": the unit the symbol names with one letter misread is that unit, kept as typed.
    // Only a token in mixed case is in question; one in capitals is a unit either way, and needs no note.
    const misread = !quoted && bare !== bare.toUpperCase() && parts.some((p) => oneLetterOff(p, bare));
    if (misread) notes.add('archive.units', 'uncertain', `Hiểu "${bare}" trên dòng Lưu là đơn vị trong ký hiệu văn bản, nhận dạng sai một chữ — hãy kiểm tra.`, context.raw);
    // "Lưu: VT, TTra." under "SGDĐT-TTr": a unit the symbol abbreviates in mixed case ("TTr", Thanh tra),
    // written with a letter or two more, is that unit, no drafter's initials.
    const longer = parts.some((p) => p.length >= 3 && bare.toUpperCase().startsWith(p) && /\p{Ll}/u.test(bare.slice(0, p.length)) && /^\p{Ll}{1,2}$/u.test(bare.slice(p.length)));
    // "VEưw": no Vietnamese name holds an f, j, w or z, so a token with one is no drafter's initials but a
    // unit OCR marred (the "VP" under a hand's mark).
    const foreignLetter = /[fjwz]/u.test(bare);
    // "VP, Eđmicto": one capitalised word of five letters or more that no syllable is names a company or an office
    // (a brand OCR marred), not a person: a drafter's given name is one syllable ("Thông", "Tài").
    const brand = /^\p{Lu}\p{Ll}{4,}$/u.test(bare) && !isVietnameseSyllable(bare);
    if (quoted || (bare !== bare.toUpperCase() && !parts.includes(bare.toUpperCase()) && !unitWithSmallEnd && !misread && !longer && !foreignLetter && !brand)) marks.push(bare);
    else units.push(bare);
  }
  // "Lưu vp.": a line of one token names where the letter is filed, whatever its case; a drafter's mark
  // comes after a unit, never alone. "VT, vp." (the same letter printed with the records desk first):
  // after "VT" alone, a common unit's abbreviation in small letters is that unit too.
  const only = tokens.filter((x) => x.trim() !== '').map((x) => x.trim());
  const final = only[only.length - 1] ?? '';
  const alone = units.length === 0 && only.length === 1;
  const afterDesk = units.length === 1 && units[0] === 'VT' && only.length === 2 && final === final.toLowerCase() && ROOMS.has(final.toUpperCase());
  // "Lưu: VT, Vy", "VT, Tin.": a word from a capital (four letters at most) with no drafting unit before it
  // stands where the Decree puts that unit (a unit's abbreviation OCR marred, "VP"?); a mark of initials
  // follows a unit.
  // "Lm: VT, mg, (63)", "Lưu: VT, mg.": so are two to four small letters, as OCR or a typist wrote the unit; a
  // drafter's mark is written in capitals after a unit (our exporter prints it so).
  const inUnitsPlace = units.length === 1 && DESK_AS_READ.test(units[0] as string) && only.length === 2 && /^(?:\p{Lu}\p{Ll}{1,3}|\p{Ll}{2,4})$/u.test(final);
  if ((alone || afterDesk || inUnitsPlace) && marks.length === 1 && marks[0] === final) {
    units.push(marks.pop() as string);
    const how = inUnitsPlace ? 'ngay sau "VT", chỗ của đơn vị soạn thảo' : 'chữ thường';
    notes.add('archive.units', 'uncertain', `Hiểu "${final}" (${how}) trên dòng Lưu là đơn vị lưu, không phải ký hiệu người soạn thảo.`, context.raw);
  }
  return units;
}
