// Shared by the checker's tests: the sample letter as the clean baseline, a fixed "today", and a
// way to make one deliberate mistake in a copy of it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDraft, sampleLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';
import { checkLetter } from '../../../core/check';
import type { CalendarDate, Finding } from '../../../core/check';

export const TODAY: CalendarDate = { year: 2022, month: 4, day: 25 };

/** A copy of the sample letter with one change made by `edit`. */
export function mutate(edit: (l: Letter) => void): Letter {
  const letter = structuredClone(sampleLetter());
  edit(letter);
  return letter;
}

export const findingsOf = (letter: Letter, rule?: string, today: CalendarDate = TODAY): Finding[] =>
  checkLetter(letter, { today }).filter((f) => rule === undefined || f.rule === rule);

export function loadDraft(file: string): Letter {
  const restored = parseDraft(readFileSync(file, 'utf8'));
  if (!restored.ok) throw new Error(`${file}: ${restored.error.messages.join('; ')}`);
  return restored.value.letter;
}

/** Every *.vanthu under a folder (none when the folder does not exist yet). */
export function draftsIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.vanthu'))
      .sort()
      .map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}
