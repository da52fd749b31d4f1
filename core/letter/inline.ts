// Small constructors so code that builds letters (sample, importer, templates, tests) stays readable.
import type { Block, Inline, ItemBlock, ItemLevel, ParagraphBlock } from './types';

export const run = (text: string, marks: Partial<Omit<Inline, 'text'>> = {}): Inline => ({
  text,
  bold: marks.bold ?? false,
  italic: marks.italic ?? false,
  underline: marks.underline ?? false,
});

export const para = (text: string | Inline[]): ParagraphBlock => ({
  kind: 'paragraph',
  content: typeof text === 'string' ? [run(text)] : text,
});

export const item = (level: ItemLevel, text: string | Inline[], children: Block[] = [], title = false): ItemBlock => ({
  kind: 'item',
  level,
  title,
  content: typeof text === 'string' ? [run(text)] : text,
  children,
});

/** The plain text of a run list (marks dropped). */
export const plainText = (content: readonly Inline[]): string => content.map((r) => r.text).join('');
