// jumpTo(path) for the feature panels: scroll to and focus the part a field path names
// ("subject", "recipients.1", "body.3", "signature.signer").
import type { Block, Letter } from '../../../core/letter/types';
import { flattenBody } from '../editor/outline';
import { vi } from '../i18n/vi';

const FIELD_LABELS: Record<string, string> = {
  'agency.parent': vi.fields.parent,
  'agency.name': vi.fields.agency,
  agency: vi.fields.agency,
  number: vi.fields.number,
  symbol: vi.fields.symbol,
  place: vi.fields.place,
  'date.day': vi.fields.day,
  'date.month': vi.fields.month,
  'date.year': vi.fields.year,
  date: vi.fields.day,
  subject: vi.fields.subject,
  urgency: vi.fields.urgency,
  secrecy: vi.fields.secrecy,
  'archive.units': vi.fields.archiveUnits,
  archive: vi.fields.archiveUnits,
  'archive.copies': vi.fields.archiveCopies,
  drafter: vi.fields.drafterInitials,
  'drafter.initials': vi.fields.drafterInitials,
  'signature.authority': vi.fields.authority,
  'signature.delegation': vi.fields.delegation,
  'signature.title': vi.fields.title,
  'signature.signer': vi.fields.signer,
  signature: vi.fields.signer,
};

function labelFor(path: string): string | null {
  const [head, index] = path.split('.');
  if (head === 'recipients' && index !== undefined) return vi.fields.recipient(Number(index) + 1);
  if (head === 'distribution' && index !== undefined) return vi.fields.distributionEntry(Number(index) + 1);
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const label = FIELD_LABELS[p];
    if (label) return label;
  }
  return null;
}

/** The field path whose caption is `caption` (the inverse of labelFor), for a letter with these lists. */
export function pathForCaption(caption: string, letter: Pick<Letter, 'recipients' | 'distribution'>): string | null {
  for (let i = 0; i < letter.recipients.length; i += 1) if (vi.fields.recipient(i + 1) === caption) return `recipients.${i}`;
  for (let i = 0; i < letter.distribution.length; i += 1) if (vi.fields.distributionEntry(i + 1) === caption) return `distribution.${i}`;
  // Several paths share a caption ("agency" and "agency.name"): the most specific one is the field.
  const paths = Object.entries(FIELD_LABELS).filter(([, label]) => label === caption).map(([path]) => path);
  return paths.sort((x, y) => y.split('.').length - x.split('.').length)[0] ?? null;
}

/** Every body block's path ("body.2", "body.2.children.0"…) in the editor's document order. */
export function bodyPaths(body: readonly Block[], prefix = 'body'): string[] {
  return body.flatMap((b, i) => [`${prefix}.${i}`, ...(b.kind === 'item' ? bodyPaths(b.children, `${prefix}.${i}.children`) : [])]);
}

/**
 * The position, in document order, of the block a body path names ("body.3.children.1.content" →
 * the block's index among the editor's blocks), or null when the path is not a body path.
 */
export function bodyBlockIndex(path: string, body: readonly Block[]): number | null {
  const parts = path.split('.');
  if (parts[0] !== 'body') return null;
  let index = 0;
  let siblings: readonly Block[] = body;
  let i = 1;
  for (;;) {
    const n = Number(parts[i]);
    if (!Number.isInteger(n) || n < 0 || n >= siblings.length) return index === 0 && i === 1 ? 0 : index - 1;
    // Skip the blocks (and their descendants) before the n-th sibling.
    index += flattenBody(siblings.slice(0, n)).length;
    const block = siblings[n] as Block;
    if (parts[i + 1] !== 'children' || block.kind !== 'item') return index;
    index += 1; // the item itself comes before its children
    siblings = block.children;
    i += 2;
  }
}

/** The page element a field path names: the body block's element, or the in-place field's input. */
export function elementFor(path: string, body: readonly Block[]): HTMLElement | null {
  const index = bodyBlockIndex(path, body);
  if (index !== null) {
    const root = document.querySelector<HTMLElement>('.vt-body');
    return (root?.children[index] as HTMLElement | undefined) ?? root;
  }
  const label = labelFor(path);
  if (!label) return null;
  const caption = Array.from(document.querySelectorAll<HTMLLabelElement>('label.vt-caption')).find((l) => l.textContent === label);
  return caption?.htmlFor ? document.getElementById(caption.htmlFor) : null;
}

export function jumpTo(path: string, body: readonly Block[]): void {
  const target = elementFor(path, body);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  if (bodyBlockIndex(path, body) !== null) {
    const root = document.querySelector<HTMLElement>('.vt-body');
    if (target !== root) {
      const range = document.createRange();
      range.selectNodeContents(target);
      range.collapse(true);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
    root?.focus();
    return;
  }
  target.focus();
}
