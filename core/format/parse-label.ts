// The inverse of labels.ts: the label a line of text starts with ("I.", "1.", "a)", "-", "+"), so that
// pasted text (editor) and imported letters (importer) become items by one rule. The label itself is
// then dropped from the text: the model computes labels.
import type { Inline, ItemLevel } from '../letter/types';

const PATTERNS: ReadonlyArray<readonly [RegExp, ItemLevel]> = [
  [/^[IVX]{1,5}\.\s+/u, 'section'],
  // "I.MỘT SỐ NHIỆM VỤ TRỌNG TÂM": OCR may lose the space before a heading in capitals.
  [/^[IVX]{1,5}\.(?=\p{Lu}{2})/u, 'section'],
  // "I- Xây dựng mức giá …": so with a hyphen, as "1- " numbers a clause, before a capital.
  [/^[IVX]{1,5}\s?-\s+(?=\p{Lu})/u, 'section'],
  // "1." "12)" but not "1.5 triệu" nor a year "2022."; OCR and Word often drop or widen the space.
  [/^\d{1,2}\s*[.)](?!\d)\s*/u, 'clause'],
  // "1- Cho toàn bộ học sinh …": older letters number tasks with a hyphen; a capital follows, so a
  // range ("10 - 15 ngày") is no label.
  [/^\d{1,2}\s?-\s+(?=\p{Lu})/u, 'clause'],
  // Past "y" the exporter continues "aa)" "ab)" (labels.ts), so two letters are a point too.
  [/^[a-zđ]{1,2}\s?\)\s*/u, 'point'],
  // "a. Nhận thức …": many offices type points with a full stop; one letter, then a capitalised word.
  [/^[a-zđ]\.\s+(?=\p{Lu})/u, 'point'],
  [/^[-–—•·]\s*/u, 'dash'],
  [/^\+\s*/u, 'plus'],
];

/** "1.1." numbering has no level in the Decree's scheme (nor in the model): such text stays as typed. */
export function isSublabel(text: string): boolean {
  return /^\d{1,2}\.\d{1,2}\.?\s/u.test(text.trimStart());
}

/**
 * The level a line's own label announces and how many characters (leading spaces included) the
 * label takes; null for ordinary text and for a label with nothing after it.
 */
export function parseLabel(text: string): { level: ItemLevel; length: number } | null {
  const lead = text.length - text.trimStart().length;
  const rest = text.slice(lead);
  if (isSublabel(rest)) return null;
  for (const [re, level] of PATTERNS) {
    const m = re.exec(rest);
    if (m && rest.length > m[0].length) return { level, length: lead + m[0].length };
  }
  return null;
}

/** Drops the first n characters of a run list, keeping the marks of what remains. */
export function dropLeadingChars(runs: readonly Inline[], n: number): Inline[] {
  let left = n;
  const out: Inline[] = [];
  for (const r of runs) {
    if (left >= r.text.length) {
      left -= r.text.length;
      continue;
    }
    out.push({ ...r, text: r.text.slice(left) });
    left = 0;
  }
  return out;
}
