// Finds each letter part in the paragraphs of a DOCX: the writer adds labels and punctuation
// ("V/v ", "Kính gửi: ", "- …;", "1. ", "a) "), so a part is looked for as a substring of a
// paragraph's original text. A part with line breaks (agency name, signature lines) may span
// several paragraphs, so each of its lines is placed on its own. The best cover wins: a part that
// fills most of a paragraph beats the same words found inside a longer one.
import type { LetterPart } from '../parts';

export interface Placement {
  path: string;
  /** Offset of this line within the part's text. */
  partOffset: number;
  length: number;
  paragraph: number;
  /** Offset of the line within the paragraph's original text. */
  offset: number;
}

interface Candidate extends Placement {
  cover: number;
}

export function placeParts(parts: readonly LetterPart[], paragraphs: readonly string[]): Placement[] {
  const lines: Array<{ path: string; partOffset: number; text: string }> = [];
  for (const part of parts) {
    let at = 0;
    for (const line of part.text.split('\n')) {
      if (line.trim() !== '') lines.push({ path: part.path, partOffset: at, text: line });
      at += line.length + 1;
    }
  }
  const found: Candidate[] = [];
  lines.forEach((line) => {
    paragraphs.forEach((text, paragraph) => {
      for (let i = text.indexOf(line.text); i >= 0; i = text.indexOf(line.text, i + 1)) {
        found.push({ path: line.path, partOffset: line.partOffset, length: line.text.length, paragraph, offset: i, cover: line.text.length / Math.max(1, text.trim().length) });
      }
    });
  });
  found.sort((a, b) => b.cover - a.cover || b.length - a.length || a.paragraph - b.paragraph);
  const placed: Placement[] = [];
  const taken = new Set<string>();
  for (const c of found) {
    const key = `${c.path}#${c.partOffset}`;
    if (taken.has(key)) continue;
    const overlaps = placed.some((p) => p.paragraph === c.paragraph && p.offset < c.offset + c.length && c.offset < p.offset + p.length);
    if (overlaps) continue;
    taken.add(key);
    placed.push({ path: c.path, partOffset: c.partOffset, length: c.length, paragraph: c.paragraph, offset: c.offset });
  }
  return placed.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
}

/** The part position of a paragraph offset: inside a placement, or snapped to the nearest one in that paragraph. */
export function toPart(placements: readonly Placement[], paragraph: number, offset: number): { path: string; offset: number; inside: boolean } | null {
  const here = placements.filter((p) => p.paragraph === paragraph);
  if (here.length === 0) return null;
  const inside = here.find((p) => offset >= p.offset && offset <= p.offset + p.length);
  if (inside) return { path: inside.path, offset: inside.partOffset + offset - inside.offset, inside: true };
  // Offsets in a label ("1. ") or punctuation the writer added: snap to the nearest part edge.
  let best = here[0]!;
  let distance = Infinity;
  for (const p of here) {
    const d = offset < p.offset ? p.offset - offset : offset - (p.offset + p.length);
    if (d < distance) {
      distance = d;
      best = p;
    }
  }
  const snapped = offset < best.offset ? 0 : best.length;
  return { path: best.path, offset: best.partOffset + snapped, inside: false };
}
