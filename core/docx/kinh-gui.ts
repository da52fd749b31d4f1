// "Kính gửi" (ô 9a, §4.6): one recipient centred on one line; several as "Kính gửi:" on its own line,
// indented ~3.5 cm, then "- …;" lines whose hyphens stand under the colon (placed with the font's
// metrics) and whose wrapped lines hang after "- ".
import { AlignmentType, Paragraph } from 'docx';
import type { Letter } from '../letter/types';
import { formatKinhGui, KINH_GUI } from '../format';
import { missingCase } from '../result';
import { textWidthTwips } from '../metrics';
import type { ExportContext } from './context';
import { textRun } from './runs';

export function kinhGuiParagraphs(ctx: ExportContext, letter: Letter): Paragraph[] {
  const size = ctx.sizes.kinhGui;
  const k = formatKinhGui(letter.recipients);
  const gap = ctx.layout.kinhGuiGap;
  switch (k.kind) {
    case 'none':
      return [];
    case 'single':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: gap, after: 0 }, children: [textRun(k.line, { sizePt: size })] })];
    case 'list': {
      const indent = ctx.layout.kinhGuiIndent;
      const colon = indent + textWidthTwips(KINH_GUI, size);
      const dash = textWidthTwips('- ', size);
      return [
        new Paragraph({ indent: { left: indent }, spacing: { before: gap, after: 0 }, children: [textRun(k.heading, { sizePt: size })] }),
        ...k.items.map(
          (line) =>
            new Paragraph({
              alignment: AlignmentType.LEFT,
              indent: { left: colon + dash, hanging: dash },
              spacing: { before: 0, after: 0 },
              children: [textRun(line, { sizePt: size })],
            }),
        ),
      ];
    }
    default:
      return missingCase(k);
  }
}
