// Ranked, diacritic-free, typo-tolerant search over short Vietnamese documents (clauses, templates).
// Built once per library load; a query touches only the posting lists of its words, so it stays well
// under the 5 ms budget at 10,000 clauses (test/bench/clauses.bench.ts).
//
// Ranking: every query word must match (title, keywords or body). Per word the best match counts:
// a title match outweighs a body match, a whole word outweighs a prefix, a prefix outweighs a typo.
// Documents whose title (or body) holds the whole query as a phrase get a bonus.
import { deletions, withinOneEdit } from './typo';
import { foldVietnamese, tokenize } from './normalize';

export interface SearchDoc {
  title: string;
  body: string;
  /** Keywords, category name…: ranked between title and body. */
  keywords?: string;
}

export interface SearchHit {
  /** Index of the document in the array given to buildSearchIndex. */
  index: number;
  score: number;
}

const TITLE = 1;
const KEYWORDS = 2;
const BODY = 4;
const FIELD_WEIGHT = (mask: number): number => ((mask & TITLE) !== 0 ? 10 : (mask & KEYWORDS) !== 0 ? 6 : 3);
const EXACT = 1;
const PREFIX = 0.55;
const TYPO = 0.4;
/** Words shorter than this get no typo matches: "ma" must not match every two-letter word. */
const MIN_TYPO_LENGTH = 3;
const MAX_PREFIX_TERMS = 64;
const RERANK = 64;

export interface SearchIndex {
  size: number;
  terms: string[];
  termIds: Map<string, number>;
  /** Term ids sorted by their text, for prefix ranges. */
  sorted: Int32Array;
  postingDocs: Int32Array[];
  postingFields: Uint8Array[];
  deletes: Map<string, number[]>;
  foldedTitles: string[];
  foldedBodies: string[];
  /** Per-document scratch for one query at a time (search is synchronous); all zero between queries. */
  scratch: { score: Float64Array; matched: Uint16Array; best: Float64Array };
}

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const postings: Array<Map<number, number>> = [];
  const foldedTitles: string[] = [];
  const foldedBodies: string[] = [];
  const add = (term: string, doc: number, field: number) => {
    let t = termIds.get(term);
    if (t === undefined) {
      t = terms.length;
      termIds.set(term, t);
      terms.push(term);
      postings.push(new Map());
    }
    const p = postings[t] as Map<number, number>;
    p.set(doc, (p.get(doc) ?? 0) | field);
  };
  docs.forEach((d, i) => {
    const title = foldVietnamese(d.title);
    const body = foldVietnamese(d.body);
    foldedTitles.push(squash(title));
    foldedBodies.push(squash(body));
    for (const w of tokenize(title, true)) add(w, i, TITLE);
    for (const w of tokenize(foldVietnamese(d.keywords ?? ''), true)) add(w, i, KEYWORDS);
    for (const w of tokenize(body, true)) add(w, i, BODY);
  });
  const deletes = new Map<string, number[]>();
  terms.forEach((term, t) => {
    if (term.length < MIN_TYPO_LENGTH - 1) return;
    for (const d of deletions(term)) {
      const list = deletes.get(d);
      if (list) list.push(t);
      else deletes.set(d, [t]);
    }
  });
  const sorted = Int32Array.from(terms.map((_, i) => i).sort((a, b) => ((terms[a] as string) < (terms[b] as string) ? -1 : 1)));
  return {
    size: docs.length,
    terms,
    termIds,
    sorted,
    postingDocs: postings.map((p) => Int32Array.from(p.keys())),
    postingFields: postings.map((p) => Uint8Array.from(p.values())),
    deletes,
    foldedTitles,
    foldedBodies,
    scratch: { score: new Float64Array(docs.length), matched: new Uint16Array(docs.length), best: new Float64Array(docs.length) },
  };
}

const squash = (s: string): string => s.replace(/[^a-z0-9/.]+/g, ' ').trim();

/**
 * Candidate terms for one query word, each with how well it matches. Only the last word is completed
 * as a prefix (the clerk is still typing it; earlier words ended with a space), and only a word that
 * is not itself in the vocabulary is corrected: this keeps common words ("dao", "tin") from dragging
 * in their many neighbours ("dau", "tinh"), which is both noise and the main cost at 10,000 clauses.
 */
function candidates(index: SearchIndex, word: string, last: boolean): Map<number, number> {
  const out = new Map<number, number>();
  const exact = index.termIds.get(word);
  if (exact !== undefined) out.set(exact, EXACT);
  if (last) {
    // Binary search for the first term ≥ word, then walk while the prefix holds.
    let lo = 0;
    let hi = index.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((index.terms[index.sorted[mid] as number] as string) < word) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, n = 0; i < index.sorted.length && n < MAX_PREFIX_TERMS; i += 1) {
      const t = index.sorted[i] as number;
      if (!(index.terms[t] as string).startsWith(word)) break;
      if (!out.has(t)) out.set(t, PREFIX);
      n += 1;
    }
  }
  if (exact === undefined && word.length >= MIN_TYPO_LENGTH) {
    const consider = (t: number | undefined) => {
      if (t !== undefined && !out.has(t) && withinOneEdit(word, index.terms[t] as string)) out.set(t, TYPO);
    };
    for (const t of index.deletes.get(word) ?? []) consider(t);
    for (const d of deletions(word)) {
      consider(index.termIds.get(d));
      for (const t of index.deletes.get(d) ?? []) consider(t);
    }
  }
  return out;
}

export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const folded = foldVietnamese(query);
  const words = [...new Set(tokenize(folded, false))];
  if (words.length === 0 || index.size === 0) return [];
  // Scratch arrays live with the index and are cleaned through the lists of touched documents, so a
  // query allocates nothing proportional to the collection (no GC pauses in the p95).
  const { score, matched, best } = index.scratch;
  const seen: number[] = [];
  const touched: number[] = [];
  try {
    for (const [w, word] of words.entries()) {
      touched.length = 0;
      for (const [t, quality] of candidates(index, word, w === words.length - 1)) {
        const docs = index.postingDocs[t] as Int32Array;
        const fields = index.postingFields[t] as Uint8Array;
        for (let i = 0; i < docs.length; i += 1) {
          const d = docs[i] as number;
          const weight = quality * FIELD_WEIGHT(fields[i] as number);
          if (best[d] === 0) touched.push(d);
          if (weight > (best[d] as number)) best[d] = weight;
        }
      }
      for (const d of touched) {
        // Only documents that matched every earlier word can still match all of them.
        if (matched[d] === w) {
          if (w === 0) seen.push(d);
          score[d] = (score[d] as number) + (best[d] as number);
          matched[d] = w + 1;
        }
        best[d] = 0;
      }
    }
    const top = topK(seen, score, matched, words.length, Math.max(limit, RERANK));
    const phrase = squash(folded);
    for (const hit of top) {
      const title = index.foldedTitles[hit.index] as string;
      // The phrase in the title; the more of the title it covers, the better ("Phòng, chống mã độc" over a long title).
      if (words.length > 1 && title.includes(phrase)) hit.score += 20 + (5 * phrase.length) / title.length;
      else if (words.length > 1 && (index.foldedBodies[hit.index] as string).includes(phrase)) hit.score += 10;
    }
    top.sort((a, b) => b.score - a.score || a.index - b.index);
    return top.slice(0, limit);
  } finally {
    for (const d of seen) {
      score[d] = 0;
      matched[d] = 0;
    }
  }
}

/** The k best documents that matched every word, without sorting the whole collection. */
function topK(candidates: readonly number[], score: Float64Array, matched: Uint16Array, need: number, k: number): SearchHit[] {
  const out: SearchHit[] = [];
  let floor = -1;
  for (const d of candidates) {
    if (matched[d] !== need) continue;
    const s = score[d] as number;
    if (out.length >= k && s <= floor) continue;
    out.push({ index: d, score: s });
    if (out.length >= 2 * k) {
      // Batch the pruning: sort only when the buffer doubles, so the cost stays near-linear.
      out.sort((a, b) => b.score - a.score || a.index - b.index);
      out.length = k;
      floor = (out[k - 1] as SearchHit).score;
    }
  }
  out.sort((a, b) => b.score - a.score || a.index - b.index);
  if (out.length > k) out.length = k;
  return out;
}
