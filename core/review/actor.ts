// Who does a review action and when. The author comes from the local profile (Settings.reviewer);
// time is passed in, never read from a clock here, so the model stays pure and testable.
import { err, ok } from '../result';
import type { Result } from '../result';
import type { Letter } from '../letter/types';
import type { Review, ReviewAuthor } from './schema';

export interface ReviewActor {
  author: ReviewAuthor;
  /** ISO 8601 time of the action. */
  now: string;
}

/** The author of review actions from the local profile; a clear message when it is not set up. */
export function authorFromProfile(profile: { name: string; title: string } | null | undefined): Result<ReviewAuthor, string> {
  const name = (profile?.name ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const title = (profile?.title ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name === '') return err('Chưa có họ tên người góp ý: hãy nhập họ tên và chức vụ trong Cài đặt… › Người góp ý.');
  return ok({ name, title });
}

export const emptyReview = (): Review => ({ comments: [], suggestions: [], opinions: [] });

export const reviewOf = (letter: Letter): Review => letter.review ?? emptyReview();

export const withReview = (letter: Letter, review: Review): Letter => ({ ...letter, review });

/** The next free id with a prefix ("c1", "c2"…): short, stable in files, unique within the draft. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  let max = 0;
  for (const id of taken) {
    const m = /^(\D+)(\d+)$/.exec(id);
    if (m && m[1] === prefix) max = Math.max(max, Number(m[2]));
  }
  return `${prefix}${max + 1}`;
}

/** A display name for an author: "Trần Văn An (Chánh Văn phòng)". */
export const authorLabel = (a: ReviewAuthor): string => (a.title ? `${a.name} (${a.title})` : a.name);

export const sameAuthor = (a: ReviewAuthor, b: ReviewAuthor): boolean => a.name === b.name && a.title === b.title;
