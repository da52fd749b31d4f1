// Pasted text → body blocks. Lines that start with a Decree-style label ("I.", "1.", "a)", "-", "+")
// become items of that level, nested under the nearest open item of a higher rank; the label itself
// is dropped (labels are computed). Other lines become paragraphs. Pure, unit-tested.
import type { Block, Inline, ItemLevel } from '../../../core/letter/types';
import { buildBody, canonicalContent } from './outline';
import type { FlatBlock } from './outline';
import { depthForLevel } from './structure';
import type { Row } from './structure';

export interface PastedLine {
  runs: Inline[];
  /** A level known from the source's own list markup (an HTML <li>), when there is one. */
  level?: ItemLevel;
}

const LABELS: ReadonlyArray<[RegExp, ItemLevel]> = [
  [/^(?:[IVX]{1,5})\.\s+/u, 'section'],
  [/^\d{1,3}\s*[.)]\s+/u, 'clause'],
  [/^[a-zđ]\s*\)\s+/u, 'point'],
  [/^[-–—•·]\s*/u, 'dash'],
  [/^\+\s*/u, 'plus'],
];

/** The level a line's own label announces, and how many characters the label takes. */
export function detectLabel(text: string): { level: ItemLevel; length: number } | null {
  const lead = text.length - text.trimStart().length;
  const rest = text.slice(lead);
  for (const [re, level] of LABELS) {
    const m = re.exec(rest);
    if (m && rest.length > m[0].length) return { level, length: lead + m[0].length };
  }
  return null;
}

/** Drops the first n characters of a run list, keeping the marks of what remains. */
export function dropChars(runs: readonly Inline[], n: number): Inline[] {
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

const trimRuns = (runs: Inline[]): Inline[] => {
  const out = runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
  const first = out[0];
  if (first) first.text = first.text.trimStart();
  const last = out[out.length - 1];
  if (last) last.text = last.text.trimEnd();
  return canonicalContent(out);
};

export function linesToBlocks(lines: readonly PastedLine[]): Block[] {
  const flat: FlatBlock[] = [];
  const rows: Row[] = [];
  for (const line of lines) {
    const text = line.runs.map((r) => r.text).join('');
    if (text.trim() === '') continue;
    const found = detectLabel(text);
    const level = found?.level ?? line.level ?? null;
    let content = trimRuns(found ? dropChars(line.runs, found.length) : line.runs);
    if (level === null) {
      flat.push({ kind: 'paragraph', level: null, title: false, depth: 0, content });
      rows.push({ kind: 'paragraph', level: null, depth: 0 });
      continue;
    }
    // A clause written all in bold is a titled clause: the title carries the weight, not the runs.
    const title = level === 'clause' && content.length > 0 && content.every((r) => r.bold);
    if (title) content = canonicalContent(content.map((r) => ({ ...r, bold: false })));
    const depth = depthForLevel(rows, rows.length, level);
    flat.push({ kind: 'item', level, title, depth, content });
    rows.push({ kind: 'item', level, depth });
  }
  return buildBody(flat);
}

/** Plain text (one block per line). */
export function textToLines(text: string): PastedLine[] {
  return text.split(/\r\n|\r|\n/).map((line) => ({ runs: [{ text: line.normalize('NFC'), bold: false, italic: false, underline: false }] }));
}
