// Marks on the page for what needs the clerk's eye: fields the importer was unsure of, left empty or
// changed (Letter.importNotes), and parts with open comments or pending suggestions (core/review).
// The mapping is pure; applying it touches only a data attribute and a tooltip on the element that
// jumpTo would land on, so the marks follow the same path → element rules as the panels' links.
import type { Letter } from '../../../core/letter/types';
import { reviewDecorations } from '../../../core/review/decorations';
import { elementFor } from './jump';
import { vi } from '../i18n/vi';

export type FlagKind = 'import' | 'review';

export interface PageFlag {
  path: string;
  kind: FlagKind;
  /** Tooltip text, Vietnamese. */
  message: string;
}

/** Zone paths the importer uses for whole-document notes have no single place on the page. */
const ZONES = new Set(['document', 'header', 'body', 'footer']);

export function pageFlags(letter: Letter): PageFlag[] {
  const flags: PageFlag[] = [];
  for (const note of letter.importNotes ?? []) {
    if (ZONES.has(note.path)) continue;
    flags.push({ path: note.path, kind: 'import', message: note.message });
  }
  for (const d of reviewDecorations(letter)) {
    flags.push({ path: d.path, kind: 'review', message: vi.flags.review(d.kind, d.author, d.text) });
  }
  return flags;
}

const ATTR = 'data-vt-flag';

/** Replaces the marks on the page with `flags`. Several flags on one element share one tooltip. */
export function applyFlags(flags: readonly PageFlag[], body: Letter['body']): void {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(`[${ATTR}]`))) {
    el.removeAttribute(ATTR);
    el.removeAttribute('title');
  }
  const byElement = new Map<HTMLElement, PageFlag[]>();
  for (const flag of flags) {
    const target = elementFor(flag.path, body);
    // A field's mark goes on its visible box (the .vt-field wrapper), a body block's on the block.
    const el = (target?.closest<HTMLElement>('.vt-field') ?? target) as HTMLElement | null;
    if (!el || el.classList.contains('vt-body')) continue;
    byElement.set(el, [...(byElement.get(el) ?? []), flag]);
  }
  for (const [el, list] of byElement) {
    el.setAttribute(ATTR, list.some((f) => f.kind === 'import') ? 'import' : 'review');
    el.setAttribute('title', list.map((f) => f.message).join('\n'));
  }
}
