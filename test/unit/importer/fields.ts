// The fields the accuracy test scores, read the same way from an expected reading and an import.
import type { Block, Letter } from '../../../core/letter/types';

export type Expected = Omit<Letter, 'schemaVersion' | 'type' | 'importNotes'>;

const shape = (blocks: readonly Block[]): unknown =>
  blocks.map((b) => (b.kind === 'paragraph' ? 'p' : { level: b.level, title: b.title, children: shape(b.children) }));
// A titled item is printed bold whole (the model's title flag): bold runs in it say nothing more, so a
// reading that also marks them bold reads the same page.
const texts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => {
    const titled = b.kind === 'item' && b.title;
    return [b.content.map((r) => `${r.bold && !titled ? '**' : ''}${r.text}`).join(''), ...(b.kind === 'item' ? texts(b.children) : [])];
  });

export const FIELDS: Record<string, (l: Expected) => unknown> = {
  'agency.parent': (l) => l.agency.parent,
  'agency.name': (l) => l.agency.name,
  number: (l) => l.number,
  symbol: (l) => l.symbol,
  place: (l) => l.place,
  'date.day': (l) => l.date.day,
  'date.month': (l) => l.date.month,
  'date.year': (l) => l.date.year,
  urgency: (l) => l.urgency,
  secrecy: (l) => l.secrecy,
  subject: (l) => l.subject,
  recipients: (l) => l.recipients,
  'body.structure': (l) => shape(l.body),
  'body.text': (l) => texts(l.body),
  distribution: (l) => l.distribution,
  'archive.units': (l) => l.archive.units,
  'archive.copies': (l) => l.archive.copies,
  drafter: (l) => l.drafter,
  'signature.authority': (l) => l.signature.authority,
  'signature.delegation': (l) => l.signature.delegation,
  'signature.title': (l) => l.signature.title,
  'signature.signer': (l) => l.signature.signer,
};

/** Empty as the model writes "not in the text". */
export const isEmpty = (v: unknown): boolean => v === null || v === '' || (Array.isArray(v) && v.length === 0);
