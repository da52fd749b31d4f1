// Versions of a draft: record one at a save (time, author, note, snapshot of the content), list
// them, and restore one. A snapshot holds the letter without its own review and versions, so
// versions do not nest; restoring goes through restoreLetter, the one door every draft enters by.
import { err, ok } from '../result';
import type { Result } from '../result';
import { restoreLetter } from '../letter/restore';
import type { Letter } from '../letter/types';
import { nextId } from './actor';
import type { ReviewActor } from './actor';
import type { VersionEntry } from './schema';

/** The content of a letter without the history that travels with it. */
export function contentOf(letter: Letter): Letter {
  const { review: _review, versions: _versions, ...content } = letter;
  return content;
}

export const versionsOf = (letter: Letter): VersionEntry[] => letter.versions ?? [];

export function recordVersion(letter: Letter, actor: ReviewActor, note: string): { letter: Letter; id: string } {
  const versions = versionsOf(letter);
  const id = nextId('v', versions.map((v) => v.id));
  const snapshot = JSON.parse(JSON.stringify(contentOf(letter))) as Record<string, unknown>;
  const entry: VersionEntry = { id, createdAt: actor.now, author: actor.author, note: note.normalize('NFC').trim(), snapshot };
  return { letter: { ...letter, versions: [...versions, entry] }, id };
}

/** The letter a version holds, validated as any draft is. */
export function versionLetter(letter: Letter, id: string): Result<Letter, string> {
  const entry = versionsOf(letter).find((v) => v.id === id);
  if (!entry) return err(`Không tìm thấy phiên bản "${id}".`);
  const restored = restoreLetter(entry.snapshot);
  if (!restored.ok) return err(`Phiên bản ${id} bị hỏng, không khôi phục được: ${restored.error.messages.join('; ')}`);
  return ok(contentOf(restored.value.letter));
}

/**
 * Restores a version's content. The current content is recorded first as a version of its own,
 * so restoring never loses work; the review (comments, suggestions, opinions) and the version list
 * stay with the draft.
 */
export function restoreVersion(letter: Letter, actor: ReviewActor, id: string): Result<{ letter: Letter; savedAs: string }, string> {
  const content = versionLetter(letter, id);
  if (!content.ok) return content;
  const saved = recordVersion(letter, actor, `Tự động lưu trước khi khôi phục phiên bản ${id}`);
  const next: Letter = { ...content.value, ...(letter.review ? { review: letter.review } : {}), versions: saved.letter.versions };
  return ok({ letter: next, savedAs: saved.id });
}
