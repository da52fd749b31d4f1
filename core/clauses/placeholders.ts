// {{name}} / {{name|form}} placeholders in clause and template text: finding them and filling them.
// Filling never loses marks: each run is filled on its own, so bold stays bold.
import type { Block, Inline } from '../letter/types';
import type { VariableDef } from './variables';
import { renderValue, unfilledMarker } from './variables';

export const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*(?:\|\s*([a-z-]+)\s*)?\}\}/g;

export interface PlaceholderUse {
  name: string;
  form: string | undefined;
}

export function placeholdersIn(text: string): PlaceholderUse[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1] as string, form: m[2] }));
}

/** Every text of a block tree, in document order. */
export function blockTexts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const walk = (bs: readonly Block[]) => {
    for (const b of bs) {
      for (const r of b.content) out.push(r.text);
      if (b.kind === 'item') walk(b.children);
    }
  };
  walk(blocks);
  return out;
}

export interface FillReport {
  /** Variables that had no value (left as «label»). */
  unfilled: string[];
  /** Values that did not read as their type, Vietnamese. */
  problems: string[];
}

export type Defs = ReadonlyMap<string, VariableDef>;

export function fillText(text: string, defs: Defs, values: Readonly<Record<string, string>>, report: FillReport): string {
  return text.replace(PLACEHOLDER, (whole, name: string, form: string | undefined) => {
    const def = defs.get(name);
    if (!def) return whole; // unknown: left visible; `library check` reports it
    const r = renderValue(def, values[name], form);
    if (!r.ok) report.problems.push(r.error);
    if (!r.ok || r.value === null) {
      if (!report.unfilled.includes(name)) report.unfilled.push(name);
      return unfilledMarker(def);
    }
    return r.value;
  });
}

export function fillInlines(content: readonly Inline[], defs: Defs, values: Readonly<Record<string, string>>, report: FillReport): Inline[] {
  return content.map((r) => ({ ...r, text: fillText(r.text, defs, values, report) }));
}

export function fillBlocks(blocks: readonly Block[], defs: Defs, values: Readonly<Record<string, string>>, report: FillReport): Block[] {
  return blocks.map((b) => {
    const content = fillInlines(b.content, defs, values, report);
    return b.kind === 'item' ? { ...b, content, children: fillBlocks(b.children, defs, values, report) } : { ...b, content };
  });
}

export const emptyReport = (): FillReport => ({ unfilled: [], problems: [] });
