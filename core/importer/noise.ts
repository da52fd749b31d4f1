// Lines that are not part of the letter: e-signature stamps, Word file paths, page numbers, the
// "(Đã ký)" of a published copy, a drafter's hand mark, decorative rules. They are dropped and
// (except rules) reported, so the clerk can see what the importer took out.
import { hasToneMark, isVietnameseSyllable } from '../encoding';
import { PAGE_NUMBER } from './lines';
import { AS_ABOVE_OCR } from './patterns';
import { fold, squash } from './text';

export type NoiseKind = 'e-signature' | 'file-path' | 'page-number' | 'signature-mark' | 'hand-mark' | 'rule' | 'ocr-rule' | 'tracking-code' | 'site-footer' | 'scanner-mark';

// "ý bởi:": a scan that cut the stamp at the left loses the "K" of "Ký bởi".
// "Date: 2019.04.08 11:17:42 +07:": a reader's signing stamp dates itself in English, year first.
const E_SIGN_START = /^(k?y boi|nguoi ky|thoi gian ky|gio ky|ngay ky|ky so boi|(digitally )?signed by|signature valid)\b\s*:?|^date\s*:\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}\b/;
const E_SIGN_CONTEXT = /^(co quan|email|to chuc|chuc vu|thoi gian|ngay|location|date)\s*:/;
const PORTAL_BANNER = /^cong thong tin dien tu( tinh| thanh pho)? [a-z ]{2,30}$/;
/** "Thời l gìa n ký: 07.02.2020": a stamp's "Thời gian ký:" that OCR marred, before the signing date. */
const SIGNED_ON = /\bky\s*:\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}\b/;
const TIMESTAMP = /\d{1,2}[./-]\d{1,2}[./-]\d{4}\s+\d{1,2}:\d{2}(:\d{2})?|\+0?7:?00\b/;
const FILE_PATH = /(^|\s)([a-z]:\\|\\\\[\w.-]+\\|file:\/\/\/)|\\[^\\\s]+\.(docx?|pdf|rtf|odt)\b|^\/?(home|users|mnt)\/\S+\.(docx?|pdf|rtf|odt)$/;
const SIGN_MARK = /^[([]\s*(da ky|ky ten|ky,|ky va|daky|da ky va dong dau|dong dau|chu ky)[^)\]]*[)\]]$/;
// A hand mark has a letter or digit ("*Lv*"); "*…”*" is the italic end of a quotation.
const HAND_MARK = /^\*(?=[^*\s]*[\p{L}\p{N}])[^*\s]{1,8}\*$/u;
/** The footer thuvienphapluat.vn prints under each page of a letter it serves (folded). */
const SITE_FOOTER = /www\.thuvienphapluat\.vn|^lawsoft\b|^thu vien phap luat\b/;
/** "Scanned with CamScanner": the line a phone's scanning app prints under each page it scanned (folded). */
const SCANNER_MARK = /^(scanned (with|by)|duoc quet bang) camscanner$/;
/** "-----", "___", "* * *": a rule; "*.......*" (dots alone, italic or not) is a quotation's elision, the text's own. */
const RULE = /^(?!\**\.+\**$)[-_=–—.*~•·]{3,}$/;
/**
 * "99009000999009090096ss": a dotted rule OCR read as a run of a few digit shapes with a letter or two;
 * no number is written so (a number alone has no letters in it).
 */
function isRuleReadAsDigits(text: string): boolean {
  if (text.length < 12 || /\s/.test(text) || !/\p{L}/u.test(text)) return false;
  const digits = text.replace(/\D/g, '');
  return digits.length >= text.length * 0.8 && new Set(digits).size <= 4;
}
/**
 * "IRNEEREEREEEEEREEEEEEEEEEEEENEKRRRRKRn": a rule (or the scan's top edge) OCR read as a run of a few
 * letter shapes, one of them four times or more in a row, which no Vietnamese word (nor a glued name) has.
 */
const isRuleReadAsLetters = (text: string): boolean => text.length >= 16 && /^\p{L}+$/u.test(text) && /(\p{L})\1{3}/u.test(text) && new Set(text.toUpperCase()).size <= 8;
/**
 * "....... ........Ố.Ố.........ốÁaÁAA.A..": a dotted line (a blank left to fill in by hand) that OCR read with
 * letters among its dots. Every token is mostly dots; a form's "Họ và tên:……" has a word of its own.
 */
function isDottedRuleWithSpecks(text: string): boolean {
  // Asked of every line, most with few dots: fourteen at least (70 % of twenty letters) are needed below.
  if (text.length < 20 || (text.match(/[.…]/g)?.length ?? 0) < 14) return false;
  const tokens = text.split(/\s+/);
  const dots = (t: string): number => t.replace(/[^.…]/g, '').length;
  const all = tokens.join('');
  return all.length >= 20 && dots(all) >= all.length * 0.7 && tokens.every((t) => dots(t) >= t.length * 0.5);
}
/**
 * "(200113/ZV09/0001/7401/002899964)": the code a tax office's document system prints under the
 * Nơi nhận; groups of digits and capitals joined by slashes, four or more, no words.
 */
const TRACKING_CODE = /^\(?[A-Z\d]{2,}(?:\/[A-Z\d]{2,}){3,}\)?$/;

export interface NoiseOptions {
  /** Page numbers are only noise outside the header, where a lone number can be a hand-filled day. */
  pageNumbers: boolean;
  /** The text has an e-signature stamp, so "Cơ quan:"/"Email:" lines near it belong to it. */
  eSignature: boolean;
}

export function lineNoise(raw: string, options: NoiseOptions): NoiseKind | null {
  const text = squash(raw);
  if (text === '') return null;
  if (RULE.test(text.replace(/\s/g, ''))) return 'rule';
  if (isRuleReadAsDigits(text) || isRuleReadAsLetters(text) || isDottedRuleWithSpecks(text)) return 'ocr-rule';
  if (HAND_MARK.test(text)) return 'hand-mark';
  if (TRACKING_CODE.test(text)) return 'tracking-code';
  const f = fold(text.replace(/[*_#]/g, '').trim());
  if (E_SIGN_START.test(f)) return 'e-signature';
  // "Thời gian:" alone over "- Nhận hồ sơ …": a label with nothing after it heads the letter's own list; the
  // stamp's labels carry their values ("Thời gian: 31.03.2020 14:50:48").
  if (options.eSignature && E_SIGN_CONTEXT.test(f) && f.length < 120 && !/^thoi gian\s*:$/.test(f)) return 'e-signature';
  // "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH": the banner a provincial portal stamps on the copy it signs and
  // publishes ("Ký bởi: Cổng thông tin điện tử"); no letter's header is the portal's.
  if (options.eSignature && PORTAL_BANNER.test(f) && text === text.toUpperCase()) return 'e-signature';
  // "SAO Y" / "Bộ Công an" / "Thời gian ký: …": the stamp of an electronic certified copy, over the letter.
  if (options.eSignature && /^(sao ?y|ban sao)( ban chinh| dien tu)?$/.test(f) && text === text.toUpperCase()) return 'e-signature';
  if (options.eSignature && SIGNED_ON.test(f) && f.length < 60) return 'e-signature';
  // "TỈNH HÀ GIANG Độc lập - Tự do - ếẤ ú cl5:57:54 +07:00": the stamp's time glued to a header row whose
  // motto (and the agency's line beside it) is the letter's own; the row stays for the header's reader.
  if (TIMESTAMP.test(f) && f.length < 60 && !/\b(ngay|thang|nam)\b\s*\d/.test(f) && !/\bdoc lap\b/.test(f)) return 'e-signature';
  if (FILE_PATH.test(f)) return 'file-path';
  // "+84-8-3930 3279 * www.ThuVienPhapLuat.vn", "LawSoft + Tel:": a legal-documents site's footer on each page it printed.
  if (SITE_FOOTER.test(f) && f.length < 90) return 'site-footer';
  if (SCANNER_MARK.test(f)) return 'scanner-mark';
  if (options.pageNumbers && PAGE_NUMBER.test(f)) return 'page-number';
  if (SIGN_MARK.test(f)) return 'signature-mark';
  return null;
}

export function hasESignature(text: string): boolean {
  // Line by line, spaces only: "\s*\**\s*" over newlines would read a run of blank lines in cubic time.
  return /^[ \t]*\**[ \t]*(K?ý bởi|Ky boi|Người ký)[ \t]*:/im.test(text) || /\+07:00/.test(text);
}

/**
 * "ia chỉ: Đường Lý Anh Tông," / "h Tông," / "\"hường Võ Cường, TP Bắc Ninh", "- quận Ngô Quyền - Hải Phòn", "~ quận Ngô Quyên",
 * "= quận Ngô Quyên - Hải Phong":
 * the rest of an e-signature stamp that the scan cut at the left or wrapped, right under its lines. Each
 * starts inside a word or a place (in small letters, perhaps after a quote or a dash) and is short with no
 * sentence ending; a letter's own line after the stamp starts with a capital, or ends as a sentence does.
 */
export const isCutStampLine = (text: string): boolean => {
  const t = squash(text);
  return t.length <= 45 && /^(?:[-–=~]\s*)?["'“‘]?\p{Ll}/u.test(t) && !/[.;:!?]$/.test(t);
};

export function noiseLabel(kind: NoiseKind): string {
  switch (kind) {
    case 'e-signature':
      return 'dấu chữ ký số';
    case 'file-path':
      return 'đường dẫn tệp Word';
    case 'page-number':
      return 'số trang';
    case 'signature-mark':
      return 'ghi chú chữ ký/con dấu của bản sao';
    case 'hand-mark':
      return 'ký hiệu viết tay';
    case 'rule':
      return 'đường kẻ';
    case 'ocr-rule':
      return 'đường kẻ chấm bị nhận dạng thành chữ số hoặc chữ cái';
    case 'tracking-code':
      return 'mã quản lý văn bản của hệ thống';
    case 'site-footer':
      return 'chân trang của trang web đăng văn bản';
    case 'scanner-mark':
      return 'dòng chữ của ứng dụng quét trên điện thoại';
  }
}

// Signs no Nơi nhận entry or label is written with (square and curly brackets among them: entries use
// round ones; no entry gives a percentage), and the fraction slash "⁄" OCR reads for a stroke.
const SPECK_SIGNS = /[\^`„»«ˆ§“”'‘’<>~_|\\[\]{}%⁄]/;
/** How many letters a token holds (signs and digits aside). */
export const letterCount = (token: string): number => token.replace(/[^\p{L}]/gu, '').length;
/**
 * "Ầ X ờ", "'", "^ TỔ )", ",„ ồ": a scan's seal and signature strokes that OCR read beside a Nơi nhận
 * entry or after the archive line's full stop. Single letters, digits and signs, or signs with
 * two-letter scraps; no entry's own text after its ";" is made of those.
 */
export function isOcrSpecks(tail: string): boolean {
  const tokens = tail.trim().split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > 8) return false;
  if (tokens.every((t) => letterCount(t) <= 1 && t.replace(/[^\d]/g, '').length <= 1)) return true;
  return SPECK_SIGNS.test(tail) && tokens.every((t) => letterCount(t) <= 2 && !/\d{2}/.test(t));
}

/**
 * "semrsơnaeu": one run of letters, small ones among them, that no syllable holds (a stamp's words as OCR
 * read them); an acronym in capitals ("UBND") is the text's own.
 */
export const isGarbledWord = (token: string): boolean => /^\p{L}{4,}$/u.test(token) && /\p{Ll}/u.test(token) && !isVietnameseSyllable(token);

// "Như trên;" or "Như kính gửi;", the first entry that names the recipients, ended.
// "Như trên (để phối hợp):": OCR may read its ";" as a colon.
const AS_ABOVE_ENDED = new RegExp(String.raw`^(?:${AS_ABOVE_OCR}|nhu\s*kinh\s*gui)(?:\s*\([^()]{1,30}\))?\s*[;,:]`);
/**
 * "Như trên; TH š TR 5 NÑ", "Như trên; Pi": beside the first entry, the signer's position or seal read as
 * scraps of one or two letters. No entry shares a line with "Như trên" that is made only of such scraps.
 */
export function isScrapsAfterAsAbove(entry: string, tail: string): boolean {
  const tokens = tail.trim().split(/\s+/).filter((t) => t !== '');
  // "để b/c", "và": a word in small letters or an abbreviation with "/" is an entry's own text; a slash
  // alone ("Như trên; / TỰ") is a stroke. "Như trên; Ẻ đc à": two small letters that make no syllable are a scrap.
  // "Như kính gửi; ẤPH Á ộ": beside a letter alone, three capitals that make no syllable are a scrap
  // too ("SỞ" and "BAN" are words; "Sở KHĐT" has no letter alone).
  // "Như kính gửi; 2 CIÁ": a digit alone is such a scrap as a letter alone is; after it, three capitals with a
  // tone mark are one too (no unit's initials carry a tone, and "CIÁ" of the seal's "GIÁM" passes for a syllable).
  const single = tokens.some((t) => letterCount(t) === 1 || /^\d$/.test(t));
  const scrap = (t: string): boolean =>
    (letterCount(t) <= 2 && !/\d{2}/.test(t) && !/\p{L}\/|\/\p{L}/u.test(t) && !(/^\p{Ll}{2}$/u.test(t) && isVietnameseSyllable(t))) ||
    (single && /^\p{Lu}{3}$/u.test(t) && (!isVietnameseSyllable(t) || (/^\d$/.test(tokens[0] as string) && hasToneMark(t)))) ||
    // "Như trên; ps mee!": small letters that make no syllable, with an exclamation mark no entry holds.
    (/^\p{Ll}{1,4}!$/u.test(t) && !isVietnameseSyllable(t.slice(0, -1)));
  // "Như trên; Pi": one scrap alone when it is a capital and a small letter with no tone mark, which no
  // entry is ("Như trên; Sở" / "Tài chính;" is an entry the row's wrap cut).
  const oneScrap = tokens.length === 1 && /^[A-Z][a-z]$/.test(tokens[0] as string);
  // "Như trên (để phối hợp); Xa R Sanh", "…: N'ưĩa H Â£": among three scraps or more, a letter alone with
  // them, one longer word in a capital or with a sign inside (the seal's name, as OCR read it). An entry
  // sharing the row has a word in small letters ("Sở Y tế") or an abbreviation of three capitals or more.
  const others = tokens.filter((t) => !scrap(t));
  const oneLonger = single && tokens.length >= 3 && others.length === 1 && /^\p{Lu}(?!\p{Lu}{2})/u.test(others[0] as string);
  return AS_ABOVE_ENDED.test(fold(entry).trim()) && (tokens.length >= 2 || oneScrap) && tokens.length <= 8 && (tokens.every(scrap) || oneLonger);
}
