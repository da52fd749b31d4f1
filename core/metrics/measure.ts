// Text widths from Times New Roman metrics (the generated table in widths.ts). Used to size rule
// lines exactly (the motto's rule is as long as the motto, §4.1), to place the Kính gửi hyphens under
// the colon, and to choose a dateline size that fits its column. Word does not kern by default, so
// a line's width is the sum of its advances.
import { ADVANCES, CHARACTERS, UNITS_PER_EM } from './widths';

export type FontStyle = keyof typeof ADVANCES;

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
}

export function styleKey(style: TextStyle = {}): FontStyle {
  if (style.bold && style.italic) return 'boldItalic';
  if (style.bold) return 'bold';
  if (style.italic) return 'italic';
  return 'regular';
}

const TABLES: Record<FontStyle, Map<number, number>> = (() => {
  const cps = Array.from(CHARACTERS, (c) => c.codePointAt(0) as number);
  const build = (advances: readonly number[]) => new Map(cps.map((cp, i) => [cp, advances[i] as number]));
  return { regular: build(ADVANCES.regular), bold: build(ADVANCES.bold), italic: build(ADVANCES.italic), boldItalic: build(ADVANCES.boldItalic) };
})();

/** Unknown characters are counted as the digit width (half an em): never zero, so nothing overflows unseen. */
const FALLBACK = UNITS_PER_EM / 2;

const isCombiningMark = (cp: number): boolean => cp >= 0x300 && cp <= 0x36f;

/** Width in font units (per UNITS_PER_EM em). Text is measured in NFC, as it is stored. */
export function textUnits(text: string, style: TextStyle = {}): number {
  const table = TABLES[styleKey(style)];
  let total = 0;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) as number;
    if (isCombiningMark(cp)) continue;
    total += table.get(cp) ?? FALLBACK;
  }
  return total;
}

/** Width in points at the given font size. */
export function textWidthPt(text: string, sizePt: number, style: TextStyle = {}): number {
  return (textUnits(text, style) * sizePt) / UNITS_PER_EM;
}

/** Width in millimetres at the given font size. */
export function textWidthMm(text: string, sizePt: number, style: TextStyle = {}): number {
  return (textWidthPt(text, sizePt, style) * 25.4) / 72;
}

/** Width in twips (1/20 pt), rounded. */
export function textWidthTwips(text: string, sizePt: number, style: TextStyle = {}): number {
  return Math.round(textWidthPt(text, sizePt, style) * 20);
}

/** Characters of the text the table does not know (they are measured with a fallback width). */
export function unmeasuredCharacters(text: string): string[] {
  const known = TABLES.regular;
  return [...new Set(Array.from(text.normalize('NFC')).filter((c) => !known.has(c.codePointAt(0) as number) && !isCombiningMark(c.codePointAt(0) as number)))];
}
