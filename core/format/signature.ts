// Signature block (ô 7a/7b, nd30.md §4.8 and §8.2): authority markers TM./KT./TL./TUQ./Q., each an
// upper-case word followed by a full stop and a space, on the line before the title they qualify;
// then the signer's own position; all bold upper case. The signer's name is written as given.
import type { Signature } from '../letter/types';

export const AUTHORITY_MARKERS = ['TM', 'KT', 'TL', 'TUQ', 'Q'] as const;
export type AuthorityMarker = (typeof AUTHORITY_MARKERS)[number];

/** "KT.", "KT", "K.T.", "K/T", "T/M": the ways a marker is typed (an imported letter keeps its own). */
const MARKER_AT_START = /^(T[./]?M|K[./]?T|T[./]?L|TUQ|Q)(?:\s*\.\s*|\s+)(?=\S)/;
const markerName = (typed: string): AuthorityMarker => typed.replace(/[./]/g, '') as AuthorityMarker;

const upper = (s: string): string => s.toLocaleUpperCase('vi').normalize('NFC');

/** The marker a line starts with, if any ("KT. CHỦ TỊCH" → "KT"). */
export function authorityMarkerOf(line: string): AuthorityMarker | null {
  const m = MARKER_AT_START.exec(upper(line.trim()));
  return m ? markerName(m[1] as string) : null;
}

/** "kt chủ tịch" → "KT. CHỦ TỊCH": upper case, the marker's full stop and one space restored. */
export function formatAuthorityLine(line: string): string {
  const u = upper(line.replace(/\s+/g, ' ').trim());
  return u.replace(MARKER_AT_START, (_m, marker: string) => `${markerName(marker)}. `);
}

/**
 * The bold upper-case lines above the signature space: [TM. …] [KT./TL./TUQ./Q. …] [title].
 * A line may itself hold "\n" where the author wants a break (a long position); each part is a line.
 */
export function formatSignatureLines(signature: Signature): string[] {
  const parts = [signature.authority, signature.delegation, signature.title]
    .filter((l): l is string => l !== null)
    .flatMap((l) => l.split('\n'))
    .map(formatAuthorityLine)
    .filter((l) => l.length > 0);
  return parts;
}

/** The signer's name: as typed (title case is the author's), spaces collapsed. */
export function formatSignerName(signer: string): string {
  return signer.replace(/\s+/g, ' ').trim();
}
