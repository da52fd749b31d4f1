// What the editor shell highlights on the page: open comments and pending suggestions, located in
// the letter as it is now. Ranges whose text is gone are left out (the review panel still lists them).
import type { Letter } from '../letter/types';
import { reviewOf } from './actor';
import { locateAnchor } from './anchor';

export type DecorationKind = 'comment' | 'insert' | 'delete';

export interface Decoration {
  /** The comment or suggestion id. */
  id: string;
  kind: DecorationKind;
  path: string;
  /** Absent: the whole part. For an insertion, start = end (the caret where the text would go). */
  start?: number;
  end?: number;
  /** Insert: the text proposed; delete: the words proposed for removal; comment: the comment. */
  text: string;
  author: string;
}

export function reviewDecorations(letter: Letter): Decoration[] {
  const review = reviewOf(letter);
  const out: Decoration[] = [];
  for (const c of review.comments) {
    if (c.resolved) continue;
    const at = locateAnchor(letter, c.anchor);
    if (at.state !== 'lost') out.push({ id: c.id, kind: 'comment', path: at.path, start: at.start, end: at.end, text: c.text, author: c.author.name });
  }
  for (const s of review.suggestions) {
    if (s.status !== 'pending') continue;
    const at = locateAnchor(letter, s.anchor);
    if (at.state !== 'lost') out.push({ id: s.id, kind: s.kind, path: at.path, start: at.start, end: at.end, text: s.text, author: s.author.name });
  }
  return out;
}
