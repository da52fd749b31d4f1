// Draft files: the text that is written (canonical, NFC), names, and reading a draft through
// restoreLetter so a corrupt or newer-version file is refused with its own Vietnamese messages.
import { parseDraft, serializeLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter/types';
import type { Result } from '../../../core/result';
import { err, ok } from '../../../core/result';

/** Every string NFC (header fields keep raw text mid-composition; the file never does). */
export function normalizeLetter(letter: Letter): Letter {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.normalize('NFC');
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(letter) as Letter;
}

export function draftText(letter: Letter): string {
  return serializeLetter(normalizeLetter(letter));
}

export interface ReadDraft {
  letter: Letter;
  warnings: string[];
}

export function readDraft(text: string): Result<ReadDraft, string[]> {
  const parsed = parseDraft(text);
  return parsed.ok ? ok({ letter: parsed.value.letter, warnings: parsed.value.warnings }) : err(parsed.error.messages);
}

/** A file name from the subject: "V/v tăng cường…" → "tang-cuong-…" is unfriendly; keep Vietnamese, drop unsafe marks. */
export function suggestedName(letter: Letter, extension: '.vanthu' | '.docx'): string {
  const number = letter.number === null ? '' : `${letter.number}-`;
  const symbol = letter.symbol.replace(/[\\/:*?"<>|]+/g, '-');
  const base = `${number}${symbol}`.replace(/^-+|-+$/g, '') || 'cong-van';
  return `${base}${extension}`;
}
