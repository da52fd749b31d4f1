// The drafter's view: leaders' opinions, the suggestions to accept or reject, the comments to
// answer and resolve, and importing the comments and tracked changes of a DOCX reviewed in Word.
import { useState } from 'react';
import { authorLabel, reviewOf } from '../../../../core/review/actor';
import { exportDocxWithReview } from '../../../../core/review/docx/export';
import { importWordReview } from '../../../../core/review/docx/import';
import { currentOpinions, verdictLabel } from '../../../../core/review/opinion';
import type { FeaturePanelProps } from '../types';
import { CommentList } from './CommentList';
import { SuggestionList } from './SuggestionList';
import { formatTime } from './actor';
import { rv } from './strings';
import type { Notice, ReviewOp } from './useReviewAction';

interface Props {
  panel: FeaturePanelProps;
  run(op: ReviewOp, undoLabel: string): boolean;
  notify(n: Notice): void;
}

export function HandleView({ panel, run, notify }: Props) {
  const { letter } = panel;
  const [busy, setBusy] = useState(false);
  const opinions = currentOpinions(reviewOf(letter));
  const importWord = async () => {
    setBusy(true);
    try {
      const picked = await panel.platform.pickImport();
      if (!picked.ok) return notify({ kind: 'error', text: picked.error });
      if (!picked.value) return;
      if (!/\.docx$/i.test(picked.value.name)) return notify({ kind: 'error', text: rv.notDocx(picked.value.name) });
      const r = await importWordReview(letter, picked.value.bytes, new Date().toISOString());
      if (!r.ok) return notify({ kind: 'error', text: r.error });
      const { comments, replies, suggestions } = r.value.counts;
      panel.updateLetter(r.value.letter, rv.undo.importWord);
      notify({ kind: 'ok', text: rv.done.imported(comments, replies, suggestions), details: r.value.warnings });
    } finally {
      setBusy(false);
    }
  };
  const exportWord = async () => {
    setBusy(true);
    try {
      const out = await exportDocxWithReview(letter, { profile: panel.settings.profile });
      const saved = await panel.platform.saveExport({ suggestedName: rv.exportName(letter.number, letter.symbol), bytes: out.bytes, kind: 'docx' });
      if (!saved.ok) return notify({ kind: 'error', text: saved.error });
      if (saved.value) notify({ kind: 'ok', text: rv.done.exported(saved.value.path), details: out.warnings });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="rv-handle">
      <section className="rv-opinions" aria-label={rv.opinions}>
        <h3>{rv.opinions}</h3>
        {opinions.length === 0 && <p className="rv-empty">{rv.noOpinions}</p>}
        <ul className="rv-cards">
          {opinions.map((o) => (
            <li key={`${o.author.name}-${o.createdAt}`} className={`rv-card rv-verdict-${o.verdict}`} data-testid="review-opinion">
              <strong>{verdictLabel(o.verdict)}</strong> — {authorLabel(o.author)} ({formatTime(o.createdAt)}){o.text ? `: ${o.text}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <SuggestionList letter={letter} run={run} jumpTo={panel.jumpTo} />
      <CommentList letter={letter} run={run} jumpTo={panel.jumpTo} />
      <div className="rv-buttons">
        <button type="button" onClick={() => void exportWord()} disabled={busy}>
          {rv.exportWord}
        </button>
        <button type="button" onClick={() => void importWord()} disabled={busy}>
          {rv.importWord}
        </button>
      </div>
    </div>
  );
}
