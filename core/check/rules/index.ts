// Every rule on a draft, in the order findings are listed (top of the page to the bottom).
import type { LetterRule } from '../types';
import { ARCHIVE_RULES } from './archive';
import { BODY_RULES } from './body';
import { CITATION_RULES } from './citation';
import { DATE_RULES } from './dates';
import { LIST_RULES } from './lists';
import { MARK_RULES } from './marks';
import { NAME_RULES } from './names';
import { SIGNATURE_RULES } from './signature';
import { SUBJECT_RULES } from './subject';
import { SYMBOL_RULES } from './symbol';

export const LETTER_RULES: readonly LetterRule[] = [
  ...NAME_RULES,
  ...SYMBOL_RULES,
  ...DATE_RULES,
  ...SUBJECT_RULES,
  ...LIST_RULES,
  ...BODY_RULES,
  ...CITATION_RULES,
  ...MARK_RULES,
  ...SIGNATURE_RULES,
  ...ARCHIVE_RULES,
];

export const ruleById = (id: string): LetterRule | undefined => LETTER_RULES.find((r) => r.id === id);
