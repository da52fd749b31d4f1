// Which body paragraphs lie inside a quotation. Letters quote the law they apply: "Tại Điều 1 quy định:
// “1. Giảm thuế …" then "a) …", "b) …" up to "…”". Those labels are the quoted decree's, not the
// letter's own clauses, so such paragraphs keep their label as text. The curly marks are read, and a
// straight '"' only where it is left unpaired at a paragraph's start or end (it opens and closes alike).

import { LEVEL_RANK, POINT_LETTERS } from '../format/labels';
import type { ItemLevel } from '../letter/types';

const OPEN = '“';
const CLOSE = '”';
/** How far back an unopened closing mark may reach for the sentence that introduced the quotation. */
const INTRO_REACH = 12;

const count = (text: string, mark: string): number => text.split(mark).length - 1;
/** "… theo quy định tại Điều 1 Nghị định này... `.": OCR's reading of the closing mark that ends a quoted article. */
const BACKTICK_CLOSE = /\s`["”]?\.?\s*$/u;
/**
 * '"Điều 1. Đối tượng áp dụng' … '… Hợp đồng nhà thầu..."': a straight mark left unpaired in its paragraph
 * opens the quotation when it starts the paragraph and closes it when it ends one; pairs inside a
 * paragraph ('"3 tại chỗ"') say nothing.
 */
const straightOpens = (text: string): number => (count(text, '"') % 2 === 1 && /^\s*"/.test(text) ? 1 : 0);
const straightCloses = (text: string): number => (count(text, '"') % 2 === 1 && !/^\s*"/.test(text) && /"\s*[.;,:]?\s*(?:\.\/\.)?\s*$/.test(text) ? 1 : 0);
/** A quotation's end ends its paragraph: "…”.", "…”;", "…”./.". */
const CLOSES_AT_END = /”\s*[.;,:]?\s*(?:\.\/\.)?\s*$/u;
/**
 * The paragraph ends on a closing mark that no opening one in it matches: "… “Vietnam Health
 * Declaration”, #Bluezone”, “Ncovi”,": OCR read one name's opening mark as '#', and the surplus mark is
 * mid-sentence; the last one closes "“Ncovi" and no quotation that began paragraphs earlier.
 */
const endsOnUnopenedClose = (text: string): boolean => CLOSES_AT_END.test(text.replace(/“[^“”]*”/gu, 'Q'));

/**
 * quoted[i] is true when paragraph i lies inside a quotation: it opens with the mark, or the quotation
 * opened in an earlier paragraph (one with text of its own before the mark keeps its label).
 * A quotation never closed is not one (a stray mark must not swallow the rest of the letter). A closing
 * mark with no opening one (the source left the "“" out) closes a quotation that began right after the
 * nearest paragraph ending in ':' — the sentence that introduced it.
 */
export function quotedParagraphs(texts: readonly string[]): boolean[] {
  const quoted = texts.map(() => false);
  let openedAt: number | null = null;
  let depth = 0;
  texts.forEach((text, i) => {
    const opens = count(text, OPEN) + straightOpens(text);
    const closes = count(text, CLOSE) + (BACKTICK_CLOSE.test(text) ? 1 : 0) + straightCloses(text);
    if (openedAt !== null) {
      // "“Điều 2. …" … "Căn cứ Điều 12 …, quy định như sau:" / "“Điều 12. …": a scan lost the first
      // quotation's closing mark; it ended before the sentence that introduces the next one.
      const intro = text.trimStart().startsWith(OPEN) && opens > closes ? lastIntro(texts, openedAt + 1, i) : -1;
      if (intro >= 0) {
        for (let k = openedAt + 1; k < intro; k += 1) quoted[k] = true;
        openedAt = i - 1;
        depth = opens - closes;
        return;
      }
      depth += opens - closes;
      if (depth <= 0) {
        for (let k = openedAt + 1; k <= i; k += 1) quoted[k] = true;
        openedAt = null;
        depth = 0;
      }
      return;
    }
    // "“Trả lời Công văn số 5431/… như sau:": a mark before the body's first words opens no quotation, with no
    // sentence before it to introduce one; a speck OCR read as the mark.
    // "Căn cứ Điểm g Khoản 1 Điều 2 “Thông tư số 95/2016 … như sau: “g) … nộp thay). ”": a paragraph that ends on its
    // closing mark ends its quotation there; the surplus opening mark mid-sentence is OCR's speck.
    if (opens > closes && !CLOSES_AT_END.test(text) && !(i === 0 && opens === 1 && text.trimStart().startsWith(OPEN))) {
      openedAt = text.trimStart().startsWith(OPEN) ? i - 1 : i;
      depth = opens - closes;
      return;
    }
    // "… 400 tỷ đồng”, dự kiến …": a mark mid-sentence (OCR's reading of a footnote's number) closes nothing.
    if (closes > opens && endsOnUnopenedClose(text)) {
      for (let k = i - 1; k >= Math.max(0, i - INTRO_REACH) && !quoted[k]; k -= 1) {
        if (/:\s*$/.test(texts[k] as string)) {
          for (let j = k + 1; j <= i; j += 1) quoted[j] = true;
          break;
        }
      }
    }
  });
  if (openedAt !== null) excerptLeftOpen(texts, openedAt + 1, quoted);
  return quoted;
}

const EXCERPT_START = /^\s*“\s*(?:\.{3}|…)/u;
const LAW_LABEL = /^\s*(?:\d{1,2}\s*[.)]|[a-zđ]\s?\))/u;

/**
 * "“...3. Công ty có thể giảm vốn …" / "a) …" / "b) …" / "4. … kinh doanh...": an excerpt of a law (its
 * "…" says it starts mid-article) whose closing mark the scan lost. It runs over the paragraphs that go
 * on with the law's own labels and ends at the first without one, the letter's own text again.
 */
function excerptLeftOpen(texts: readonly string[], from: number, quoted: boolean[]): void {
  // "… Nghị định số 132/2020/NĐ-CP … quy định:" / "“ 1. Các bên có quan hệ liên kết …": an article's first
  // clause quoted after the sentence that introduces it starts an excerpt as well.
  const clauseAfterIntro = /^\s*“\s*\d{1,2}\.\s/u.test(texts[from] ?? '') && /:\s*$/.test(texts[from - 1] ?? '');
  if (!EXCERPT_START.test(texts[from] ?? '') && !clauseAfterIntro) return;
  quoted[from] = true;
  for (let k = from + 1; k < texts.length && LAW_LABEL.test(texts[k] as string); k += 1) quoted[k] = true;
}

/** The last paragraph in [from, to) that ends in ':' (introduces a quotation), or -1. */
function lastIntro(texts: readonly string[], from: number, to: number): number {
  for (let k = to - 1; k > from; k -= 1) if (/:\s*$/.test(texts[k] as string)) return k;
  return -1;
}

const pointLetterOf = (text: string): string | null => /^\s*([a-zđ])\s?[.)]/u.exec(text)?.[1] ?? null;

/**
 * "Khoản 3 Điều 10 Thông tư số 156/2013/TT-BTC … quy định …" / "e) Thời hạn nộp hồ sơ …": a letter's own
 * points start at "a)"; a point that opens its list at another letter, and is followed by neither its
 * next letter nor "b)" (the "a)" misread), is a point of the law the letter cites, quoted without its
 * marks, and keeps its label as text.
 * out[i] is true for such a paragraph.
 */
export function pointsCitedAlone(texts: readonly string[], levels: readonly (ItemLevel | null)[]): boolean[] {
  const out = texts.map(() => false);
  let last: string | null = null;
  levels.forEach((level, i) => {
    if (level === 'clause' && clauseCitedAmidDashes(texts, levels, i)) {
      out[i] = true;
      return;
    }
    if (level === null || level === 'dash' || level === 'plus') return;
    if (LEVEL_RANK[level] < LEVEL_RANK.point) {
      last = null;
      return;
    }
    const letter = pointLetterOf(texts[i] as string);
    // The list goes on from it ("e)", "g)") or from a misread "a)" ("e)", "b)"): the letter's own points.
    const after = POINT_LETTERS[POINT_LETTERS.indexOf(letter as (typeof POINT_LETTERS)[number]) + 1];
    const goesOn = (next: string | null): boolean => next !== null && (next === 'b' || next === after);
    if (last === null && letter !== null && letter !== 'a' && !goesOn(nextPointLetter(texts, levels, i + 1))) {
      out[i] = true;
      return;
    }
    last = letter;
  });
  return out;
}

/**
 * "- Tại khoản 1 Điều 2 Nghị định số 20/2017/NĐ-CP … quy định đối tượng áp dụng:" / "1. Tổ chức sản xuất …" /
 * "- Tại khoản 3 Điều 8 …": a numbered clause between two dashes of one list, right under the dash that
 * cites the law's provision, is that provision quoted without its marks; a letter's own clauses never
 * stand inside its dashes' list.
 */
function clauseCitedAmidDashes(texts: readonly string[], levels: readonly (ItemLevel | null)[], i: number): boolean {
  if (levels[i - 1] !== 'dash' || !/\bquy định\b[^:]*:\s*$/u.test(texts[i - 1] ?? '')) return false;
  const next = levels.slice(i + 1).find((l) => l !== null);
  return next === 'dash';
}

/** The letter of the next point of the same list (before a clause or section), or null. */
function nextPointLetter(texts: readonly string[], levels: readonly (ItemLevel | null)[], from: number): string | null {
  for (let j = from; j < levels.length; j += 1) {
    const level = levels[j];
    if (level === null || level === undefined || level === 'dash' || level === 'plus') continue;
    if (LEVEL_RANK[level] < LEVEL_RANK.point) return null;
    return pointLetterOf(texts[j] as string);
  }
  return null;
}
