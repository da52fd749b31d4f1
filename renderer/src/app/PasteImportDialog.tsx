// "Dán văn bản công văn…": the clerk pastes a whole letter copied from a PDF, a web page, an OCR'd
// scan or a TCVN3/VNI document, and the importer turns it into a structured draft. A failure keeps
// the pasted text in the box with the importer's message; nothing else changes.
import { useLayoutEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Result } from '../../../core/result';
import { vi } from '../i18n/vi';

const t = vi.pasteImport;

export interface PasteImportDialogProps {
  importText(text: string): Promise<Result<void, string>>;
  onClose(): void;
}

export function PasteImportDialog({ importText, onClose }: PasteImportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useLayoutEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const done = await importText(text);
    setBusy(false);
    if (done.ok) onClose();
    else setError(done.error);
  };

  return (
    <dialog
      ref={ref}
      className="vt-dialog vt-paste-import"
      aria-labelledby="vt-paste-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="vt-paste-title">{t.title}</h2>
        <p id="vt-paste-help">{t.help}</p>
        <label htmlFor="vt-paste-text">{t.label}</label>
        <textarea
          id="vt-paste-text"
          rows={16}
          value={text}
          autoFocus
          spellCheck={false}
          aria-describedby="vt-paste-help"
          aria-invalid={error !== null}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        />
        {error && (
          <p className="vt-field-error" role="alert">
            {error}
          </p>
        )}
        <div className="vt-dialog-buttons">
          <button type="button" onClick={onClose}>
            {vi.dialogs.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
            {t.submit}
          </button>
        </div>
      </form>
    </dialog>
  );
}
