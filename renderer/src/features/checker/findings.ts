// Pure helpers of the checker panel, kept out of the component so the shell and tests can use them.
import { checkLetter } from '../../../../core/check';
import type { CalendarDate, Finding, Severity } from '../../../../core/check';
import type { Letter } from '../../../../core/letter';

export function calendarDate(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The errors the shell warns about before exporting ("export anyway?"). */
export function errorsBeforeExport(letter: Letter, now: Date = new Date()): Finding[] {
  return checkLetter(letter, { today: calendarDate(now), stage: 'issue' }).filter((f) => f.severity === 'error');
}

export type Grouped = Record<Severity, Finding[]>;

export function groupBySeverity(findings: readonly Finding[]): Grouped {
  const out: Grouped = { error: [], warning: [], info: [] };
  for (const f of findings) out[f.severity].push(f);
  return out;
}

/** A stable React key: a rule may report several places, and one place several rules. */
export const findingKey = (f: Finding, i: number): string => `${f.rule}|${f.path}|${i}`;
