// Mistakes clerks really make, each applied to the clean sample: the checker must catch every one
// with the rule that names it, and a clean draft must have no error.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLetter } from '../../../core/check';
import { item, para, sampleLetter } from '../../../core/letter';
import type { ItemBlock, Letter } from '../../../core/letter';
import { draftsIn, findingsOf, loadDraft, mutate, TODAY } from './helpers';

const clause = (l: Letter, i: number) => l.body[i] as ItemBlock;

/** [what the clerk did, expected rule, the mistake]. */
const MISTAKES: Array<[string, string, (l: Letter) => void]> = [
  ['typed "V/v" into the subject field', 'subject-vv-prefix', (l) => (l.subject = `V/v ${l.subject}`)],
  ['ended the subject with a full stop', 'subject-final-stop', (l) => (l.subject = `${l.subject}.`)],
  ['pasted the Kính gửi list with its dashes and semicolons', 'recipients-punctuation', (l) => (l.recipients = ['- Các sở, ngành, đoàn thể tỉnh;', '- UBND huyện, thị xã, thành phố.'])],
  ['forgot "Như trên"', 'distribution-nhu-tren', (l) => (l.distribution = l.distribution.slice(1))],
  ['put "Như trên" at the end of Nơi nhận', 'distribution-nhu-tren', (l) => l.distribution.push(l.distribution.shift() as string)],
  ['typed the archive line into Nơi nhận', 'distribution-archive-typed', (l) => l.distribution.push('Lưu: VT, KGVX.')],
  ['wrote the archive without VT', 'archive-form', (l) => (l.archive.units = ['KGVX'])],
  ['wrote the archive unit in lower case', 'archive-form', (l) => (l.archive.units = ['VT', 'kgvx'])],
  ['archived under another unit than the symbol\'s', 'archive-unit-symbol', (l) => (l.archive.units = ['VT', 'TH'])],
  ['wrote drafter initials in lower case', 'drafter-form', (l) => (l.drafter = { initials: 'ph', copies: 15 })],
  ['typed 31/02', 'date-valid', (l) => (l.date = { day: 31, month: 2, year: 2022 })],
  ['typed last decade\'s year (2012 for 2022)', 'date-range', (l) => (l.date.year = 2012)],
  ['typed next year in January (2023 for 2022)', 'date-range', (l) => (l.date = { day: 20, month: 4, year: 2023 })],
  ['wrote the symbol in lower case', 'symbol-form', (l) => (l.symbol = 'ubnd-kgvx')],
  ['put spaces around the hyphen of the symbol', 'symbol-form', (l) => (l.symbol = 'UBND - KGVX')],
  ['typed the whole "Số: 1003/UBND-KGVX" into the symbol', 'symbol-form', (l) => ((l.number = null), (l.symbol = 'Số: 1003/UBND-KGVX'))],
  ['copied the symbol of a decision (QĐ-UBND)', 'symbol-issuer', (l) => (l.symbol = 'QĐ-UBND-KGVX')],
  ['reused a Sở template: symbol of another agency', 'symbol-issuer', (l) => (l.symbol = 'STTTT-KGVX')],
  ['dropped TM. while the body speaks as the committee', 'signature-voice', (l) => (l.signature.authority = null)],
  ['kept TM. in a letter of the Chairman', 'signature-voice', (l) => l.body.splice(1, 1, para('Chủ tịch UBND tỉnh yêu cầu các sở, ngành, đoàn thể tỉnh thực hiện tốt các nội dung sau:')) ],
  ['the Chairman signs under "KT. CHỦ TỊCH"', 'signature-authority', (l) => (l.signature.title = 'CHỦ TỊCH')],
  ['a Vice-Chairman signs without "KT."', 'signature-authority', (l) => (l.signature.delegation = null)],
  ['"TL. CHỦ TỊCH" for a Vice-Chairman', 'signature-authority', (l) => (l.signature.delegation = 'TL. CHỦ TỊCH')],
  ['"TM." on a Sở letter', 'signature-authority', (l) => ((l.agency = { parent: 'UBND TỈNH HƯNG YÊN', name: 'SỞ NỘI VỤ' }), (l.symbol = 'SNV-VP'), (l.archive.units = ['VT', 'VP']), (l.signature = { authority: 'TM. SỞ NỘI VỤ', delegation: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signer: 'Trần Văn B' }))],
  ['wrote "KT CHỦ TỊCH" without the full stop', 'signature-form', (l) => (l.signature.delegation = 'KT CHỦ TỊCH')],
  ['put "Ông" before the signer\'s name', 'signer-name', (l) => (l.signature.signer = 'Ông Nguyễn Duy Hưng')],
  ['put "TS." before the signer\'s name', 'signer-name', (l) => (l.signature.signer = 'TS. Nguyễn Duy Hưng')],
  ['typed the signer\'s name in capitals', 'signer-name', (l) => (l.signature.signer = 'NGUYỄN DUY HƯNG')],
  ['wrote the place in lower case', 'place-form', (l) => (l.place = 'hưng yên')],
  ['wrote "tỉnh Hưng Yên" as the place', 'place-form', (l) => (l.place = 'tỉnh Hưng Yên')],
  ['reused another province\'s template (place)', 'place-form', (l) => (l.place = 'Hải Dương')],
  ['typed the agency in title case', 'agency-capitals', (l) => (l.agency.name = 'Ủy ban nhân dân\ntỉnh Hưng Yên')],
  ['forgot "./."', 'body-closing', (l) => (clause(l, 3).children[1] = item('point', 'Thực hiện nghiêm các biện pháp xử lý.'))],
  ['added a paragraph after "./."', 'body-closing', (l) => l.body.push(para('Trân trọng.'))],
  ['pasted numbered text into numbered items', 'body-item-label', (l) => (clause(l, 2).children[1] = item('point', 'b) Yêu cầu các đơn vị chuyên trách củng cố nguồn lực.'))],
  ['cited a document without its date and issuer', 'citation-full', (l) => (l.body[0] = para('UBND tỉnh nhận được Công văn số 1535/BTTTT-CATTT về việc tăng cường đảm bảo an toàn thông tin mạng.'))],
  ['cited by number alone', 'citation-full', (l) => (l.body[0] = para('Thực hiện văn bản 1535/BTTTT-CATTT, UBND tỉnh giao các sở, ngành thực hiện.'))],
  ['left "**" from a pasted markdown', 'stray-marks', (l) => (l.body[1] = para('**Nhằm phòng, chống** nguy cơ mất an toàn thông tin mạng, UBND tỉnh giao các sở, ngành thực hiện:'))],
  ['left a "ký nháy" in the text', 'stray-marks', (l) => (l.body[0] = para(`${(l.body[0] as ItemBlock).content[0]?.text ?? ''} *Trql*`))],
  ['left an empty line between paragraphs', 'body-empty-block', (l) => l.body.splice(2, 0, para(''))],
];

describe('mistakes clerks make', () => {
  it('there are at least 15 of them', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(MISTAKES)('%s → %s', (_what, rule, edit) => {
    const found = findingsOf(mutate(edit));
    expect(found.map((f) => f.rule)).toContain(rule);
  });
});

describe('clean drafts', () => {
  it('the sample letter has no error, warning or note', () => {
    expect(checkLetter(sampleLetter(), { today: TODAY })).toEqual([]);
  });

  // The corrected seeds and edge cases written for the exporter (issue 2). A letter with no "Kính gửi"
  // is an edge case of layout, not a conforming công văn, so that one error is expected.
  const EXPECTED_ERRORS: Record<string, string[]> = { 'edge-no-recipients.vanthu': ['recipients-empty'] };
  const corrected = draftsIn(path.resolve(__dirname, '../../fixtures/drafts'));
  it.skipIf(corrected.length === 0).each(corrected.map((f) => [path.basename(f), f]))('draft %s has no error', (name, file) => {
    const letter = loadDraft(file);
    const today = { year: letter.date.year, month: letter.date.month ?? 6, day: letter.date.day ?? 15 };
    const errors = checkLetter(letter, { today }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(EXPECTED_ERRORS[name] ?? []);
  });
});
