// What the page marks for the clerk: import notes on fields, open review items; zone-wide notes
// have no single place and are left to the notes panel. Dismissing notes is one letter change.
import { describe, expect, it } from 'vitest';
import { sampleLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';
import { addComment } from '../../../core/review/comments';
import { pageFlags } from '../../../renderer/src/app/flags';
import { dismissAllNotes, dismissNote } from '../../../renderer/src/features/import-notes';

const withNotes = (): Letter => ({
  ...sampleLetter(),
  number: null,
  importNotes: [
    { path: 'number', kind: 'missing', message: 'Chưa có số văn bản.' },
    { path: 'document', kind: 'converted', message: 'Đã chuyển từ TCVN3 sang Unicode.' },
    { path: 'body.2', kind: 'dropped', message: 'Đã bỏ dấu tay "Trql".', source: '*Trql*' },
  ],
});

describe('page flags', () => {
  it('marks the fields and blocks import notes name, not whole zones', () => {
    expect(pageFlags(withNotes())).toEqual([
      { path: 'number', kind: 'import', message: 'Chưa có số văn bản.' },
      { path: 'body.2', kind: 'import', message: 'Đã bỏ dấu tay "Trql".' },
    ]);
  });

  it('marks open comments with their author and text, and forgets resolved ones', () => {
    const actor = { author: { name: 'Lê Thị Hoa', title: 'Phó Chánh Văn phòng' }, now: '2026-11-21T08:00:00.000Z' };
    const commented = addComment(sampleLetter(), actor, { path: 'subject' }, 'Rút gọn trích yếu.');
    if (!commented.ok) throw new Error(commented.error);
    expect(pageFlags(commented.value.letter)).toEqual([{ path: 'subject', kind: 'review', message: 'Góp ý của Lê Thị Hoa: Rút gọn trích yếu.' }]);
    const letter = commented.value.letter;
    const resolved: Letter = { ...letter, review: { ...letter.review!, comments: letter.review!.comments.map((c) => ({ ...c, resolved: true })) } };
    expect(pageFlags(resolved)).toEqual([]);
  });

  it('has nothing to mark on a letter without notes or review', () => {
    expect(pageFlags(sampleLetter())).toEqual([]);
  });
});

describe('dismissing import notes', () => {
  it('removes one note, and the field itself with the last one', () => {
    const one = dismissNote(withNotes(), 1);
    expect(one.importNotes?.map((n) => n.path)).toEqual(['number', 'body.2']);
    const none = dismissNote(dismissNote(one, 0), 0);
    expect('importNotes' in none).toBe(false);
    expect('importNotes' in dismissAllNotes(withNotes())).toBe(false);
    expect(dismissAllNotes(withNotes()).body).toEqual(withNotes().body);
  });
});
