// checkDocx: the format rules on any DOCX (made in Word, say). Reads with core/ooxml, identifies the
// parts by their words and position, and reports findings with "paragraph N" paths.
import { readDocxPackage } from '../../ooxml/package';
import { err, ok } from '../../result';
import type { Result } from '../../result';
import type { Finding } from '../types';
import { identify } from './identify';
import { PAGE_RULES } from './page-rules';
import { PART_RULES } from './part-rules';
import { readDocx } from './read';
import { TEXT_RULES } from './text-rules';
import type { DocxRule } from './types';

export const DOCX_RULES: readonly DocxRule[] = [...PAGE_RULES, ...PART_RULES, ...TEXT_RULES];

export async function checkDocx(bytes: Uint8Array): Promise<Result<Finding[], string>> {
  const pkg = await readDocxPackage(bytes);
  if (!pkg.ok) return err(pkg.error);
  const model = readDocx(pkg.value);
  const parts = identify(model.paragraphs);
  const findings: Finding[] = [];
  for (const rule of DOCX_RULES) {
    for (const hit of rule.check(model, parts)) {
      findings.push({ rule: rule.id, severity: hit.severity ?? rule.severity, message: hit.message, cite: hit.cite ?? rule.cite, path: hit.path });
    }
  }
  return ok(findings);
}
