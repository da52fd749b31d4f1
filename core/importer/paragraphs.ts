// Body lines → paragraphs. Stacked text has one paragraph per line; OCR and pdftotext output wrap a
// paragraph over many lines. A line continues the paragraph unless the paragraph already ended a
// sentence and the line starts like a new one (capital, digit, list label). A new paragraph never
// starts with a lower-case letter in Vietnamese, which also mends OCR's stray full stops mid-sentence.
import { run } from '../letter/inline';
import type { Inline } from '../letter/types';
import { contentOf } from './lines';
import type { SourceLine } from './lines';
import { allBold, tidyRuns } from './marks';
import { firstLineIndents } from './indents';
import { dropLineEndMarks, dropLineStartSpeck } from './line-end-marks';
import type { Notes } from './notes';
import { OPENS_BODY } from './patterns';
import { FIRST_LINE_INDENT, doubleSpaced, endedEarly, wrappedAtWidth, wrapWidth } from './wrap-width';
import { endsMidPhrase, firstWord, isUpperText, startsLower, startsUpperOrDigit, unclosedBracket } from './text';
import { cutsWrittenName } from './cut-names';
import { isElisionLine, isTableRow } from './standalone-lines';
import { QUOTE_START, QUOTED_LABEL, quotesInline } from './inline-quotes';
import { endsOnKindBeforeName, isBareLabel, isLongTitleLine, isShortTitleLine, isTitleBeforeBlank, isTitleEndedEarly, isTitleInUnwrappedText, isTitleOverBracketedTask, isWrappedTitleEndedEarly, labelKind, TITLE_LABEL } from './title-lines';

export interface Paragraph {
  runs: Inline[];
  text: string;
  /** Source line of its first line. */
  no: number;
  /** A markdown heading or an all-bold line: a title in the original. */
  heading: boolean;
  /** Source lines joined into it. */
  lines: number;
  /** Our own DOCX: the block's depth in the draft (SourceLine.depth). */
  depth?: number;
  /** Our own DOCX: a plain paragraph (SourceLine.plain). */
  plain?: boolean;
}

/** How much of a long paragraph's start and end the line checks read. */
const VIEW_HEAD = 100;
const VIEW_TAIL = 240;

/**
 * A line's list label: "I.", "I- ", "1.", "1.2.", "1)", "1 - ", "a)", a dash or bullet; "b. Đối với …" too (a point
 * with a full stop, before a capital), for the first letters only: OCR reads "5." as "o. Tang cường …".
 * "§. Báo cáo …": OCR's reading of "8." (label-mends reads which clause it is). "đ.1) Tiền nhà ở …": a point's sub-point.
 */
export const LIST_LABEL = /^\s*(?:[IVX]{1,5}\.|[IVX]{1,5}\s?-\s+(?=\p{Lu})|§\.\s+(?=\p{Lu})|\d{1,2}(?:\.\d{1,2})*\s*[.)](?!\d)|\d{1,2}\s?-\s+(?=\p{Lu})|[a-zđ](?:\.\d{1,2})?\)|[a-hđ]\.\s+(?=\p{Lu})|[-–—•+])\s*/u;
/**
 * "… Quốc hội khóa 13 đã thông" / "-¬:quá Luật số …": a dash run into a scan's specks, after a sentence
 * cut off at a word, is no list's dash but a mark before the sentence's next word.
 */
const specksInSentence = (before: string, text: string): boolean => /^-[^\s\p{L}\p{N}"“'‘(]/u.test(text) && /\p{L}$/u.test(before.trimEnd());
/**
 * "… gửi về Bộ Lao động" / "- Thương binh và Xã hội (qua …)": a name joined by a dash ("Lao động - Thương
 * binh và Xã hội", "Bà Rịa - Vũng Tàu") that a line break cut at its dash, which then reads as a list's.
 */
const NAME_HALVES = /(?:Lao động|Văn ho[áa]|Kinh tế|Phát thanh|Bà Rịa|Khoa học|Kế hoạch|Tài nguyên|Thông tin|Giáo dục)$/u;
const NAME_RESTS = /^[-–]\s*(?:Thương binh|Xã hội|Truyền hình|Vũng Tàu|Thông tin|Thể thao|Công nghệ|Đầu tư|Môi trường|Tiền lương|Truyền thông|Đào tạo)\b/u;
const nameCutAtDash = (before: string, text: string): boolean => NAME_HALVES.test(before.trimEnd()) && NAME_RESTS.test(text);
/** "… theo quy định tại khoản 2" / "Điều 69 …": a provision's number ends the line; its article goes on after it. */
const PROVISION_END = /(?:^|\s)(?:khoản|điểm)\s+\S{1,3}$/iu;
/**
 * "Ủy ban …", "2. …", or "(Đính kèm …)" or a quotation ("“c) Hoá đơn …") after a full stop: a line that
 * can open a sentence after one ended ("… số điện thoại:" / "(024…" goes on).
 */
const opensSentence = (before: string, text: string): boolean => startsUpperOrDigit(text) || (/[.!?]\s*$/.test(before) && /^[([]\s*\p{Lu}|^["“«]\s*(?:\p{Lu}|\d|[a-zđ]\))/u.test(text));
/**
 * "1.3. Trên cơ sở các Nghị định của" / "Chính phủ về …": a short labelled line that stops on a word linking
 * to what follows is no title, whatever the next line opens with ("tại", "năm" may end one: "tồn tại").
 */
const LINKING_END = /\s(?:của|các|những|và|hoặc|với)\s*$/u;
/** "Trân trọng đề nghị./", "Xin trân trọng cảm ơn!": the courtesy line that closes a letter is a paragraph of its own. */
const COURTESY_LINE = /^(?:xin\s+)?trân trọng(?:\s+(?:cảm ơn|đề nghị|báo cáo|kính chào))?\s*[.!]?(?:\/\.?)?$/iu;
/** "Đề nghị các trường …", "Yêu cầu …", "Nhận được Công văn này, …": words that open a request, never the rest of a cut line. */
const REQUEST_OPENER = /^(?:Đề nghị|Yêu cầu|Nhận được)\s/u;
/**
 * "Khi triển khai các nội dung nêu trên, …", "Trong quá trình thực hiện, …": the sentence that closes a
 * letter after its tasks opens a paragraph even when OCR read the full stop before it as a comma; so does
 * the request drawn from what was said ("Vậy, Sở Tư pháp đề nghị …", "Do vậy, Bộ Y tế trân trọng đề nghị …").
 */
const CLOSING_OPENER = /^(?:Khi triển khai|Trong quá trình (?:thực hiện|triển khai)|Quá trình (?:thực hiện|triển khai)|Trên đây là)\s|^(?:Do |Vì )?[Vv]ậy,\s.{0,60}?\s(?:đề nghị|yêu cầu)(?=\s)/u;
/**
 * "… từ ngày 01/01/2026. Bộ Tài chính đang xây dựng" / "Luật Quản lý thuế …": a sentence begun after
 * another ended in the paragraph, a few words long and with no ending yet, goes on. A title has no
 * full stop after its label; a long sentence may just have lost its full stop.
 */
const unfinishedSentence = (text: string): boolean => !/[.:;!?…)"”]\s*$/.test(text) && /.{12}[.!?]\s+\p{Lu}[^.!?;:]{0,40}$/u.test(text);
const SENTENCE_END = /(?:[.:;!?…]|\.\/\.|\))["”»]?\s*$/;
/** "ĐT:", "điện thoại:", "Email:": a contact's label at a line's end. */
const CONTACT_LABEL_END = /(?:^|[\s(,–-])(?:ĐT|Đt|đt|điện thoại|Điện thoại|fax|Fax|email|Email|e-mail|E-mail|hotline|Hotline)\s*:\s*$/u;
/** "… khó thở,,..": OCR's specks of commas and stops ending a line are no sentence's end. */
const OCR_STOPS_END = /\p{L}\s?,[,.\s]*\.\s*$/u;
/** A line ending on the first word of an office's name (or "Công ty" before its kind), which never ends a sentence. */
const OFFICE_WORD_END = /[,\s](?:Sở|Bộ|Ủy ban|Uỷ ban|Phòng|Cục|Vụ|Công ty)$/u;
/** "… vi rút Corona (nCoV)" / "" / "gây ra …": a bracket closing on a word (no stop inside it) ends no sentence before small letters. */
const BRACKETED_WORD_END = /\([^().!?;]*\p{L}\)\s*$/u;
/**
 * "… Phó Chủ tịch Ủy ban nhân dân Tỉnh (UBND Tỉnh)" / "Đoàn Tấn Bửu, Sở …": a name's abbreviation
 * defined in brackets is the sentence's, which goes on after it, even before a capital (a person's
 * name). Not after a label ("a) Sở Giáo dục và Đào tạo (GDĐT)"), a heading over its text.
 */
const ABBREVIATION_END = /\(\s*\p{Lu}{2}[\p{L}&\s-]{0,20}\)\s*$/u;
/**
 * "Sở Công Thương Gia Lai, 17 Trần Hưng Đạo - Pleiku" / "Email: quannt.sct@gialai.gov.vn" / "Điện thoại: …":
 * the lines of an address block under "… theo địa chỉ:" stand one under another, with no ending.
 */
const CONTACT_LINE = /^(?:E-?mail|Điện thoại|ĐT|Fax|Website)\s*:/iu;
/**
 * "- Link khảo sát …: https://forms.gle/f93SDig6" / "Phiếu khảo sát xin gửi về …": a line that ends on a
 * web address ended its sentence (an address takes no full stop); a capital after it opens the next.
 */
const ENDS_ON_ADDRESS = /(?:https?:\/\/|www\.)\S+$/iu;
/** "- Số điện thoại (liên hệ): 0964.171.919" / "Kính gửi Sở Nội vụ …": so does a line that ends on a telephone number after its label. */
const ENDS_ON_PHONE = /(?:điện thoại|ĐT|di động)(?:\s+liên hệ)?\s*:?\s*\(?\+?\d[\d.\s()-]{8,}\d$/iu;
/**
 * "…/d/10OoQGCkmuacePq7XV8yiGt9UWpPF" / "ZE8f9urqLpkJOQ/viewform?edit_requested=true": a web address too long
 * for the line goes on at the next line's start, with no space; its tail has an address's marks (a slash,
 * "?", "=") or letters of both cases and digits, which no word of a sentence has.
 */
const addressGoesOn = (before: string, text: string): boolean => {
  if (!ENDS_ON_ADDRESS.test(before) || /[.,;:)]$/.test(before)) return false;
  const tail = /^[A-Za-z0-9\-._~%/?#=&+]+(?=\s|$)/.exec(text)?.[0];
  return tail !== undefined && (/[/?=&%#_]/.test(tail) || (/\d/.test(tail) && /[a-z]/.test(tail) && /[A-Z]/.test(tail)));
};

/**
 * Some pages break every paragraph's first line early (a first-line indent turned into a line break):
 * a short line, then a full one going on in lower case — a shape no other layout makes. A point's label
 * ("a) Được …") opens a line in lower case too, but no sentence goes on with it.
 */
function breaksFirstLinesEarly(texts: readonly string[], width: number): boolean {
  let seen = 0;
  for (let i = 0; i + 1 < texts.length; i += 1) {
    const t = texts[i] as string;
    const n = texts[i + 1] as string;
    if (t !== '' && t.length <= width * 0.6 && startsLower(n) && !LIST_LABEL.test(n) && n.length >= width * 0.8) seen += 1;
  }
  return seen >= 1;
}

const restoreDash = (runs: readonly Inline[], mark: string): Inline[] =>
  runs.map((r, k) => (k === 0 ? { ...r, text: r.text.replace(/^-/, mark) } : r));

/** `letter` is the whole letter's text (lines joined by a space), where a name cut in the body may be written whole. */
export function buildParagraphs(given: readonly SourceLine[], notes: Notes, letter: string): Paragraph[] {
  // A speck in the margin goes before the indents are measured: the line starts where its text does.
  const source = given.map((l) => {
    const raw = dropLineStartSpeck(l, notes);
    return raw === l.raw ? l : { ...l, raw };
  });
  // A sentence cut by a page break goes on on the next page.
  const unbroken = source.filter((l) => l.pageBreak !== true);
  // Which page each line is on (the breaks' own lines dropped above), for the margins of firstLineIndents.
  const pageOfLine = new Map<SourceLine, number>();
  source.reduce((page, l, i) => {
    const next = page + (i > 0 && l.pageBreak === true && source[i - 1]?.pageBreak !== true ? 1 : 0);
    pageOfLine.set(l, next);
    return next;
  }, 0);
  // Only where the lines also wrap (some go on in small letters): a copy that sets each paragraph on a
  // line of its own, a blank between, has its paragraphs there.
  const closed = unbroken.filter((l) => l.raw.trim() !== '' || l.runs !== null);
  const lines = doubleSpaced(unbroken) && wrapWidth(closed) !== null ? closed : unbroken;
  const width = wrapWidth(lines);
  const out: Paragraph[] = [];
  /** The previous source line's text (a full-width wrap or a short last line?) and the last with text (a page broke?). */
  let lastLine = '';
  let lastSource: SourceLine | null = null;
  let lastRow = false; // whether the last line with text was a table's row (isTableRow)
  let current: Paragraph | null = null;
  // What the checks read of the paragraph under way: all of it while short, else its start and its end.
  // Joining a paragraph of thousands of lines again for each line (a pasted page with no stops) would
  // cost seconds; every check looks only at a paragraph's start or end.
  let head = '';
  let tail = '';
  let grown = 0;
  /** Brackets the paragraph under way opened and has not closed, counted as it grows. */
  let openBrackets = 0;
  /** Quotations “…” the paragraph under way opened and has not closed. */
  let openQuotes = 0;
  const sofar = (): string => (grown <= VIEW_TAIL ? tail : `${head} ${tail}`);
  const grow = (added: string, fresh: boolean): void => {
    if (fresh) {
      head = '';
      tail = '';
      grown = 0;
      openBrackets = 0;
      openQuotes = 0;
    }
    grown += added.length;
    openBrackets += (added.match(/\(/g)?.length ?? 0) - (added.match(/\)/g)?.length ?? 0);
    openQuotes += (added.match(/“/g)?.length ?? 0) - (added.match(/”/g)?.length ?? 0);
    if (head.length < VIEW_HEAD) head = (head + added).slice(0, VIEW_HEAD);
    tail = (tail + added).slice(-VIEW_TAIL);
  };
  /** Lists whose last item so far was a title alone on its line ("a) Thời gian"). */
  const titledKinds = new Set<string>();
  const close = () => {
    if (current) {
      const kind = TITLE_LABEL.test(current.text) ? labelKind(current.text) : null;
      if (kind !== null && isShortTitleLine(current)) titledKinds.add(kind);
      else if (kind !== null) titledKinds.delete(kind);
      current.runs = tidyRuns(current.runs);
      current.text = current.runs.map((r) => r.text).join('');
      if (current.text !== '') out.push(current);
    }
    current = null;
  };
  const texts = lines.map((l) => contentOf(l.raw, l.runs, l.open).text.trim());
  const nextText = (i: number): string | null => {
    const t = texts[i + 1];
    return t === undefined || t === '' ? null : t;
  };
  const early = width !== null && breaksFirstLinesEarly(texts, width);
  // A text that sets each paragraph on one line (Word's) shows it by lines far longer than any page's.
  const lineParagraphs = width === null && texts.filter((t) => t.length > 150).length >= 3;
  const indents = firstLineIndents(lines, texts, (i) => pageOfLine.get(lines[i] as SourceLine) ?? 0);
  /** On a page that breaks first lines early, a line filling the width is inside a paragraph. */
  const insideParagraph = (i: number): boolean => early && (texts[i] as string).length + 1 + firstWord(nextText(i) ?? '') > (width as number);
  /**
   * "… ngày 14/11/2008 và" / "" / "Luật số 70/2014/QH13 …": OCR leaves a blank line where a scan's line
   * spacing varied; a sentence cut at a linking word goes on after it (not into a list label).
   */
  const blankInSentence = (i: number): boolean => {
    if (current === null || (lines[i] as SourceLine).runs !== null) return false;
    let j = i + 1;
    while (j < lines.length && texts[j] === '') j += 1;
    const next = texts[j];
    const cur = current as Paragraph;
    const text = sofar();
    if (next === undefined || (lines[j] as SourceLine).runs !== null || cur.heading || (LIST_LABEL.test(next) && !specksInSentence(text, next)) || /^#/.test((lines[j] as SourceLine).raw.trim())) return false;
    if (cutsWrittenName(letter, text, next)) return true; // "… thành phố Cà" / "" / "Mau, …", a title's line too
    if (isTitleBeforeBlank(cur, next, width)) return false;
    // "… đã có Công văn số" / "" / "Sau khi nhận được …": a number left blank to fill in; a sentence opens after.
    if (/(?:^|\s)(?:số|ngày)\s*$/iu.test(text) && /^\p{Lu}\p{Ll}+\s\p{Ll}/u.test(next)) return false;
    // "… các văn bản quy phạm pháp luật đã được" / "" / "trích dẫn tai văn bản nay./.": no paragraph opens in
    // small letters (nor in a bracket opening on one: "…/khaosat" / "" / "(hoặc quét mã …"), so one that has
    // not ended goes on.
    const opensLower = startsLower(next) || /^\(\p{Ll}/u.test(next);
    // "… khi đi học trở lại, Sở" / "" / "Giáo dục và Đào tạo Vĩnh Long …": a full line cut after the first word
    // of an office's name ("Sở", "Bộ", "Ủy ban") goes on in the name.
    const before = texts[i - 1] ?? '';
    const cutName = width !== null && OFFICE_WORD_END.test(before) && before.length + 1 + firstWord(next) > width * 0.8;
    // "… (qua phòng" / "" / "Tổ chức cán bộ, đ/c … nhận) trước ngày …": a bracket the paragraph opened closes on the next line.
    const bracketCloses = openBrackets > 0 && /^[^()]*\)/.test(next);
    return endsMidPhrase(text) || cutName || bracketCloses || cutFirstLine(cur, text, next) || (opensLower && (!SENTENCE_END.test(text) || BRACKETED_WORD_END.test(text) || OCR_STOPS_END.test(text))) || specksInSentence(text, next);
  };
  /**
   * "Theo Bộ …, tình hình an toàn thông tin tại Việt" / "" / "Nam năm 2018 …": OCR sets a paragraph's
   * indented first line apart as a block of its own; a first line that (but for its indent) filled the
   * width and has no ending goes on after the blank.
   */
  // "- Buổi chiều thi …; bắt đầu từ 14h00" / "" / "Đề nghị các trường …": a line that opens a request starts anew.
  const cutFirstLine = (cur: Paragraph, text: string, next: string): boolean =>
    width !== null && cur.lines === 1 && !SENTENCE_END.test(text) && !isShortTitleLine(cur) && text.length + 1 + firstWord(next) > width * 0.8 && !REQUEST_OPENER.test(next);
  lines.forEach((line, i) => {
    const raw = dropLineEndMarks(line, notes);
    const c = contentOf(raw, line.runs, line.open);
    if (c.text.trim() === '') {
      if (!blankInSentence(i)) close();
      return;
    }
    // "… đảm bảo" / "**hoàn thành nhiệm vụ trước ngày 15/12/2025.**": a bold span that opens in small letters
    // after plain text stresses the words of a sentence under way; no title opens so (a bold title wraps so).
    const heading = c.heading || (allBold(c.runs) && c.text.length <= 200 && !(current !== null && !current.heading && startsLower(c.text)));
    const before = current === null ? '' : sofar();
    // The line goes on with the one before: a span wrapped over the break, or a label left alone.
    // "II. TỔ CHỨC TRIỂN KHAI HOẠT ĐỘNG NGHIÊN CỨU KHOA HỌC" / "CỦA HỌC SINH TRUNG HỌC": a title in capitals
    // wrapped; the sentence under it ("Phòng GD&ĐT các huyện …") starts anew.
    const capsTitle = current !== null && TITLE_LABEL.test(before) && isUpperText(before.replace(TITLE_LABEL, '')) && !/[.:;!?]\s*$/.test(before);
    const capsTitleGoesOn = capsTitle && (current as Paragraph).lines === 1 && isUpperText(c.text) && /\p{Lu}{2}/u.test(c.text);
    const continues = current !== null && line.runs === null && !LIST_LABEL.test(c.text) && (line.joined === true || isBareLabel(before) || capsTitleGoesOn);
    // "… của Bộ Giáo dục và Đào tạo" / "– Cục Khảo thí …": a dash after a line that (nearly: a first
    // line is shorter by its lost indent) filled the width in mid-sentence is the sentence's own; a new
    // item follows an ending (":", ";", "."). Not after a dash item: a list whose lines have no ending
    // goes on with its next item.
    // A numbered line alone ("5. Một số yêu cầu đối với các nhà trường, cán bộ tham dự Hội nghị") is a
    // heading over its dashes unless it truly filled the width.
    const fill = current !== null && current.lines === 1 && LIST_LABEL.test(before) ? 0.9 : 0.8;
    const dashInSentence =
      /^[-–—]\s/.test(c.text) && current !== null && !/^\s*[-–—+•]/.test(before) && width !== null && lastLine.length >= width * fill && !/[.:;!?…)"”]\s*$/.test(before);
    // "…sau:*" / "*1. Giảm thuế …": markdown that wraps each paragraph in its own emphasis span opens a new
    // span at a paragraph's start; a span that goes on over a line break is one paragraph's ("*1. Giảm thuế\ngia tăng …*").
    const newSpan =
      line.runs === null && line.open === undefined && /^\s*\*/.test(raw) && i > 0 && (lines[i - 1] as SourceLine).runs === null && /\*\s*$/.test((lines[i - 1] as SourceLine).raw) && !startsLower(c.text);
    // "… Mặt trận Tổ quốc Việt Nam cùng cấp." / page 2 / "Thời điểm Đại hội … quyết định”.": a quotation left
    // open goes on at the next page's top after a line that filled the width.
    const quoteOverPage = (): boolean =>
      lastSource !== null && pageOfLine.get(lastSource) !== pageOfLine.get(line) && openQuotes > 0 && width !== null && lastLine.length >= width * 0.95;
    // "Đề nghị Trưởng các phòng …, nghiệp vụ thuộc Sở Giáo dục và Đào tạo;" / "Trưởng phòng Giáo dục …": a
    // paragraph's first line, shorter by its indent, that filled the rest of the width on a ";" wrapped
    // there; an opening word on the next line ("Căn cứ …", "Thực hiện …") starts anew all the same.
    const firstLineWrapped = (): boolean =>
      width !== null &&
      (current as Paragraph).lines === 1 &&
      /;\s*$/.test(before) &&
      !LIST_LABEL.test(before) &&
      !OPENS_BODY.test(c.text) &&
      lastLine.length + 1 + firstWord(c.text) > width - FIRST_LINE_INDENT &&
      lastLine.length <= width;
    /** What the words say: a list label, a new sentence after one ended, a line well short of the width. */
    const startsByText = (): boolean =>
      (LIST_LABEL.test(c.text) && !dashInSentence && !specksInSentence(before, c.text) && !nameCutAtDash(before, c.text)) ||
      newSpan ||
      COURTESY_LINE.test(c.text) ||
      // "*Không nộp về Phòng …": a note the author marked with an asterisk (kept as typed, lines.ts).
      (/^\s*\\\*/.test(raw) && /^\*\s*\p{Lu}/u.test(c.text)) ||
      (/[.,;:]\s*$/.test(before) && CLOSING_OPENER.test(c.text)) ||
      // "Căn cứ Quyết định số 06/2017/QĐ-UBND … tỉnh Bến Tre;" / "Để sắp xếp …": a ground the letter cites ends
      // at its ";", wrapped at the width or not; the next capital opens the next ground or the letter's point.
      (/^\s*Căn cứ\s/u.test(before) && /;\s*$/.test(before) && /^\p{Lu}\p{Ll}/u.test(c.text)) ||
      // "… so với quy định." / "Thời gian:" / "- Nhận hồ sơ …": after a sentence's end, a short line ending in a
      // colon over a dash's item is the heading of the list that follows.
      (/[.;]\s*$/.test(before) && /^\p{Lu}[^.;:]{0,40}:\s*$/u.test(c.text) && /^[-–—+•]\s/u.test(nextText(i) ?? '')) ||
      (CONTACT_LINE.test(c.text) && !/[,(]\s*$/.test(before) && !endsMidPhrase(before) && !insideParagraph(i) && (width === null || lastLine.length < width * 0.9)) ||
      ((ENDS_ON_ADDRESS.test(before) || ENDS_ON_PHONE.test(before)) && /^\p{Lu}/u.test(c.text)) ||
      // "Điều 3. Gia hạn …" / "...2. Đối với …": a quotation's elision mark before the next label.
      // "a) Thí sinh phải nộp hồ sơ … trước ngày" / "30/5/2021:": a short line cut at a linking word is no title.
      (isShortTitleLine(current as Paragraph) && !(endsMidPhrase(before) && (/^\d/.test(c.text) || LINKING_END.test(before))) && !endsOnKindBeforeName(before, c.text) && (startsUpperOrDigit(c.text.replace(/^\s*(?:\.{2,}|…)\s*/u, '')) || QUOTED_LABEL.test(c.text)) && !insideParagraph(i)) ||
      (isLongTitleLine(current as Paragraph, titledKinds, c.text) && !insideParagraph(i)) ||
      ((isTitleEndedEarly(current as Paragraph, c.text, width) || isWrappedTitleEndedEarly(current as Paragraph, lastLine, c.text, width)) && !insideParagraph(i)) ||
      (capsTitle && (current as Paragraph).lines > 1 && /^\p{Lu}\p{Ll}/u.test(c.text)) ||
      // "THÔNG BÁO KHẨN" / "Tin bão trên Biển Đông, …": a short heading in capitals alone on its line, no label.
      ((current as Paragraph).lines === 1 && isUpperText(before) && /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,5}$/u.test(before) && /^\p{Lu}\p{Ll}+\s\p{Ll}/u.test(c.text)) ||
      (SENTENCE_END.test(before) && !startsLower(c.text) && opensSentence(before, c.text) && !wrappedAtWidth(lastLine, c.text, nextText(i), width) && !firstLineWrapped() && !(ABBREVIATION_END.test(before) && !TITLE_LABEL.test(before)) && !quoteOverPage()) ||
      // "… với nội dung kiến nghị:" / "“Câu số 18. …”": a quotation a colon introduces starts its own paragraph.
      // "… người hướng dẫn tập sự”" / "“1. Trong thời gian …": so does one right after a quotation closed.
      (/[:”»]\s*$/.test(before) && QUOTE_START.test(c.text) && !quotesInline(texts, i) && !wrappedAtWidth(lastLine, c.text, nextText(i), width)) ||
      // Text that does not wrap has a paragraph on each line: a long line ended its paragraph even without
      // a full stop ("… qua Email: ctthuy@moet.gov.vn" / "Xin trân trọng cảm ơn.").
      // "(1) Tổng hợp …": so does a line that a bracketed number opens, after a long one, an ending or a title.
      // "ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG" (a banner inside a Word letter's body): in a text that sets each paragraph
      // on one line, a line opening in capitals starts one, unless the line before was cut mid-phrase.
      (width === null && ((lastLine.length > 150 && startsUpperOrDigit(c.text)) || (lineParagraphs && startsUpperOrDigit(c.text) && !endsMidPhrase(before) && !PROVISION_END.test(before)) || (/^\(\d{1,2}\)\s+\p{Lu}/u.test(c.text) && (lastLine.length > 150 || SENTENCE_END.test(before) || isTitleOverBracketedTask(current as Paragraph, titledKinds, c.text))) || (lineParagraphs && isTitleInUnwrappedText(current as Paragraph, c.text)))) ||
      // A wrapped line that stopped well short of the width ended its paragraph ("1.1. Giao Sở Nông nghiệp" / "và Môi
      // trường"), punctuation or not; not on an office's first word ("… gửi Bộ"), nor inside a name written whole elsewhere.
      ((current as Paragraph).lines > 1 && startsUpperOrDigit(c.text) && endedEarly(lastLine, c.text, width) && !endsMidPhrase(before) && !OFFICE_WORD_END.test(before) && !unfinishedSentence(before) && !cutsWrittenName(letter, before, c.text, true));
    // Indented first lines (pdftotext -layout) decide where the text alone cannot.
    const opensByIndent = indents !== null && indents.opens(i);
    const goesOnByIndent = indents !== null && indents.goesOn(i);
    // "… (qua số điện thoại:" / "0269.3888.222).": a line that closes the bracket the line before left open
    // is the same sentence, whatever it starts with. "… (Ví dụ: Trường THPT …" / "… đến nay." / "Nếu thí
    // sinh học …" / "… mã trường là 053).": so is a sentence that ends inside a bracket the paragraph
    // opened, closed on this line or the next.
    const inBracket =
      current !== null && !LIST_LABEL.test(c.text) && (openBrackets > 0 || unclosedBracket(lastLine)) && [c.text, nextText(i) ?? ''].some((t) => /^[^()]*\)/.test(t));
    const inAddress = current !== null && line.runs === null && addressGoesOn(before, c.text);
    // "… Sở GDĐT – ĐT:" / "02703.823376 để trao đổi …": a contact's label ends the line, its number or address opens the next.
    const afterContactLabel = current !== null && CONTACT_LABEL_END.test(before) && /^(?:[\d(+]|\S+@)/u.test(c.text);
    const row = line.runs === null && isTableRow(raw);
    const elision = current !== null && (isElisionLine(c.text) || isElisionLine(lastLine));
    const startsNew =
      !continues &&
      (current === null ||
        line.runs !== null ||
        heading ||
        row ||
        lastRow ||
        elision ||
        (current as Paragraph).heading ||
        (!inAddress && opensByIndent) ||
        (!goesOnByIndent && !inBracket && !inAddress && !afterContactLabel && startsByText()));
    lastLine = c.text;
    lastSource = line;
    lastRow = row;
    if (startsNew) {
      close();
      current = { runs: [...c.runs], text: c.text, no: line.no, heading, lines: 1, ...(line.depth === undefined ? {} : { depth: line.depth }), ...(line.plain === true ? { plain: true } : {}) };
      grow(c.runs.map((r) => r.text).join(''), true);
    } else {
      const cur = current as unknown as Paragraph;
      // "92/TTr-" + "UBND": a symbol cut at its hyphen joins without a space; so does a name ("U-" + "đôm-xay",
      // "GDNN-" + "GDTX"): the page wrote it whole, though some readers write that break as a space.
      const glue = (/\S-$/.test(before) && /^\S/.test(c.text)) || inAddress;
      // "… cho học ." / "sinh THPT …": a full stop standing apart at a line's end, the sentence going on in
      // small letters on the next, is a speck of the scan, not the sentence's end.
      const speck = cur.runs[cur.runs.length - 1];
      if (speck !== undefined && /\s\.$/.test(speck.text) && /^\p{Ll}/u.test(c.text) && line.runs === null) {
        notes.add('body', 'dropped', `Trước dòng ${line.no}: bỏ dấu chấm đứng riêng cuối dòng (câu còn tiếp ở dòng ${line.no}).`, '.');
        cur.runs[cur.runs.length - 1] = { ...speck, text: speck.text.replace(/\s\.$/, '') };
      }
      // The space a wrap took away keeps the marks of the text on both sides of it.
      const left = cur.runs[cur.runs.length - 1];
      const right = c.runs[0];
      const same = left !== undefined && right !== undefined && left.bold === right.bold && left.italic === right.italic && left.underline === right.underline;
      // "… Bộ Giáo dục và Đào tạo" / "– Cục Khảo thí …": the dash read as a list mark was the text's own.
      // A name cut at its dash ("Lao động" / "- Thương binh") is written with the name's own hyphen.
      const runs = line.mark !== undefined && /^[–—]$/.test(line.mark) && !nameCutAtDash(before, c.text) ? restoreDash(c.runs, line.mark) : c.runs;
      cur.runs.push(...(glue ? [] : [same ? { ...left, text: ' ' } : run(' ')]), ...runs);
      grow(`${glue ? '' : ' '}${runs.map((r) => r.text).join('')}`, false);
      // A label alone on its line is no line of text: the paragraph's first line is the one after it.
      if (!isBareLabel(before)) cur.lines += 1;
      // A title wrapped over lines is a title only if every line of it is bold.
      cur.heading = cur.heading && heading;
    }
  });
  close();
  return out;
}
