// Comments on a range of a letter part or on a whole part: add, reply, resolve, reopen, delete.
import { err, ok } from '../result';
import type { Result } from '../result';
import type { Letter } from '../letter/types';
import { nextId, reviewOf, withReview } from './actor';
import type { ReviewActor } from './actor';
import { makeAnchor } from './anchor';
import type { ReviewComment } from './schema';

export interface CommentTarget {
  path: string;
  /** Omit for a comment on the whole part. */
  range?: { start: number; end: number };
}

const clean = (text: string) => text.normalize('NFC').trim();

export function addComment(letter: Letter, actor: ReviewActor, target: CommentTarget, text: string): Result<{ letter: Letter; id: string }, string> {
  const body = clean(text);
  if (body === '') return err('Nội dung góp ý không được để trống.');
  if (target.range && target.range.start === target.range.end) return err('Hãy chọn một đoạn chữ để góp ý, hoặc góp ý cho cả phần văn bản.');
  const anchor = makeAnchor(letter, target.path, target.range);
  if (!anchor.ok) return anchor;
  const review = reviewOf(letter);
  const id = nextId('c', review.comments.map((c) => c.id));
  const comment: ReviewComment = { id, author: actor.author, createdAt: actor.now, anchor: anchor.value, text: body, replies: [], resolved: false, origin: 'app' };
  return ok({ letter: withReview(letter, { ...review, comments: [...review.comments, comment] }), id });
}

function updateComment(letter: Letter, id: string, f: (c: ReviewComment) => Result<ReviewComment, string>): Result<Letter, string> {
  const review = reviewOf(letter);
  const found = review.comments.find((c) => c.id === id);
  if (!found) return err(`Không tìm thấy góp ý "${id}".`);
  const next = f(found);
  if (!next.ok) return next;
  return ok(withReview(letter, { ...review, comments: review.comments.map((c) => (c.id === id ? next.value : c)) }));
}

export function replyToComment(letter: Letter, actor: ReviewActor, commentId: string, text: string): Result<Letter, string> {
  const body = clean(text);
  if (body === '') return err('Nội dung trả lời không được để trống.');
  const taken = reviewOf(letter).comments.flatMap((c) => c.replies.map((r) => r.id));
  const id = nextId('r', taken);
  return updateComment(letter, commentId, (c) => ok({ ...c, replies: [...c.replies, { id, author: actor.author, createdAt: actor.now, text: body }] }));
}

export function resolveComment(letter: Letter, actor: ReviewActor, commentId: string): Result<Letter, string> {
  return updateComment(letter, commentId, (c) =>
    c.resolved ? err('Góp ý này đã được giải quyết.') : ok({ ...c, resolved: true, resolvedBy: { by: actor.author, at: actor.now } }),
  );
}

export function reopenComment(letter: Letter, commentId: string): Result<Letter, string> {
  return updateComment(letter, commentId, (c) => {
    const { resolvedBy: _dropped, ...rest } = c;
    return ok({ ...rest, resolved: false });
  });
}

/** Only the author of a comment removes it (a drafter resolves instead, which keeps the history). */
export function deleteComment(letter: Letter, actor: ReviewActor, commentId: string): Result<Letter, string> {
  const review = reviewOf(letter);
  const found = review.comments.find((c) => c.id === commentId);
  if (!found) return err(`Không tìm thấy góp ý "${commentId}".`);
  if (found.author.name !== actor.author.name) return err('Chỉ người viết góp ý mới xoá được góp ý đó; hãy đánh dấu "Đã giải quyết".');
  return ok(withReview(letter, { ...review, comments: review.comments.filter((c) => c.id !== commentId) }));
}
