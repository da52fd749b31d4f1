// Short centred rule lines (under the agency name and the motto, §4.1, §4.2, §7): an empty paragraph
// whose bottom border is the rule, its length set by equal left and right indents. This renders the
// same in Word and LibreOffice (TOOLCHAIN.md), and the paragraph is kept tiny so the rule hugs the text.
import { BorderStyle, LineRuleType, Paragraph } from 'docx';
import { ptToHalfPoints } from '../layout';
import type { ExportContext } from './context';
import { FONT } from './runs';

/** A rule of `length` twips centred in a cell whose text area is `available` twips wide. */
export function ruleParagraph(ctx: ExportContext, length: number, available: number): Paragraph {
  const side = Math.max(0, Math.round((available - length) / 2));
  const size = ptToHalfPoints(ctx.layout.profile.ruleParagraphPt);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: ctx.layout.ruleParagraph, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: ctx.layout.ruleWeight, color: '000000', space: 1 } },
    run: { font: FONT, size },
    children: [],
  });
}
