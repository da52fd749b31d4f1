// Which body paragraphs lie inside a quotation. Letters quote the law they apply: "Tại Điều 1 quy định:
// “1. Giảm thuế …" then "a) …", "b) …" up to "…”". Those labels are the quoted decree's, not the
// letter's own clauses, so such paragraphs keep their label as text. Only the curly marks are read:
// a straight '"' opens and closes alike, so its span cannot be told.

const OPEN = '“';
const CLOSE = '”';
/** How far back an unopened closing mark may reach for the sentence that introduced the quotation. */
const INTRO_REACH = 12;

const count = (text: string, mark: string): number => text.split(mark).length - 1;

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
    const opens = count(text, OPEN);
    const closes = count(text, CLOSE);
    if (openedAt !== null) {
      depth += opens - closes;
      if (depth <= 0) {
        for (let k = openedAt + 1; k <= i; k += 1) quoted[k] = true;
        openedAt = null;
        depth = 0;
      }
      return;
    }
    if (opens > closes) {
      openedAt = text.trimStart().startsWith(OPEN) ? i - 1 : i;
      depth = opens - closes;
      return;
    }
    if (closes > opens) {
      for (let k = i - 1; k >= Math.max(0, i - INTRO_REACH) && !quoted[k]; k -= 1) {
        if (/:\s*$/.test(texts[k] as string)) {
          for (let j = k + 1; j <= i; j += 1) quoted[j] = true;
          break;
        }
      }
    }
  });
  return quoted;
}
