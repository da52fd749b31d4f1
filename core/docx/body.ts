// The body (ô 6, §4.7): one paragraph per block, 14 pt, justified, first-line indent 1.27 cm, 6 pt
// before, line spacing within single–1.5. Item labels are literal text (never Word numbering), so
// every viewer shows the same "a) b) … đ)". Titled clauses and sections are bold on their own line.
import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import type { Block, Inline, ItemBlock } from '../letter/types';
import { endsWithClosingMark, flattenLabeled, labelBlocks, withClosingMark } from '../format';
import type { LabeledBlock } from '../format';
import { missingCase } from '../result';
import type { ExportContext } from './context';
import { inlineRuns, textRun } from './runs';

function bodyParagraph(ctx: ExportContext, children: ReturnType<typeof textRun>[], last = false): Paragraph {
  const b = ctx.layout.body;
  return new Paragraph({
    // The closing paragraph stays with the signature table, so a signature never opens a page alone.
    ...(last ? { keepNext: true, keepLines: true } : {}),
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: b.firstLine },
    spacing: { before: b.before, after: b.after, line: b.line, lineRule: LineRuleType.AUTO },
    children,
  });
}

/** Sections and titled clauses are bold throughout (§4.7). */
const isBoldItem = (block: ItemBlock): boolean => block.level === 'section' || block.title;

function blockParagraph(ctx: ExportContext, node: LabeledBlock, content: readonly Inline[], last: boolean): Paragraph {
  const size = ctx.sizes.body;
  const block: Block = node.block;
  switch (block.kind) {
    case 'paragraph':
      return bodyParagraph(ctx, inlineRuns(content, { sizePt: size }), last);
    case 'item': {
      const bold = isBoldItem(block);
      const label = textRun(`${node.label ?? ''} `, { sizePt: size, bold });
      return bodyParagraph(ctx, [label, ...inlineRuns(content, { sizePt: size, bold })], last);
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

export function bodyParagraphs(ctx: ExportContext, body: readonly Block[]): Paragraph[] {
  const nodes = flattenLabeled(labelBlocks(body));
  const lastIndex = nodes.findLastIndex((n) => n.block.content.some((r) => r.text.trim().length > 0));
  if (lastIndex < 0) ctx.warnings.push('body: nội dung công văn đang trống.');
  return nodes.map((node, i) => {
    let content: readonly Inline[] = node.block.content;
    if (i === lastIndex && !endsWithClosingMark(content.map((r) => r.text).join(''))) {
      content = closeContent(content);
      ctx.warnings.push('body: nội dung chưa kết thúc bằng "./."; đã thêm vào cuối đoạn cuối khi xuất.');
    }
    return blockParagraph(ctx, node, content, i === nodes.length - 1);
  });
}
