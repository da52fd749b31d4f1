// Comments with their threads: the quoted words, author and time, replies, resolve and reopen.
import { useState } from 'react';
import { authorLabel, reviewOf } from '../../../../core/review/actor';
import { locateAnchor } from '../../../../core/review/anchor';
import { reopenComment, replyToComment, resolveComment } from '../../../../core/review/comments';
import { findPart } from '../../../../core/review/parts';
import type { ReviewComment } from '../../../../core/review/schema';
import { ok } from '../../../../core/result';
import type { Letter } from '../../../../core/letter/types';
import { formatTime } from './actor';
import { rv } from './strings';
import type { ReviewOp } from './useReviewAction';

interface Props {
  letter: Letter;
  run(op: ReviewOp, undoLabel: string): boolean;
  jumpTo(path: string): void;
}

function CommentCard({ letter, c, run, jumpTo }: Props & { c: ReviewComment }) {
  const [reply, setReply] = useState('');
  const at = locateAnchor(letter, c.anchor);
  const label = findPart(letter, at.path)?.label ?? c.anchor.path;
  const onReply = () => {
    if (run((l, a) => { const r = replyToComment(l, a, c.id, reply); return r.ok ? ok({ letter: r.value, message: rv.done.replied }) : r; }, rv.undo.reply)) setReply('');
  };
  const toggle = () =>
    c.resolved
      ? run((l) => { const r = reopenComment(l, c.id); return r.ok ? ok({ letter: r.value, message: rv.done.reopened }) : r; }, rv.undo.reopen)
      : run((l, a) => { const r = resolveComment(l, a, c.id); return r.ok ? ok({ letter: r.value, message: rv.done.resolved }) : r; }, rv.undo.resolve);
  return (
    <li className={`rv-card rv-comment${c.resolved ? ' rv-resolved' : ''}`} data-testid="review-comment" data-id={c.id}>
      <div className="rv-meta">
        {label} · {at.state === 'lost' ? rv.lost : c.anchor.quote ? `“${c.anchor.quote}”` : rv.onWholePart}
        {c.origin === 'word' && <span className="rv-badge">{rv.fromWord}</span>}
      </div>
      <p>
        <strong>{authorLabel(c.author)}</strong> ({formatTime(c.createdAt)}): {c.text}
      </p>
      {c.replies.map((r) => (
        <p key={r.id} className="rv-reply">
          <strong>{authorLabel(r.author)}</strong> ({formatTime(r.createdAt)}): {r.text}
        </p>
      ))}
      {c.resolvedBy && <p className="rv-hint">{rv.resolvedBy(authorLabel(c.resolvedBy.by))}</p>}
      <div className="rv-buttons">
        <input aria-label={rv.replyText} value={reply} onChange={(e) => setReply(e.target.value)} />
        <button type="button" onClick={onReply} disabled={reply.trim() === ''}>{rv.reply}</button>
        <button type="button" onClick={toggle}>{c.resolved ? rv.reopen : rv.resolve}</button>
        <button type="button" onClick={() => jumpTo(at.path)}>{rv.show}</button>
      </div>
    </li>
  );
}

export function CommentList(props: Props) {
  const comments = reviewOf(props.letter).comments;
  const open = comments.filter((c) => !c.resolved).length;
  return (
    <section className="rv-comments" aria-label={rv.comments(open)}>
      <h3>{rv.comments(open)}</h3>
      {comments.length === 0 && <p className="rv-empty">{rv.noComments}</p>}
      <ul className="rv-cards">
        {comments.map((c) => (
          <CommentCard key={c.id} {...props} c={c} />
        ))}
      </ul>
    </section>
  );
}
