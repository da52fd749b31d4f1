// The header: agency (and parent agency), Số/ký hiệu, place and date, subject (V/v). Reads segments
// in any order and either layout: the left column (agency, Số, V/v) first, then the right column
// (national title, motto, date); stacked text is one column. Every value comes from the text; what is
// not there is left empty and noted.
import { agencyLineWithoutSpecks } from './agency-specks';
import { isVietnameseSyllable } from '../encoding';
import { startsUnitName } from './agency';
import { isCapsFragment, lowerIssuedNumber, mergeBroken, rejoinBlankCuts } from './header-pieces';
import type { Piece } from './header-pieces';
import type { Segment } from './lines';
import type { Notes } from './notes';
import { parseDate, placeNamedByAgency } from './dateline';
import { datelinePartsAfter } from './dateline-parts';
import { parseNumberLine } from './number-line';
import { joinSubjectLine, subjectLineWithoutSpecks, withoutTrailingSpeck } from './subject-specks';
import { isOcrSpecks } from './noise';
import { isUnlabelledEntry } from './unlabelled-recipients';
import { isDatelineOnly } from './zones';
import { DATE, DOCUMENT_KIND_SUBJECT, OCR_SUBJECT_LEAD, endsCutTitle, isMotto, isNationalTitle, isNumberLine, isRecipientsStart, isSubjectStart } from './patterns';
import { fold, isUpperText, mostlyUpper, squash, startsLower } from './text';

export interface HeaderFields {
  agencyLines: string[];
  number: number | null;
  symbol: string;
  numberFound: boolean;
  place: string;
  day: number | null;
  month: number | null;
  year: number | null;
  dateFound: boolean;
  /** The dateline's day or month was there but could not be read ("ngày2( tháng 2"): its other parts are doubtful too. */
  dateMarred: boolean;
  /** The day was read only by mending OCR's letters for digits ("ngày 2O"): a cited date can overrule it. */
  dayMended: boolean;
  subject: string;
  subjectFound: boolean;
}

/**
 * "Chương trình giáo dục phổ thông 2018 Hà Nội, ngày …": the words before a place in capitals (each word
 * of it capitalised, "Bà Rịa - Vũng Tàu", "TP. Hồ Chí Minh") when two or more of them, one in small letters
 * that no place name uses, are there; else null.
 */
function subjectBeforePlace(text: string): string | null {
  const at = DATE.exec(fold(text))?.index;
  if (at === undefined) return null;
  const m = /^(.*?\s)((?:\p{Lu}[\p{L}.]*\s*(?:-\s*)?){1,5})[,\s]*$/u.exec(text.slice(0, at));
  if (m === null) return null;
  const words = (m[1] as string).trim().split(/\s+/);
  const small = words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:thành|phố|tỉnh|huyện|quận|thị|xã|trấn|phường)$/u.test(w));
  return words.length >= 2 && small.length >= 1 ? (m[1] as string) : null;
}

/** The subject's last words, found run into the dateline's place, go back to the subject, with a note. */
function giveBackToSubject(words: string, lineNo: number, text: string, out: HeaderFields, notes: Notes): void {
  out.subject = `${out.subject} ${words}`;
  notes.add('subject', 'uncertain', `Dòng ${lineNo}: cuối trích yếu nằm liền trước địa danh (hai cột bị dồn); đã tách "${words}" về trích yếu — hãy kiểm tra.`, text);
}

/** "THCS, THPT", "THCS và THPT": initials in capitals, two or more, and nothing else. */
const INITIALS_LIST = /^\p{Lu}[\p{Lu}&]{1,7}(?:(?:,\s*|\s+và\s+)\p{Lu}[\p{Lu}&]{1,7})+\.?$/u;
/** "COVID - 19", "COVID-19", "H5N1": a disease's name in capitals with its number, the last words of a subject. */
const NAME_WITH_NUMBER = /^(?:\p{Lu}{2,}\s?[-–]\s?\d{1,4}|\p{Lu}\d\p{Lu}\d)\.?$/u;

/**
 * A web page's own title repeats the subject above the letter ("Về việc khẩn trương phòng chống lụt,
 * bão…" over the header whose "V/v …" follows "Số:"). A subject line before the number line, when
 * another follows the number line, is that page title: its index, or -1.
 */
function pageHeadingAt(queue: ReadonlyArray<Piece | null>): number {
  const numberAt = queue.findIndex((p) => p !== null && isNumberLine(squash(p.text)));
  if (numberAt < 0) return -1;
  const subjects = queue.flatMap((p, i) => (p !== null && isSubjectStart(squash(p.text)) ? [i] : []));
  const first = subjects[0];
  return first !== undefined && first < numberAt && subjects.some((i) => i > numberAt) ? first : -1;
}

/** "ngày 25 tháng 11 năm 2025" ending a line, as typed (tone marks may be lost). */
// "ngày) tháng 5": a hand-filled day OCR read as a sign glued to "ngày" (a letter after it at most: "ngày»Ý
// tháng 5"), or lost; "ngày 2 Ø tháng 12": read in two scraps;
// "tháng #năm 2016": a hand-filled month read as a sign glued to "năm". "năm 202]": a year's "1" read as a bracket.
// "ngàyZ/tháng 3": the day's scrawl, a letter and a sign, glued to both words.
const DATE_AT_END = /\s(ngay(?:(?:\s+\S{1,6}(?:\s\S{1,2})?|\d{1,2}|[^\s\p{L}\d]{1,3}\p{L}?)?\s+|\p{L}?[^\s\p{L}\d]{1,2})thang\s+(?:\S{1,6}\s+|[^\s\p{L}\d]{1,2})nam\s+[\dOoIl|\]]{4})\s*\.?$/u;

/**
 * "Số: 4085/UBND-ĐT Thành phố Hồ Chí Minh," over "V/v rà soát … ngày 25 tháng 11 năm 2025": OCR and
 * flattened copies run the right column's wrapped dateline into the subject's first line. Read when
 * the place, ending in its comma, is the line just above, or (the whole dateline on the subject's line)
 * when no dateline of the letter's own follows: a subject naming a day has neither.
 */
function datelineInSubject(text: string, strays: readonly Piece[], piece: Piece, laterDate: boolean, agencyLines: readonly string[]): { place: string; date: string; subject: string } | null {
  const m = DATE_AT_END.exec(fold(text));
  if (!m) return null;
  const at = m.index + 1;
  const prev = strays[strays.length - 1];
  if (prev && prev.no >= piece.no - 1 && /\p{L}\s*,\s*$/u.test(prev.text) && !/\d/.test(prev.text)) {
    return { place: squash(prev.text), date: text.slice(at).trim(), subject: text.slice(0, at).trim() };
  }
  // "V/v chân chỉnh thực hiện Hà Nội, ngày ¿9 tháng 6 năm 2016": the whole dateline run onto the subject's
  // line, its place the capitalised words before the comma; only when no dateline of its own follows.
  // "V/ cho trẻ mầm non, …, Bắc Ninh ngày 19 tháng 02 năm 202]": OCR may lose the comma; a subject's words
  // before a date it names are then small ("Lễ kỷ niệm ngày …"), a place's capitalised.
  const placed = laterDate ? null : /^(.*?\S)\s+((?:\p{Lu}\p{Ll}*\s){0,3}\p{Lu}\p{Ll}*)\s*,?\s*$/u.exec(text.slice(0, at));
  if (placed === null) return null;
  const place = placeNamedByAgency(placed[2] as string, agencyLines);
  const subject = `${placed[1] as string} ${(placed[2] as string).slice(0, -place.length)}`.trim();
  return { place, date: text.slice(at).trim(), subject };
}

/** The index of a "/SYMBOL" piece within the next three lines of text after a bare "Số:", or -1. */
function cutSymbolAt(queue: ReadonlyArray<Piece | null>, at: number): number {
  let seen = 0;
  for (let k = at + 1; k < queue.length && seen < 4; k += 1) {
    const p = queue[k];
    if (p === null || p === undefined) continue;
    const t = squash(p.text);
    if (/^(?:[\dOoIl.…_]{0,6}\s*)\/\s*§?\p{Lu}/u.test(t)) return k;
    // "Số: 1364" / title / motto / "Lâm Đồng, ngày 10 tháng 9 năm 2025" / "/SNV-TCBC": the right column's
    // dateline, whole, may come between too.
    if (!isNationalTitle(t) && !isMotto(t) && !isDatelineOnly(t)) return -1;
    seen += 1;
  }
  return -1;
}

/** Reads one column's pieces in order; blank lines (null) close an open subject. */
function readStream(stream: ReadonlyArray<Piece | null>, canHoldAgency: boolean, out: HeaderFields, notes: Notes, strays: Piece[]): void {
  let subjectOpen = false;
  /** The source line the subject's text last came from: its end set apart comes below it. */
  let subjectEnd = Infinity;
  const queue = mergeBroken(rejoinBlankCuts(lowerIssuedNumber(stream)));
  const heading = pageHeadingAt(queue);
  let afterBlank = false;
  /** The subject line opened with a quote before "V/v" (“V/v …”). */
  let subjectQuoted = false;
  /**
   * “V/v giải quyết kiến nghị" / "của cử tri”: a subject printed in quotes ends with its closing quote;
   * both quotes go (what follows, a stamp's scraps OCR read under it, is no part of it). True if it closed.
   */
  const closeQuotedSubject = (): boolean => {
    const closed = subjectQuoted ? /\s*["”]\s*$/.exec(out.subject) : null;
    if (closed === null) return false;
    out.subject = out.subject.slice(0, closed.index);
    return true;
  };
  /** The national title's line, when it was the last piece read: its cut-off end may come next. */
  let titleLine: string | null = null;
  for (let i = 0; i < queue.length; i += 1) {
    const piece = queue[i];
    if (piece === null || piece === undefined) {
      afterBlank = true;
      continue;
    }
    // "VĂN PHÒNG CHÍNH PHỦ-------": the rule under a header element, glued to its line by the copy.
    const text = squash(piece.text).replace(/(?<=\S)\s*[-_=–—]{3,}$/u, '');
    // "V/ýw thực hiện Luật sô" / "" / "D" / "(Chuyển:...": past a blank line, a scrap of a letter or two
    // is no line of the subject but the receiving office's stamp that OCR read under it.
    // ("… năm học 2015 -" / "" / "2016" goes on: a number is no speck).
    // "StS." / "„ “DEN Neqy .": so is a short scrap whose capitals follow small letters inside a word.
    const scrap = text.replace(/[^\p{L}]/gu, '').length < 3 || (text.length <= 12 && /\p{Ll}\p{Lu}/u.test(text));
    if (afterBlank && text !== '' && scrap && !/\d/.test(text)) subjectOpen = false;
    if (text !== '') afterBlank = false;
    if (i === heading) {
      strays.push({ text, no: piece.no });
      continue;
    }
    const cutTitle = titleLine !== null && endsCutTitle(titleLine, text);
    titleLine = isNationalTitle(text) ? text : null;
    if (text === '' || titleLine !== null || cutTitle || isMotto(text)) {
      subjectOpen = subjectOpen && text === '';
      continue;
    }
    // "Số:" / "" / "/CT-TTHT": a blank number cell that pdftotext cut in two at its run of spaces; the
    // symbol's piece, a line or two below (past the national title's lines), completes it.
    // "Số: 44" / "" / "/SGDĐT-VP": a number typed in the blank, cut from its symbol the same way.
    const bareNumber = /^so\s*[:.]?\s*(\d{1,6})?$/.exec(fold(text));
    const symbolAt = !out.numberFound && bareNumber ? cutSymbolAt(queue, i) : -1;
    if (symbolAt > 0 && (bareNumber?.[1] === undefined || /^\//.test(squash((queue[symbolAt] as Piece).text)))) {
      const cut = queue[symbolAt] as Piece;
      queue.splice(symbolAt, 1);
      queue.splice(i + 1, 0, { text: `${text} ${squash(cut.text)}`, no: piece.no });
      continue;
    }
    if (!out.numberFound && isNumberLine(text)) {
      subjectOpen = false;
      const rest = parseNumberLine(text, out, notes);
      if (rest) queue.splice(i + 1, 0, { text: rest, no: piece.no });
      continue;
    }
    const f = fold(text);
    // "V/v cho học sinh nghỉ học Ngày" / "26/11/2018": a subject that names a day is no dateline.
    if (!out.dateFound && (/\bngay\b/.test(f) || DATE.test(f)) && !isSubjectStart(text)) {
      // A date may be cut over two lines ("Hải Dương, ngày" / "07 tháng 3 năm 2025"), or over a blank
      // line where pdftotext split the hand-filled blank ("Hà Nội, ngày" / "" / "tháng 4 năm 2016").
      const nextAt = queue.findIndex((p, k) => k > i && p !== null);
      const next = nextAt > i && nextAt <= i + 2 ? queue[nextAt] : undefined;
      // "V/v tăng cường chỉ đạo thực hiện" / "Chương trình giáo dục phổ thông 2018 Hà Nội, ngày …": a line of
      // the subject, its words in small letters after a capital, ran into the dateline's place.
      const wrapped = subjectOpen && !/^\p{Ll}/u.test(text) ? subjectBeforePlace(text) : null;
      if (wrapped !== null && parseDate(text.slice(wrapped.length), out, notes)) {
        giveBackToSubject(wrapped.trim(), piece.no, text, out, notes);
        subjectOpen = piece.no === subjectEnd;
        continue;
      }
      if (parseDate(text, out, notes)) {
        // "V/v đảm bảo an ninh trật tự và an toàn" / "giao thông Hà Nội, ngày …": the subject's last words
        // ran into the dateline; a place name starts with a capital, so words in small letters before it are the subject's.
        // "thành phố Hồ Chí Minh" typed in small letters is the place's own word.
        const ranIn: RegExpExecArray | null = subjectOpen ? /^(\p{Ll}.*?)\s+(?=\p{Lu})/u.exec(out.place) : null;
        if (ranIn && !/^(?:thành phố|tp\.?|thị xã|thị trấn|huyện|quận|xã|phường|tỉnh)$/u.test(ranIn[1] as string)) {
          out.place = out.place.slice(ranIn[0].length);
          giveBackToSubject(ranIn[1] as string, piece.no, text, out, notes);
        }
        // "V/v Giới thiệu chữ ký Vụ trưởng   Hà Nội, ngày …" / "Vụ Giáo dục thường xuyên": the dateline in
        // the other column of the subject's own line leaves the subject open for its next line.
        // "V/v tập huán CÔng tác phòng cháy" / "Nuutyng Thái Bình, ngày …": a subject's word OCR marred past
        // any syllable (plain letters, no accent) before the place's capitalised words is the subject's.
        const marred: RegExpExecArray | null = subjectOpen && !ranIn ? /^([A-Za-z]{4,})\s+(?=\p{Lu})/u.exec(out.place) : null;
        // The place after it keeps its accents ("Phil TO" is a page OCR stripped of them: the place's own).
        const marredWord: boolean = marred !== null && !isVietnameseSyllable(marred[1] as string) && /[^\p{ASCII}]/u.test(out.place.slice(marred[0].length));
        if (marredWord) {
          out.place = out.place.slice((marred as RegExpExecArray)[0].length);
          giveBackToSubject((marred as RegExpExecArray)[1] as string, piece.no, text, out, notes);
        }
        // "V/v Tham gia khóa học Tiếng Nhật Thái Bình, ngày …", cut after "học": the subject's capitalised
        // last words before the place the agency's lines name go back to the subject.
        const named: string = subjectOpen && piece.no === subjectEnd && !ranIn && !marredWord ? placeNamedByAgency(out.place, out.agencyLines) : out.place;
        const gaveBack: boolean = named !== out.place;
        if (gaveBack) {
          giveBackToSubject(out.place.slice(0, -named.length).trim(), piece.no, text, out, notes);
          out.place = named;
        }
        // "V/v tiếp tục triển khai …" / "Hà Nội, ngày …" / "trình độ đại học; …": a dateline set between two
        // lines of the subject (its column's lines run as one) leaves it open for the line in small letters below.
        const below = queue.slice(i + 1, i + 3).find((p) => p !== null);
        const resumes = below !== undefined && below !== null && /^\p{Ll}/u.test(squash(below.text));
        subjectOpen = subjectOpen && !ranIn && !marredWord && !gaveBack && (piece.no === subjectEnd || resumes);
        // "Thành phố Hồ Chí Minh," / "ngày 25 tháng 11 …": a long place is broken after its comma.
        const prev = strays[strays.length - 1];
        if (out.place === '' && prev && prev.no >= piece.no - 1 && /,\s*$/.test(prev.text)) {
          out.place = squash(prev.text).replace(/[,\s]+$/, '');
          strays.pop();
          notes.found('place');
        }
        continue;
      }
      const dateRest = nextAt === i + 1 || /^(?:\S{1,3}\s+)?(?:thang|nam)\b/.test(fold(squash(next?.text ?? '')));
      if (next && dateRest && parseDate(`${text} ${squash(next.text)}`, out, notes)) {
        queue.splice(nextAt, 1);
        subjectOpen = false;
        continue;
      }
      const parts = datelinePartsAfter(queue, i);
      if (parts.length > 0 && parseDate([text, ...parts.map((k) => squash((queue[k] as Piece).text))].join(' '), out, notes)) {
        for (const k of parts.reverse()) queue.splice(k, 1);
        subjectOpen = false;
        continue;
      }
    }
    if (!out.subjectFound && isSubjectStart(text)) {
      out.subjectFound = true;
      subjectEnd = piece.no;
      const laterDate = queue.slice(i + 1).some((p) => p !== null && p !== undefined && DATE.test(fold(p.text)));
      const dated = datelineInSubject(text, strays, piece, laterDate, out.agencyLines);
      const datedRead = dated !== null && parseDate(`${dated.place} ${dated.date}`, out, notes);
      if (datedRead) {
        strays.pop();
        notes.add('date', 'uncertain', 'Ngày tháng nằm cuối dòng trích yếu (hai cột bị dồn); đã tách ra cùng địa danh ở dòng trên — hãy kiểm tra.', dated.date);
      }
      const kind = DOCUMENT_KIND_SUBJECT.exec(fold(text));
      if (kind) notes.add('subject', 'dropped', 'Bỏ chữ "Công văn" (loại văn bản do trang web ghi) trước trích yếu.', text);
      const ocrLead = OCR_SUBJECT_LEAD.exec(text);
      if (ocrLead && !/^\s*V[il1|I]v\s/u.test(ocrLead[0])) notes.add('subject', 'uncertain', `Dòng ${piece.no}: "${ocrLead[0].trim()}" đọc là "V/v" (lỗi nhận dạng chữ) — hãy kiểm tra.`, text);
      // The subject's own words start the line whether or not a dateline was cut from its end ("V/ cho trẻ …").
      const own = datedRead ? dated.subject : text;
      const subjectText = kind ? own.slice((kind[1] as string).length) : ocrLead ? own.slice(ocrLead[0].length) : own;
      // "Vv/Hưởng ứng …": the marker typed with its slash after the two letters.
      // "V⁄v: Tổ chức …": OCR may read the slash as a fraction slash.
      out.subject = withoutTrailingSpeck(subjectText, piece.no, notes).replace(/^\s*["“]?\s*(v\s*[/⁄∕]\s*v|v\.v|vv\s*\/?|về việc|ve viec|về|ve)\s*[:.]?\s*/i, '');
      subjectQuoted = /^\s*["“]/.test(subjectText);
      subjectOpen = !closeQuotedSubject();
      continue;
    }
    // "V/v … tham gia Đội" / "*, , £ h F" / "ứng cứu sự cố …": signs and lone letters OCR read from the
    // accents between two lines of the subject go with neither; the subject goes on below them.
    if (subjectOpen && isOcrSpecks(text)) {
      notes.add('subject', 'dropped', `Dòng ${piece.no}: bỏ nhiễu nhận dạng chữ giữa các dòng trích yếu.`, text);
      continue;
    }
    // "… triển khai Nghị định" / "136/2025/NĐ-CP*": a document's number and symbol, or a line inside the
    // subject's emphasis span, goes on with it though it has no lower-case letter.
    // "… dạy học cấp" / "THCS, THPT": a list of initials (school levels, offices) ends the subject's sentence.
    // "… tại nơi cư trú do dịch" / "COVID - 19": so does a disease's name with its number.
    const continuesSubject = !isUpperText(text) || piece.joined === true || /^\d+\/\d{4}\/\p{Lu}/u.test(text) || INITIALS_LIST.test(text) || NAME_WITH_NUMBER.test(text);
    // "… phòng, chống dịch bệnh Covid-19" / "- Phòng Giáo dục và Đào tạo …;": a dashed line ending as an entry
    // does is a list's (the recipients', their label lost), never the subject's.
    const listLine = isUnlabelledEntry(text, true);
    if (subjectOpen && continuesSubject && !listLine && !isRecipientsStart(text) && text.length <= 120) {
      const line = subjectLineWithoutSpecks(text, piece.no, notes);
      out.subject = joinSubjectLine(out.subject, line);
      subjectEnd = piece.no;
      if (closeQuotedSubject()) subjectOpen = false;
      continue;
    }
    subjectOpen = false;
    const agencyText = agencyLineWithoutSpecks(text);
    // "VIEWS: 10 PAGES: 1": a label with a value is a site's caption, never an agency's name.
    // "CS" over the header: a reader's initials a scan caught; no agency's line is under four letters.
    // "**VĂN PHÒNG CHÍNH" / "PHỦ**": a short last line of the name, inside the span the name opened.
    const agencyLike = agencyText.replace(/[^\p{L}]/gu, '').length >= 4 || (piece.joined === true && out.agencyLines.length > 0 && isCapsFragment(text));
    // "PHONG GIAO Dl}C vA DAo T~O": under the parent, a unit's name an OCR with no Vietnamese marred with
    // small letters and signs where the marked vowels were (up to a quarter of its letters: "GIAo", "DAo");
    // its first words still tell a unit.
    const marredUnit = out.agencyLines.length > 0 && startsUnitName(agencyText) && mostlyUpper(agencyText, 4);
    if (canHoldAgency && agencyLike && (isUpperText(agencyText) || marredUnit) && !agencyText.includes(':') && !out.numberFound && !out.subjectFound && out.agencyLines.length < 5) {
      const typed = piece.typed !== undefined && piece.typed.replace('\n', ' ') === agencyText ? piece.typed : null;
      if (typed !== null) {
        notes.add('agency.name', 'uncertain', `Tên cơ quan xuống dòng sau một từ ("${typed.replace('\n', '" / "')}"), giữ như bản chép; nếu đó chỉ là chỗ trang web ngắt dòng, hãy nối lại.`, typed.replace('\n', ' / '));
      }
      out.agencyLines.push(typed ?? agencyText);
      continue;
    }
    // "V/v to chirc hoS dOng du hoc tnrc tiep" / (national title, dateline) / "tai cac co so( giao dye": a
    // scan's text layer may set the subject's last line after the other column's lines; a line in small
    // letters in the header, once the subject is read, is its end. "V/v thực hiện Quyết định số" / (dateline,
    // motto) / "2666/QĐ-BYT ngày 29/5/2021": so is the number and symbol the subject's "số" calls for.
    const citedNumber = /(?:^|\s)số$/u.test(out.subject) && /^\d{1,6}\/\p{Lu}/u.test(text);
    if (out.subjectFound && out.dateFound && piece.no > subjectEnd + 1 && (startsLower(text) || citedNumber) && !/[.;]$/.test(text) && text.length <= 80) {
      out.subject = `${out.subject} ${text}`;
      notes.add('subject', 'uncertain', `Dòng ${piece.no}: dòng chữ thường sau ngày tháng được nối vào cuối trích yếu — hãy kiểm tra.`, text);
      continue;
    }
    strays.push({ text, no: piece.no });
  }
}

export function parseHeader(rows: ReadonlyArray<readonly Segment[]>, notes: Notes): HeaderFields {
  const out: HeaderFields = {
    agencyLines: [],
    number: null,
    symbol: '',
    numberFound: false,
    place: '',
    day: null,
    month: null,
    year: null,
    dateFound: false,
    dateMarred: false,
    dayMended: false,
    subject: '',
    subjectFound: false,
  };
  const left: Array<Piece | null> = [];
  const right: Array<Piece | null> = [];
  for (const row of rows) {
    if (row.length === 0) {
      left.push(null);
      right.push(null);
      continue;
    }
    for (const seg of row) (seg.col === 'right' ? right : left).push({ text: seg.text, no: seg.no, joined: seg.joined });
  }
  const strays: Piece[] = [];
  readStream(left, true, out, notes, strays);
  readStream(right, false, out, notes, strays);
  // "V/v" alone on its line, then ": Thực hiện …": the colon after "V/v" opens the next line.
  out.subject = out.subject.replace(/\s+/g, ' ').trim().replace(/^[:.]\s*/, '');
  // A subject typed in quotes ("\"Vv …\""): its opening quote went with "Vv", the closing one goes too.
  if (/^[^"“”]*["”]$/.test(out.subject)) out.subject = out.subject.slice(0, -1).trim();
  // "(⁄ thanh tra … năm học 2018-2019)": OCR read "V/v" as a bracket; the bracket that closes nothing goes too.
  if (/^[^()]*\)$/.test(out.subject)) {
    notes.add('subject', 'dropped', 'Bỏ dấu ")" cuối trích yếu (không có dấu "(" mở tương ứng).', out.subject);
    out.subject = out.subject.slice(0, -1).trim();
  }
  // "… hoạt động tại Việt Nam -": a dash after the last word, alone, is a speck the scan left at the line's end.
  if (/\p{L}\s+[-–—~_]$/u.test(out.subject)) {
    notes.add('subject', 'dropped', `Bỏ dấu "${out.subject.slice(-1)}" đứng riêng cuối trích yếu (vết mực khi quét).`, out.subject);
    out.subject = out.subject.slice(0, -1).trim();
  }
  // "… cộng đồng V/v tập trung … cộng đồng": a Word text box's subject read twice (its copy for older Word).
  const twice = /^(.{12,}?)\s+V\/v\s+(.+)$/u.exec(out.subject);
  if (twice && twice[1] === twice[2]) {
    notes.add('subject', 'dropped', 'Trích yếu lặp lại hai lần (hộp văn bản của Word có bản sao); giữ một lần.', out.subject);
    out.subject = twice[1] as string;
  }
  // A final full stop stays as typed ("V/v … Canh Tý 2020."): the Decree's form has none, and the
  // checker's subject-final-stop rule says so and offers to remove it, rather than the importer hiding it.
  for (const s of strays) notes.add('header', 'dropped', `Dòng ${s.no}: phần đầu văn bản có nội dung không nhận ra, đã bỏ qua.`, s.text);
  if (!out.numberFound) notes.missing('number', 'Không thấy dòng "Số: …/…".');
  if (!out.dateFound) notes.missing('date', 'Không thấy dòng địa danh, ngày tháng năm.');
  if (!out.subjectFound) notes.missing('subject', 'Không thấy trích yếu "V/v …".');
  return out;
}
