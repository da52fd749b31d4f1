// jumpTo(path) for the feature panels: scroll to and focus the part a field path names
// ("subject", "recipients.1", "body.3", "signature.signer").
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

/** Body paths ("body.3.children.1") name blocks in document order: the n-th block of the editor. */
function bodyIndex(path: string): number | null {
  const parts = path.split('.');
  if (parts[0] !== 'body') return null;
  const root = document.querySelector<HTMLElement>('.vt-body');
  if (!root) return null;
  // Depth-first order of the path inside the editor's flat blocks is not known here without the
  // letter; the top-level index is a good enough target for scrolling.
  const n = Number(parts[1] ?? 0);
  return Number.isInteger(n) ? n : 0;
}

export function jumpTo(path: string): void {
  const body = bodyIndex(path);
  if (body !== null) {
    const root = document.querySelector<HTMLElement>('.vt-body');
    const blocks = Array.from(root?.children ?? []).filter((el) => !(el as HTMLElement).dataset.depth || (el as HTMLElement).dataset.depth === '0');
    const target = (blocks[body] ?? root) as HTMLElement | undefined;
    target?.scrollIntoView({ block: 'center' });
    root?.focus();
    return;
  }
  const label = labelFor(path);
  if (!label) return;
  const caption = Array.from(document.querySelectorAll<HTMLLabelElement>('label.vt-caption')).find((l) => l.textContent === label);
  const field = caption?.htmlFor ? document.getElementById(caption.htmlFor) : null;
  field?.scrollIntoView({ block: 'center' });
  field?.focus();
}
