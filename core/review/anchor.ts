// Anchors: making one from a selection, and finding it again after the letter has changed.
// Offsets are kept for speed, but the quote with a little context around it is the truth: when the
// drafter edits a part (or inserts blocks above it, shifting "body.2" to "body.3") the anchor is found
// again by its text, as annotation tools do with a W3C TextQuoteSelector.
import { err, ok } from '../result';
import type { Result } from '../result';
import type { Letter } from '../letter/types';
import { findPart, letterParts } from './parts';
import type { LetterPart } from './parts';
import type { Anchor } from './schema';

/** Characters of context stored on each side of a quote. */
export const CONTEXT_CHARS = 24;

export interface Located {
  path: string;
  /** Absent for an anchor on a whole part. */
  start?: number;
  end?: number;
  /** exact: where it was stored; moved: found again elsewhere by its text; lost: its text is gone. */
  state: 'exact' | 'moved' | 'lost';
}

/** Builds an anchor for [start, end) of a part, or for the whole part when no range is given. */
export function makeAnchor(letter: Letter, path: string, range?: { start: number; end: number }): Result<Anchor, string> {
  const part = findPart(letter, path);
  if (!part) return err(`Không tìm thấy phần văn bản "${path}" trong bản nháp.`);
  return range ? anchorInText(part, range.start, range.end) : ok({ path, prefix: part.text.slice(0, CONTEXT_CHARS) });
}

export function anchorInText(part: Pick<LetterPart, 'path' | 'label' | 'text'>, start: number, end: number): Result<Anchor, string> {
  const { text } = part;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    return err(`${part.label}: vùng chọn ${start}–${end} nằm ngoài đoạn văn (dài ${text.length} ký tự).`);
  }
  return ok({
    path: part.path,
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  });
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}
function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

interface Candidate {
  start: number;
  end: number;
  score: number;
}

/** Every place in `text` where the anchor's quote (or, for a point, its context) occurs, scored by context. */
function candidates(text: string, anchor: Anchor): Candidate[] {
  const quote = anchor.quote ?? '';
  const prefix = anchor.prefix ?? '';
  const suffix = anchor.suffix ?? '';
  const out: Candidate[] = [];
  const score = (s: number, e: number) => commonSuffixLength(text.slice(0, s), prefix) + commonPrefixLength(text.slice(e), suffix);
  if (quote !== '') {
    for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push({ start: i, end: i + quote.length, score: score(i, i + quote.length) });
    return out;
  }
  // A point (an insertion): look for the context around it; with none, it cannot be found by text.
  const needle = `${prefix}${suffix}`;
  if (needle === '') return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const at = i + prefix.length;
    out.push({ start: at, end: at, score: needle.length });
  }
  return out;
}

function best(list: Candidate[], near: number): Candidate | null {
  let top: Candidate | null = null;
  for (const c of list) {
    if (!top || c.score > top.score || (c.score === top.score && Math.abs(c.start - near) < Math.abs(top.start - near))) top = c;
  }
  return top;
}

function locateWholePart(parts: LetterPart[], anchor: Anchor): Located {
  const here = parts.find((p) => p.path === anchor.path);
  const prefix = anchor.prefix ?? '';
  if (here && (prefix === '' || here.text.startsWith(prefix))) return { path: here.path, state: 'exact' };
  const family = listFamily(anchor.path);
  const elsewhere = prefix === '' || family === null ? undefined : parts.find((p) => listFamily(p.path) === family && p.text.startsWith(prefix));
  if (elsewhere) return { path: elsewhere.path, state: 'moved' };
  // The part was rewritten but still exists: the comment stays on it.
  return here ? { path: here.path, state: 'exact' } : { path: anchor.path, state: 'lost' };
}

/** "body", "recipients" or "distribution" for a path inside a list; null for a fixed field. */
function listFamily(path: string): string | null {
  const m = /^(body|recipients|distribution)\./.exec(path);
  return m ? m[1]! : null;
}

/** Finds the anchor in the letter as it is now. */
export function locateAnchor(letter: Letter, anchor: Anchor): Located {
  const parts = letterParts(letter);
  if (anchor.start === undefined || anchor.end === undefined) return locateWholePart(parts, anchor);
  const { start, end } = anchor;
  const here = parts.find((p) => p.path === anchor.path);
  if (here && end <= here.text.length) {
    const sameQuote = anchor.quote === undefined || here.text.slice(start, end) === anchor.quote;
    const sameContext = start !== end || candidates(here.text, anchor).some((c) => c.start === start) || (anchor.prefix ?? '') + (anchor.suffix ?? '') === '';
    if (sameQuote && sameContext) return { path: here.path, start, end, state: 'exact' };
  }
  if (here) {
    const found = best(candidates(here.text, anchor), start);
    if (found) return { path: here.path, start: found.start, end: found.end, state: 'moved' };
  }
  // Only entries of a list move (a block inserted above shifts "body.2" to "body.3"); fixed fields never do.
  // A match elsewhere must also agree with most of the stored context, or short quotes would jump around.
  const family = listFamily(anchor.path);
  const context = (anchor.prefix ?? '').length + (anchor.suffix ?? '').length;
  let top: { part: LetterPart; c: Candidate } | null = null;
  for (const part of parts) {
    if (part === here || family === null || listFamily(part.path) !== family) continue;
    const c = best(candidates(part.text, anchor), start);
    if (c && c.score * 2 >= context && (!top || c.score > top.c.score)) top = { part, c };
  }
  if (top) return { path: top.part.path, start: top.c.start, end: top.c.end, state: 'moved' };
  return { path: anchor.path, start, end, state: 'lost' };
}

/** The anchor rewritten at a located place, with its quote and context taken from the text now there. */
export function reanchor(letter: Letter, located: Located): Anchor | null {
  const part = findPart(letter, located.path);
  if (!part) return null;
  if (located.start === undefined || located.end === undefined) return { path: part.path, prefix: part.text.slice(0, CONTEXT_CHARS) };
  const made = anchorInText(part, located.start, located.end);
  return made.ok ? made.value : null;
}
