// A rule on a DOCX: same shape as a rule on a draft, reading the package instead of the Letter.
import type { Hit, Severity } from '../types';
import type { Identified } from './identify';
import type { DocxModel } from './read';

export interface DocxRule {
  id: string;
  title: string;
  cite: string;
  severity: Severity;
  check(model: DocxModel, parts: readonly Identified[]): Hit[];
}
