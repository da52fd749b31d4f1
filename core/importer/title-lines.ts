// Lines that head what follows them: a numbered title alone on its line ("2. Sở Y tế", "a) Thời gian")
// and a label with nothing after it. buildParagraphs ends a paragraph after such a line.
import type { Paragraph } from './paragraphs';
import { endsMidPhrase, firstWord } from './text';
import { FIRST_LINE_INDENT } from './wrap-width';

/**
 * "2. Sở Y tế" alone on its line: a clause title, so the next capitalised line is its text. Only
 * numbered labels head a title; a dash item is a sentence that a web page may wrap anywhere.
 */
export const isShortTitleLine = (p: Paragraph): boolean => titleShaped(p) && lineText(p).length <= 60;

const lineText = (p: Paragraph): string => p.runs.map((r) => r.text).join('');

/** One labelled line with no ending and no quotation left open. */
const titleShaped = (p: Paragraph): boolean => {
  // A title is one line: a paragraph of many is none, whatever its length (and is not joined to tell).
  if (p.lines !== 1) return false;
  const text = lineText(p);
  // "1. Thực hiện bangdroll: “TÍCH CỰC HƯỞNG ỨNG NGÀY TOÀN DÂN": a quotation opened inside the line and
  // left open goes on below ("“Điều 2. Đối tượng áp dụng" quotes a whole article, heading first).
  const inner = text.replace(/^\s*“/, '');
  const openQuote = inner.split('“').length > inner.split('”').length;
  return TITLE_LABEL.test(text) && !/[.,;:!?…]\s*$/.test(text) && !openQuote;
};

/** Which list a label belongs to: titles of one list are alike ("a) Thời gian", "b) Địa điểm"). */
export const labelKind = (text: string): 'section' | 'clause' | 'point' | 'article' | null => {
  if (/^\s*[IVX]{1,5}\./.test(text)) return 'section';
  if (/^\s*[a-zđ]\)/.test(text)) return 'point';
  if (/^\s*\d/.test(text)) return 'clause';
  return /^\s*["“]?\s*Điều/u.test(text) ? 'article' : null;
};

/**
 * "b) Điểm cầu các trường trung học phổ thông trung tâm của huyện, thành phố" / "Lãnh đạo UBND huyện, …":
 * a title that filled the line, right after a short title of the same list ("a) Điểm cầu Sở GDĐT"). It
 * ends on a small word (a line cut inside a name mostly ends on a capital one: "… huyện Tân" / "Hồng …")
 * that links to nothing, and the next line opens a sentence: a capital word, then a small one.
 */
export const isLongTitleLine = (p: Paragraph, titledKinds: ReadonlySet<string>, next: string): boolean => {
  // One line only, asked first: the paragraph under way may be thousands of lines long.
  if (titledKinds.size === 0 || !titleShaped(p)) return false;
  const text = lineText(p);
  const kind = labelKind(text);
  return (
    kind !== null &&
    titledKinds.has(kind) &&
    text.length <= 110 &&
    /\s\p{Ll}\p{L}*\s*$/u.test(text) &&
    !endsMidPhrase(text) &&
    /^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(next)
  );
};

/** "2. Hoàn thiện cơ cấu tổ chức …" / "(1) Xây dựng …": a title over a task its bracketed number opens. */
export const isTitleOverBracketedTask = (p: Paragraph, titledKinds: ReadonlySet<string>, next: string): boolean => {
  const task = /^\(\d{1,2}\)\s+(?=\p{Lu})/u.exec(next);
  return task !== null && (isShortTitleLine(p) || isLongTitleLine(p, titledKinds, next.slice(task[0].length)));
};

/**
 * "2. Về trình tự, thủ tục giải quyết đơn của bà Đoàn Thị Kim Thu" / "Chủ tịch Ủy ban nhân dân tỉnh giải quyết …":
 * in text that does not wrap (a paragraph on each line, as Word's), a labelled line with no ending over a
 * sentence's start is a title over it, whatever its length or its last word.
 */
export const isTitleInUnwrappedText = (p: Paragraph, next: string): boolean =>
  titleShaped(p) && lineText(p).length <= 160 && !endsMidPhrase(lineText(p)) && /^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(next);

/** A heading names a topic: "Đối với …", "Về …" after its label. */
const namesTopic = (text: string): boolean => /^(?:Đối với|Về)\s/u.test(text.replace(TITLE_LABEL, ''));

/**
 * A title's last line stopped where the next line's first word (a capital, then small words: a
 * sentence's start, not a name's next word) would have fitted even after an indent, on a small word that
 * links to nothing: the break was meant.
 */
const stoppedBeforeSentence = (last: string, next: string, width: number): boolean =>
  last.length + 1 + firstWord(next) <= width - FIRST_LINE_INDENT && /\s\p{Ll}\p{L}*\s*$/u.test(last) && !endsMidPhrase(last) && /^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(next);

/**
 * "b) Đối với thí sinh đoạt giải Cuộc thi Khoa học kỹ thuật quốc gia" / "Căn cứ vào kết quả …": a
 * labelled line with no ending that stopped before a sentence is a title over it. It must name a topic:
 * "3. Giao Trưởng phòng … phối hợp Giám đốc Trung tâm" / "Văn hóa Thông tin …" is a sentence the wrap cut
 * inside a name, the line as short ("… với UBND tỉnh Lạng" / "Sơn và …" ends on a capital word).
 */
export const isTitleEndedEarly = (p: Paragraph, next: string, width: number | null): boolean =>
  width !== null && titleShaped(p) && namesTopic(lineText(p)) && stoppedBeforeSentence(lineText(p), next, width);

/**
 * "1. Về khó khăn, vướng mắc dẫn đến chưa thực hiện khắc dấu của các" / "Hội do Đảng, … sau hợp nhất, đổi
 * tên" / "Các hội …": such a topic's title wrapped once, its second line stopped before a sentence.
 */
export const isWrappedTitleEndedEarly = (p: Paragraph, last: string, next: string, width: number | null): boolean => {
  if (width === null || p.lines !== 2) return false;
  const text = lineText(p);
  return TITLE_LABEL.test(text) && namesTopic(text) && text.length <= 200 && !/[.,;:!?…]\s*$/.test(text) && stoppedBeforeSentence(last, next, width);
};

/**
 * "1. Nội dung" / "" / "và phòng học bộ môn …" (OCR's "Về"): a labelled line alone before a blank, stopped
 * well before the width the next line's first word would have fitted in, heads what follows even in small
 * letters; a line the wrap cut would have taken that word.
 */
export const isTitleBeforeBlank = (p: Paragraph, next: string, width: number | null): boolean =>
  width !== null && isShortTitleLine(p) && lineText(p).length + 1 + firstWord(next) <= width - FIRST_LINE_INDENT;

/**
 * "4. Đối với các trường THPT; phổ thông DINI; trường" / "BDNG&CBQLGD các trung tâm; …": a line ending on
 * one school, centre or office named by its kind alone ("trường", not "các trường" or "nhà trường"),
 * before a name in capitals, is a sentence the wrap cut inside that name, however short: no title.
 */
export const endsOnKindBeforeName = (text: string, next: string): boolean =>
  /(?:^|[\s;,])(?<!(?:các|những|nhà|mỗi|từng|toàn)\s)(?:trường|trung tâm|phòng)\s*$/iu.test(text) && /^\p{Lu}{2,}[\p{Lu}&-]*(?:\s|$)/u.test(next);

// "“Điều 2. Đối tượng áp dụng": a cited law's article heading is a title line too; so is "2- Địa điểm
// làm việc", the hyphen some offices type for the clause's full stop, and a procedure's "Bước 1: Xem xét hồ sơ".
export const TITLE_LABEL = /^\s*(?:Bước\s\d{1,2}\s?:|[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*\s*[.)](?!\d)|\d{1,2}\s?-\s+(?=\p{Lu})|[a-zđ]\)|["“]?\s*Điều\s+\d{1,3}\.|“\d{1,2}\.(?!\d))\s*/u;

/**
 * A list label with nothing after it ("-", "2.", "**2.**", and "“Điều 11." over a quoted article's
 * title): its text is on the next line.
 */
export const isBareLabel = (text: string): boolean => /^\s*(?:[IVX]{1,5}\.|\d{1,2}\s*[.)]|[a-zđ]\)|[-–—+•]|["“]?\s*Điều\s+\d{1,3}\.)\s*$/u.test(text);

