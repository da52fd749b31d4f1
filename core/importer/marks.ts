// Markdown-ish emphasis left by converters and OCR tools (**bold**, *italic*, ***both***, ~~strike~~,
// ### headings, ^{superscript}, trailing "_") → plain text plus runs with the marks. The asterisks
// are noise; the emphasis they carried is kept where the model has a place for it (bold body text,
// titled clauses).
import { run } from '../letter/inline';
import type { Inline } from '../letter/types';

export interface Marked {
  text: string;
  runs: Inline[];
  /** The line was a markdown heading (###), i.e. a bold title in the original. */
  heading: boolean;
  /** Markdown artefacts removed, for the import notes. */
  artefacts: string[];
}

const TOKEN = /(\*\*\*|\*\*|\*|~~|__|\^\{[^}]*\})/g;

function mergeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.bold === r.bold && last.italic === r.italic && last.underline === r.underline) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/** Trims the runs' outer whitespace and collapses inner runs of spaces. */
export function tidyRuns(runs: Inline[]): Inline[] {
  const squashed = runs.map((r) => ({ ...r, text: r.text.replace(/[ \t\u00a0]+/g, ' ') }));
  const merged = mergeRuns(squashed);
  // Leading/trailing spaces.
  while (merged[0] && merged[0].text.trimStart() !== merged[0].text) {
    merged[0].text = merged[0].text.trimStart();
    if (merged[0].text === '') merged.shift();
  }
  for (;;) {
    const last = merged[merged.length - 1];
    if (!last || last.text.trimEnd() === last.text) break;
    last.text = last.text.trimEnd();
    if (last.text === '') merged.pop();
  }
  // Double spaces across run borders.
  for (let i = 1; i < merged.length; i += 1) {
    const prev = merged[i - 1] as Inline;
    const cur = merged[i] as Inline;
    if (prev.text.endsWith(' ') && cur.text.startsWith(' ')) cur.text = cur.text.slice(1);
  }
  return mergeRuns(merged);
}

export function parseMarks(raw: string): Marked {
  const artefacts: string[] = [];
  let source = raw;
  let heading = false;
  const h = /^\s*(#{1,6})\s+/.exec(source);
  if (h) {
    heading = true;
    artefacts.push(h[1] as string);
    source = source.slice(h[0].length);
  }
  // "* item" is a bullet, not emphasis.
  source = source.replace(/^\s*\*\s+/, '- ');
  // A trailing underscore or markdown hard break is layout, not text.
  source = source.replace(/_+\s*$/, '').replace(/\s+$/, '');
  let bold = false;
  let italic = false;
  const runs: Inline[] = [];
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    runs.push(run(source.slice(last, at), { bold, italic }));
    const tok = m[0];
    if (tok === '***') {
      bold = !bold;
      italic = !italic;
    } else if (tok === '**' || tok === '__') bold = !bold;
    else if (tok === '*') italic = !italic;
    else if (tok.startsWith('^{')) {
      // Superscript: kept as text (m^{2} → m2); the distribution parser reads drafter marks from raw text.
      runs.push(run(tok.slice(2, -1), { bold, italic }));
    }
    artefacts.push(tok.startsWith('^{') ? '^{}' : tok);
    last = at + tok.length;
  }
  runs.push(run(source.slice(last), { bold, italic }));
  const tidy = tidyRuns(runs);
  return { text: tidy.map((r) => r.text).join(''), runs: tidy, heading, artefacts };
}

/** True when every letter of the runs is bold (a bold title line). */
export const allBold = (runs: readonly Inline[]): boolean => runs.length > 0 && runs.every((r) => r.bold || !/\p{L}/u.test(r.text));

export const unbold = (runs: readonly Inline[]): Inline[] => mergeRuns(runs.map((r) => ({ ...r, bold: false })));
