// Versions and the side-by-side compare, on real edits of seed 000 (the sample letter) of the kind a
// drafter makes between two saves: the subject reworded as in the next year's letter (seed 001), a
// paragraph added, a point dropped, the date and the signer changed.
import { describe, expect, it } from 'vitest';
import { para, parseDraft, sampleLetter, serializeLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';
import { diffLetters, diffSummary } from '../../../core/diff/letter-diff';
import { diffWords, leftSide, rightSide, tokenize } from '../../../core/diff/words';
import { addComment, recordVersion, restoreVersion, versionLetter, versionsOf } from '../../../core/review';
import type { ReviewActor } from '../../../core/review';

const drafter: ReviewActor = { author: { name: 'Phạm Hà', title: 'Chuyên viên' }, now: '2024-04-10T08:00:00.000Z' };
const later: ReviewActor = { ...drafter, now: '2024-04-11T08:00:00.000Z' };

function edited(base: Letter): Letter {
  const clause = base.body[2];
  if (clause?.kind !== 'item') throw new Error('sample changed');
  return {
    ...base,
    date: { ...base.date, day: 17 },
    subject: 'tăng cường đảm bảo an toàn thông tin mạng trong dịp Lễ 30/4, 01/5 và 70 năm chiến thắng Điện Biên Phủ',
    body: [
      base.body[0]!,
      para('Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:'),
      base.body[1]!,
      { ...clause, children: clause.children.filter((_, i) => i !== 1) },
      ...base.body.slice(3),
    ],
    signature: { ...base.signature, signer: 'Nguyễn Lê Huy' },
  };
}

describe('diffWords', () => {
  it('splits Vietnamese words, spaces and punctuation', () => {
    expect(tokenize('Lễ 30/4, 01/5')).toEqual(['Lễ', ' ', '30', '/', '4', ',', ' ', '01', '/', '5']);
  });
  it('marks inserted and deleted words, and both sides rebuild their texts', () => {
    const a = 'dịp Lễ 30/4 và 01/5';
    const b = 'trong dịp Lễ 30/4, 01/5 và 70 năm';
    const d = diffWords(a, b);
    expect(leftSide(d).map((s) => s.text).join('')).toBe(a);
    expect(rightSide(d).map((s) => s.text).join('')).toBe(b);
    expect(d.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(['trong ', ',', ' và 70 năm']);
    expect(d.filter((s) => s.op === 'delete').map((s) => s.text)).toEqual([' và']);
  });
  it('shows a reworded stretch as one deletion and one insertion, not word-by-word noise', () => {
    expect(diffWords('giao các sở thực hiện', 'yêu cầu các ngành thực hiện')).toEqual([
      { op: 'delete', text: 'giao ' },
      { op: 'insert', text: 'yêu cầu ' },
      { op: 'equal', text: 'các ' },
      { op: 'delete', text: 'sở' },
      { op: 'insert', text: 'ngành' },
      { op: 'equal', text: ' thực hiện' },
    ]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('a', 'a')).toEqual([{ op: 'equal', text: 'a' }]);
  });
});

describe('diffLetters', () => {
  it('aligns parts so one added paragraph and one dropped point are single rows', () => {
    const rows = diffLetters(sampleLetter(), edited(sampleLetter()));
    const changed = rows.filter((r) => r.status !== 'same');
    expect(changed.map((r) => [r.status, r.label])).toEqual([
      ['changed', 'Ngày'],
      ['changed', 'Trích yếu'],
      ['added', 'Nội dung 2'],
      ['removed', 'Nội dung 3.2'],
      ['changed', 'Người ký'],
    ]);
    expect(diffSummary(rows)).toMatchObject({ changed: 3, added: 1, removed: 1 });
    const subject = changed[1]!;
    expect(subject.right!.segments.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(['trong ', ',', ' và 70 năm chiến thắng Điện Biên Phủ']);
    expect(subject.left!.segments.filter((s) => s.op === 'delete').map((s) => s.text)).toEqual([' và']);
    const removed = changed[3]!;
    expect(removed.left!.path).toBe('body.2.children.1.content');
    expect(removed.left!.text.startsWith('Yêu cầu các đơn vị chuyên trách')).toBe(true);
    const signer = changed[4]!;
    expect(signer.left!.segments).toEqual([{ op: 'equal', text: 'Nguyễn ' }, { op: 'delete', text: 'Duy Hưng' }]);
    expect(signer.right!.segments).toEqual([{ op: 'equal', text: 'Nguyễn ' }, { op: 'insert', text: 'Lê Huy' }]);
  });
  it('finds nothing to show between a letter and itself', () => {
    expect(diffLetters(sampleLetter(), sampleLetter()).every((r) => r.status === 'same')).toBe(true);
  });
});

describe('versions', () => {
  it('records snapshots without review or nested versions, and survives save and reopen', () => {
    const letter = addComment(sampleLetter(), drafter, { path: 'subject' }, 'Xem lại.');
    if (!letter.ok) throw new Error(letter.error);
    const v1 = recordVersion(letter.value.letter, drafter, 'Bản trình lãnh đạo');
    const v2 = recordVersion({ ...edited(v1.letter), versions: v1.letter.versions }, later, 'Sửa theo ý kiến');
    expect([v1.id, v2.id]).toEqual(['v1', 'v2']);
    const list = versionsOf(v2.letter);
    expect(list.map((v) => [v.note, v.author.name, v.createdAt])).toEqual([
      ['Bản trình lãnh đạo', 'Phạm Hà', drafter.now],
      ['Sửa theo ý kiến', 'Phạm Hà', later.now],
    ]);
    expect(Object.keys(list[1]!.snapshot)).not.toContain('versions');
    expect(Object.keys(list[0]!.snapshot)).not.toContain('review');
    const reopened = parseDraft(serializeLetter(v2.letter));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    const a = versionLetter(reopened.value.letter, 'v1');
    const b = versionLetter(reopened.value.letter, 'v2');
    if (!a.ok || !b.ok) throw new Error('version unreadable');
    expect(diffLetters(a.value, b.value).filter((r) => r.status !== 'same')).toHaveLength(5);
  });

  it('restores a version, first saving the current content so nothing is lost', () => {
    const v1 = recordVersion(sampleLetter(), drafter, 'Bản đầu');
    const current: Letter = { ...edited(v1.letter), versions: v1.letter.versions, review: { comments: [], suggestions: [], opinions: [] } };
    const r = restoreVersion(current, later, 'v1');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.letter.subject).toBe(sampleLetter().subject);
    expect(r.value.letter.review).toEqual(current.review);
    expect(r.value.savedAs).toBe('v2');
    const saved = versionLetter(r.value.letter, 'v2');
    expect(saved.ok && saved.value.subject).toBe(current.subject);
    expect(restoreVersion(current, later, 'v9')).toEqual({ ok: false, error: expect.stringContaining('v9') });
  });

  it('refuses a damaged snapshot with the reason, instead of restoring half a letter', () => {
    const v1 = recordVersion(sampleLetter(), drafter, '');
    const broken: Letter = { ...v1.letter, versions: [{ ...v1.letter.versions![0]!, snapshot: { schemaVersion: 1, type: 'cong-van' } }] };
    const r = versionLetter(broken, 'v1');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('bị hỏng');
    expect(r.error).toContain('subject');
  });
});
