// Pasted text → body blocks. Lines that start with a Decree-style label ("I.", "1.", "a)", "-", "+")
// become items of that level, nested under the nearest open item of a higher rank; the label itself
// is dropped (labels are computed). Other lines become paragraphs. Pure, unit-tested.
import type { Block, Inline, ItemLevel } from '../../../core/letter/types';
import { dropLeadingChars, parseLabel } from '../../../core/format/parse-label';
import { buildBody, canonicalContent } from './outline';
import type { FlatBlock } from './outline';
import { depthForLevel } from './structure';
import type { Row } from './structure';

export interface PastedLine {
  runs: Inline[];
  /** A level known from the source's own list markup (an HTML <li>), when there is one. */
  level?: ItemLevel;
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
    const found = parseLabel(text);
    const level = found?.level ?? line.level ?? null;
    let content = trimRuns(found ? dropLeadingChars(line.runs, found.length) : line.runs);
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
