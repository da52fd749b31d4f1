// The spec's seed audit (nd30.md §11): every deviation it lists is found when the seeds are typed as
// drafts keeping them (test/fixtures/check/seeds-as-written/), and each finding points at the part.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAllFixes, checkLetter } from '../../../core/check';
import type { CalendarDate } from '../../../core/check';
import { loadDraft } from './helpers';

const DIR = path.resolve(__dirname, '../../fixtures/check/seeds-as-written');

interface Expected {
  file: string;
  today: CalendarDate;
  /** [rule, path, what the audit says] for each audited deviation. */
  deviations: Array<[string, string, string]>;
  /** Rules whose errors remain after applying every fix: they need a person. */
  manual: string[];
}

const SEEDS: Expected[] = [
  {
    file: '000-hung-yen.vanthu',
    today: { year: 2022, month: 4, day: 22 },
    deviations: [
      ['symbol-form', 'symbol', 'space before "/" left for the hand-filled number'],
      ['number-pending', 'number', 'number filled by hand after signing'],
      ['date-pending', 'date', 'day filled by hand'],
      ['body-clause-title', 'body.3', '"2. Sở Thông tin và Truyền thông" should be bold as a titled clause'],
      ['drafter-in-archive', 'archive', '"KGVX^{Ph}": superscript mixed-case drafter mark'],
      ['body-empty-block', 'body.3.children.0', 'stray empty line after "2. Sở…"'],
    ],
    manual: [],
  },
  {
    file: '001-tuyen-quang.vanthu',
    today: { year: 2024, month: 4, day: 20 },
    deviations: [
      ['number-pending', 'number', 'blank number'],
      ['date-pending', 'date', 'blank day'],
      ['body-point-level', 'body.2', '"1." followed directly by "-" items'],
      ['stray-marks', 'body.4', '"### 3." markdown heading'],
      ['signature-voice', 'body.6', 'opens with the Chairman voice, closes with the committee voice'],
      ['distribution-archive-typed', 'distribution.5', '"Lưu VT, TG CNTT 02.": no colon, no commas, count not "(02)", unit ≠ THCB'],
    ],
    manual: [],
  },
  {
    file: '002-ha-tinh.vanthu',
    today: { year: 2019, month: 1, day: 15 },
    deviations: [
      ['archive-form', 'archive', '"Lưu: VT, KGVX," ends with a comma'],
      ['signature-authority', 'signature.title', '"PHÓ CHỦ TỊCH" missing under "KT. CHỦ TỊCH"'],
      ['date-range', 'date', 'predates the Decree'],
    ],
    manual: [],
  },
  {
    file: '003-kien-giang.vanthu',
    today: { year: 2022, month: 8, day: 30 },
    deviations: [
      ['symbol-form', 'symbol', '"1556 /UBND-KGVX": space before "/"'],
      ['body-closing', 'body.7', 'content lacks "./."'],
      ['stray-marks', 'body.7', '"*Trql*" handwritten initials'],
      ['list-abbreviation-stop', 'distribution.1', '"CT và các PCT. UBND tỉnh"'],
      ['list-abbreviation-stop', 'distribution.6', '"LĐVP. UBND tỉnh"'],
      ['archive-form', 'archive', '"tđat \\"HT\\"": lower case and quotes'],
      ['archive-unit-symbol', 'archive', 'archive unit is not the symbol\'s KGVX'],
      ['signature-voice', 'signature.authority', '"Ủy ban nhân dân tỉnh đề nghị" without "TM. ỦY BAN NHÂN DÂN"'],
    ],
    manual: ['archive-form'],
  },
  {
    file: '004-thanh-hoa.vanthu',
    today: { year: 2020, month: 1, day: 9 },
    deviations: [
      ['subject-final-stop', 'subject', '"… Canh Tý 2020." ends with a full stop'],
      ['recipients-punctuation', 'recipients.0', 'Kính gửi item 1 ends with ":"'],
      ['distribution-punctuation', 'distribution.0', '"Như trên:"'],
      ['distribution-punctuation', 'distribution.1', '"(để BC):"'],
      ['distribution-punctuation', 'distribution.3', '"PCT Mai Xuân Liêm:"'],
      ['archive-form', 'archive', '"Lưu: VT. CNTT." full stop after VT'],
      ['date-range', 'date', 'predates the Decree'],
    ],
    manual: [],
  },
];

describe('seed audit (nd30.md §11)', () => {
  describe.each(SEEDS)('$file', ({ file, today, deviations, manual }) => {
    const letter = loadDraft(path.join(DIR, file));
    const findings = checkLetter(letter, { today });

    it.each(deviations)('finds %s at %s (%s)', (rule, at) => {
      expect(findings.filter((f) => f.rule === rule && f.path === at)).not.toEqual([]);
    });

    it('applying every fix leaves only the errors that need a person', () => {
      const { letter: fixed } = applyAllFixes(letter, { today });
      const errors = checkLetter(fixed, { today }).filter((f) => f.severity === 'error');
      expect([...new Set(errors.map((f) => f.rule))]).toEqual(manual);
    });
  });

  it('the 001 archive line diagnosis names each audited fault', () => {
    const letter = loadDraft(path.join(DIR, '001-tuyen-quang.vanthu'));
    const f = checkLetter(letter, { today: { year: 2024, month: 4, day: 20 } }).find((x) => x.rule === 'distribution-archive-typed');
    expect(f?.message).toContain('thiếu dấu hai chấm sau “Lưu”');
    expect(f?.message).toContain('không cách nhau bằng dấu phẩy');
    expect(f?.message).toContain('(02)');
    expect(f?.message).toContain('không khớp ký hiệu THCB');
  });
});
