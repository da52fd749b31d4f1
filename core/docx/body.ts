// The body (ô 6, §4.7): one paragraph per block, 14 pt, justified, first-line indent 1.27 cm, 6 pt
// before, line spacing within single–1.5. Item labels are literal text (never Word numbering), so
// every viewer shows the same "a) b) … đ)". Titled clauses and sections are bold on their own line.
import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import type { Block, Inline, ItemBlock } from '../letter/types';
import { bodyStyleId, endsWithClosingMark, flattenLabeled, labelBlocks, POINT_LETTERS, withClosingMark } from '../format';
import type { BodyStyleKind, LabeledBlock } from '../format';
import { missingCase } from '../result';
import type { ExportContext } from './context';
import { inlineRuns, textRun } from './runs';

interface Place {
  /** The closing paragraph stays with the signature table, so a signature never opens a page alone. */
  last: boolean;
  /** A heading or an item whose points follow: never the last line of a page without them. */
  withNext?: boolean;
  /** Spacing before, when not the profile's (the first paragraph after the header table). */
  before?: number;
}

function bodyParagraph(ctx: ExportContext, children: ReturnType<typeof textRun>[], place: Place, depth: number, kind: BodyStyleKind): Paragraph {
  const b = ctx.layout.body;
  return new Paragraph({
    // Names the block's depth in the draft for our importer (core/format/body-style.ts).
    style: bodyStyleId(depth, kind),
    ...(place.last ? { keepNext: true, keepLines: true } : place.withNext ? { keepNext: true } : {}),
    // Explicit: OOXML without it means no widow/orphan control, and a single line may open a page.
    widowControl: true,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: b.firstLine },
    spacing: { before: place.before ?? b.before, after: b.after, line: b.line, lineRule: LineRuleType.AUTO },
    children,
  });
}

/** Sections and titled clauses are bold throughout (§4.7). */
const isBoldItem = (block: ItemBlock): boolean => block.level === 'section' || block.title;

/**
 * A section heading is "I. TIÊU ĐỀ", upper case (§4.7), however the author typed it; the writer sets
 * the case as it does for the agency name and the signature titles.
 */
const sectionCase = (content: readonly Inline[]): Inline[] => content.map((r) => ({ ...r, text: r.text.toLocaleUpperCase('vi') }));

function blockParagraph(ctx: ExportContext, node: LabeledBlock, content: readonly Inline[], place: Place): Paragraph {
  const size = ctx.sizes.body;
  const block: Block = node.block;
  switch (block.kind) {
    case 'paragraph':
      return bodyParagraph(ctx, inlineRuns(content, { sizePt: size }), place, node.depth, 'paragraph');
    case 'item': {
      const bold = isBoldItem(block);
      const label = textRun(`${node.label ?? ''} `, { sizePt: size, bold });
      const text = block.level === 'section' ? sectionCase(content) : content;
      // "2. Sở Thông tin và Truyền thông" alone at the foot of page 1, its points on page 2, was
      // seen in the audit (seed 001): headings and items that introduce children keep with them.
      const withNext = bold || block.children.length > 0;
      return bodyParagraph(ctx, [label, ...inlineRuns(text, { sizePt: size, bold })], { ...place, withNext }, node.depth, 'item');
    }
    default:
      return missingCase(block);
  }
}

/** The content with "./." at its end (the last run gets it, keeping the author's marks). */
function closeContent(content: readonly Inline[]): Inline[] {
  const out = content.map((r) => ({ ...r }));
  const last = [...out].reverse().find((r) => r.text.trim().length > 0);
  if (last) last.text = withClosingMark(last.text);
  return out;
}

/**
 * Points are lettered a) … y) in the Vietnamese alphabet (23 letters); past "y)" labels double
 * ("aa)", "ab)"), which the Decree never shows. Say so, naming the item whose points run over
 * (its path in the draft, as the checker names fields: "body.3").
 */
function warnPointOverflow(ctx: ExportContext, nodes: readonly LabeledBlock[], owner: string): void {
  const points = nodes.filter((n) => n.block.kind === 'item' && n.block.level === 'point').length;
  if (points > POINT_LETTERS.length) {
    ctx.warnings.push(`${owner}: có ${points} điểm, quá 23 chữ cái a) … y) của tiếng Việt; các điểm sau "y)" được đánh "aa)", "ab)"…; nên tách thành nhiều khoản.`);
  }
  const base = owner === 'body' ? 'body' : `${owner}.children`;
  nodes.forEach((n, i) => warnPointOverflow(ctx, n.children, `${base}.${i}`));
}

/**
 * The body's paragraphs. `afterHeader` is the spacing above the first one when nothing stands
 * between it and the header table (a letter without "Kính gửi"), so the body keeps the same
 * distance from the header as the Kính gửi part would.
 */
export function bodyParagraphs(ctx: ExportContext, body: readonly Block[], afterHeader?: number): Paragraph[] {
  const tree = labelBlocks(body);
  warnPointOverflow(ctx, tree, 'body');
  const nodes = flattenLabeled(tree);
  const lastIndex = nodes.findLastIndex((n) => n.block.content.some((r) => r.text.trim().length > 0));
  if (lastIndex < 0) ctx.warnings.push('body: nội dung công văn đang trống.');
  return nodes.map((node, i) => {
    let content: readonly Inline[] = node.block.content;
    if (i === lastIndex && !endsWithClosingMark(content.map((r) => r.text).join(''))) {
      content = closeContent(content);
      ctx.warnings.push('body: nội dung chưa kết thúc bằng "./."; đã thêm vào cuối đoạn cuối khi xuất.');
    }
    return blockParagraph(ctx, node, content, { last: i === nodes.length - 1, ...(i === 0 && afterHeader !== undefined ? { before: afterHeader } : {}) });
  });
}
