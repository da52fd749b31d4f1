// What our body nodes carry beyond their text, as Lexical node state (cloned, compared and
// serialised by Lexical itself, so copy/paste inside the editor and undo keep it).
import { createState } from 'lexical';
import { ClauseRefSchema } from '../../../../core/letter/extensions/clause-ref';
import type { ClauseRef } from '../../../../core/letter/extensions/clause-ref';
import { ITEM_LEVELS } from '../../../../core/letter/types';
import type { ItemLevel } from '../../../../core/letter/types';

/** Number of enclosing items (see outline.ts). */
export const depthState = createState('vtDepth', {
  parse: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 64 ? v : 0),
});

export const levelState = createState('vtLevel', {
  parse: (v): ItemLevel => ((ITEM_LEVELS as readonly unknown[]).includes(v) ? (v as ItemLevel) : 'clause'),
});

export const titleState = createState('vtTitle', { parse: (v) => v === true });

/** Provenance of a block inserted from a clause library; null for typed text. */
export const clauseState = createState('vtClause', {
  parse: (v): ClauseRef | null => {
    const parsed = ClauseRefSchema.safeParse(v);
    return parsed.success ? parsed.data : null;
  },
  isEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
});

export const blockStateConfigs = [
  { stateConfig: depthState, flat: true },
  { stateConfig: clauseState, flat: true },
] as const;
