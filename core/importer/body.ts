// Paragraphs → the Block tree. Labels ("I.", "1.", "a)", "-", "+") become item levels and are not
// kept in the text: the model computes labels. A plain paragraph between items belongs to the item
// before it (to the deepest open item no deeper than the next item); plain paragraphs after the last
// item are the closing part, except the first text under a titled clause that has nothing yet. A dash
// or '+' item is one line of a list: a paragraph after it is its own only when the item introduces it
// (ends in ':'); otherwise the paragraph goes on in the item that holds the list. A top-level list has
// no such item: there the paragraph stays with the line before, so the list is not cut in two.
import type { Block, Inline, ItemBlock, ItemLevel, ParagraphBlock } from '../letter/types';
import { LEVEL_RANK } from '../format/labels';
import { dropLeadingChars, isSublabel, parseLabel } from '../format/parse-label';
import { allBold, unbold } from './marks';
import type { Notes } from './notes';
import type { Paragraph } from './paragraphs';
import { pointsCitedAlone, quotedParagraphs } from './quotes';
import { fold, isUpperText } from './text';


interface Labelled {
  level: ItemLevel | null;
  runs: Inline[];
  heading: boolean;
  no: number;
  /** A "1.1." style label the model cannot express; kept in the text. */
  sublabel: boolean;
  /** The label itself is bold (our exporter bolds it exactly when the item is titled). */
  labelBold: boolean;
}

function label(p: Paragraph): Labelled {
  const base = { heading: p.heading, no: p.no, sublabel: false, labelBold: false };
  if (isSublabel(p.text)) return { ...base, level: null, runs: p.runs, sublabel: true };
  const found = parseLabel(p.text);
  if (!found) return { ...base, level: null, runs: p.runs };
  // The runs the label's characters are in.
  const labelRuns: Inline[] = [];
  let left = found.length;
  for (const r of p.runs) {
    if (left <= 0) break;
    labelRuns.push(r);
    left -= r.text.length;
  }
  const labelBold = labelRuns.some((r) => r.text.trim() !== '') && labelRuns.every((r) => r.text.trim() === '' || r.bold);
  return { ...base, level: found.level, runs: dropLeadingChars(p.runs, found.length), labelBold };
}

const plain = (runs: readonly Inline[]): string => runs.map((r) => r.text).join('');
const isListLine = (item: ItemBlock): boolean => item.level === 'dash' || item.level === 'plus';
const introduces = (item: ItemBlock): boolean => /:\s*$/.test(plain(item.content));
const TERMINAL = /[.:;,!?…]["”)]?\s*$/;

/**
 * Sentences that close a letter ("Trên đây là …", "… trả lời để Công ty biết./.", "… hướng dẫn để Công ty
 * biết và thực hiện.", a department's "Kính đề nghị UBND tỉnh xem xét …" to the body over it), not a
 * clause's text.
 */
const CLOSING = /^(tren day|kinh de nghi|trong qua trinh (thuc hien|trien khai)|qua trinh thuc hien|khi trien khai|rat mong|xin tran trong|tran trong|moi vuong mac|neu co vuong mac|de nghi cac (co quan|don vi|so|dia phuong)|yeu cau (cac|thu truong|giam doc|chu tich|hieu truong))\b|\b(tra loi|huong dan|thong bao) (de|cho)\b.{0,40}\bbiet\b/;
/** "Sở Giáo dục và Đào tạo yêu cầu các đơn vị nghiêm túc thực hiện.": the issuing body's closing request, as the last paragraph. */
const AGENCY_CLOSING = /^(so|ubnd|uy ban nhan dan|phong|bo|cuc|van phong)\s.{0,60}?\s(yeu cau|de nghi)\s.{0,80}\sthuc hien\b/;
const closes = (p: Labelled, last: boolean): boolean =>
  CLOSING.test(fold(plain(p.runs))) || (last && (/\.\/\.\s*$/.test(plain(p.runs)) || AGENCY_CLOSING.test(fold(plain(p.runs)))));

/**
 * "- Về việc lập hóa đơn của VNPT Đắk Nông:", "2. Về thủ tục chuyển giao máy móc:", "1. Về kê khai,
 * Quyết toán thuế.": a topic on its own line with the text about it below is a heading, whatever its
 * label and its closing colon or full stop (a long sentence that starts with "Về" is not).
 */
const topicHeading = (item: ItemBlock): boolean => {
  const text = plain(item.content).trim();
  return /^Về\s/u.test(text) && /[:.]$/.test(text) && text.length <= 100;
};

/** The longest topic read as a heading by its colon alone ("Sở Nông nghiệp và Môi trường:"). */
const TOPIC_MAX = 32;
function finishItem(item: ItemBlock, heading: boolean): void {
  const text = plain(item.content);
  // A section ("I. …") is a heading by definition; a clause is one when it stands alone as a short line.
  // A section in capitals ("I. TÌNH HÌNH THIỆT HẠI:") is a heading even with its colon.
  // "1. Đối tượng và địa bàn xét tuyển:" over "1.1. …", "1.2. …": a clause split into numbered parts heads them.
  const first = item.children[0];
  const headsSublabels = first?.kind === 'paragraph' && /^\d{1,2}\.\d{1,2}\.?\s/.test(plain(first.content)) && /:\s*$/.test(text);
  // "1. Nội dung:", "2. Thành phần:", "1. Ủy ban nhân dân tỉnh Đồng Nai:" over the lines about it: a short
  // topic (a name, no sentence: one colon, no verb of instruction first) heads what is under it.
  const colonTopic =
    (item.level === 'clause' || item.level === 'point') &&
    item.children.length > 0 &&
    /^[^:]*:\s*$/.test(text) &&
    text.trim().length <= TOPIC_MAX &&
    !/^(?:giao|de nghi|yeu cau|chi dao|thuc hien)\b/.test(fold(text.trim()));
  const isTitle =
    heading ||
    colonTopic ||
    (topicHeading(item) && item.children.length > 0) ||
    (!TERMINAL.test(text) && text.length <= 160 && (item.children.length > 0 || item.level === 'section')) ||
    (item.level === 'section' && text.length <= 160 && isUpperText(text)) ||
    // "I. Bệnh viện trực thuộc Sở Y tế các tỉnh, … (đã được Sở Y tế công nhận …):" over the list it
    // introduces: a section is a heading even when a long one ends in its colon (a paragraph of
    // several sentences labelled "I." is not).
    (item.level === 'section' && item.children.length > 0 && /:\s*$/.test(text) && text.length <= 240) ||
    (headsSublabels && text.length <= 160 && !/\bsau:\s*$/u.test(text));
  if (isTitle) {
    item.title = true;
    item.content = unbold(item.content);
  }
  finishItems(item.children);
}

/**
 * Items one under another, finished. A heading is a heading whatever its length: an item with its
 * text under it and no end punctuation, among siblings that are headings, is one too, though longer
 * than a heading usually is ("3." / "Hoàn thành công tác tuyển sinh … trong công tác tuyển sinh").
 */
function finishItems(blocks: readonly Block[]): void {
  const items = blocks.filter((b): b is ItemBlock => b.kind === 'item');
  for (const c of items) finishItem(c, headingOf.get(c) ?? false);
  // Siblings with children, and how many of them are titled, per level: counted once and kept up to date
  // as items are titled below (filtering the siblings for each item costs a long list seconds).
  const withChildren = new Map<ItemLevel, number>();
  const titledWithChildren = new Map<ItemLevel, number>();
  for (const o of items) {
    if (o.children.length === 0) continue;
    withChildren.set(o.level, (withChildren.get(o.level) ?? 0) + 1);
    if (o.title) titledWithChildren.set(o.level, (titledWithChildren.get(o.level) ?? 0) + 1);
  }
  for (const c of items) {
    if (c.title || c.children.length === 0) continue;
    const siblings = (withChildren.get(c.level) ?? 0) - 1;
    const titled = titledWithChildren.get(c.level) ?? 0;
    // Even one ending in a full stop, where nearly all its siblings are headings ("… tổng kết năm công tác 2025.").
    const unended = !TERMINAL.test(plain(c.content)) || (/\.\s*$/.test(plain(c.content)) && titled >= 3 && titled * 4 >= siblings * 3);
    if (titled >= 2 && unended) {
      c.title = true;
      c.content = unbold(c.content);
      titledWithChildren.set(c.level, titled + 1);
    }
  }
}

const headingOf = new WeakMap<ItemBlock, boolean>();

/**
 * Our own DOCX names each paragraph's depth (core/format/body-style.ts): the tree is rebuilt exactly,
 * each block under the last item one level up. A titled item is one printed bold throughout.
 */
function buildByDepth(labelled: readonly Labelled[], depths: readonly number[]): Block[] {
  const top: Block[] = [];
  const open: ItemBlock[] = [];
  labelled.forEach((p, i) => {
    const depth = Math.min(depths[i] as number, open.length);
    open.length = depth;
    // The exporter bolds a label exactly when its item is titled; bold text under a plain label is the
    // author's emphasis. Any length: a long titled clause is still printed bold throughout.
    const titled = p.labelBold && allBold(p.runs);
    const block: Block =
      p.level === null ? { kind: 'paragraph', content: p.runs } : { kind: 'item', level: p.level, title: titled, content: titled ? unbold(p.runs) : p.runs, children: [] };
    const parent = open[depth - 1];
    if (parent) parent.children.push(block);
    else top.push(block);
    if (block.kind === 'item') open.push(block);
  });
  return top;
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
      const at = labelled.findIndex((k, j) => j >= from && j < i && k.level === null && !k.sublabel && MARRED_CLAUSE.test((paragraphs[j] as Paragraph).text));
      const found = at < 0 ? null : (MARRED_CLAUSE.exec((paragraphs[at] as Paragraph).text) as RegExpExecArray);
      if (found) {
        const k = labelled[at] as Labelled;
        notes.add('body', 'uncertain', `Dòng ${k.no}: "${(found[1] as string).trim()}" đọc là nhãn mục "${previous + 1}." (nhận dạng chữ đọc sai; các mục "${previous === 0 ? '' : `${previous}., `}${n}." có nhãn).`, (paragraphs[at] as Paragraph).text.slice(0, 40));
        labelled[at] = { ...k, level: 'clause', runs: dropLeadingChars(k.runs, found[0].length) };
      }
    }
    // A clause whose label holds no number ("I." read as clause 1) follows the one before.
    previous = n > 0 ? n : previous + 1;
    gapFrom = i + 1;
  });
}
const MARRED_CLAUSE = /^\s*([^\s\p{Ll}\d(“"'‘*+\\-]{1,2})\s+(?=\p{Lu})/u;

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

export function buildBody(paragraphs: readonly Paragraph[], notes: Notes): Block[] {
  const labelled = paragraphs.map(label);
  const depths = paragraphs.map((p) => p.depth);
  if (depths.length > 0 && depths.every((d) => d !== undefined)) {
    // A plain paragraph of our own DOCX keeps a label-like start as its text ("1. …" of a quoted decree).
    const asPrinted = labelled.map((l, i) => ((paragraphs[i] as Paragraph).plain === true ? { ...l, level: null, runs: (paragraphs[i] as Paragraph).runs } : l));
    return buildByDepth(asPrinted, depths as number[]);
  }
  mendCommaLabels(labelled, paragraphs, notes);
  mendRomanOne(labelled, paragraphs, notes);
  mendDotlessSublabels(labelled, paragraphs, notes);
  mendMarredPoints(labelled, paragraphs, notes);
  mendMarredClauses(labelled, paragraphs, notes);
  // A quoted decree's "1." and "a)" are its text, not the letter's clauses; so is a cited law's lone "e)".
  const texts = paragraphs.map((p) => p.text);
  const cited = pointsCitedAlone(texts, labelled.map((l) => l.level));
  const quoted = quotedParagraphs(texts).map((q, i) => q || cited[i] === true);
  labelled.forEach((l, i) => {
    if (quoted[i] === true && l.level !== null) labelled[i] = { ...l, level: null, runs: (paragraphs[i] as Paragraph).runs };
  });
  const top: Block[] = [];
  const stack: ItemBlock[] = [];
  /** The last item, titled or introducing, that the paragraphs after it belong to. */
  let tail: ItemBlock | null = null;
  // The rank of the first item at or after each paragraph, computed once from the end: asking it
  // afresh for each paragraph costs a pasted page of thousands of lines seconds.
  const rankFrom: Array<number | null> = new Array(labelled.length + 1).fill(null);
  for (let j = labelled.length - 1; j >= 0; j -= 1) {
    const l = (labelled[j] as Labelled).level;
    rankFrom[j] = l !== null ? LEVEL_RANK[l] : (rankFrom[j + 1] ?? null);
  }
  const nextItemRank = (from: number): number | null => rankFrom[from] ?? null;
  /** The item whose introduction (":") a quotation under way follows; its paragraphs stay under it. */
  let quoteParent: ItemBlock | null = null;
  labelled.forEach((p, i) => {
    if (quoted[i] !== true) quoteParent = null;
    else if (p.level === null) {
      const deepest = stack[stack.length - 1];
      if (quoteParent === null && deepest && introduces(deepest) && deepest.children.length === 0) quoteParent = deepest;
      if (quoteParent !== null) {
        quoteParent.children.push({ kind: 'paragraph', content: p.runs });
        return;
      }
    }
    if (p.sublabel) notes.add(`body`, 'uncertain', `Dòng ${p.no}: nhãn nhiều cấp (như "1.1.") không có trong mẫu; giữ nguyên trong nội dung.`, plain(p.runs).slice(0, 40));
    if (p.level === null) {
      const block: ParagraphBlock = { kind: 'paragraph', content: p.runs };
      const next = nextItemRank(i + 1);
      const deepest = stack[stack.length - 1];
      let parent: ItemBlock | undefined;
      let depth = -1;
      // "c) Hệ thống dạy học trực tuyến" / "Hệ thống … là …" / "2. Yêu cầu …": a heading with nothing under it
      // yet (no ending, a short line) has this paragraph as its text, whatever item comes next.
      // "b) Địa điểm" / "Điểm cầu chính tại Sở GDĐT." / "43 điểm cầu …" / "2. Thành phần": so are its further
      // paragraphs, up to the next item, while it holds nothing but its text.
      const bareHeading =
        deepest !== undefined && !isListLine(deepest) && deepest.children.every((b) => b.kind === 'paragraph') && !TERMINAL.test(plain(deepest.content)) && plain(deepest.content).length <= 100;
      if (next !== null && bareHeading) {
        parent = deepest;
        depth = stack.length - 1;
      } else if (next !== null) {
        for (let k = stack.length - 1; k >= 0; k -= 1) {
          const open = stack[k] as ItemBlock;
          if (LEVEL_RANK[open.level] <= next && !(k > 0 && isListLine(open) && open.children.length === 0 && !introduces(open))) {
            parent = open;
            depth = k;
            break;
          }
        }
      } else if (deepest && (!isListLine(deepest) || topicHeading(deepest)) && deepest.children.length === 0 && (!TERMINAL.test(plain(deepest.content)) || introduces(deepest) || topicHeading(deepest))) {
        parent = deepest; // the text under a titled clause, under "2. Về thủ tục …:" or "2. Về hoàn thuế GTGT."
        depth = stack.length - 1;
        tail = deepest;
      } else if (tail !== null && stack[stack.length - 1] === tail && !closes(p, i === labelled.length - 1)) {
        parent = tail; // its further paragraphs, up to the letter's closing sentence
        depth = stack.length - 1;
      } else if (deepest && isListLine(deepest) && /^\s*\p{Ll}/u.test(plain(p.runs))) {
        // "2. Danh sách … là:" / "- Deli 1710, D991ES;" / "và các máy tính không có …": a paragraph
        // opening in small letters after the last dash ends the sentence the item above the list began.
        const k = stack.findLastIndex((open) => introduces(open));
        if (k >= 0) {
          parent = stack[k];
          depth = k;
        }
      }
      if (parent) {
        parent.children.push(block);
        stack.length = depth + 1; // items after the paragraph do not nest under a list line above it
      } else {
        stack.length = 0;
        top.push(block);
      }
      return;
    }
    const item: ItemBlock = { kind: 'item', level: p.level, title: false, content: p.runs, children: [] };
    headingOf.set(item, p.heading);
    while (stack.length > 0 && LEVEL_RANK[(stack[stack.length - 1] as ItemBlock).level] >= LEVEL_RANK[p.level]) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(item);
    else top.push(item);
    stack.push(item);
  });
  finishItems(top);
  return top;
}
