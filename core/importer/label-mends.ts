// Labels OCR marred, mended before the paragraphs become the Block tree: a clause's full stop read as a
// comma, its number read as a sign or as "I.", a sub-label's inner dot lost, a point's letter misread.
// Each mend reads the numbering around it: only where the count calls for the label is it one.
import type { Inline, ItemLevel } from '../letter/types';
import { dropLeadingChars } from '../format/parse-label';
import type { Notes } from './notes';
import type { Paragraph } from './paragraphs';
import { isUpperText } from './text';

/** A paragraph with the level its label gives it (null for plain text). */
export interface Labelled {
  level: ItemLevel | null;
  runs: Inline[];
  heading: boolean;
  no: number;
  /** A "1.1." style label the model cannot express; kept in the text. */
  sublabel: boolean;
  /** The label itself is bold (our exporter bolds it exactly when the item is titled). */
  labelBold: boolean;
}

/** The number a clause's label opens its paragraph with ("2." → 2), or 0 when it opens with none. */
const clauseNumber = (paragraphs: readonly Paragraph[], i: number): number => Number(/^\s*(\d{1,2})/.exec((paragraphs[i] as Paragraph).text)?.[1] ?? 0);

/**
 * "1. Vướng mắc …" … "2, Đề xuất, kiến nghị": OCR read a clause label's full stop as a comma (or as "ˆ",
 * or as the semicolon of MTTQ Lâm Đồng 477's "1; Thống nhất cho 07 hội: …").
 * Only the number after the last clause's counts, so "3, 4 ngày …" opening a sentence stays text.
 */
function mendCommaLabels(labelled: Labelled[], paragraphs: readonly Paragraph[], notes: Notes): void {
  let last = 0;
  labelled.forEach((l, i) => {
    const text = (paragraphs[i] as Paragraph).text;
    if (l.level === 'clause') last = clauseNumber(paragraphs, i);
    // "1ˆ Tiếp tục …": a modifier letter is no text's sign after a number; the first clause's label when
    // the second clause follows. "1, Nghiên cứu …", "1; Thống nhất …": a comma or a semicolon only when
    // the next item is clause 2 itself.
    const m = /^\s*(\d{1,2})([,;ˆ˙])\s+(?=\p{Lu})/u.exec(text);
    // "- 1, Kể từ ngày …" over "2. Đối với …": a speck read as a dash before the first clause's label.
    const dashed = l.level === 'dash' && last === 0 ? /^\s*[-–—]\s*(1)[,.]\s+(?=\p{Lu})/u.exec(text) : null;
    if (dashed) {
      const next = labelled.findIndex((k, j) => j > i && k.level !== null);
      if (labelled[next]?.level !== 'clause' || clauseNumber(paragraphs, next) !== 2) return;
      notes.add('body', 'uncertain', `Dòng ${l.no}: "${dashed[0].trim()}" đọc là nhãn mục "1." (vết mực đọc thành gạch đầu dòng; mục sau là "2.").`, text.slice(0, 40));
      labelled[i] = { ...l, level: 'clause', runs: dropLeadingChars((paragraphs[i] as Paragraph).runs, dashed[0].length) };
      last = 1;
      return;
    }
    if (l.level !== null || !m || Number(m[1]) !== last + 1) return;
    const next = labelled.findIndex((k, j) => j > i && k.level !== null);
    const first =
      last === 0 && (m[2] !== ',' && m[2] !== ';' ? labelled.some((k, j) => j > i && k.level === 'clause' && clauseNumber(paragraphs, j) === 2) : labelled[next]?.level === 'clause' && clauseNumber(paragraphs, next) === 2);
    if (last === 0 && !first) return;
    notes.add('body', 'uncertain', `Dòng ${l.no}: "${m[1]}${m[2]}" đọc là nhãn mục "${m[1]}." (nhận dạng chữ đọc sai dấu chấm).`, text.slice(0, 40));
    labelled[i] = { ...l, level: 'clause', runs: dropLeadingChars(l.runs, m[0].length) };
    last += 1;
  });
}

/**
 * "2. Các cơ sở …" / "2.1. Đối với …" / "22. Đối với …": OCR lost the dot inside the next sub-label ("2.2.").
 * A clause numbered by the open clause's number and the next sub-number after that sub-label is one
 * too: kept as text, as "2.1." is.
 */
function mendDotlessSublabels(labelled: Labelled[], paragraphs: readonly Paragraph[], notes: Notes): void {
  let clause = 0;
  let sub = 0;
  labelled.forEach((l, i) => {
    const text = (paragraphs[i] as Paragraph).text;
    const sublabel = /^\s*(\d{1,2})\.(\d{1,2})\./.exec(text);
    if (l.sublabel && sublabel && Number(sublabel[1]) === clause) sub = Number(sublabel[2]);
    if (l.level !== 'clause') return;
    const n = clauseNumber(paragraphs, i);
    if (sub > 0 && sub < 9 && String(n) === `${clause}${sub + 1}`) {
      notes.add('body', 'uncertain', `Dòng ${l.no}: "${n}." đọc là nhãn "${clause}.${sub + 1}." (nhận dạng chữ mất dấu chấm); giữ nguyên trong văn bản.`, text.slice(0, 40));
      labelled[i] = { ...l, level: null, runs: (paragraphs[i] as Paragraph).runs, sublabel: true };
      sub += 1;
      return;
    }
    clause = n;
    sub = 0;
  });
}

/**
 * ". Chỉ đạo, tổ chức …" before "2.", "KẺ Căn cứ vào …" between "2." and "4.": OCR marred a clause's
 * number into a sign or two capitals. Where the numbering skips that clause, the first paragraph in the
 * gap that opens with such a token before a capital is it.
 */
function mendMarredClauses(labelled: Labelled[], paragraphs: readonly Paragraph[], notes: Notes): void {
  let previous = 0;
  let gapFrom = 0;
  labelled.forEach((l, i) => {
    if (l.level !== 'clause') return;
    const n = clauseNumber(paragraphs, i);
    if (n === previous + 2) {
      // "A. NHIỆM VỤ TRỌNG TÂM" / "I. Tiếp tục …" / "2. …": past a section in the gap ("I." for "1."), no earlier paragraph is the lost clause.
      const from = Math.max(gapFrom, labelled.findLastIndex((k, j) => j < i && k.level === 'section') + 1);
      // "l. Đối với …" parsed as point "l." (a point with no "k)" before it) is the lost "1." too.
      const unlabelled = (k: Labelled, text: string): boolean => (k.level === null && !k.sublabel) || (k.level === 'point' && /^\s*l\.\s/u.test(text));
      const at = labelled.findIndex((k, j) => j >= from && j < i && unlabelled(k, (paragraphs[j] as Paragraph).text) && MARRED_CLAUSE.test((paragraphs[j] as Paragraph).text));
      const found = at < 0 ? null : (MARRED_CLAUSE.exec((paragraphs[at] as Paragraph).text) as RegExpExecArray);
      if (found) {
        const k = labelled[at] as Labelled;
        notes.add('body', 'uncertain', `Dòng ${k.no}: "${(found[1] as string).trim()}" đọc là nhãn mục "${previous + 1}." (nhận dạng chữ đọc sai; các mục "${previous === 0 ? '' : `${previous}., `}${n}." có nhãn).`, (paragraphs[at] as Paragraph).text.slice(0, 40));
        labelled[at] = { ...k, level: 'clause', runs: dropLeadingChars((paragraphs[at] as Paragraph).runs, found[0].length) };
      }
    }
    // A clause whose label holds no number ("I." read as clause 1) follows the one before.
    previous = n > 0 ? n : previous + 1;
    gapFrom = i + 1;
  });
  // "7. Tiếp tục …" / "§. Báo cáo kịp thời …": past the last clause no gap tells, but "§." and a capital
  // right under it is the next clause's "8." (OCR's reading of the digit); no sentence opens so.
  const lastClause = labelled.findLastIndex((l) => l.level === 'clause');
  const after = labelled[lastClause + 1];
  const marred = lastClause >= 0 && after !== undefined && after.level === null && !after.sublabel ? SECTION_SIGN_CLAUSE.exec((paragraphs[lastClause + 1] as Paragraph).text) : null;
  if (after !== undefined && marred) {
    notes.add('body', 'uncertain', `Dòng ${after.no}: "§." đọc là nhãn mục "${previous + 1}." (nhận dạng chữ đọc sai chữ số).`, (paragraphs[lastClause + 1] as Paragraph).text.slice(0, 40));
    labelled[lastClause + 1] = { ...after, level: 'clause', runs: dropLeadingChars(after.runs, marred[0].length) };
  }
}
/** "§. Báo cáo …": a digit OCR read as a section sign, with its full stop, before a capital. */
const SECTION_SIGN_CLAUSE = /^\s*§\.\s+(?=\p{Lu})/u;
/** "KẺ Căn cứ …", ". Chỉ đạo …", "v.Ã Tổ chức …", "l. Đối với …": one or two signs or capitals, a small letter, a full stop and a capital, or "l." for "1." (no word is written so). */
const MARRED_CLAUSE = /^\s*([^\s\p{Ll}\d(“"'‘*+\\-]{1,2}|\p{Ll}\.\p{Lu}|l\.)\s+(?=\p{Lu})/u;

/** The points' letters in order, as the Decree labels them. */
const POINT_LETTERS = 'abcdđeghiklmn';

/**
 * "e) Kiểm soát …" / "ø) Trong thời gian …": OCR misread the next point's letter as a sign or a letter no
 * label has. A paragraph so opened, right after a point, in a capital, is that next point.
 */
function mendMarredPoints(labelled: Labelled[], paragraphs: readonly Paragraph[], notes: Notes): void {
  let letter = '';
  labelled.forEach((l, i) => {
    const text = (paragraphs[i] as Paragraph).text;
    if (l.level === 'point') letter = /^\s*([a-zđ])\)/u.exec(text)?.[1] ?? '';
    else if (l.level !== null) letter = '';
    const marred = l.level === null && !l.sublabel ? /^\s*([^\sa-zđA-ZĐ\d(])\)\s+(?=\p{Lu})/u.exec(text) : null;
    // A letter no point is labelled with ("f)") has no next one to read.
    const next = POINT_LETTERS.includes(letter) && letter !== '' ? POINT_LETTERS[POINT_LETTERS.indexOf(letter) + 1] : undefined;
    if (!marred || next === undefined) return;
    notes.add('body', 'uncertain', `Dòng ${l.no}: "${marred[1] as string})" đọc là nhãn điểm "${next})" (nhận dạng chữ đọc sai; điểm trước là "${letter})").`, text.slice(0, 40));
    labelled[i] = { ...l, level: 'point', runs: dropLeadingChars(l.runs, marred[0].length) };
    letter = next;
  });
}

/**
 * "I. Căn cứ Thông tư …" / "2. Đối với môn …" / "3. …": OCR read the first clause's "1." as "I.". A lone
 * section (no "II." anywhere), before any clause, whose next item is clause 2, is clause 1. So is an "I."
 * right under section I's heading ("I. Phòng GDĐT …" / "I. Tham mưu …" / "2. Chỉ đạo …"): no numbering
 * gives two sections I in a row.
 */
function mendRomanOne(labelled: Labelled[], paragraphs: readonly Paragraph[], notes: Notes): void {
  const sections = labelled.filter((l) => l.level === 'section');
  const first = labelled.findIndex((l) => l.level === 'section');
  const items = labelled.map((l, j) => (l.level === null ? -1 : j)).filter((j) => j >= 0);
  const romanOne = (j: number): boolean => labelled[j]?.level === 'section' && /^\s*I\.\s/.test((paragraphs[j] as Paragraph).text);
  items.forEach((i, k) => {
    if (!romanOne(i)) return;
    const next = items[k + 1];
    if (next === undefined || labelled[next]?.level !== 'clause' || !/^\s*2\s*\./.test((paragraphs[next] as Paragraph).text)) return;
    const alone = sections.length === 1 && i === first && !labelled.slice(0, i).some((l) => l.level === 'clause');
    const underOne = k > 0 && romanOne(items[k - 1] as number);
    // "I. Tiếp tục chú trọng bồi dưỡng … trong toàn tỉnh." over "2. …": a whole sentence is a clause's
    // text, not a section's heading.
    const text = (paragraphs[i] as Paragraph).text.trim();
    const sentence = !isUpperText(text) && text.length > 60 && /[.;]$/.test(text);
    if (!alone && !underOne && !sentence) return;
    const l = labelled[i] as Labelled;
    notes.add('body', 'uncertain', `Dòng ${l.no}: "I." đọc là nhãn mục "1." (nhận dạng chữ đọc sai; mục sau là "2.").`, (paragraphs[i] as Paragraph).text.slice(0, 40));
    labelled[i] = { ...l, level: 'clause' };
  });
}

/** Every mend, in the order each relies on: commas and "I." first, then sub-labels, points and lost clauses. */
export function mendLabels(labelled: Labelled[], paragraphs: readonly Paragraph[], notes: Notes): void {
  mendCommaLabels(labelled, paragraphs, notes);
  mendRomanOne(labelled, paragraphs, notes);
  mendDotlessSublabels(labelled, paragraphs, notes);
  mendMarredPoints(labelled, paragraphs, notes);
  mendMarredClauses(labelled, paragraphs, notes);
}
