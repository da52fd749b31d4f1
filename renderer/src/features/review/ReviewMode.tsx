// Review mode, for a leader: comment on the selected words or a whole part, suggest an insertion,
// deletion or replacement without touching the text, and give an overall opinion.
import { useId, useMemo, useState } from 'react';
import { addComment } from '../../../../core/review/comments';
import { giveOpinion, VERDICT_CHOICES } from '../../../../core/review/opinion';
import { letterParts } from '../../../../core/review/parts';
import type { OpinionVerdict } from '../../../../core/review/schema';
import { suggestDeletion, suggestInsertion, suggestReplacement } from '../../../../core/review/suggestions';
import { ok } from '../../../../core/result';
import type { FeaturePanelProps } from '../types';
import { PartPicker, usePartTarget } from './PartPicker';
import { rv } from './strings';
import type { ReviewOp } from './useReviewAction';

interface Props {
  letter: FeaturePanelProps['letter'];
  pageSelection: FeaturePanelProps['pageSelection'];
  run(op: ReviewOp, undoLabel: string): boolean;
}

export function ReviewMode({ letter, pageSelection, run }: Props) {
  const parts = useMemo(() => letterParts(letter), [letter]);
  const picker = usePartTarget(parts);
  const [comment, setComment] = useState('');
  const [words, setWords] = useState('');
  const [verdict, setVerdict] = useState<OpinionVerdict>('dong-y');
  const [opinion, setOpinion] = useState('');
  const ids = { comment: useId(), words: useId(), opinion: useId() };
  const t = picker.target;
  const hasRange = !!t && t.end > t.start;

  const onComment = () => {
    if (!t) return;
    const target = hasRange ? { path: t.path, range: { start: t.start, end: t.end } } : { path: t.path };
    if (run((l, a) => { const r = addComment(l, a, target, comment); return r.ok ? ok({ letter: r.value.letter, message: rv.done.comment }) : r; }, rv.undo.comment)) setComment('');
  };
  const onInsert = () => {
    if (!t) return;
    if (run((l, a) => { const r = suggestInsertion(l, a, t.path, t.end, words); return r.ok ? ok({ letter: r.value.letter, message: rv.done.insert }) : r; }, rv.undo.suggest)) setWords('');
  };
  const onDelete = () => {
    if (!t) return;
    run((l, a) => { const r = suggestDeletion(l, a, t.path, t.start, t.end); return r.ok ? ok({ letter: r.value.letter, message: rv.done.delete }) : r; }, rv.undo.suggest);
  };
  const onReplace = () => {
    if (!t) return;
    if (run((l, a) => { const r = suggestReplacement(l, a, t.path, t.start, t.end, words); return r.ok ? ok({ letter: r.value.letter, message: rv.done.replace }) : r; }, rv.undo.suggest)) setWords('');
  };
  const onOpinion = () => {
    if (run((l, a) => { const r = giveOpinion(l, a, verdict, opinion); return r.ok ? ok({ letter: r.value, message: rv.done.opinion }) : r; }, rv.undo.opinion)) setOpinion('');
  };

  return (
    <div className="rv-mode">
      <PartPicker parts={parts} picker={picker} pageSelection={pageSelection} />
      <section aria-label={rv.sections.comment}>
        <label htmlFor={ids.comment}>{rv.comment}</label>
        <textarea id={ids.comment} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="review-comment-text" />
        <button type="button" onClick={onComment} disabled={comment.trim() === ''}>
          {rv.addComment}
        </button>
      </section>
      <section aria-label={rv.sections.suggest}>
        <label htmlFor={ids.words}>{rv.suggestText}</label>
        <input id={ids.words} value={words} onChange={(e) => setWords(e.target.value)} data-testid="review-suggest-text" />
        <div className="rv-buttons">
          <button type="button" onClick={onInsert} disabled={words === ''}>
            {rv.suggestInsert}
          </button>
          <button type="button" onClick={onDelete} disabled={!hasRange}>
            {rv.suggestDelete}
          </button>
          <button type="button" onClick={onReplace} disabled={!hasRange || words === ''}>
            {rv.suggestReplace}
          </button>
        </div>
      </section>
      <fieldset className="rv-opinion">
        <legend>{rv.opinion}</legend>
        {VERDICT_CHOICES.map((c) => (
          <label key={c.value} className="rv-radio">
            <input type="radio" name="rv-verdict" value={c.value} checked={verdict === c.value} onChange={() => setVerdict(c.value)} />
            {c.label}
          </label>
        ))}
        <label htmlFor={ids.opinion}>{rv.opinionText}</label>
        <textarea id={ids.opinion} rows={2} value={opinion} onChange={(e) => setOpinion(e.target.value)} />
        <button type="button" onClick={onOpinion}>
          {rv.giveOpinion}
        </button>
      </fieldset>
    </div>
  );
}
