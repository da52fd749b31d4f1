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
import { mendLabels } from './label-mends';
import type { Labelled } from './label-mends';
import { pointsCitedAlone, quotedParagraphs } from './quotes';
import { mendMarredRomans } from './roman-ocr';
import { fold, isUpperText } from './text';


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
/** The open item holding a paragraph labelled as this one's sibling ("4.1." for "4.4."), or -1. */
function siblingSublabel(stack: readonly ItemBlock[], text: string): number {
  const head = /^\s*(\d{1,2})\.\d{1,2}\./.exec(text);
  if (head === null) return -1;
  const sibling = new RegExp(`^\\s*${head[1] as string}\\.\\d{1,2}\\.`);
  return stack.findLastIndex((open) => open.children.some((b) => b.kind === 'paragraph' && sibling.test(plain(b.content))));
}

/** "Căn cứ các quy định nêu trên, …", "Căn cứ hướng dẫn trên …": the letter reasoning on the provisions it cited. */
const REASONING = /^Căn cứ (?:các )?(?:quy định|hướng dẫn)(?: nêu)? trên\b/u;

/**
 * Sentences that close a letter ("Trên đây là …", "… trả lời để Công ty biết./.", "… hướng dẫn để Công ty
 * biết và thực hiện.", a department's "Kính đề nghị UBND tỉnh xem xét …" to the body over it), not a
 * clause's text.
 */
const CLOSING = /^(tren day|kinh de nghi|trong qua trinh (thuc hien|trien khai)|qua trinh thuc hien|khi trien khai|rat mong|xin tran trong|tran trong|moi vuong mac|neu co vuong mac|de nghi cac (co quan|don vi|so|dia phuong)|yeu cau (cac|thu truong|giam doc|chu tich|hieu truong))\b|\b(tra loi|huong dan|thong bao) (de|cho)\b.{0,40}\bbiet\b/;
/**
 * "Sở Giáo dục và Đào tạo yêu cầu các đơn vị nghiêm túc thực hiện.": the issuing body's closing request, as
 * the last paragraph; "Tổng cục Hải quan có ý kiến để Công ty … được biết": its answer handed over (the
 * "biết" may be OCR's "bit").
 */
const AGENCY_CLOSING = /^(so|ubnd|uy ban nhan dan|phong|bo|cuc|tong cuc|chi cuc|van phong)\s.{0,60}?\s(?:(yeu cau|de nghi)\s.{0,80}\sthuc hien\b|(co y kien|tra loi|thong bao|huong dan)\s(de|cho)\s)/;
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
    // "d) Lễ Chiến thắng 30 tháng 4 và Ngày Quốc tế lao động 01 tháng 5:" among "a) Tết Dương lịch 2021:" …: or a
    // topic longer than most, ending in its one colon.
    const mostTitled = titled >= 3 && titled * 4 >= siblings * 3;
    const text = plain(c.content);
    const unended = !TERMINAL.test(text) || (/\.\s*$/.test(text) && mostTitled) || (/^[^:]*:\s*$/.test(text) && text.length <= 100 && mostTitled);
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

export function buildBody(given: readonly Paragraph[], notes: Notes): Block[] {
  const paragraphs = given.every((p) => p.depth !== undefined) && given.length > 0 ? given : mendMarredRomans(given, notes);
  const labelled = paragraphs.map(label);
  const depths = paragraphs.map((p) => p.depth);
  if (depths.length > 0 && depths.every((d) => d !== undefined)) {
    // A plain paragraph of our own DOCX keeps a label-like start as its text ("1. …" of a quoted decree).
    const asPrinted = labelled.map((l, i) => ((paragraphs[i] as Paragraph).plain === true ? { ...l, level: null, runs: (paragraphs[i] as Paragraph).runs } : l));
    return buildByDepth(asPrinted, depths as number[]);
  }
  mendLabels(labelled, paragraphs, notes);
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
      const sibling = p.sublabel ? siblingSublabel(stack, plain(p.runs)) : -1;
      // "c) Hệ thống dạy học trực tuyến" / "Hệ thống … là …" / "2. Yêu cầu …": a heading with nothing under it
      // yet (no ending, a short line) has this paragraph as its text, whatever item comes next.
      // "b) Địa điểm" / "Điểm cầu chính tại Sở GDĐT." / "43 điểm cầu …" / "2. Thành phần": so are its further
      // paragraphs, up to the next item, while it holds nothing but its text. "3. Căn cứ pháp lý ban hành quyết
      // định … không chấp nhận khiếu nại": a heading may run to a long line.
      const bareHeading =
        deepest !== undefined && !isListLine(deepest) && deepest.children.every((b) => b.kind === 'paragraph') && !TERMINAL.test(plain(deepest.content)) && plain(deepest.content).length <= 130;
      if (next !== null && bareHeading) {
        parent = deepest;
        depth = stack.length - 1;
      } else if (next !== null) {
        // "Căn cứ các quy định nêu trên thì:" after the provisions a dash cited: the letter's own reasoning
        // on what the list quoted, never a list line's text.
        const reasons = REASONING.test(plain(p.runs));
        for (let k = stack.length - 1; k >= 0; k -= 1) {
          const open = stack[k] as ItemBlock;
          if (reasons && isListLine(open)) continue;
          if (LEVEL_RANK[open.level] <= next && !(k > 0 && isListLine(open) && open.children.length === 0 && !introduces(open))) {
            parent = open;
            depth = k;
            break;
          }
        }
      } else if (deepest && (!isListLine(deepest) || topicHeading(deepest)) && deepest.children.length === 0 && (!TERMINAL.test(plain(deepest.content)) || introduces(deepest) || topicHeading(deepest)) && (introduces(deepest) || !CLOSING.test(fold(plain(p.runs))))) {
        // The text under a titled clause, under "2. Về thủ tục …:" or "2. Về hoàn thuế GTGT."; not a closing
        // sentence ("Trong quá trình triển khai …"), which speaks to the whole letter.
        parent = deepest;
        depth = stack.length - 1;
        tail = deepest;
      } else if (deepest && isListLine(deepest) && introduces(deepest) && deepest.children.length === 0 && !REASONING.test(plain(p.runs))) {
        parent = deepest; // "- Từ ngày 01/02/2018:" / "Tại khoản 2 Điều 1 …": the text the last dash introduces
        depth = stack.length - 1;
        tail = deepest;
      } else if (tail !== null && stack[stack.length - 1] === tail && !closes(p, i === labelled.length - 1) && !(isListLine(tail) && REASONING.test(plain(p.runs)))) {
        parent = tail; // its further paragraphs, up to the letter's closing sentence (or, under a dash, its reasoning on them)
        depth = stack.length - 1;
      } else if (sibling >= 0) {
        // "4.3. Về mức đóng BHYT:" / "- …" / "4.4. Xử lý vi phạm …": a sub-clause after the last dash goes back
        // under the clause that holds its siblings "4.1.", "4.2.".
        depth = sibling;
        parent = stack[depth];
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
