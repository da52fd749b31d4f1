// A letter imported without its header (seed 003: the agency lines were lost) still says who speaks:
// "Ủy ban nhân dân tỉnh đề nghị" is the committee, so a signature without "TM." is flagged, and the
// fix adds the Decree's "TM. ỦY BAN NHÂN DÂN" (the seed audit's expected form).
import { describe, expect, it } from 'vitest';
import { applyAllFixes, checkLetter } from '../../../core/check';
import { para, sampleLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';

const today = { year: 2022, month: 8, day: 30 };

const headerless = (voice: string): Letter => ({
  ...sampleLetter(),
  agency: { parent: null, name: '' },
  body: [para(`Nhằm phòng, chống nguy cơ mất an toàn thông tin mạng; ${voice} các Sở, ban, ngành tăng cường triển khai công tác bảo đảm an toàn thông tin mạng./.`)],
  signature: { authority: null, delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Nguyễn Lưu Trung' },
});

describe('signature voice when the agency is unknown', () => {
  it('flags a collective voice signed without TM., and the fix adds TM. ỦY BAN NHÂN DÂN', () => {
    const letter = headerless('Ủy ban nhân dân tỉnh đề nghị');
    const voice = checkLetter(letter, { today }).filter((f) => f.rule === 'signature-voice');
    expect(voice).toHaveLength(1);
    expect(voice[0]!.path).toBe('signature.authority');
    expect(voice[0]!.message).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(applyAllFixes(letter, { today }).letter.signature.authority).toBe('TM. ỦY BAN NHÂN DÂN');
  });

  it('says nothing when the Chairman speaks', () => {
    const letter = headerless('Chủ tịch Ủy ban nhân dân tỉnh yêu cầu');
    expect(checkLetter(letter, { today }).filter((f) => f.rule === 'signature-voice')).toEqual([]);
  });
});
