// Every rule on a draft has a failing example (one mistake in the clean sample) and a passing one
// (the sample itself, or a nearby correct variant); a mechanical fix removes its own finding.
import { describe, expect, it } from 'vitest';
import { applyAllFixes, applyFix, LETTER_RULES } from '../../../core/check';
import { item, para, run, sampleLetter } from '../../../core/letter';
import type { ItemBlock, Letter } from '../../../core/letter';
import { findingsOf, mutate } from './helpers';

const clause = (l: Letter, i: number) => l.body[i] as ItemBlock;

/** rule id → [failing letter, passing letter]. */
const EXAMPLES: Record<string, [Letter, Letter]> = {
  'place-form': [mutate((l) => (l.place = 'hưng yên')), sampleLetter()],
  'agency-empty': [mutate((l) => ((l.agency.name = ' '), (l.agency.parent = null))), sampleLetter()],
  'agency-capitals': [mutate((l) => (l.agency.name = 'Ủy ban nhân dân\nTỉnh Hưng Yên')), sampleLetter()],
  'symbol-form': [mutate((l) => (l.symbol = 'ubnd - kgvx')), sampleLetter()],
  'symbol-issuer': [mutate((l) => (l.symbol = 'SNV-VP')), mutate((l) => ((l.agency.name = 'SỞ NỘI VỤ'), (l.agency.parent = 'UBND TỈNH HƯNG YÊN'), (l.symbol = 'SNV-VP')))],
  'date-valid': [mutate((l) => (l.date = { day: 31, month: 2, year: 2022 })), mutate((l) => (l.date = { day: 28, month: 2, year: 2022 }))],
  'number-pending': [mutate((l) => (l.number = null)), sampleLetter()],
  'date-pending': [mutate((l) => (l.date.day = null)), sampleLetter()],
  'date-range': [mutate((l) => (l.date.year = 2012)), mutate((l) => (l.date = { day: 20, month: 5, year: 2022 }))],
  'subject-empty': [mutate((l) => (l.subject = '  ')), sampleLetter()],
  'subject-vv-prefix': [mutate((l) => (l.subject = `V/v ${l.subject}`)), mutate((l) => (l.subject = 'vv tổ chức Tết Nguyên đán'))],
  'subject-final-stop': [mutate((l) => (l.subject += '.')), mutate((l) => (l.subject += '...'))],
  'recipients-empty': [mutate((l) => (l.recipients = [])), sampleLetter()],
  'recipients-punctuation': [mutate((l) => (l.recipients[0] = '- Các sở, ngành, đoàn thể tỉnh;')), sampleLetter()],
  'distribution-punctuation': [mutate((l) => (l.distribution[1] = 'Chủ tịch, các PCT UBND tỉnh;')), sampleLetter()],
  'list-abbreviation-stop': [mutate((l) => (l.distribution[1] = 'CT và các PCT. UBND tỉnh')), mutate((l) => (l.distribution[1] = 'CT và các PCT UBND tỉnh'))],
  'distribution-nhu-tren': [mutate((l) => l.distribution.shift()), mutate((l) => (l.distribution[0] = 'Như trên (thực hiện)'))],
  'distribution-archive-typed': [mutate((l) => l.distribution.push('Lưu: VT, KGVX.')), mutate((l) => l.distribution.push('Trung tâm Lưu trữ lịch sử tỉnh'))],
  'body-empty': [mutate((l) => (l.body = [para('')])), sampleLetter()],
  'body-closing': [mutate((l) => (clause(l, 3).children[1] = item('point', 'Chỉ đạo các doanh nghiệp thực hiện.'))), sampleLetter()],
  'body-item-label': [mutate((l) => (clause(l, 2).children[0] = item('point', 'a) Phân công lực lượng tại chỗ.'))), mutate((l) => (clause(l, 2).children[0] = item('point', 'An toàn 24/7.')))],
  'body-point-level': [mutate((l) => clause(l, 2).children.forEach((c) => c.kind === 'item' && (c.level = 'dash'))), sampleLetter()],
  'body-clause-title': [mutate((l) => (clause(l, 3).title = false)), sampleLetter()],
  'body-empty-block': [mutate((l) => l.body.splice(1, 0, para(''))), sampleLetter()],
  'citation-full': [
    mutate((l) => (l.body[0] = para('UBND tỉnh nhận được Công văn số 1535/BTTTT-CATTT về việc tăng cường đảm bảo an toàn thông tin mạng.'))),
    mutate((l) => l.body.splice(1, 0, para('Theo Công văn số 1535/BTTTT-CATTT, các đơn vị báo cáo trước ngày 28/4/2022.'))),
  ],
  'stray-marks': [mutate((l) => l.body[1]?.content.push(run(' *Trql*'))), sampleLetter()],
  'signature-form': [mutate((l) => (l.signature.delegation = 'kt chủ tịch')), sampleLetter()],
  'signature-authority': [mutate((l) => (l.signature.title = 'CHỦ TỊCH')), mutate((l) => ((l.signature.delegation = null), (l.signature.title = 'CHỦ TỊCH')))],
  'signature-voice': [mutate((l) => (l.signature.authority = null)), sampleLetter()],
  'signer-name': [mutate((l) => (l.signature.signer = 'ông Nguyễn Duy Hưng')), sampleLetter()],
  'archive-form': [mutate((l) => (l.archive.units = ['KGVX'])), sampleLetter()],
  'archive-unit-symbol': [mutate((l) => (l.archive.units = ['VT', 'VP'])), sampleLetter()],
  'drafter-in-archive': [mutate((l) => ((l.archive.units = ['VT', 'KGVX^{Ph}']), (l.drafter = null))), sampleLetter()],
  'drafter-form': [mutate((l) => (l.drafter = { initials: 'ph.', copies: 15 })), sampleLetter()],
};

describe('rules on a draft', () => {
  it('the clean sample has no finding at all', () => {
    expect(findingsOf(sampleLetter())).toEqual([]);
  });

  it('fixing a clean letter returns the very same letter', () => {
    const clean = sampleLetter();
    const { letter, applied } = applyAllFixes(clean, { today: { year: 2022, month: 4, day: 25 } });
    expect(letter).toBe(clean);
    expect(applied).toEqual([]);
  });

  it('every rule has an example here', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(LETTER_RULES.map((r) => r.id).sort());
  });

  it('rule ids are unique and every rule cites the Decree', () => {
    expect(new Set(LETTER_RULES.map((r) => r.id)).size).toBe(LETTER_RULES.length);
    for (const r of LETTER_RULES) expect(r.cite).toMatch(/Điều \d+|Phụ lục (I|II|III)/);
  });

  describe.each(Object.entries(EXAMPLES))('%s', (id, [failing, passing]) => {
    it('finds the mistake', () => {
      const found = findingsOf(failing, id);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.message).toMatch(/[à-ỹ]/u);
        expect(f.path).not.toBe('');
      }
    });

    it('passes the correct letter', () => {
      expect(findingsOf(passing, id)).toEqual([]);
    });

    it('its mechanical fixes remove the finding they fix', () => {
      const before = structuredClone(failing);
      for (const f of findingsOf(failing, id).filter((x) => x.fix !== undefined)) {
        const fixed = applyFix(failing, f);
        expect(failing).toEqual(before);
        expect(fixed).not.toBe(failing);
        // Applying the same fix again changes nothing more, and the input letter is never mutated.
        expect(applyFix(fixed, f)).toEqual(fixed);
        expect(findingsOf(fixed, id).filter((g) => g.path === f.path && g.message === f.message)).toEqual([]);
        // A fix repairs without breaking anything else.
        expect(findingsOf(fixed).filter((g) => g.severity === 'error' && g.rule !== id)).toEqual(findingsOf(failing).filter((g) => g.severity === 'error' && g.rule !== id));
      }
    });
  });
});

describe('archive-form on "Văn thư"', () => {
  it('"Lưu: Văn thư, KGVX" (the records desk written out) is fixed to VT, with no call to retype it by hand', () => {
    const typed = mutate((l) => (l.archive.units = ['Văn thư', 'KGVX']));
    const [finding, ...rest] = findingsOf(typed, 'archive-form');
    expect(rest).toEqual([]);
    expect(finding?.message).not.toContain('sửa tay');
    expect(applyFix(typed, finding as NonNullable<typeof finding>).archive.units).toEqual(['VT', 'KGVX']);
  });
});

describe('drafter-form on a name written out', () => {
  it('"TP Nguyễn Hồng Quảng" (Bộ NN&PTNT 4244) is offered as the initials of its words, not squeezed into capitals', () => {
    const typed = mutate((l) => (l.drafter = { initials: 'TP Nguyễn Hồng Quảng', copies: null }));
    const [finding, ...rest] = findingsOf(typed, 'drafter-form');
    expect(rest).toEqual([]);
    expect(finding?.fix).toBe('Sửa thành “TPNHQ”');
    expect(applyFix(typed, finding as NonNullable<typeof finding>).drafter).toEqual({ initials: 'TPNHQ', copies: null });
  });

  it('initials typed in lower case are still put in capitals as typed', () => {
    const [finding] = findingsOf(mutate((l) => (l.drafter = { initials: 'p.h', copies: 15 })), 'drafter-form');
    expect(finding?.fix).toBe('Sửa thành “PH”');
  });
});

describe('signature-form on an acting head', () => {
  it('"TL. BỘ TRƯỞNG" / "Q. VỤ TRƯỞNG VỤ …" (Bộ NN&PTNT 1457): the acting head of a unit signing by order keeps "Q." in the position', () => {
    const acting = mutate((l) => ((l.signature.authority = null), (l.signature.delegation = 'TL. BỘ TRƯỞNG'), (l.signature.title = 'Q. VỤ TRƯỞNG VỤ KHOA HỌC, CÔNG NGHỆ')));
    expect(findingsOf(acting, 'signature-form')).toEqual([]);
  });
  it('"KT. CHỦ TỊCH" / "Q. PHÓ CHỦ TỊCH": a marker in the position under any other line is still flagged', () => {
    const wrong = mutate((l) => (l.signature.title = 'Q. PHÓ CHỦ TỊCH'));
    expect(findingsOf(wrong, 'signature-form').map((f) => f.path)).toEqual(['signature.title']);
  });
  it('"Q. BỘ TRƯỞNG" over the name alone (Bộ Y tế 4163): the acting head\'s line is the whole position, no title is missing', () => {
    const acting = mutate((l) => ((l.signature.authority = null), (l.signature.delegation = 'Q. BỘ TRƯỞNG'), (l.signature.title = '')));
    expect(findingsOf(acting, 'signature-authority')).toEqual([]);
    expect(findingsOf(acting, 'signature-form')).toEqual([]);
  });
  it('"KT. CHỦ TỊCH" with no position under it is still missing the deputy\'s title', () => {
    const missing = mutate((l) => (l.signature.title = ''));
    expect(findingsOf(missing, 'signature-authority').map((f) => f.path)).toEqual(['signature.title']);
  });
});

describe('distribution-nhu-tren on "Như kính gửi"', () => {
  it('"Như kính gửi" (Hiệp Hòa\'s letters) is the back-reference in other words: one warning, fixed to "Như trên" in first place', () => {
    const typed = mutate((l) => (l.distribution = [...l.distribution.slice(1, 3), 'Như kính gửi', ...l.distribution.slice(3)]));
    const [finding, ...rest] = findingsOf(typed, 'distribution-nhu-tren');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ path: 'distribution.2', severity: 'warning' });
    expect(finding?.message).toContain('“Như kính gửi”');
    const fixed = applyFix(typed, finding as NonNullable<typeof finding>);
    expect(fixed.distribution).toEqual(sampleLetter().distribution);
    expect(findingsOf(fixed, 'distribution-nhu-tren')).toEqual([]);
  });
  it('"Như kính gửi" first and the Decree\'s "Như trên" further down: the fix keeps one, the author\'s "Như trên"', () => {
    const typed = mutate((l) => (l.distribution = ['Như kính gửi', 'Chủ tịch, các PCT UBND tỉnh', 'Như trên (thực hiện)']));
    const [finding] = findingsOf(typed, 'distribution-nhu-tren');
    expect(applyFix(typed, finding as NonNullable<typeof finding>).distribution).toEqual(['Như trên (thực hiện)', 'Chủ tịch, các PCT UBND tỉnh']);
  });
  it('"Như kính gửi" in a letter with no Kính gửi is pointed out as pointing at no one', () => {
    const typed = mutate((l) => ((l.recipients = []), (l.distribution[0] = 'Như kính gửi')));
    expect(findingsOf(typed, 'distribution-nhu-tren').map((f) => f.message)).toEqual(['“Như trên” không chỉ tới ai vì công văn chưa có phần Kính gửi.']);
  });
});
