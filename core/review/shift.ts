// After an accepted change rewrites part of a letter part, the other anchors on that part must move
// with the words they point at: anchors after the change shift by its length, anchors inside a
// deleted range shrink, and a pending deletion whose words are all gone is closed automatically.
import type { Letter } from '../letter/types';
import { reviewOf, withReview } from './actor';
import type { ReviewActor } from './actor';
import { locateAnchor, reanchor } from './anchor';
import type { Anchor, ReviewComment, Suggestion } from './schema';

export interface AppliedChange {
  path: string;
  /** The replaced range of the old text. */
  start: number;
  end: number;
  /** Length of the text put in its place. */
  inserted: number;
  /** The suggestion that made the change (its anchor is already final). */
  exceptId?: string;
}

/** Where an old offset lands in the new text. Text inserted at a range's start goes before the range. */
export function mapOffset(p: number, change: AppliedChange, side: 'start' | 'end'): number {
  const { start, end, inserted } = change;
  if (p < start) return p;
  if (p > end) return p + inserted - (end - start);
  if (start === end) return side === 'start' ? p + inserted : p;
  return start + (side === 'start' ? 0 : inserted);
}

function moved(before: Letter, after: Letter, anchor: Anchor, change: AppliedChange): Anchor | null {
  const at = locateAnchor(before, anchor);
  if (at.state === 'lost' || at.path !== change.path) return null;
  if (at.start === undefined || at.end === undefined) return reanchor(after, { path: at.path, state: 'exact' });
  const point = at.start === at.end;
  const start = mapOffset(at.start, change, 'start');
  const end = point ? start : Math.max(start, mapOffset(at.end, change, 'end'));
  return reanchor(after, { path: at.path, start, end, state: 'exact' });
}

export function shiftAnchors(before: Letter, after: Letter, change: AppliedChange, actor: ReviewActor): Letter {
  const review = reviewOf(after);
  const comments = review.comments.map((c): ReviewComment => {
    const anchor = moved(before, after, c.anchor, change);
    return anchor ? { ...c, anchor } : c;
  });
  const suggestions = review.suggestions.map((s): Suggestion => {
    if (s.id === change.exceptId || s.status !== 'pending') return s;
    const anchor = moved(before, after, s.anchor, change);
    if (!anchor) return s;
    if (s.kind === 'delete') {
      const words = anchor.quote ?? '';
      if (words === '') return { ...s, anchor, status: 'rejected', decided: { by: actor.author, at: actor.now, auto: true } };
      return { ...s, anchor, text: words };
    }
    return { ...s, anchor };
  });
  return withReview(after, { ...review, comments, suggestions });
}
