// The modal question and the notices the controller raises (ui.ts), drawn as accessible dialogs.
import { useEffect, useRef } from 'react';
import { vi } from '../i18n/vi';
import type { Notice, Question } from './ui';

export function QuestionDialog({ question, onAnswer }: { question: Question; onAnswer(id: string): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="vt-dialog" aria-labelledby="vt-dialog-title" onCancel={(e) => {
      e.preventDefault();
      onAnswer('cancel');
    }}>
      <h2 id="vt-dialog-title">{question.title}</h2>
      <p>{question.message}</p>
      {question.details && question.details.length > 0 && (
        <ul>
          {question.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      <div className="vt-dialog-buttons">
        {question.buttons.map((b) => (
          <button key={b.id} type="button" className={b.primary ? 'primary' : ''} autoFocus={b.primary} onClick={() => onAnswer(b.id)}>
            {b.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: number): void }) {
  return (
    <div className="vt-notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`vt-notice vt-notice--${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-kind={n.kind}>
          <div className="vt-notice-text">
            <strong>{n.message}</strong>
            {n.details.length > 0 && (
              <ul>
                {n.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" onClick={() => onDismiss(n.id)} aria-label={vi.messages.dismiss}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
