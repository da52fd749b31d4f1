// Suggested changes (tracked changes): a reviewer proposes an insertion or a deletion without
// touching the text; the drafter accepts (the change is applied to the letter text) or rejects it.
import { err, ok } from '../result';
import type { Result } from '../result';
import type { Letter } from '../letter/types';
import { nextId, reviewOf, withReview } from './actor';
import type { ReviewActor } from './actor';
import { anchorInText, locateAnchor } from './anchor';
import { findPart, replaceInPart } from './parts';
import { shiftAnchors } from './shift';
import type { Suggestion } from './schema';

function addSuggestion(letter: Letter, actor: ReviewActor, kind: Suggestion['kind'], path: string, start: number, end: number, text: string): Result<{ letter: Letter; id: string }, string> {
  const part = findPart(letter, path);
  if (!part) return err(`Không tìm thấy phần văn bản "${path}" trong bản nháp.`);
  const anchor = anchorInText(part, start, end);
  if (!anchor.ok) return anchor;
  const review = reviewOf(letter);
  const id = nextId('s', review.suggestions.map((s) => s.id));
  const suggestion: Suggestion = { id, author: actor.author, createdAt: actor.now, kind, anchor: anchor.value, text, status: 'pending', origin: 'app' };
  return ok({ letter: withReview(letter, { ...review, suggestions: [...review.suggestions, suggestion] }), id });
}

/** Suggests inserting `text` at `offset` of a part. */
export function suggestInsertion(letter: Letter, actor: ReviewActor, path: string, offset: number, text: string): Result<{ letter: Letter; id: string }, string> {
  const insert = text.normalize('NFC');
  if (insert === '') return err('Nội dung đề xuất thêm không được để trống.');
  return addSuggestion(letter, actor, 'insert', path, offset, offset, insert);
}

/** Suggests deleting [start, end) of a part. */
export function suggestDeletion(letter: Letter, actor: ReviewActor, path: string, start: number, end: number): Result<{ letter: Letter; id: string }, string> {
  if (end <= start) return err('Hãy chọn đoạn chữ đề xuất xoá.');
  const part = findPart(letter, path);
  if (!part) return err(`Không tìm thấy phần văn bản "${path}" trong bản nháp.`);
  return addSuggestion(letter, actor, 'delete', path, start, end, part.text.slice(start, end));
}

/** Suggests replacing [start, end) with `text`: a deletion and an insertion at the same place, as Word records it. */
export function suggestReplacement(letter: Letter, actor: ReviewActor, path: string, start: number, end: number, text: string): Result<{ letter: Letter; ids: string[] }, string> {
  const del = suggestDeletion(letter, actor, path, start, end);
  if (!del.ok) return del;
  const ins = suggestInsertion(del.value.letter, actor, path, end, text);
  if (!ins.ok) return ins;
  return ok({ letter: ins.value.letter, ids: [del.value.id, ins.value.id] });
}

function pendingSuggestion(letter: Letter, id: string): Result<Suggestion, string> {
  const found = reviewOf(letter).suggestions.find((s) => s.id === id);
  if (!found) return err(`Không tìm thấy đề xuất "${id}".`);
  if (found.status !== 'pending') return err(`Đề xuất "${id}" đã được ${found.status === 'accepted' ? 'chấp nhận' : 'từ chối'}.`);
  return ok(found);
}

const describe = (s: Suggestion) => `${s.kind === 'insert' ? 'thêm' : 'xoá'} "${s.text.length > 40 ? `${s.text.slice(0, 40)}…` : s.text}"`;

/**
 * Accepts a suggestion: applies it to the letter text where its anchor is now, then moves the anchors
 * of the other comments and pending suggestions of that part so they still point at the same words.
 */
export function acceptSuggestion(letter: Letter, actor: ReviewActor, id: string): Result<Letter, string> {
  const found = pendingSuggestion(letter, id);
  if (!found.ok) return found;
  const s = found.value;
  const at = locateAnchor(letter, s.anchor);
  if (at.state === 'lost' || at.start === undefined || at.end === undefined) {
    return err(`Không áp dụng được đề xuất ${describe(s)}: đoạn văn được đề xuất đã thay đổi. Hãy sửa trực tiếp rồi từ chối đề xuất.`);
  }
  const [start, end, insert] = s.kind === 'insert' ? [at.start, at.start, s.text] : [at.start, at.end, ''];
  const applied = replaceInPart(letter, at.path, start, end, insert);
  if (!applied.ok) return applied;
  const review = reviewOf(applied.value);
  const decided = { by: actor.author, at: actor.now };
  const marked = {
    ...review,
    suggestions: review.suggestions.map((x) => (x.id === id ? { ...x, status: 'accepted' as const, decided, anchor: { ...x.anchor, path: at.path, start, end } } : x)),
  };
  const shifted = shiftAnchors(letter, withReview(applied.value, marked), { path: at.path, start, end, inserted: insert.length, exceptId: id }, actor);
  return ok(shifted);
}

export function rejectSuggestion(letter: Letter, actor: ReviewActor, id: string): Result<Letter, string> {
  const found = pendingSuggestion(letter, id);
  if (!found.ok) return found;
  const review = reviewOf(letter);
  const decided = { by: actor.author, at: actor.now };
  return ok(withReview(letter, { ...review, suggestions: review.suggestions.map((x) => (x.id === id ? { ...x, status: 'rejected' as const, decided } : x)) }));
}

export interface BulkOutcome {
  letter: Letter;
  done: string[];
  /** Vietnamese, one per suggestion that could not be applied (it stays pending). */
  failures: string[];
}

/** Accepts every pending suggestion in order; those whose text has changed stay pending and are reported. */
export function acceptAll(letter: Letter, actor: ReviewActor): BulkOutcome {
  let current = letter;
  const done: string[] = [];
  const failures: string[] = [];
  for (const s of reviewOf(letter).suggestions) {
    const still = reviewOf(current).suggestions.find((x) => x.id === s.id);
    if (!still || still.status !== 'pending') continue;
    const r = acceptSuggestion(current, actor, s.id);
    if (r.ok) {
      current = r.value;
      done.push(s.id);
    } else failures.push(r.error);
  }
  return { letter: current, done, failures };
}

export function rejectAll(letter: Letter, actor: ReviewActor): BulkOutcome {
  const review = reviewOf(letter);
  const decided = { by: actor.author, at: actor.now };
  const done = review.suggestions.filter((s) => s.status === 'pending').map((s) => s.id);
  const suggestions = review.suggestions.map((s) => (s.status === 'pending' ? { ...s, status: 'rejected' as const, decided } : s));
  return { letter: withReview(letter, { ...review, suggestions }), done, failures: [] };
}
