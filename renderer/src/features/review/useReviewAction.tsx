// One way every review action runs: take the author from the profile, apply a pure core/review
// operation, hand the new letter to the shell as one undo step, and say what happened (or why not).
import { useCallback, useState } from 'react';
import type { Letter } from '../../../../core/letter/types';
import type { ReviewActor } from '../../../../core/review/actor';
import type { Result } from '../../../../core/result';
import type { FeaturePanelProps } from '../types';
import { actorNow } from './actor';

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
  details?: readonly string[];
}

export type ReviewOp = (letter: Letter, actor: ReviewActor) => Result<{ letter: Letter; message: string; details?: readonly string[] }, string>;

export function useReviewAction(props: Pick<FeaturePanelProps, 'letter' | 'updateLetter' | 'settings'>) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const { letter, updateLetter, settings } = props;
  const run = useCallback(
    (op: ReviewOp, undoLabel: string): boolean => {
      const actor = actorNow(settings);
      if (!actor.ok) {
        setNotice({ kind: 'error', text: actor.error });
        return false;
      }
      const r = op(letter, actor.value);
      if (!r.ok) {
        setNotice({ kind: 'error', text: r.error });
        return false;
      }
      updateLetter(r.value.letter, undoLabel);
      setNotice({ kind: 'ok', text: r.value.message, details: r.value.details });
      return true;
    },
    [letter, updateLetter, settings],
  );
  return { run, notice, setNotice };
}

export function NoticeLine({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return (
    <div className={`rv-notice rv-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="review-notice">
      {notice.text}
      {notice.details && notice.details.length > 0 && (
        <ul>
          {notice.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
