// The drafter's list of suggested changes: each with its author, time and the words around it;
// accept or reject one, or all at once.
import { acceptAll, acceptSuggestion, rejectAll, rejectSuggestion } from '../../../../core/review/suggestions';
import { authorLabel, reviewOf } from '../../../../core/review/actor';
import { locateAnchor } from '../../../../core/review/anchor';
import { findPart } from '../../../../core/review/parts';
import type { Suggestion } from '../../../../core/review/schema';
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

function Context({ letter, s }: { letter: Letter; s: Suggestion }) {
  const at = locateAnchor(letter, s.anchor);
  const part = findPart(letter, at.path);
  if (!part || at.state === 'lost' || at.start === undefined || at.end === undefined) return <span className="rv-lost">({rv.lost})</span>;
  const before = part.text.slice(Math.max(0, at.start - 30), at.start);
  const after = part.text.slice(at.end, at.end + 30);
  return (
    <span className="rv-context">
      …{before}
      {s.kind === 'insert' ? <ins>{s.text}</ins> : <del>{part.text.slice(at.start, at.end)}</del>}
      {after}…
    </span>
  );
}

export function SuggestionList({ letter, run, jumpTo }: Props) {
  const all = reviewOf(letter).suggestions;
  const pending = all.filter((s) => s.status === 'pending');
  const decided = all.filter((s) => s.status !== 'pending');
  const accept = (id: string) => run((l, a) => { const r = acceptSuggestion(l, a, id); return r.ok ? ok({ letter: r.value, message: rv.done.accepted }) : r; }, rv.undo.accept);
  const reject = (id: string) => run((l, a) => { const r = rejectSuggestion(l, a, id); return r.ok ? ok({ letter: r.value, message: rv.done.rejected }) : r; }, rv.undo.reject);
  const onAcceptAll = () => run((l, a) => { const r = acceptAll(l, a); return ok({ letter: r.letter, message: rv.done.acceptAll(r.done.length), details: r.failures }); }, rv.undo.acceptAll);
  const onRejectAll = () => run((l, a) => { const r = rejectAll(l, a); return ok({ letter: r.letter, message: rv.done.rejectAll(r.done.length) }); }, rv.undo.rejectAll);
  return (
    <section className="rv-suggestions" aria-label={rv.pending(pending.length)}>
      <h3>{rv.pending(pending.length)}</h3>
      {pending.length === 0 ? (
        <p className="rv-empty">{rv.noPending}</p>
      ) : (
        <div className="rv-buttons">
          <button type="button" onClick={onAcceptAll}>{rv.acceptAll}</button>
          <button type="button" onClick={onRejectAll}>{rv.rejectAll}</button>
        </div>
      )}
      <ul className="rv-cards">
        {pending.map((s) => (
          <li key={s.id} className={`rv-card rv-${s.kind}`} data-testid="review-suggestion" data-id={s.id}>
            <div className="rv-meta">
              <strong>{rv.kind[s.kind]}</strong> · {findPart(letter, locateAnchor(letter, s.anchor).path)?.label ?? s.anchor.path} · {authorLabel(s.author)} · {formatTime(s.createdAt)}
              {s.origin === 'word' && <span className="rv-badge">{rv.fromWord}</span>}
            </div>
            <Context letter={letter} s={s} />
            <div className="rv-buttons">
              <button type="button" onClick={() => accept(s.id)}>{rv.accept}</button>
              <button type="button" onClick={() => reject(s.id)}>{rv.reject}</button>
              <button type="button" onClick={() => jumpTo(locateAnchor(letter, s.anchor).path)}>{rv.show}</button>
            </div>
          </li>
        ))}
      </ul>
      {decided.length > 0 && (
        <details>
          <summary>{rv.decided(decided.length)}</summary>
          <ul className="rv-cards">
            {decided.map((s) => (
              <li key={s.id} className="rv-card rv-decided" data-testid="review-decided" data-id={s.id}>
                {rv.kind[s.kind]} “{s.text}” · {authorLabel(s.author)} — {s.decided?.auto ? rv.status.auto : rv.status[s.status as 'accepted' | 'rejected']}
                {s.decided && !s.decided.auto && ` (${authorLabel(s.decided.by)}, ${formatTime(s.decided.at)})`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
