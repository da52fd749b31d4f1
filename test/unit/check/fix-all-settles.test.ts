// "Sửa tất cả" must settle: no two rules may keep undoing each other's fix. Over every letter we have
// (the clerk mistakes, the seeds as written, the corrected drafts, a letter that lost its header),
// applying all fixes touches each place at most once per rule and leaves no fixable finding behind
// that a further round would change.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAllFixes, checkLetter } from '../../../core/check';
import { para, sampleLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';
import { draftsIn, loadDraft, TODAY } from './helpers';

const headerless: Letter = {
  ...sampleLetter(),
  agency: { parent: null, name: '' },
  body: [para('Ủy ban nhân dân tỉnh đề nghị các Sở tăng cường bảo đảm an toàn thông tin mạng./.')],
  signature: { authority: null, delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Nguyễn Lưu Trung' },
};

const files = [...draftsIn(path.resolve(__dirname, '../../fixtures/check/seeds-as-written')), ...draftsIn(path.resolve(__dirname, '../../fixtures/drafts'))];
const letters: Array<[string, Letter]> = [['headerless collective letter', headerless], ...files.map((f): [string, Letter] => [path.basename(f), loadDraft(f)])];

describe('applyAllFixes settles', () => {
  it.each(letters)('%s', (_name, letter) => {
    const { letter: fixed, applied } = applyAllFixes(letter, { today: TODAY });
    const places = applied.map((f) => `${f.rule}@${f.path}`);
    expect(places.length).toBe(new Set(places).size);
    // A second pass has nothing left to do.
    expect(applyAllFixes(fixed, { today: TODAY }).applied).toEqual([]);
    expect(checkLetter(fixed, { today: TODAY }).length).toBeLessThanOrEqual(checkLetter(letter, { today: TODAY }).length);
  });
});
