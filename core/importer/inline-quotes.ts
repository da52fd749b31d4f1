// Quotations as the paragraph builder meets them: how one opens its line, and when it lies inside a sentence.
// A line that opens with a quotation mark after a colon usually starts a quoted block (an article of the law,
// a request's wording) of its own; when the sentence goes on after the closing mark, on the same line, the
// quotation was part of the paragraph around it.

/** "“Câu số 18. …", "“1. …" of a quoted article, or "“…" where the quotation starts mid-text. */
export const QUOTE_START = /^["“«]\s*(?:\p{Lu}|\p{N}|…|\.{3}|[a-zđ]\))/u;
/** "“2. Sửa đổi, bổ sung tiết đ.1 …" / "“đ.1) Tiền nhà ở …": a quoted point under a quoted title opens with its label. */
export const QUOTED_LABEL = /^["“]\s*[a-zđ](?:\.\d{1,2})?\)\s/u;

/** "“Nhà phi thuyền”. Về vấn đề này, …": a name in quotes that the sentence goes on after, on one line. */
const INLINE_QUOTE = /^["“«][^"”»\n]{1,80}["”»][.,;:]?\s+\S/u;

/** "… thành lập”. Như vậy, không còn …": words after the closing mark, on its line. */
const GOES_ON_AFTER_CLOSE = /[”»][.,;:]?\s+\p{L}{2,}/u;

/** How many lines a quotation read as inline may run over before its closing mark. */
const INLINE_REACH = 4;

/**
 * Whether the quotation that opens line `at` closes inside a sentence: on that line ("“Nhà phi thuyền”. Về …")
 * or, OCR having set it on a line of its own after "quy định:", a few lines on, with the sentence going on
 * after the closing mark ("“Trong thời hạn 03 tháng, …" / "… do cơ quan … thành lập”. Như vậy, …").
 */
export function quotesInline(texts: readonly string[], at: number): boolean {
  const first = texts[at] ?? '';
  if (INLINE_QUOTE.test(first)) return true;
  if (!first.startsWith('“')) return false;
  for (let i = at; i < texts.length && i <= at + INLINE_REACH; i += 1) {
    const text = texts[i] as string;
    if (text === '') return false;
    const close = text.indexOf('”');
    if (close >= 0) return i > at && GOES_ON_AFTER_CLOSE.test(text.slice(close)) && !text.slice(0, close).includes('“');
  }
  return false;
}
