// The importer's notes on this draft (issue 3): what it was unsure of, left empty, dropped or
// converted, per field. Each note links to its place on the page; "Đã xem" removes it from the draft
// (one undo step), so a clerk can work through them and the saved file stops carrying them.
import type { FeaturePanelProps } from '../types';
import type { ImportNote } from '../../../../core/letter/extensions/import-notes';
import type { Letter } from '../../../../core/letter/types';
import { vi } from '../../i18n/vi';

const t = vi.importNotes;

/** The letter without the note at `index` (and without the field at all once none are left). */
export function dismissNote(letter: Letter, index: number): Letter {
  const notes = (letter.importNotes ?? []).filter((_, i) => i !== index);
  const { importNotes: _dropped, ...rest } = letter;
  return notes.length > 0 ? { ...rest, importNotes: notes } : rest;
}

export function dismissAllNotes(letter: Letter): Letter {
  const { importNotes: _dropped, ...rest } = letter;
  return rest;
}

function NoteRow({ note, onGo, onDismiss }: { note: ImportNote; onGo(): void; onDismiss(): void }) {
  return (
    <li className={`vt-import-note vt-import-note--${note.kind}`}>
      <div>
        <strong>{t.kinds[note.kind]}</strong> · <code>{note.path}</code>
      </div>
      <p>{note.message}</p>
      {note.source && (
        <p>
          {t.source}: <q>{note.source}</q>
        </p>
      )}
      <button type="button" onClick={onGo}>
        {t.goTo}
      </button>{' '}
      <button type="button" onClick={onDismiss} aria-label={`${t.dismissLabel}: ${note.path}`}>
        {t.dismiss}
      </button>
    </li>
  );
}

export default function ImportNotesPanel({ letter, updateLetter, jumpTo }: FeaturePanelProps) {
  const notes = letter.importNotes ?? [];
  return (
    <section aria-label={t.title}>
      <h2>{t.title}</h2>
      {notes.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <button type="button" onClick={() => updateLetter(dismissAllNotes(letter), t.dismissAllLabel)}>
            {t.dismissAll}
          </button>
          <ul>
            {notes.map((note, i) => (
              <NoteRow key={`${note.path}-${i}`} note={note} onGo={() => jumpTo(note.path)} onDismiss={() => updateLetter(dismissNote(letter, i), t.dismissLabel)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
