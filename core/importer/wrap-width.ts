// The width a hard-wrapped text breaks its lines at, and what it tells about one break: a line that
// filled the width was cut there; one that stopped well short of it ended where its author did.
import { contentOf } from './lines';
import type { SourceLine } from './lines';
import { firstWord, startsLower } from './text';

/** About the width, in letters, of a paragraph's first-line indent, which a text layer does not keep. */
export const FIRST_LINE_INDENT = 6;

/**
 * Hard-wrapped text (a web page stored with its line breaks, PDF text) breaks lines at a width; a line
 * that fills the width ended where the next word did not fit, even when it ends a sentence. The
 * width is read from the lines that plainly wrap (the next one goes on in lower case); null when the
 * text does not wrap (three wrapped lines are enough: a short letter has few).
 */
export function wrapWidth(lines: readonly SourceLine[]): number | null {
  const widths: number[] = [];
  let prev: string | null = null;
  for (const line of lines) {
    const text = line.runs === null ? contentOf(line.raw, null, line.open).text : '';
    if (prev !== null && text !== '' && startsLower(text) && !/[.:;!?]\s*$/.test(prev)) widths.push(prev.length);
    prev = text === '' ? null : text;
  }
  if (widths.length < 3) return null;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.9)] as number;
}

/**
 * The line before filled the wrap width (the next word would not have fitted on it), and this line is
 * no short opening line of a paragraph: a page that indents first lines breaks them early, then goes
 * on in lower case on the next line.
 */
export const wrappedAtWidth = (prev: string, text: string, next: string | null, width: number | null): boolean =>
  width !== null &&
  prev.length + 1 + firstWord(text) > width &&
  // A line far longer than the width was never cut at it ("… (được sửa đổi, bổ sung tại Điều 1 Nghị định
  // số 175/2025/NĐ-CP)." where a page put a run of text back on one line): its end is the text's own.
  prev.length <= width * 1.15 &&
  // "Thực hiện kết luận … giữa Thường trực" / "Chính phủ và …": the next line may open with a name's capital;
  // a line with no ending of its own still wrapped there.
  !(next !== null && (startsLower(next) || !/[.:;!?…"”)]\s*$/.test(text)) && text.length + 1 + firstWord(next) <= width);

/** The line before stopped well short of the wrap width: its break was meant, not forced. */
export const endedEarly = (prev: string, text: string, width: number | null): boolean => width !== null && prev.length + 1 + firstWord(text) <= width * 0.7;

/**
 * A PDF's text layer that puts a blank line after every line ("… tháng 9 năm" / "" / "2020." / "" / "2.
 * Thành phần:"): no two lines of text touch.
 */
export function doubleSpaced(lines: readonly SourceLine[]): boolean {
  const text = (l: SourceLine | undefined): boolean => l !== undefined && l.runs === null && l.raw.trim() !== '';
  const texts = lines.filter(text).length;
  const touching = lines.filter((l, i) => text(l) && text(lines[i + 1])).length;
  return texts >= 8 && touching === 0;
}
