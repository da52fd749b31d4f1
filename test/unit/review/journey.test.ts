// The review journey of issue 7, end to end on the model: a reviewer comments, suggests one insertion
// and one deletion and gives an opinion; the drafter accepts one, rejects the other, resolves the
// comment; the draft is saved and reopens through parseDraft with all of that history.
import { describe, expect, it } from 'vitest';
import { parseDraft, sampleLetter, serializeLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';
import type { Result } from '../../../core/result';
import {
  acceptSuggestion,
  addComment,
  authorFromProfile,
  currentOpinions,
  giveOpinion,
  partText,
  rejectSuggestion,
  replyToComment,
  resolveComment,
  reviewDecorations,
  suggestDeletion,
  suggestInsertion,
} from '../../../core/review';
import type { ReviewActor } from '../../../core/review';

const must = <T>(r: Result<T, string>): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

const leader: ReviewActor = { author: { name: 'Trần Văn An', title: 'Chánh Văn phòng' }, now: '2024-03-05T08:00:00.000Z' };
const drafter: ReviewActor = { author: { name: 'Phạm Hà', title: 'Chuyên viên' }, now: '2024-03-05T10:00:00.000Z' };

describe('review journey', () => {
  it('carries comments, suggestions, an opinion and the drafter’s decisions through save and reopen', () => {
    let letter: Letter = sampleLetter();
    const path = 'body.0.content';
    const original = partText(letter, path)!;
    const quoted = 'Bộ Thông tin và Truyền thông';
    const qStart = original.indexOf(quoted);

    // Reviewer
    const commented = must(addComment(letter, leader, { path, range: { start: qStart, end: qStart + quoted.length } }, 'Ghi rõ tên cơ quan gửi văn bản.'));
    letter = commented.letter;
    const insertAt = original.indexOf('về việc');
    const ins = must(suggestInsertion(letter, leader, path, insertAt, '(Cục An toàn thông tin) '));
    letter = ins.letter;
    const delWords = ' trong dịp Lễ 30/4 và 01/5';
    const delStart = original.indexOf(delWords);
    const del = must(suggestDeletion(letter, leader, path, delStart, delStart + delWords.length));
    letter = del.letter;
    letter = must(giveOpinion(letter, leader, 'y-kien-khac', 'Đề nghị bổ sung thời hạn báo cáo.'));
    // Suggesting does not touch the text.
    expect(partText(letter, path)).toBe(original);
    expect(reviewDecorations(letter).map((d) => [d.kind, d.id])).toEqual([['comment', 'c1'], ['insert', 's1'], ['delete', 's2']]);

    // Drafter
    letter = must(rejectSuggestion(letter, drafter, ins.id));
    letter = must(acceptSuggestion(letter, drafter, del.id));
    letter = must(replyToComment(letter, drafter, commented.id, 'Đã ghi rõ.'));
    letter = must(resolveComment(letter, drafter, commented.id));
    expect(partText(letter, path)).toBe(original.replace(delWords, ''));
    expect(reviewDecorations(letter)).toEqual([]);

    // Save, reopen.
    const reopened = parseDraft(serializeLetter(letter));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    const back = reopened.value.letter;
    expect(back).toEqual(letter);
    const review = back.review!;
    expect(partText(back, path)).toBe(original.replace(delWords, ''));
    expect(review.suggestions.map((s) => [s.kind, s.status, s.decided?.by.name, s.decided?.at])).toEqual([
      ['insert', 'rejected', 'Phạm Hà', drafter.now],
      ['delete', 'accepted', 'Phạm Hà', drafter.now],
    ]);
    expect(review.suggestions[0]!.author).toEqual(leader.author);
    expect(review.suggestions[0]!.createdAt).toBe(leader.now);
    const comment = review.comments[0]!;
    expect(comment).toMatchObject({ text: 'Ghi rõ tên cơ quan gửi văn bản.', resolved: true, resolvedBy: { by: drafter.author, at: drafter.now } });
    expect(comment.anchor.quote).toBe(quoted);
    expect(comment.replies.map((r) => [r.author.name, r.text])).toEqual([['Phạm Hà', 'Đã ghi rõ.']]);
    expect(currentOpinions(review)).toEqual([{ author: leader.author, createdAt: leader.now, verdict: 'y-kien-khac', text: 'Đề nghị bổ sung thời hạn báo cáo.' }]);
  });

  it('opens a draft written before review fields existed, and one with only the first review fields', () => {
    const plain = parseDraft(serializeLetter(sampleLetter()));
    expect(plain.ok && plain.value.letter.review).toBeUndefined();
    const firstFormat = {
      ...sampleLetter(),
      review: {
        comments: [{ id: 'c1', author: { name: 'An' }, createdAt: '2024-01-01T00:00:00Z', anchor: { path: 'subject' }, text: 'x' }],
        suggestions: [{ id: 's1', author: { name: 'An' }, createdAt: '2024-01-01T00:00:00Z', kind: 'delete', anchor: { path: 'subject', start: 0, end: 4 }, text: 'tăng' }],
      },
    };
    const r = parseDraft(JSON.stringify(firstFormat));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.letter.review).toMatchObject({ comments: [{ replies: [], resolved: false, author: { title: '' } }], suggestions: [{ status: 'pending' }], opinions: [] });
  });

  it('refuses review actions without a profile name, and empty texts, in Vietnamese', () => {
    expect(authorFromProfile({ name: '  ', title: 'Chánh Văn phòng' })).toEqual({ ok: false, error: expect.stringContaining('Cài đặt') });
    expect(authorFromProfile({ name: ' Trần  Văn An ', title: 'Chánh Văn phòng' })).toEqual({ ok: true, value: { name: 'Trần Văn An', title: 'Chánh Văn phòng' } });
    const letter = sampleLetter();
    expect(addComment(letter, leader, { path: 'subject' }, '  ').ok).toBe(false);
    expect(addComment(letter, leader, { path: 'body.99.content' }, 'x')).toEqual({ ok: false, error: expect.stringContaining('body.99.content') });
    expect(suggestDeletion(letter, leader, 'subject', 3, 3).ok).toBe(false);
    expect(giveOpinion(letter, leader, 'y-kien-khac', '').ok).toBe(false);
    expect(giveOpinion(letter, leader, 'dong-y', '').ok).toBe(true);
  });
});
