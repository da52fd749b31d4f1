// The e-signature stamp a provincial gateway prints over a letter's first lines: its holder's name.
import { blankLine } from './lines';
import type { SourceLine } from './lines';
import type { Notes } from './notes';
import { isUpperText } from './text';

const EMAIL_ALONE = /^\s*[\w.-]+@[\w-]+(?:\.[\w-]+)+\s*$/u;
/** "Ệ DI 1ERLECR 8ov.vn": the same email as OCR read it off a scan, its "@" lost; only its domain's end holds. */
const EMAIL_AS_READ = /^\s*(?:\S+\s+){0,3}\S*\.vn\s*$/u;

/**
 * "TRUNG TÂM CÔNG" / "BÁO VÀ TIN HỌC" / "ttcbth@quangngai.gov.vn" / "24.01.2025 20:01:14" / "+07:00": text
 * taken from a PDF the gateway signed opens with its stamp; the time lines go as e-signature noise, the
 * email alone on its line with them. The lines in capitals above that email, the first of the text, are the
 * stamp holder's name, not the issuing agency.
 */
export function dropStampHolder(lines: SourceLine[], eSignature: boolean, notes: Notes): void {
  if (!eSignature) return;
  const filled = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.runs === null && l.raw.trim() !== '').slice(0, 5);
  const at = filled.findIndex(({ l }) => EMAIL_ALONE.test(l.raw) || EMAIL_AS_READ.test(l.raw));
  if (at < 1 || at > 3) return;
  const above = filled.slice(0, at);
  if (!above.every(({ l }) => isUpperText(l.raw.trim()))) return;
  for (const { l, i } of [...above, filled[at] as { l: SourceLine; i: number }]) {
    notes.add('document', 'dropped', `Dòng ${l.no}: bỏ tên và thư điện tử của đơn vị ký số in trên dấu chữ ký số.`, l.raw.trim());
    lines[i] = blankLine(l);
  }
}
