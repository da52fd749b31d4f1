// The importer's input model. Text and DOCX both become SourceLines; a line of two columns run together
// (pdftotext -layout, a table copied as tab-separated text, a markdown table) is cut into Segments
// with the column each came from, so the header and footer parsers can read the agency/number column
// apart from the national-title/date column, and Nơi nhận apart from the signature.
import type { Inline } from '../letter/types';
import { NO_EMPHASIS, emphasisAfter, hasEmphasisMark, parseMarks, tidyRuns } from './marks';
import type { Emphasis } from './marks';
import { cutFooterRunIn } from './footer-run-in';
import { MOTTO_OCR, NATIONAL_TITLE_OCR, NATIONAL_TITLE_OCR_WHOLE, PARTY_TITLE } from './patterns';
import { fold, isUpperText } from './text';

export interface SourceLine {
  /** 1-based line number (text) or paragraph number (DOCX), for messages. */
  no: number;
  /** The line's text; for text input it may still hold markdown emphasis. */
  raw: string;
  /** Formatting read from a DOCX; null for text input (read from markdown instead). */
  runs: Inline[] | null;
  /** DOCX table cell column (0, 1…), null outside a table. */
  cell: number | null;
  /** Text input: emphasis a converter left open over the line break before this line. */
  open?: Emphasis;
  /**
   * Text input: the break before this line falls inside an emphasis span and is no markdown hard
   * break ("  " at the end), so a converter wrapped one heading, subject or sentence over two lines.
   */
  joined?: boolean;
  /** Text input: the line ends in a markdown hard break ("  "): the next line is in the same block. */
  hardBreak?: boolean;
  /**
   * Text input: the list mark the line started with when it was read as "-" ("–", "•"), so a line that
   * turns out to go on with the one before ("… Bộ Giáo dục và Đào tạo" / "– Cục Khảo thí …") keeps it.
   */
  mark?: string;
  /**
   * Part of a page break: the blank lines and page number between one page's last line and the next
   * page's first. The text goes on over it as if it were not there (a sentence cut by the page).
   */
  pageBreak?: boolean;
  /** DOCX made by our exporter: the paragraph's depth in the draft's tree, read from its body style. */
  depth?: number;
  /** DOCX made by our exporter: a plain paragraph, so "1. …" at its start is its text, not a label. */
  plain?: boolean;
}

export type Column = 'left' | 'right' | 'full';

export interface Segment {
  no: number;
  /** Source text of the piece (markdown still in it), for parsers that read marks such as ^{Ph}. */
  raw: string;
  /** Clean text: markdown removed, spaces collapsed. */
  text: string;
  runs: Inline[];
  heading: boolean;
  /** The piece's line continues an emphasis span of the line before (see SourceLine.joined). */
  joined: boolean;
  col: Column;
  /** Start column of the piece in a layout line (0 for stacked text). */
  start: number;
  artefacts: string[];
}

/** "- - Như trên;": OCR's markdown bullet in front of the letter's own list mark. */
const DOUBLE_BULLET = /^(\s*)[-*]\s+(?=[-–—+•]\s*\S)/;

/**
 * "– Như trên;", "• Các sở, ngành;", Word's Symbol bullet (U+F0B7) pasted as text: a list mark other than
 * the hyphen the letter model and every parser read.
 */
const OTHER_DASH = /^(\s*(?:\*{1,2})?)([–—•·●▪◦\uf0b7\uf0a7\uf02d])(?=\s+\S)/;

/**
 * "~ Căn cứ …", "~€CT Khu vực …": OCR's reading of a list dash, before a capitalised word or run into a
 * sign (no text starts with a tilde); read as the dash it is, in the body and the Nơi nhận alike.
 */
const OCR_TILDE_DASH = /^(\s*)(~)(?=\s+\p{Lu}|[^\s\p{L}\p{N}~]\S)/u;

// "--- PAGE 2 ---": the page's own heading a converter writes after the break.
const PAGE_BREAK_LINE = /^\s*[-=_*]{2,}\s*(?:page\s*break|ngắt\s*trang|(?:page|trang)\s*\d{1,3})\s*[-=_*]{2,}\s*$/iu;

/** A dateline whose hand-filled day OCR read with a pipe, between "ngày" and the month's word and digits. */
const DAY_AS_PIPE = /ng[aà]y\S{0,2}\s*\S?\s*\|\s*\S?\s+[Tt]h\S{2,4}\s+\d{1,2}\s+n\S{1,3}\s*\d{4}/u;

/** Text → lines: line ends, tabs and table pipes become column gaps, invisible characters go. */
export function textToLines(text: string): SourceLine[] {
  const normal = text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\t/g, '    ');
  const hardBreak: boolean[] = [];
  /** Lines a form feed starts (pdftotext ends each page with one). */
  const pageStarts: number[] = [];
  const lines: SourceLine[] = normal.split('\n').map((line, i) => {
    // "--- PAGE BREAK ---": a converter's written page break, read as the form feed it stands for.
    let raw = PAGE_BREAK_LINE.test(line) ? '\f' : line;
    if (raw.includes('\f')) {
      pageStarts.push(i);
      raw = raw.replace(/\f/g, '');
    }
    // "ngày) | Thánh 12 nam 2020": a pipe in a dateline's day is OCR's reading of a hand-written "1", no cell's edge.
    if ((/^\s*\|/.test(raw) || /\s\|(?:\s|$)/.test(raw)) && !DAY_AS_PIPE.test(raw)) {
      // A markdown/web table row: cells become columns; a separator row becomes nothing. A page that
      // flattens a table one cell per line ends each cell with " |" ("BỘ Y TẾ |", "KT. BỘ TRƯỞNG |").
      raw = /^[\s|:-]*$/.test(raw) ? '' : raw.replace(/^\s*\|/, '').replace(/\|\s*$/, '').replace(/\s*\|\s*/g, '    ');
    }
    hardBreak.push(/(\S {2,}|\\)$/.test(raw));
    const mark = OTHER_DASH.exec(raw)?.[2] ?? OCR_TILDE_DASH.exec(raw)?.[2];
    const read: SourceLine = { no: i + 1, raw: raw.replace(OTHER_DASH, '$1-').replace(OCR_TILDE_DASH, '$1-').replace(DOUBLE_BULLET, '$1').trimEnd(), runs: null, cell: null };
    return mark === undefined ? read : { ...read, mark };
  });
  // A converter marks a few breaks with "  "; when most lines end in spaces (a copy from a PDF or a
  // Word file pads every line) the spaces say nothing about where a block goes on.
  const written = lines.filter((l) => l.raw.trim() !== '').length;
  const marked = hardBreak.filter(Boolean).length;
  if (marked > 3 && marked * 2 > written) hardBreak.fill(false);
  hardBreak.forEach((hard, i) => {
    if (hard) (lines[i] as SourceLine).hardBreak = true;
  });
  keepTypedAsterisks(lines);
  markOpenSpans(lines, hardBreak);
  for (const at of pageStarts) markPageBreak(lines, at);
  return dropLongBlankRuns(lines);
}

/** More blank lines in a row than any layout leaves: the rest say nothing and would only cost time. */
const LONGEST_BLANK_RUN = 10;

/** Keeps the first blank lines of each run (their numbers, for notes, are the source's). */
function dropLongBlankRuns(lines: SourceLine[]): SourceLine[] {
  let run = 0;
  return lines.filter((line) => {
    run = line.raw.trim() === '' ? run + 1 : 0;
    return run <= LONGEST_BLANK_RUN;
  });
}

/** A lone page number ("2", "- 2 -", "Trang 2/3"), at the top or the foot of a page. */
export const PAGE_NUMBER = /^(?:[-–—\s]*\d{1,3}[-–—\s]*|trang\s+\d{1,3}(\s*\/\s*\d{1,3})?|\d{1,3}\s*\/\s*\d{1,3})$/;

/**
 * The page break at line `at` (the first line of a page, or a page number the importer dropped): it
 * and the blank lines and page numbers around it are skipped by the paragraph reader.
 */
export function markPageBreak(lines: SourceLine[], at: number): void {
  const skippable = (l: SourceLine): boolean => l.runs === null && (l.raw.trim() === '' || PAGE_NUMBER.test(fold(l.raw).trim()));
  let from = at;
  while (from - 1 >= 0 && skippable(lines[from - 1] as SourceLine)) from -= 1;
  let to = at;
  while (to < lines.length && skippable(lines[to] as SourceLine)) to += 1;
  for (let i = from; i < to; i += 1) lines[i] = { ...(lines[i] as SourceLine), pageBreak: true };
}

/** Where an emphasis span closes: a "*" after a word or its punctuation, before a space, punctuation or the end. */
const CLOSES_SPAN = /(?<=[\p{L}\p{N}.,;:!?…”")*])\*(?=[\s.,;:!?…”)*]|$)/u;
/** "* Lưu ý:": a note's label after the asterisk; the asterisk marks the note, no list's bullet. */
const NOTE_STAR = /^\s*\*(?=\s*(?:lưu ý|lƣu ý|chú ý|ghi chú)\s*:)/iu;

/**
 * "*Không nộp về Phòng …", "(*PDF và *.DOC)", "* Lưu ý: …": in a text where no emphasis span ever
 * closes (a PDF's or a Word file's text, no markdown), an asterisk is the author's own: a note mark or
 * a file pattern. It is escaped so that it stays in the text instead of opening a span. A "* " that
 * opens a line is a list's bullet, unless a note's label follows it.
 */
function keepTypedAsterisks(lines: SourceLine[]): void {
  if (lines.some((l) => CLOSES_SPAN.test(l.raw))) return;
  for (const line of lines) {
    if (!line.raw.includes('*')) continue;
    const bullet = NOTE_STAR.test(line.raw) ? null : /^\s*\*(?=\s)/.exec(line.raw);
    const from = bullet === null ? 0 : bullet[0].length;
    line.raw = line.raw.slice(0, from) + line.raw.slice(from).replace(/(?<!\\)\*/g, '\\*');
  }
}

/**
 * Web pages stored as markdown wrap "**1. Giao Sở …" / "… đặc khu**" or "*Thành phố Hồ Chí" /
 * "Minh, ngày …*" over lines. The emphasis carries over to the next line when that line has a mark to
 * close it, or the one after it does (a title over three lines); an unmatched "*" elsewhere must not
 * make a whole page italic, and a blank line ends it.
 */
/** A title wrapped over three lines has a middle line with no mark: the span closes on a line soon after. */
function closesSoon(lines: readonly SourceLine[], from: number): boolean {
  for (let j = from; j < Math.min(lines.length, from + 2); j += 1) {
    const raw = (lines[j] as SourceLine).raw;
    if (raw.trim() === '') return false;
    if (hasEmphasisMark(raw)) return true;
  }
  return false;
}

/** A paragraph wrapped in one span ("*a) Viễn thông, …" / … / "… Nghị định này.*"): how far to look for its end. */
const SPAN_REACH = 15;
/** The span's closing mark: after a letter or punctuation, before the line's end, a space or punctuation. */
const CLOSING_MARK = /(?<=\S)(?:\*\*|\*|__)(?=[\s.,;:!?…”)]|$)/;
/**
 * A long paragraph in one span: the next emphasis mark, within its block, closes a span. An opening
 * mark ahead ("*b) …") means the "*" that started this one was unmatched.
 */
function closesLater(lines: readonly SourceLine[], from: number): boolean {
  for (let j = from; j < Math.min(lines.length, from + SPAN_REACH); j += 1) {
    const raw = (lines[j] as SourceLine).raw;
    if (raw.trim() === '') return false;
    if (hasEmphasisMark(raw)) {
      const close = CLOSING_MARK.exec(raw);
      const open = /(?:^|\s)(?:\*\*|\*|__)(?=\S)/.exec(raw);
      return close !== null && (open === null || close.index < open.index);
    }
  }
  return false;
}

function markOpenSpans(lines: SourceLine[], hardBreak: readonly boolean[]): void {
  let state: Emphasis = NO_EMPHASIS;
  lines.forEach((line, i) => {
    if (line.raw.trim() === '') {
      state = NO_EMPHASIS;
      return;
    }
    if ((state.bold || state.italic) && (hasEmphasisMark(line.raw) || closesSoon(lines, i + 1) || closesLater(lines, i))) {
      line.open = state;
      line.joined = !hardBreak[i - 1];
    } else state = NO_EMPHASIS;
    state = emphasisAfter(line.raw, state);
  });
}

/** Clean text and runs of a line or piece; `open` is the emphasis carried over from the line before. */
export function contentOf(raw: string, runs: Inline[] | null, open: Emphasis = NO_EMPHASIS): { text: string; runs: Inline[]; heading: boolean; artefacts: string[] } {
  if (runs) {
    const tidy = tidyRuns(runs);
    return { text: tidy.map((r) => r.text).join(''), runs: tidy, heading: false, artefacts: [] };
  }
  // One cache for each emphasis carried in: the line itself is the key, with no new string to hash.
  const cache = MARKED[(open.bold ? 2 : 0) + (open.italic ? 1 : 0)] as Map<string, ReturnType<typeof parseMarks>>;
  let marked = cache.get(raw);
  if (marked === undefined) {
    marked = parseMarks(raw, open);
    if (cache.size > 5000) cache.clear();
    cache.set(raw, marked);
  }
  // Callers may extend the runs they get; hand out copies of the cached ones.
  return { ...marked, runs: marked.runs.map((r) => ({ ...r })), artefacts: [...marked.artefacts] };
}

/** Zones, header and body parsers read the same lines' markdown several times. */
const MARKED = [0, 1, 2, 3].map(() => new Map<string, ReturnType<typeof parseMarks>>());

// A gap of three or more spaces separates columns, except inside a blank left for a pending number
// or day ("Số:        /UBND", "ngày      tháng 4"). "Số" is the label only at the start of its piece:
// a subject ending in "… dữ liệu số" beside "ngày 25 tháng 11 …" is two columns.
// "LIEN DOAN LAO BONG(cid:9) DOc 14p …": a PDF extractor that could not map the tab's glyph wrote "(cid:9)".
const GAP = /\s{3,}|\(cid:9\)\s*/g;
const KEEP_LEFT = /(?:^\**\s*so|(?:^|\s)(?:ngay|thang|nam))\s*[:.]?\s*\**$/;
// "… năm 2011HHHHa     ; kinh phí …": a piece opening with a comma or a semicolon goes on the sentence on its
// left (a Word file's stray characters left the gap); no column starts so. "- Bộ trưởng      (để b/cáo);": nor
// with an entry's aside.
const KEEP_RIGHT = /^\**\s*(\/|thang\b|nam\b|[;,]\s|\(de\s)/;
// "V/v triển khai công tác Thi đua khen thưởng        của Hội …": a Word typist pushed the subject's next words to the next
// printed line with spaces; words in small letters or figures go on it (no column opens so but a date cut after "ngày").
const subjectGoesOn = (left: string, right: string): boolean => /^\s*v\s*\/\s*v\s/.test(fold(left)) && /^[\p{Ll}\d]/u.test(right) && !/^(ngay|thang|nam)\b/.test(fold(right));
/** "Lưu: VT, CST (    b).": the gap inside a draft's blank slot for the copies, between its bracket and "b)". */
const inBlankSlot = (left: string, right: string): boolean => /\(\s*[._…]*$/u.test(left) && /^(?:b|ban)\s*\)/.test(fold(right));

/**
 * "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI…" copied with one space, or none ("TỈNH ĐĂK NÔNGCỘNG HÒA …" from
 * a Word file's table): cut before the national title or motto.
 */
const RUN_IN = new RegExp(String.raw`(\s|(?<=[a-z]))(cong ho[aà] xa hoi|doc lap\s*[-–—~]{1,2}\s*t\S{0,2} do|${NATIONAL_TITLE_OCR} chu ngh|${NATIONAL_TITLE_OCR_WHOLE}$|${MOTTO_OCR}|${PARTY_TITLE}$)`);

/**
 * "TONG CỤC THUÊ CONG HOA XÃ HOLS TET NAM", "CUC THUE TP HA NOI Độc lập - Twa": the title and the motto OCR
 * marred past their first words, at the end of an agency's line in capitals; "VĂN PHÒNG CHÍNH PHỦ CỘNG H": the
 * title cut by the scan's edge after its first word. "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập - TÌlo —ấz KD": the motto
 * whole in its first words and marred past them (no agency's name holds "Độc lập"). "TONG CỤC THUE Q ‘A VIỆT NAM":
 * the title's last words whole and one-letter scraps before them (an agency's own "… VIỆT NAM" follows a word).
 * "ỦY BAN NHÂN DÂN CỘNG! HÒA XÃ HỘI …", "UY BAN NHÂN DÂ ĐMÒA XÃ HỘI …": its first words marred, the rest whole.
 * "TÍNH SÓC TRĂNG \$4\ Šš2) 2V lập - Tự do - Hạnh phúc": the motto's first word lost among the seal's scraps
 * (each with a sign or a digit), the rest whole.
 */
const MARRED_RUN_IN = /(\s)((?:\S*[^a-z\s]\S*\s+){0,3}\S*l\S{0,2}p\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc$|(?:[^\s\w]?[a-z]\s+){1,2}vi\S?t nam$|(?:c\S{1,3}ng\S?\s+h\S{1,3}|(?!ho\S?a\s)\S{2,5}) xa hoi chu nghia viet nam$|cong hoa xa h\S{1,3}(?: \S{1,4}){0,3} ?nam$|cong h\S{0,2}$|doc lap\s*[-–—~]\s*t\S{1,3}$|doc lap\s*[-–—~`'‘’].{0,30}$)/;

/**
 * "CUC THUE TP HÀ NỘI lính phúc": the motto's last word whole after a marred one, in small letters after an
 * agency's capitals ("VĨNH PHÚC", a province, is in capitals with its name).
 */
const MOTTO_END_RUN_IN = /(\s)(\p{Ll}{2,5}\s+phúc)$/u;

function cutRunIn(piece: { text: string; start: number }): { text: string; start: number }[] {
  const mottoEnd = MOTTO_END_RUN_IN.exec(piece.text);
  const marred = MARRED_RUN_IN.exec(fold(piece.text)) ?? mottoEnd;
  const m = RUN_IN.exec(fold(piece.text)) ?? (marred !== null && isUpperText(piece.text.slice(0, marred.index)) ? marred : null);
  if (!m || piece.text.slice(0, m.index).trim() === '') return [piece];
  const at = m.index + (m[1] as string).length;
  return [{ text: piece.text.slice(0, m.index), start: piece.start }, { text: piece.text.slice(at), start: piece.start + at }];
}

function pieces(raw: string): { text: string; start: number }[] {
  return splitGaps(raw).flatMap(cutRunIn);
}

function splitGaps(raw: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const lead = raw.length - raw.trimStart().length;
  let current = { text: '', start: lead };
  const body = raw.slice(lead);
  let last = 0;
  for (const m of body.matchAll(GAP)) {
    const at = m.index ?? 0;
    const left = current.text + body.slice(last, at);
    const right = body.slice(at + m[0].length);
    // "… nghỉ học Ngày" beside "ngày 25 tháng 11 …": a piece that starts a date starts a column.
    if ((KEEP_LEFT.test(fold(left)) && !/^\**\s*ngay\b/.test(fold(right))) || KEEP_RIGHT.test(fold(right)) || inBlankSlot(left, right) || subjectGoesOn(left, right)) {
      current.text = `${left} `;
    } else {
      current.text = left;
      out.push(current);
      current = { text: '', start: lead + at + m[0].length };
    }
    last = at + m[0].length;
  }
  current.text += body.slice(last);
  if (current.text.trim() !== '' || out.length === 0) out.push(current);
  return out;
}

const plain = (runs: readonly Inline[]): string => runs.map((r) => r.text).join('');

/** A Word paragraph laid out in two columns with tabs ("Số: 12/UBND⇥Hà Nội, ngày …"). */
function splitRunsAtTabs(runs: readonly Inline[]): [Inline[], Inline[]] | null {
  const text = plain(runs);
  const m = /\S(\s*\t\s*)\S/.exec(text);
  if (!m) return null;
  const cut = m.index + 1;
  const left: Inline[] = [];
  const right: Inline[] = [];
  let at = 0;
  for (const r of runs) {
    const end = at + r.text.length;
    if (end <= cut) left.push(r);
    else if (at >= cut) right.push(r);
    else {
      left.push({ ...r, text: r.text.slice(0, cut - at) });
      right.push({ ...r, text: r.text.slice(cut - at) });
    }
    at = end;
  }
  return [left, right];
}

/** A line taken out of the text: no words left in it, whether typed (raw) or from a document's runs. */
export const blankLine = (line: SourceLine): SourceLine => ({ ...line, raw: '', runs: line.runs ? [] : null });

function segment(no: number, raw: string, runs: Inline[] | null, col: Column, start: number, line?: SourceLine): Segment {
  const c = contentOf(raw, runs, line?.open);
  return { no, raw, text: c.text, runs: c.runs, heading: c.heading, joined: line?.joined === true, col, start, artefacts: c.artefacts };
}

/**
 * Cuts lines into column segments. Lines with two pieces fix where the right column starts; a lone
 * piece that starts there is a right-column line. With `byContent`, lone pieces stay 'full' and the
 * caller decides by what they say (the footer, where a signer's name may start at column 0).
 */
export function segmentLines(lines: readonly SourceLine[], options: { byContent?: boolean } = {}): Segment[][] {
  const split = lines.map((l) => (l.runs !== null ? null : options.byContent ? pieces(l.raw).flatMap(cutFooterRunIn) : pieces(l.raw)));
  const rightStarts: number[] = [];
  for (const p of split) if (p && p.length > 1) rightStarts.push((p[p.length - 1] as { start: number }).start);
  const rightAt = rightStarts.length > 0 ? Math.min(...rightStarts) : Infinity;
  return lines.map((line, i) => {
    if (line.runs !== null) {
      const col: Column = line.cell === null ? 'full' : line.cell === 0 ? 'left' : 'right';
      const tabbed = line.cell === null ? splitRunsAtTabs(line.runs) : null;
      if (tabbed) {
        return [segment(line.no, plain(tabbed[0]), tabbed[0], 'left', 0), segment(line.no, plain(tabbed[1]), tabbed[1], 'right', 1)];
      }
      return [segment(line.no, line.raw, line.runs, col, 0)];
    }
    const p = split[i] ?? [];
    if (p.length === 0 || (p.length === 1 && (p[0] as { text: string }).text.trim() === '')) return [];
    if (p.length === 1) {
      const only = p[0] as { text: string; start: number };
      // A lone piece at the margin is never the right column's: OCR's "CHÍNH Độc lập …" (the left name's
      // last word on the motto's row) puts the right column's start a few characters in.
      const col: Column = options.byContent || rightAt === Infinity ? 'full' : only.start > 0 && only.start >= rightAt - 6 ? 'right' : 'left';
      return [segment(line.no, only.text, null, col, only.start, line)];
    }
    const first = p[0] as { text: string; start: number };
    const rest = p.slice(1);
    // "D    Đ nh" under "GIÁM ĐỐC": in the footer, a line whose first piece already starts in the right
    // column is all the signature's (a name whose lost letters left gaps in it); no Nơi nhận entry starts
    // there. Not in the header, where a tab-indented agency line ("⇥⇥UBND TX. ĐỒNG XOÀI") starts far in.
    if (options.byContent === true && rightAt !== Infinity && rightAt >= 20 && first.start >= rightAt) {
      return [segment(line.no, p.map((r) => r.text.trim()).join(' '), null, 'right', first.start, line)];
    }
    return [
      segment(line.no, first.text, null, 'left', first.start, line),
      segment(line.no, rest.map((r) => r.text).join(' '), null, 'right', (rest[0] as { start: number }).start),
    ];
  });
}
