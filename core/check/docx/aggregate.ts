// A Word document with the wrong font has it in every paragraph; one finding per paragraph would
// bury the reviewer. Problems are grouped: one finding per kind of problem, listing where it occurs.
import type { Hit } from '../types';

export class ProblemGroups {
  private readonly groups = new Map<string, number[]>();

  add(problem: string, paragraph: number): void {
    const list = this.groups.get(problem);
    if (list) list.push(paragraph);
    else this.groups.set(problem, [paragraph]);
  }

  /** One hit per problem: "<label> <problem> (đoạn 12, 13, 15 và 20 đoạn khác)". */
  hits(label: string, extra: Partial<Hit> = {}): Hit[] {
    return [...this.groups].map(([problem, where]) => ({
      path: `paragraph ${where[0]}`,
      message: `${label}: ${problem} (${describeWhere(where)}).`,
      ...extra,
    }));
  }
}

export function describeWhere(paragraphs: readonly number[]): string {
  const shown = paragraphs.slice(0, 6).join(', ');
  const more = paragraphs.length > 6 ? ` và ${paragraphs.length - 6} đoạn khác` : '';
  return `đoạn ${shown}${more}`;
}

export const pt = (halfPoints: number): string => `${String(halfPoints / 2).replace('.', ',')} pt`;
export const mm = (twips: number): number => Math.round((twips * 25.4 * 10) / 1440) / 10;
