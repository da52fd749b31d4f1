// Anchors and accepted changes: the other comments and suggestions of a part keep pointing at the
// same words when a change is accepted, and anchors are found again after the drafter edits.
import { describe, expect, it } from 'vitest';
import { para, run, sampleLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';
import type { Result } from '../../../core/result';
import {
  acceptAll,
  acceptSuggestion,
  addComment,
  locateAnchor,
  partText,
  rejectAll,
  replaceInPart,
  reviewOf,
  reviewDecorations,
  spliceRuns,
  suggestDeletion,
  suggestInsertion,
  suggestReplacement,
} from '../../../core/review';
import type { ReviewActor } from '../../../core/review';

const must = <T>(r: Result<T, string>): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const leader: ReviewActor = { author: { name: 'Trần Văn An', title: 'Chánh Văn phòng' }, now: '2024-03-05T08:00:00.000Z' };
const drafter: ReviewActor = { author: { name: 'Phạm Hà', title: '' }, now: '2024-03-05T09:00:00.000Z' };

function letterWith(subject: string): Letter {
  return { ...sampleLetter(), subject };
}
const range = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('spliceRuns', () => {
  const runs = [run('Kính '), run('gửi', { bold: true }), run(' các sở')];
  it('keeps marks of the run the insertion lands in and drops emptied runs', () => {
    expect(spliceRuns(runs, 8, 8, 'X')).toEqual([run('Kính '), run('gửiX', { bold: true }), run(' các sở')]);
    expect(spliceRuns(runs, 0, 0, 'A ')).toEqual([run('A Kính '), run('gửi', { bold: true }), run(' các sở')]);
    expect(spliceRuns(runs, 5, 8, '')).toEqual([run('Kính '), run(' các sở')]);
    expect(spliceRuns(runs, 3, 10, '')).toEqual([run('Kín'), run('ác sở')]);
    expect(spliceRuns(runs, 15, 15, '.')).toEqual([run('Kính '), run('gửi', { bold: true }), run(' các sở.')]);
    expect(spliceRuns([run('x', { italic: true })], 0, 1, '')).toEqual([run('', { italic: true })]);
  });
  it('edits nested body items through their path', () => {
    const letter = must(replaceInPart(sampleLetter(), 'body.2.children.1.content', 0, 7, 'Đề nghị'));
    expect(partText(letter, 'body.2.children.1.content')!.startsWith('Đề nghị các đơn vị')).toBe(true);
    expect(replaceInPart(sampleLetter(), 'body.2.children.9.content', 0, 0, 'x').ok).toBe(false);
    expect(replaceInPart(sampleLetter(), 'subject', 0, 999, 'x')).toEqual({ ok: false, error: expect.stringContaining('Trích yếu') });
  });
});

describe('accepting moves the other anchors of the part', () => {
  const subject = 'tăng cường đảm bảo an toàn thông tin mạng dịp Lễ 30/4 và 01/5';

  it('shifts a later comment and suggestion by the inserted length', () => {
    let l = letterWith(subject);
    const c = must(addComment(l, leader, { path: 'subject', range: range(subject, 'dịp Lễ') }, 'Ghi đủ.'));
    l = c.letter;
    const ins = must(suggestInsertion(l, leader, 'subject', subject.indexOf('an toàn'), 'bảo đảm '));
    l = ins.letter;
    const del = must(suggestDeletion(l, leader, 'subject', range(subject, ' và 01/5').start, subject.length));
    l = must(acceptSuggestion(del.letter, drafter, ins.id));
    expect(l.subject).toBe('tăng cường đảm bảo bảo đảm an toàn thông tin mạng dịp Lễ 30/4 và 01/5');
    const review = reviewOf(l);
    const comment = review.comments[0]!;
    expect(l.subject.slice(comment.anchor.start, comment.anchor.end)).toBe('dịp Lễ');
    const d = review.suggestions.find((s) => s.id === del.id)!;
    expect(l.subject.slice(d.anchor.start, d.anchor.end)).toBe(' và 01/5');
    l = must(acceptSuggestion(l, drafter, del.id));
    expect(l.subject).toBe('tăng cường đảm bảo bảo đảm an toàn thông tin mạng dịp Lễ 30/4');
  });

  it('closes a pending deletion whose words an accepted deletion already removed', () => {
    let l = letterWith(subject);
    const wide = must(suggestDeletion(l, leader, 'subject', range(subject, 'đảm bảo an toàn').start, range(subject, 'đảm bảo an toàn').end));
    const narrow = must(suggestDeletion(wide.letter, { ...leader, author: { name: 'Lê B', title: '' } }, 'subject', range(subject, 'an toàn').start, range(subject, 'an toàn').end));
    const partial = must(suggestDeletion(narrow.letter, leader, 'subject', range(subject, 'toàn thông').start, range(subject, 'toàn thông').end));
    l = must(acceptSuggestion(partial.letter, drafter, wide.id));
    const byId = (id: string) => reviewOf(l).suggestions.find((s) => s.id === id)!;
    expect(byId(narrow.id)).toMatchObject({ status: 'rejected', decided: { auto: true } });
    // Only " thông" of "toàn thông" is left to delete.
    expect(byId(partial.id)).toMatchObject({ status: 'pending', text: ' thông' });
    expect(l.subject.slice(byId(partial.id).anchor.start, byId(partial.id).anchor.end)).toBe(' thông');
  });

  it('a replacement is a deletion then an insertion at its end; accepting both replaces the words', () => {
    const l = must(suggestReplacement(letterWith(subject), leader, 'subject', range(subject, 'đảm bảo').start, range(subject, 'đảm bảo').end, 'bảo đảm'));
    const all = acceptAll(l.letter, drafter);
    expect(all.failures).toEqual([]);
    expect(all.letter.subject).toBe('tăng cường bảo đảm an toàn thông tin mạng dịp Lễ 30/4 và 01/5');
    expect(reviewDecorations(all.letter)).toEqual([]);
  });

  it('reports a suggestion whose words the drafter has since rewritten, and rejects all', () => {
    const d = must(suggestDeletion(letterWith(subject), leader, 'subject', 0, 10));
    const edited = { ...d.letter, subject: 'nâng cao đảm bảo an toàn' };
    const r = acceptSuggestion(edited, drafter, d.id);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('đã thay đổi') });
    const all = acceptAll(edited, drafter);
    expect(all.done).toEqual([]);
    expect(all.failures).toHaveLength(1);
    const rejected = rejectAll(edited, drafter);
    expect(reviewOf(rejected.letter).suggestions[0]).toMatchObject({ status: 'rejected', decided: { by: drafter.author } });
    expect(acceptSuggestion(rejected.letter, drafter, d.id).ok).toBe(false);
  });
});

describe('locateAnchor after the drafter edits', () => {
  it('finds a comment again after a block is inserted above and words are added before it', () => {
    const base = sampleLetter();
    const text = partText(base, 'body.2.children.0.content')!;
    const c = must(addComment(base, leader, { path: 'body.2.children.0.content', range: range(text, 'trực giám sát') }, 'Rõ hơn.'));
    const clause = c.letter.body[2];
    if (clause?.kind !== 'item') throw new Error('sample changed');
    const point = clause.children[0]!;
    const edited: Letter = {
      ...c.letter,
      body: [para('Đoạn mới.'), c.letter.body[0]!, c.letter.body[1]!, { ...clause, children: [{ ...point, content: [run('Ngay lập tức: '), ...point.content] }, ...clause.children.slice(1)] }, ...c.letter.body.slice(3)],
    };
    const at = locateAnchor(edited, reviewOf(edited).comments[0]!.anchor);
    expect(at.state).toBe('moved');
    expect(at.path).toBe('body.3.children.0.content');
    expect(partText(edited, at.path)!.slice(at.start, at.end)).toBe('trực giám sát');
    // A suggestion follows its words the same way and can still be accepted.
    const ins = must(suggestInsertion(base, leader, 'body.2.children.0.content', range(text, '24/7').start, 'suốt '));
    const moved: Letter = { ...ins.letter, body: [para('Đoạn mới.'), ...ins.letter.body] };
    const accepted = must(acceptSuggestion(moved, drafter, ins.id));
    expect(partText(accepted, 'body.3.children.0.content')).toContain('mạng suốt 24/7');
  });

  it('marks an anchor lost when its words are gone, and leaves it off the page highlights', () => {
    const c = must(addComment(letterWith('tăng cường an toàn'), leader, { path: 'subject', range: { start: 0, end: 9 } }, 'x'));
    const gone = { ...c.letter, subject: 'hoàn toàn khác' };
    expect(locateAnchor(gone, reviewOf(gone).comments[0]!.anchor).state).toBe('lost');
    expect(reviewDecorations(gone)).toEqual([]);
  });
});
