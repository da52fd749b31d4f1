// checkLetter runs every rule over a draft; applyFix / applyAllFixes make the mechanical repairs.
// Deterministic: "today" is a parameter, rules are pure, findings come out in the rule table's order.
import type { Letter } from '../letter/types';
import { makeContext } from './context';
import { LETTER_RULES, ruleById } from './rules';
import type { CheckOptions, Finding } from './types';

export function checkLetter(letter: Letter, options: CheckOptions): Finding[] {
  const ctx = makeContext(letter, options.today, options.stage ?? 'draft');
  const findings: Finding[] = [];
  for (const rule of LETTER_RULES) {
    for (const hit of rule.check(letter, ctx)) {
      findings.push({
        rule: rule.id,
        severity: hit.severity ?? rule.severity,
        message: hit.message,
        cite: hit.cite ?? rule.cite,
        path: hit.path,
        ...(hit.fix !== undefined && rule.fix ? { fix: hit.fix } : {}),
      });
    }
  }
  return findings;
}

/** The letter with one finding's mechanical fix applied; the same letter when it has none. */
export function applyFix(letter: Letter, finding: Pick<Finding, 'rule' | 'path' | 'fix'>): Letter {
  const rule = ruleById(finding.rule);
  if (!rule?.fix || finding.fix === undefined) return letter;
  return rule.fix(letter, finding.path);
}

export interface FixAllResult {
  letter: Letter;
  /** The findings whose fixes were applied, in order. */
  applied: Finding[];
}

/** Upper bound on fix rounds: each round fixes one finding; a letter has far fewer fixable findings. */
const MAX_ROUNDS = 200;

/**
 * Applies every mechanical fix. One fix at a time, re-checking after each, because a fix can move
 * what later paths point at (removing "distribution.2" shifts the entries after it).
 */
export function applyAllFixes(letter: Letter, options: CheckOptions): FixAllResult {
  let current = letter;
  const applied: Finding[] = [];
  const inert = new Set<string>();
  // Two rules that disagree would undo each other's fix forever; a fix that leads back to a letter
  // already produced is therefore refused (and its finding left for the clerk).
  const seen = new Set<string>([JSON.stringify(letter)]);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const next = checkLetter(current, options).find((f) => f.fix !== undefined && !inert.has(`${f.rule}@${f.path}@${f.message}`));
    if (!next) break;
    const fixed = applyFix(current, next);
    const state = JSON.stringify(fixed);
    if (fixed === current || seen.has(state)) {
      inert.add(`${next.rule}@${next.path}@${next.message}`);
      continue;
    }
    seen.add(state);
    applied.push(next);
    current = fixed;
  }
  return { letter: current, applied };
}
