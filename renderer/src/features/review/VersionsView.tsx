// Versions: record one with a note, compare any two (or one with the current draft) side by side,
// and restore one (the current content is saved as a version first, so nothing is lost).
import { useId, useMemo, useState } from 'react';
import { diffLetters } from '../../../../core/diff/letter-diff';
import { authorLabel } from '../../../../core/review/actor';
import { contentOf, recordVersion, restoreVersion, versionLetter, versionsOf } from '../../../../core/review/versions';
import { ok } from '../../../../core/result';
import type { Letter } from '../../../../core/letter/types';
import { DiffView } from './DiffView';
import { formatTime } from './actor';
import { rv } from './strings';
import type { ReviewOp } from './useReviewAction';

const CURRENT = 'current';

interface Props {
  letter: Letter;
  run(op: ReviewOp, undoLabel: string): boolean;
}

export function VersionsView({ letter, run }: Props) {
  const versions = versionsOf(letter);
  const [note, setNote] = useState('');
  // Until the user picks, compare the latest version with the current draft.
  const [picked, setLeft] = useState<string | null>(null);
  const left = picked ?? versions[versions.length - 1]?.id ?? CURRENT;
  const [right, setRight] = useState<string>(CURRENT);
  const [compared, setCompared] = useState<{ left: string; right: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const ids = { note: useId(), left: useId(), right: useId() };
  const title = (id: string) => (id === CURRENT ? rv.versions.current : id);
  const pick = (id: string) => (id === CURRENT ? ok(contentOf(letter)) : versionLetter(letter, id));

  const diff = useMemo(() => {
    if (!compared) return null;
    const a = pick(compared.left);
    const b = pick(compared.right);
    if (!a.ok) return { error: a.error };
    if (!b.ok) return { error: b.error };
    return { rows: diffLetters(a.value, b.value) };
  }, [compared, letter]);

  const onRecord = () => {
    if (run((l, a) => { const r = recordVersion(l, a, note); return ok({ letter: r.letter, message: rv.done.version(r.id) }); }, rv.undo.version)) setNote('');
  };
  const onRestore = (id: string) => {
    setConfirming(null);
    run((l, a) => { const r = restoreVersion(l, a, id); return r.ok ? ok({ letter: r.value.letter, message: rv.done.restored(id, r.value.savedAs) }) : r; }, rv.undo.restore);
  };
  const options = [...versions.map((v) => ({ id: v.id, label: `${v.id} · ${formatTime(v.createdAt)}${v.note ? ` · ${v.note}` : ''}` })), { id: CURRENT, label: rv.versions.current }];

  return (
    <div className="rv-versions">
      <div className="rv-buttons">
        <label htmlFor={ids.note}>{rv.versions.note}</label>
        <input id={ids.note} value={note} placeholder={rv.versions.notePlaceholder} onChange={(e) => setNote(e.target.value)} data-testid="review-version-note" />
        <button type="button" onClick={onRecord}>{rv.versions.record}</button>
      </div>
      {versions.length === 0 ? (
        <p className="rv-empty">{rv.versions.none}</p>
      ) : (
        <ul className="rv-cards">
          {[...versions].reverse().map((v) => (
            <li key={v.id} className="rv-card" data-testid="review-version" data-id={v.id}>
              <strong>{v.id}</strong> · {formatTime(v.createdAt)} · {authorLabel(v.author)}
              {v.note && <> · {v.note}</>}
              {confirming === v.id ? (
                <span className="rv-confirm" role="alertdialog" aria-label={rv.versions.confirmRestore(v.id)}>
                  {rv.versions.confirmRestore(v.id)}
                  <button type="button" onClick={() => onRestore(v.id)}>{rv.versions.confirm}</button>
                  <button type="button" onClick={() => setConfirming(null)}>{rv.versions.cancel}</button>
                </span>
              ) : (
                <button type="button" onClick={() => setConfirming(v.id)}>{rv.versions.restore}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="rv-buttons">
        <label htmlFor={ids.left}>{rv.versions.compareLeft}</label>
        <select id={ids.left} value={left} onChange={(e) => setLeft(e.target.value)}>
          {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
        <label htmlFor={ids.right}>{rv.versions.compareRight}</label>
        <select id={ids.right} value={right} onChange={(e) => setRight(e.target.value)}>
          {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
        <button type="button" onClick={() => setCompared({ left, right })}>{rv.versions.compare}</button>
      </div>
      {diff && ('error' in diff ? <p role="alert">{diff.error}</p> : <DiffView rows={diff.rows} leftTitle={title(compared!.left)} rightTitle={title(compared!.right)} />)}
    </div>
  );
}
