// `pdftotext -layout` keeps a page's first-line indents: each paragraph (and each numbered or dashed
// item, Decree 30 indents them all) starts a few columns in, and the lines it wraps onto start at the
// margin. Where a body has that shape, the indent says where a paragraph starts better than its
// words do: "… Cục Nhà trường" / "- Bộ Quốc phòng (gọi chung …)" at the margin is one sentence wrapped
// at a hyphen, and "… mã bưu chính;" / "      Chủ tịch Ủy ban …" indented is a new paragraph even
// though the line before filled the width.
import type { SourceLine } from './lines';
import { startsLower } from './text';

export interface IndentShape {
  /** The indented line starts a paragraph. */
  opens(i: number): boolean;
  /** The line at the margin goes on with the full line before it, whatever either says (a new paragraph would be indented). */
  goesOn(i: number): boolean;
}

/** An acronym in brackets alone on a line ("(ĐKXT)", "(GDĐT);"). */
const BRACKETED_ACRONYM = /^\(\p{Lu}[\p{Lu}&\d-]*\)[.,;:]?$/u;
const SENTENCE_END = /[.:;!?…]["”»)]?\s*$/;
/** Columns past the margin that make a line indented (pdftotext shifts a column now and then). */
const INDENT = 2;

const indentOf = (raw: string): number => raw.length - raw.trimStart().length;

/** null when the lines do not have indented first lines over a common margin. */
export function firstLineIndents(lines: readonly SourceLine[], texts: readonly string[], pageOf: (i: number) => number = () => 0): IndentShape | null {
  const plain = (i: number): boolean => (lines[i] as SourceLine).runs === null && texts[i] !== '' && texts[i] !== undefined;
  const indent = lines.map((l) => indentOf(l.raw));
  const end = lines.map((l) => l.raw.trimEnd().length);
  // pdftotext may set each page's text at its own margin (page 1 three columns in, the others at none): a
  // page with wraps enough of its own, and first lines indented past them, is read against its own margin
  // (a copy whose tabs set every line of a page at one column has no indent to read there).
  const page = lines.map((_, i) => pageOf(i));
  // Lines that wrap from the line before (it did not end a sentence): where they start is the margin,
  // where the line before them ends is the right edge.
  const margins = new Map<number, number>();
  const pageMargins = new Map<number, Map<number, number>>();
  const rightEdges: number[] = [];
  let wraps = 0;
  for (let i = 1; i < lines.length; i += 1) {
    if (!plain(i) || !plain(i - 1) || SENTENCE_END.test(texts[i - 1] as string)) continue;
    wraps += 1;
    margins.set(indent[i] as number, (margins.get(indent[i] as number) ?? 0) + 1);
    const own = pageMargins.get(page[i] as number) ?? new Map<number, number>();
    own.set(indent[i] as number, (own.get(indent[i] as number) ?? 0) + 1);
    pageMargins.set(page[i] as number, own);
    rightEdges.push(end[i - 1] as number);
  }
  if (wraps < 3) return null;
  const commonest = (counts: Map<number, number>): [number, number] => [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] as [number, number];
  const [margin, atMargin] = commonest(margins);
  if (atMargin < wraps * 0.8) return null;
  const marginOfPage = new Map<number, number>();
  for (const [p, counts] of pageMargins) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const [m, at] = commonest(counts);
    const indentedOnPage = indent.filter((n, i) => page[i] === p && plain(i) && n >= m + INDENT).length;
    if (total >= 3 && at >= total * 0.8 && indentedOnPage >= 2) marginOfPage.set(p, m);
  }
  rightEdges.sort((a, b) => a - b);
  const right = rightEdges[Math.floor(rightEdges.length / 2)] as number;
  const indented = (i: number): boolean => (indent[i] as number) >= (marginOfPage.get(page[i] as number) ?? margin) + INDENT;
  const full = (i: number): boolean => (end[i] as number) >= right * 0.85;
  // The shape itself: indented lines that go on at the margin on the next line, and few paragraphs
  // that start at the margin after a short line that ended a sentence.
  let openings = 0;
  let marginStarts = 0;
  for (let i = 1; i < lines.length; i += 1) {
    if (!plain(i) || !plain(i - 1)) continue;
    if (indented(i - 1) && !indented(i) && full(i - 1)) openings += 1;
    if (!indented(i) && !startsLower(texts[i] as string) && SENTENCE_END.test(texts[i - 1] as string) && !full(i - 1)) marginStarts += 1;
  }
  if (openings < 2 || marginStarts * 3 > openings) return null;
  return {
    // "(ĐKXT)" alone: a name's acronym the wrap put under it, whatever its indent (a tab copy moves margins).
    // "… qua Internet" / "(đính kèm công văn)" centred under it: an aside in small letters in brackets, after a
    // line with no ending, is the sentence's own.
    opens: (i) =>
      plain(i) &&
      indented(i) &&
      !startsLower(texts[i] as string) &&
      !BRACKETED_ACRONYM.test(texts[i] as string) &&
      !(/^\(\p{Ll}[^()]*\)$/u.test(texts[i] as string) && !SENTENCE_END.test(texts[i - 1] ?? '.') && !/:\s*$/.test(texts[i - 1] ?? '')),
    goesOn: (i) => i > 0 && plain(i) && plain(i - 1) && !indented(i) && full(i - 1),
  };
}
