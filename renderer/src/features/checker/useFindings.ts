// Findings that follow the letter as the clerk types: computed at once on mount, then again a short
// while after the last change, so a burst of keystrokes costs one check (a check takes ~1 ms on a
// 10-page letter, but the panel re-renders a list).
import { useEffect, useState } from 'react';
import { checkLetter } from '../../../../core/check';
import type { CheckOptions, Finding } from '../../../../core/check';
import type { Letter } from '../../../../core/letter';

export const DEBOUNCE_MS = 200;

export function useFindings(letter: Letter, options: CheckOptions): { findings: Finding[]; stale: boolean } {
  const [state, setState] = useState(() => ({ letter, stage: options.stage, findings: checkLetter(letter, options) }));
  const { year, month, day } = options.today;
  const stage = options.stage;
  useEffect(() => {
    if (state.letter === letter && state.stage === stage) return undefined;
    const timer = setTimeout(() => setState({ letter, stage, findings: checkLetter(letter, { today: { year, month, day }, ...(stage ? { stage } : {}) }) }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [letter, stage, year, month, day, state.letter, state.stage]);
  return { findings: state.findings, stale: state.letter !== letter || state.stage !== stage };
}
