// Markdown-ish emphasis left by converters and OCR tools (**bold**, *italic*, ***both***, ~~strike~~,
// ### headings, ^{superscript}, trailing "_") → plain text plus runs with the marks. The asterisks
// are noise; the emphasis they carried is kept where the model has a place for it (bold body text,
// titled clauses).
import { run } from '../letter/inline';
import type { Inline } from '../letter/types';

/** Emphasis open at a point of the text: a span a converter wrapped over a line break stays open. */
export interface Emphasis {
  bold: boolean;
  italic: boolean;
}

export const NO_EMPHASIS: Emphasis = { bold: false, italic: false };

export interface Marked {
  text: string;
  runs: Inline[];
  /** The line was a markdown heading (###), i.e. a bold title in the original. */
  heading: boolean;
  /** Markdown artefacts removed, for the import notes. */
  artefacts: string[];
}

// "****" is a bold span closed and another opened ("**2.****" / "**Giao…"), not bold-italic and italic.
// A lone "*" with a space on both sides is a multiplication sign ("(2) * 100%"), never a mark.
// "\*" is markdown's escaped asterisk: the character itself.
// "__" glued inside a word ("A?__clủng", an OCR'd speck) opens and closes nothing: a span's "__" has a
// space, a bracket or the line's end on one side (markdown's intraword rule, widened to a sentence sign
// glued before a letter). "__ 8) Người nộp …": with a space on both sides, OCR's specks, kept as read.
// ".___ Căn cứ …": three or more in a run are a scan's specks or a blank to fill in, no span's mark.
const UNDERSCORES = '(?<![\\p{L}\\p{N}?.,;:!_])__(?![\\s_])|(?<=[^\\s_])__(?![\\p{L}\\p{N}_])';
const TOKEN = new RegExp(`(\\\\\\*|\\*\\*\\*\\*|\\*\\*\\*|\\*\\*|(?<![\\s\\\\])\\*|\\*(?!\\s)|~~|${UNDERSCORES}|\\^\\{[^}]*\\})`, 'gu');

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
  const squashed = runs.map((r) => ({ ...r, text: r.text.replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ') }));
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

/** A line left with only emphasis marks ("* *", "** **"): an empty span, not a bullet or text. */
const ONLY_MARKS = /^[\s*_~]*$/;

function prepare(raw: string): { source: string; heading: string | null } {
  let source = raw;
  let heading: string | null = null;
  const h = /^\s*(#{1,6})\s+/.exec(source);
  if (h) {
    heading = h[1] as string;
    source = source.slice(h[0].length);
  }
  if (ONLY_MARKS.test(source)) return { source: '', heading };
  // "* item" is a bullet, not emphasis.
  source = source.replace(/^\s*\*\s+/, '- ');
  // A trailing underscore or markdown hard break is layout, not text. "__ Căn cứ …": underscores with a
  // space after them open no emphasis (markdown's rule too); before a sentence they are a scan's specks.
  source = source.trimEnd().replace(/_+$/, '').trimEnd().replace(/^\s*_{2,}\s+(?=\p{Lu})/u, '');
  return { source, heading };
}

/**
 * The emphasis after one markdown token: "***" flips both, "**"/"__" bold, "*" italic; others none.
 * "… thực hiện** (danh mục …": a run glued to the word before it and followed by a space can only close a
 * span (markdown's right-flanking rule); with none open it is a stray mark and opens nothing, or it would
 * embolden the paragraphs after it.
 */
function afterToken(state: Emphasis, tok: string, source: string, at: number): Emphasis {
  const before = source.charAt(at - 1);
  const after = source.charAt(at + tok.length);
  const closesOnly = before !== '' && !/\s/u.test(before) && (after === '' || /\s/u.test(after));
  const flip = (on: boolean): boolean => (closesOnly && !on ? on : !on);
  if (tok === '***') return { bold: flip(state.bold), italic: flip(state.italic) };
  if (tok === '**' || tok === '__') return { ...state, bold: flip(state.bold) };
  if (tok === '*') return { ...state, italic: flip(state.italic) };
  return state;
}

/** Every token holds one of these: most lines have none, and need not be read by the token pattern. */
const MARK_CHAR = /[*~_^]/;
const tokensOf = (source: string): Iterable<RegExpMatchArray> => (MARK_CHAR.test(source) ? source.matchAll(TOKEN) : []);

/** The emphasis still open at the end of a line that started with `open`. */
export function emphasisAfter(raw: string, open: Emphasis = NO_EMPHASIS): Emphasis {
  if (!MARK_CHAR.test(raw)) return open;
  let state = open;
  const { source } = prepare(raw);
  for (const m of tokensOf(source)) state = afterToken(state, m[0], source, m.index ?? 0);
  return state;
}

/** True when the line has an emphasis mark that could close a span opened on the line before. */
const EMPHASIS_MARK = new RegExp(`\\*\\*|(?<![\\s\\\\])\\*|(?<!\\\\)\\*(?!\\s)|${UNDERSCORES}`, 'u');
export const hasEmphasisMark = (raw: string): boolean => EMPHASIS_MARK.test(prepare(raw).source);

export function parseMarks(raw: string, open: Emphasis = NO_EMPHASIS): Marked {
  const artefacts: string[] = [];
  const prepared = prepare(raw);
  const source = prepared.source;
  const heading = prepared.heading !== null;
  if (heading) artefacts.push(prepared.heading as string);
  let state: Emphasis = open;
  const runs: Inline[] = [];
  let last = 0;
  for (const m of tokensOf(source)) {
    const at = m.index ?? 0;
    runs.push(run(source.slice(last, at), state));
    const tok = m[0];
    // Superscript: kept as text (m^{2} → m2); the distribution parser reads drafter marks from raw text.
    if (tok.startsWith('^{')) runs.push(run(tok.slice(2, -1), state));
    if (tok === '\\*') {
      runs.push(run('*', state));
      last = at + tok.length;
      continue;
    }
    state = afterToken(state, tok, source, at);
    artefacts.push(tok.startsWith('^{') ? '^{}' : tok);
    last = at + tok.length;
  }
  runs.push(run(source.slice(last), state));
  const tidy = tidyRuns(runs);
  return { text: tidy.map((r) => r.text).join(''), runs: tidy, heading, artefacts };
}

/** True when every letter of the runs is bold (a bold title line). */
export const allBold = (runs: readonly Inline[]): boolean =>
  runs.some((r) => /\p{L}/u.test(r.text)) && runs.every((r) => r.bold || !/\p{L}/u.test(r.text));

export const unbold = (runs: readonly Inline[]): Inline[] => mergeRuns(runs.map((r) => ({ ...r, bold: false })));
