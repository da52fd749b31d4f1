// The Decree 30 conformance checker: rules on a draft (checkLetter + fixes) and on any DOCX.
export { checkLetter, applyFix, applyAllFixes } from './check-letter';
export type { FixAllResult } from './check-letter';
export { LETTER_RULES, ruleById } from './rules';
export { SEVERITIES } from './types';
export type { CalendarDate, CheckOptions, Finding, LetterRule, Severity } from './types';
export { checkDocx, DOCX_RULES } from './docx/check-docx';
export { buildCheckReport } from './report/phieu';
export type { ReportInput } from './report/phieu';
export { describePath } from './where';
