// A dateline whose parts plain pdftotext gives in the order of the page's cells, the motto between them:
// "Lâm Đồng, ngày 18" / "Độc lập - Tự do - Hạnh phúc" / "tháng 9" / "năm 2025".
import type { Piece } from './header-pieces';
import { isMotto, isNationalTitle } from './patterns';
import { fold, squash } from './text';

/** How many pieces past the day the month and year may lie. */
const REACH = 6;

/**
 * The queue indices of the pieces after `at` that go on its dateline ("tháng 9", "năm 2025"), past the
 * motto or the national title and blank lines; none when the next other piece is no part of a date.
 */
export function datelinePartsAfter(queue: ReadonlyArray<Piece | null>, at: number): number[] {
  const parts: number[] = [];
  // "An Giang, ngày" / "27" / "tháng 8 năm 2020": the day typed into the blank lies on a line of its own.
  let dayAlone = /\bngay\s*$/.test(fold(squash(queue[at]?.text ?? '')));
  for (let k = at + 1; k < queue.length && k <= at + REACH && parts.length < 3; k += 1) {
    const piece = queue[k];
    if (piece === null || piece === undefined) continue;
    const text = squash(piece.text);
    if (isMotto(text) || isNationalTitle(text)) continue;
    const day = dayAlone && parts.length === 0 && /^\d{1,2}$/.test(text);
    dayAlone = false;
    if (!day && !/^(?:thang|nam)\s/.test(fold(text))) break;
    parts.push(k);
  }
  // A day alone with no month after it is no dateline's.
  return parts.length === 1 && /^\d{1,2}$/.test(squash((queue[parts[0] as number] as Piece).text)) ? [] : parts;
}
