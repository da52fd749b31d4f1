// Where text was last selected on the page, as a review part path and offsets, so a leader can select
// words on the page and then comment on them from the review panel. Clicking the panel moves focus
// away, so a field's selection is remembered when it is made; the body's is read from the editor,
// which keeps its selection after losing focus.
import { SUBJECT_PREFIX } from '../../../core/format';
import type { Letter } from '../../../core/letter/types';
import type { PageSelection } from '../features/types';
import { bodyPaths, pathForCaption } from './jump';

/** Fields whose input shows the part's text as stored, so input offsets are the part's offsets. */
const VERBATIM = /^(agency\.(name|parent)|symbol|place|subject|recipients\.\d+|distribution\.\d+|signature\.(authority|title|signer))$/;
/** Text the input shows before the stored part (the subject is edited as "V/v …"). */
const SHOWN_PREFIX: Readonly<Record<string, string>> = { subject: `${SUBJECT_PREFIX} ` };

/** A field's selection in part offsets; a field that does not show its part verbatim means the whole part. */
export function fieldSelection(path: string, start: number, end: number): PageSelection {
  if (!VERBATIM.test(path)) return { path, start: 0, end: 0 };
  const shift = (SHOWN_PREFIX[path] ?? '').length;
  return { path, start: Math.max(0, start - shift), end: Math.max(0, end - shift) };
}

type Last = { kind: 'body' } | ({ kind: 'field' } & PageSelection);

export interface PageSelectionTracker {
  current(): PageSelection | null;
  dispose(): void;
}

const EVENTS = ['focusin', 'select', 'keyup', 'mouseup'] as const;

export function trackPageSelection(letter: () => Letter, bodySelection: () => { index: number; start: number; end: number } | null): PageSelectionTracker {
  let last: Last | null = null;
  const onEvent = (e: Event) => {
    const target = e.target as HTMLElement | null;
    if (!target?.closest?.('.vt-sheets')) return;
    if (target.closest('.vt-body')) {
      last = { kind: 'body' };
      return;
    }
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) || !target.id) return;
    const caption = document.querySelector(`label[for="${CSS.escape(target.id)}"]`)?.textContent ?? '';
    const path = pathForCaption(caption, letter());
    if (path) last = { kind: 'field', ...fieldSelection(path, target.selectionStart ?? 0, target.selectionEnd ?? 0) };
  };
  for (const name of EVENTS) document.addEventListener(name, onEvent, true);
  return {
    current: () => {
      if (!last) return null;
      if (last.kind === 'field') return { path: last.path, start: last.start, end: last.end };
      const sel = bodySelection();
      const block = sel ? bodyPaths(letter().body)[sel.index] : undefined;
      return sel && block ? { path: `${block}.content`, start: sel.start, end: sel.end } : null;
    },
    dispose: () => {
      for (const name of EVENTS) document.removeEventListener(name, onEvent, true);
    },
  };
}
