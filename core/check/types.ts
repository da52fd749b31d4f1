// The checker's vocabulary. A rule is a plain value { id, cite, severity, check, fix? } so the list of
// rules is data: the CLI, the editor panel and the phiếu kiểm tra all read the same table.
import type { Letter } from '../letter/types';
import type { BodyIndex } from './context';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One deviation from Decree 30, where it is, why (the citation) and how to fix it when mechanical. */
export interface Finding {
  /** Rule id, e.g. "subject-final-stop". */
  rule: string;
  severity: Severity;
  /** Vietnamese, names the field and the offending text. */
  message: string;
  /** Where the Decree says so: "Phụ lục I, mục II.5.b", "Điều 15". */
  cite: string;
  /** Field path in the draft ("subject", "recipients.1", "body.3.children.0") or "đoạn 12" in a DOCX. */
  path: string;
  /** Short Vietnamese description of the mechanical fix, present only when applyFix can make it. */
  fix?: string;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface CheckOptions {
  /** The day of checking. A parameter, not the clock, so that a check is reproducible. */
  today: CalendarDate;
  /**
   * 'draft' (default): a pending number or date is normal and only noted. 'issue': the letter is
   * about to be released, so what is still pending is a warning.
   */
  stage?: 'draft' | 'issue';
}

export interface CheckContext {
  today: CalendarDate;
  stage: 'draft' | 'issue';
  body: BodyIndex;
}

/** What a rule's check reports; checkLetter adds the rule id, citation and default severity. */
export interface Hit {
  path: string;
  message: string;
  /** Overrides the rule's default severity for this hit. */
  severity?: Severity;
  /** Overrides the rule's citation for this hit (a rule may rest on two places of the Decree). */
  cite?: string;
  /** Description of the fix; only set when the rule's fix() can repair this very hit. */
  fix?: string;
}

export interface LetterRule {
  id: string;
  /** Short Vietnamese name, for the phiếu kiểm tra. */
  title: string;
  cite: string;
  severity: Severity;
  check(letter: Letter, ctx: CheckContext): Hit[];
  /**
   * Repairs the hit at `path`. Pure; returns the letter unchanged when there is nothing to repair
   * (so applying a fix twice is harmless).
   */
  fix?(letter: Letter, path: string): Letter;
}
