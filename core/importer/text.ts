// Small text helpers shared by the importer's parsers. `fold` is what makes every keyword test work
// on OCR output that lost its diacritics ("Kinh gui", "Noi nhan", "ngay 5 thang 3 nam 2021").
import { isVietnameseSyllable } from '../encoding';
import { memoize } from '../text/memo';

const FOLD_CACHE = new Map<string, string>();

function foldChar(ch: string): string {
  let f = FOLD_CACHE.get(ch);
  if (f === undefined) {
    // "ƣ"/"Ƣ" (the letter "oi"): what some PDF fonts give for "ư"/"Ư" ("TRƢỞNG"); kept as typed, read as "u".
    f = ch === 'đ' || ch === 'Đ' ? 'd' : ch === 'ƣ' || ch === 'Ƣ' ? 'u' : (ch.normalize('NFD')[0] ?? ch).toLowerCase();
    if (f.length !== 1) f = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    FOLD_CACHE.set(ch, f);
  }
  return f;
}

/** Lower case, no diacritics, đ → d, and the same length as the input (indices carry over). Parsers ask for
 * the same lines' folded text many times; the recent answers are kept. */
export const fold: (text: string) => string = memoize((text) => foldUncached(text), 5000);

function foldUncached(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    out += code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch) : foldChar(ch);
  }
  return out;
}

/**
 * The longest run of spaces kept: a layout copy's widest column gap is about a hundred. Longer runs
 * (a paste of a blank form, a broken file) say nothing more, and some checks would read them in time
 * that grows with the square of their length.
 */
const LONGEST_SPACE_RUN = 200;
const LONG_SPACE_RUN = new RegExp(`[ \\t\\u00a0]{${LONGEST_SPACE_RUN + 1},}`, 'g');
export const capSpaceRuns = (text: string): string => text.replace(LONG_SPACE_RUN, (run) => run.slice(0, LONGEST_SPACE_RUN));

/** How many letters the text's first word has: what a wrapped line's end had to leave room for. */
export const firstWord = (text: string): number => /^\S+/.exec(text.trim())?.[0].length ?? 0;

/** Collapses runs of spaces and trims. */
// Only runs (and tabs, no-break spaces) are rewritten: a single space left alone makes no new string.
export const squash = (text: string): string => text.replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ').trim();

/** Capitals with a few small letters among them (at most one in `share`), as OCR mars a line typed in capitals. */
export function mostlyUpper(text: string, share = 5): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
  return letters.length >= 8 && lower * share <= letters.length;
}

/** A letter's case, asked once per character: 1 capital, -1 small, 0 no case (digits, signs, marks). */
const CASE_OF = new Map<string, number>();
function caseOf(ch: string): number {
  let c = CASE_OF.get(ch);
  if (c === undefined) {
    const lower = ch.toLowerCase(), upper = ch.toUpperCase();
    c = lower === upper ? 0 : ch === upper ? 1 : -1;
    CASE_OF.set(ch, c);
  }
  return c;
}

/** Letters of the text, upper case ones counted: true when it reads as an all-capitals line. */
export function isUpperText(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // Most of a letter's characters are ASCII: their case is read from the code, with no string made.
    const c = code < 0x80 ? (code >= 65 && code <= 90 ? 1 : code >= 97 && code <= 122 ? -1 : 0) : caseOf(ch);
    if (c > 0) upper += 1;
    else if (c < 0) lower += 1;
  }
  return upper >= 2 && lower <= Math.max(0, Math.floor(upper / 12));
}

export const startsLower = (text: string): boolean => {
  const ch = text.trimStart()[0];
  return ch !== undefined && ch.toLowerCase() === ch && ch.toUpperCase() !== ch;
};

export const startsUpperOrDigit = (text: string): boolean => {
  const ch = text.trimStart()[0];
  return ch !== undefined && (/\d/.test(ch) || (ch.toUpperCase() === ch && ch.toLowerCase() !== ch));
};

/**
 * Removes list punctuation at the end of a list entry: OCR swaps ; : , . so all four go. "Các trung tâm
 * GDNN-GDTX%:;": a percent sign glued to a word there is a speck of the scan, no figure's.
 */
// "Các phòng thuộc Sở; -": a dash standing alone after the entry's ending is a speck, no text of it.
export const stripEntryEnd = (text: string): string =>
  text.replace(/(?<=\p{L})%+(?=[\s;:,.]*$)/u, '').replace(/(?<=[;.,])\s+[-–—_~]$/u, '').replace(/[\s;:,.]+$/u, '').trim();

/**
 * A leading list dash or bullet. "~ Cục Thuế DNL", "_ Bộ Y tế": OCR's reading of a list's dash is a sign
 * then a space; "'”ˆ -_ Các Sở", "_ - Trưởng phòng …": specks off the margin before it, and a stroke run
 * into it; "- _ Trưởng phòng …": a stroke after it; "-. Trung tâm …": a speck read as a full stop after it;
 * "-- Các Trường THPT.", "- - Trưởng phòng …": the dash OCR read twice; "_—_ Các Sở …": strokes glued on both sides.
 */
const DASH_LEAD = /^\s*(?:['‘’“”"ˆ^`_]{1,4}\s+(?=[-–—]))?(?:_?[-–—](?:_|\.(?=\s+\p{Lu})|-(?=\s))?|[•+*]|[~_](?=\s))(?:\s+[-–—_](?=\s))?\s*/u;
const DASH_ITEM = /^\s*(?:['‘’“”"ˆ^`]{1,4}\s+(?=[-–—]))?(?:_?[-–—](?:_|\.(?=\s+\p{Lu}))?|•|[~_](?=\s))\s*\S/u;

export const stripDash = (text: string): string => text.replace(DASH_LEAD, '');

export const hasDash = (text: string): boolean => DASH_ITEM.test(text);

/** Title case as a signer's name is written ("Nguyễn Duy Hưng"), for names typed in capitals. */
export const titleCase = (text: string): string =>
  text
    .toLowerCase()
    .split(' ')
    .map((w) => (w ? (w[0] as string).toUpperCase() + w.slice(1) : w))
    .join(' ');

/** "Đại tá Phạm Văn Sinh", "Thiếu tướng …": an officer of the police or the army signs with the rank first. */
export const OFFICER_RANK = String.raw`(?:Đại|Thượng|Trung|Thiếu)\s(?:tướng|tá|úy|uý)`;

/** The most common Vietnamese family names (folded), which open a person's full name. */
const FAMILY_NAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh doan luong mai cao lam ha chu ta truong to thai tong quach kieu khuat giang tang au lai la van dao luu phung thach kim han tieu vuong chau khong nghiem lieu ninh nong mac diep hua bach dam ton giap ung lo'.split(' '),
);
/** "NGUYỄN …", "Trần …": a line that opens with a common family name. */
export const isFullNameStart = (text: string): boolean => FAMILY_NAMES.has(fold(text.trim().split(/\s+/)[0] ?? ''));

/**
 * "Trần Đức Thắng": a person's full name (a common family name, then two or three capitalised words),
 * which no office, place or Nơi nhận entry is.
 */
export const isFullName = (text: string): boolean => {
  const words = text.trim().split(/\s+/);
  return words.length >= 3 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && isFullNameStart(text);
};

/** Middle names a seal may cut the first letter of, folded. */
const MIDDLE_NAMES = ['thi', 'van', 'duc', 'huu', 'minh', 'ngoc', 'thanh', 'quang', 'xuan', 'hong', 'kim'];

/**
 * "Nguy iyên Thị Nghĩa": a full name whose family name OCR broke in two (a whole family name's start,
 * then a scrap in small letters), the rest of the name whole; or lost its start.
 */
export function isBrokenFullName(text: string): boolean {
  // "Nguyễn hị Thu Huyền": a whole family name, then a middle name whose first letter the seal took ("Thị").
  const middle = /^(\p{Lu}\p{Ll}+)\s(\p{Ll}{1,4})(?:\s\p{Lu}\p{Ll}*){1,2}$/u.exec(text.trim());
  if (middle !== null && FAMILY_NAMES.has(fold(middle[1] as string)) && MIDDLE_NAMES.some((w) => w.length > fold(middle[2] as string).length && w.endsWith(fold(middle[2] as string)))) return true;
  const m = /^(\p{Lu}\p{Ll}{2,})\s\p{Ll}{1,4}(?:\s\p{Lu}\p{Ll}*){2,3}$/u.exec(text.trim());
  if (m !== null) {
    const start = fold(m[1] as string);
    return !FAMILY_NAMES.has(start) && [...FAMILY_NAMES].some((f) => f.startsWith(start));
  }
  // "ì uyễn Hữu Độ": the signature's ink over the family name's first letters ("Ng"), the rest of it in
  // small letters, a speck before it, and the given names whole. "ê Duy Định": a family name of two
  // letters that lost its first, before two given names at least.
  const cut = /^(?:\p{Ll}{1,2}\s)?(\p{Ll}{3,})(?:\s\p{Lu}\p{Ll}*){1,3}$/u.exec(text.trim()) ?? /^(\p{Ll}{1,2})(?:\s\p{Lu}\p{Ll}*){2,3}$/u.exec(text.trim());
  // "{quyến Thế Sơn", "ö6àng Văn Thiệp": the ink over the family name, read as a sign or a digit among
  // small letters; the two given names are whole.
  const inked = /^(\S{3,7})\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+$/u.exec(text.trim());
  if (inked !== null && /^[^\p{Lu}]/u.test(inked[1] as string) && /\p{Ll}{2}/u.test(inked[1] as string) && /[^\p{L}]/u.test(inked[1] as string)) return true;
  // "fin Đức Thường": a scrap of two to four small letters holding one Vietnamese has not (f, j, w, z), the ink over
  // the family name, before two given names.
  if (/^(?=\p{Ll}{0,3}[fjwz])\p{Ll}{2,4}\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+$/u.test(text.trim())) return true;
  if (cut === null) return false;
  const end = fold(cut[1] as string);
  if (!FAMILY_NAMES.has(end) && [...FAMILY_NAMES].some((f) => f.endsWith(end))) return true;
  // "cuyên Việt Hiện": the family name's first letters ("Ng") read as one other letter, the rest ("uyên") whole.
  if (!FAMILY_NAMES.has(end) && end.length >= 4 && [...FAMILY_NAMES].some((f) => f.length > end.length - 1 && f.endsWith(end.slice(1)))) return true;
  // "ffái Văn Tài": the ink turned the family name's first letters ("Th") into others; what is left is no
  // syllable, ends as a family name does, and two given names follow it ("fràn Thị Bích Vân": or three).
  return /^\p{Ll}{3,6}(?:\s\p{Lu}\p{Ll}*){2,3}$/u.test(text.trim()) && !isVietnameseSyllable(cut[1] as string) && [...FAMILY_NAMES].some((f) => f.length > 2 && f.endsWith(end.slice(-2)));
}

/** "¬=““ffái Văn Tài": the line without the pen's strokes OCR glued before a name in small letters. */
export const withoutLeadingStrokes = (line: string): string => line.replace(/^[^\p{L}\p{N}\s]{2,6}(?=\p{Ll})/u, '');

/** "Công ty X (đ/c: thôn Tạ Trung, xã Lương": a bracket still open, so the entry goes on. */
export const unclosedBracket = (text: string): boolean => (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);

/**
 * "PHÓ TONG Scục TRƯỞNG": a position in capitals that OCR marred with a lower-case letter or two; it
 * ends in a position's last word and is almost all capitals.
 */
export function nearlyUpperPosition(text: string): boolean {
  // "HĐND, UBND tỉnh; PHO CHU TỊCH": an entry's ending or a whole word in lower case is a list's text.
  if (/;/.test(text) || /(?:^|\s)\p{Ll}{3,}(?=[\s,.;:]|$)/u.test(text)) return false;
  const words = text.trim().split(/\s+/);
  return mostlyUpper(text) && /\p{Ll}/u.test(text) && words.length >= 2 && words.length <= 6 && /\b(truong|tich|doc|nhiem)$/.test(fold(text).trim());
}

/**
 * "… Thông tư số 40/2021/TT-BTC ngày" / "01/6/2021 …", "… nhà nước thuộc" / "Bộ", "Kính gửi: Các" /
 * "Doanh nghiệp …", "… tháng 9 năm" / "2020.": a line ending in a determiner or a word that links to what
 * follows was cut there; "… sửa đổi, bổ sung khoản" / "1, khoản 2 …": so was one ending on a provision's kind
 * before its number.
 */
export const endsMidPhrase = (text: string): boolean =>
  /(?:^|\s)(?:ngày|số|tháng|năm|và|hoặc|của|các|những|quý|toàn thể|thuộc|trực thuộc|tại|theo|với|cho|từ|đến|vào|khoản|điểm|điều)\s*$/iu.test(text);

/** Where a ")" closes no "(" before it, or null. */
export function unopenedClose(text: string): number | null {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return null;
}
