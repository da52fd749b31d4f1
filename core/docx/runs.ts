// Text runs. Every run names Times New Roman for all four font slots (ascii, hAnsi, cs, eastAsia), so
// no viewer falls back to a theme font for Vietnamese letters. Inline[] mapping lives here on its
// own: the review feature (issue 7) will wrap runs in w:ins / w:del and comment ranges at this point.
import { TextRun } from 'docx';
import type { Inline } from '../letter/types';
import { ptToHalfPoints } from '../layout';

export const FONT_NAME = 'Times New Roman';
export const FONT = { ascii: FONT_NAME, hAnsi: FONT_NAME, cs: FONT_NAME, eastAsia: FONT_NAME } as const;

export interface RunStyle {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Hex colour; omitted = automatic (black). Stamps are red. */
  color?: string;
  /** A line break before the text (w:br), inside the same paragraph. */
  breakBefore?: boolean;
}

/** One run of literal text in the given style. */
export function textRun(text: string, style: RunStyle): TextRun {
  const size = ptToHalfPoints(style.sizePt);
  return new TextRun({
    text,
    font: FONT,
    size,
    // Marks are written only when on (nothing in our styles turns them on), and without the
    // complex-script twins (szCs, bCs, iCs), which apply to RTL/complex scripts, never Vietnamese:
    // a 50-page letter has thousands of runs, and every element costs export time.
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
    ...(style.color ? { color: style.color } : {}),
    ...(style.breakBefore ? { break: 1 } : {}),
  });
}

export interface InlineOptions {
  sizePt: number;
  /** Forces bold on every run (titled clauses, sections). */
  bold?: boolean;
}

/** The author's runs with their own bold / italic / underline marks. Empty runs are skipped. */
export function inlineRuns(content: readonly Inline[], options: InlineOptions): TextRun[] {
  return content
    .filter((r) => r.text.length > 0)
    .map((r) => textRun(r.text, { sizePt: options.sizePt, bold: options.bold || r.bold, italic: r.italic, underline: r.underline }));
}
