// The writer's own guard: a Letter may reach exportDocx without passing restoreLetter (the editor
// builds one in memory), so every string is made XML-safe and NFC here. A dropped character is
// reported with the field it was in; the file itself can never be corrupt.
import type { Letter } from '../letter/types';
import { sanitizeText } from '../text/sanitize';

/** Fields whose line breaks are the author's (they become separate lines in the header/signature). */
const MULTILINE = /^(agency\.(name|parent)|signature\.(authority|delegation|title))$/;
/** Not exported: the review, versions and import notes of the draft. */
const NOT_EXPORTED = new Set(['review', 'versions', 'importNotes']);

function clean(value: unknown, path: string, warnings: string[]): unknown {
  if (typeof value === 'string') {
    const { text, removed } = sanitizeText(value, { allowNewlines: MULTILINE.test(path) });
    if (removed > 0) warnings.push(`${path}: đã bỏ ${removed} ký tự không hợp lệ trong XML khi xuất DOCX.`);
    return text;
  }
  if (Array.isArray(value)) return value.map((v, i) => clean(v, `${path}.${i}`, warnings));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (path === '' && NOT_EXPORTED.has(k)) continue;
      out[k] = clean(v, path ? `${path}.${k}` : k, warnings);
    }
    return out;
  }
  return value;
}

export function cleanLetter(letter: Letter): { letter: Letter; warnings: string[] } {
  const warnings: string[] = [];
  const cleaned = clean(letter, '', warnings) as Letter;
  return { letter: cleaned, warnings };
}
