// What the importer's form tests share: a text imported (or the test fails with the importer's own
// message), and a body as levels and texts to compare trees at a glance.
import { importText } from '../../../core/importer';
import type { ImportResult } from '../../../core/importer';
import type { Block } from '../../../core/letter/types';
import { parseArchive } from '../../../core/importer/archive';
import { Notes } from '../../../core/importer/notes';

export const read = (text: string): ImportResult => {
  const r = importText(text, { fallbackYear: 2099 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** The parts a form test's letter is built from. */
export interface LetterParts {
  head: string;
  number: string;
  greeting: string;
  body: string;
  footer: string;
}

/** A letter typed cleanly from the given parts; each test swaps in the part it is about. */
export const letterFrom =
  (defaults: LetterParts) =>
  (parts: Partial<LetterParts>): string =>
    `${parts.head ?? defaults.head}\n${parts.number ?? defaults.number}\n\n${parts.greeting ?? defaults.greeting}\n\n${parts.body ?? defaults.body}\n\n${parts.footer ?? defaults.footer}`;

/** "p: text" for a paragraph, { "clause T: text": children } for an item ("T": titled). */
export const tree = (blocks: readonly Block[]): unknown =>
  blocks.map((b) => {
    const text = b.content.map((r) => r.text).join('');
    return b.kind === 'paragraph' ? `p: ${text}` : { [`${b.level}${b.title ? ' T' : ''}: ${text}`]: tree(b.children) };
  });

/** One archive line read against the letter's symbol, with the notes it gave. */
export const readArchive = (line: string, symbol: string) => {
  const notes = new Notes();
  return { ...parseArchive(line, notes, { symbol }), notes: notes.list };
};
