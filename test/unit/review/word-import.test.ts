// A DOCX reviewed in Word (built with the docx library's comment and revision support) imports back:
// its comments, replies, done state and tracked changes become review items on the draft, anchored
// on the letter parts they touch, and accepting them edits the letter as Word would have.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDraft, sampleLetter, serializeLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';
import { importWordReview } from '../../../core/review/docx/import';
import { acceptAll, partText, reviewOf } from '../../../core/review';
import { buildWordReviewedDocx, REPLY_DATE as REPLY_IN_WORD, REVIEW_DATE as REVIEW_IN_WORD, WORD_DRAFTER, WORD_REVIEWER } from '../../fixtures/review/word-reviewed';

const NOW = '2024-03-06T07:00:00.000Z';
// Word writes dates without milliseconds; the draft keeps one ISO form.
const REVIEW_DATE = new Date(REVIEW_IN_WORD).toISOString();
const REPLY_DATE = new Date(REPLY_IN_WORD).toISOString();
let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await buildWordReviewedDocx();
});

async function imported(letter: Letter = sampleLetter()) {
  const r = await importWordReview(letter, bytes, NOW);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('importWordReview', () => {
  it('turns tracked changes into pending suggestions on the right parts, with author and date', async () => {
    const { letter, counts } = await imported();
    expect(counts).toMatchObject({ comments: 3, replies: 1, suggestions: 4 });
    const s = reviewOf(letter).suggestions;
    const view = s.map((x) => [x.kind, x.anchor.path, x.text, x.author.name, x.createdAt, x.status, x.origin]);
    expect(view).toEqual([
      ['delete', 'recipients.1', ', thị xã', WORD_REVIEWER, REVIEW_DATE, 'pending', 'word'],
      ['insert', 'body.0.content', '(Cục An toàn thông tin) ', WORD_REVIEWER, REVIEW_DATE, 'pending', 'word'],
      ['delete', 'body.2.children.0.content', '24/7', WORD_REVIEWER, REVIEW_DATE, 'pending', 'word'],
      ['insert', 'body.2.children.0.content', 'suốt ngày đêm', WORD_REVIEWER, REVIEW_DATE, 'pending', 'word'],
    ]);
    const ins = s[1]!;
    expect(partText(letter, 'body.0.content')!.slice(ins.anchor.start! - 6, ins.anchor.start! + 7)).toBe('thông về việc');
    // The draft's text is untouched until the drafter decides.
    expect(letter.recipients).toEqual(sampleLetter().recipients);
  });

  it('anchors comments on their words, keeps replies and Word’s done state, and snaps a comment on a label to its part', async () => {
    const { letter, warnings } = await imported();
    const c = reviewOf(letter).comments;
    expect(c.map((x) => [x.anchor.path, x.anchor.quote ?? null, x.text, x.resolved])).toEqual([
      ['body.0.content', 'Bộ Thông tin và Truyền thông', 'Ghi rõ tên cơ quan gửi văn bản.', false],
      ['subject', sampleLetter().subject, 'Trích yếu nên ngắn gọn hơn.', false],
      ['signature.signer', 'Nguyễn Duy Hưng', 'Kiểm tra lại họ tên người ký.', true],
    ]);
    expect(c[0]!.replies).toEqual([{ id: 'r1', author: { name: WORD_DRAFTER, title: '' }, createdAt: REPLY_DATE, text: 'Đã ghi rõ Cục An toàn thông tin.' }]);
    expect(warnings.some((w) => w.includes('Trích yếu nên ngắn gọn hơn'))).toBe(true);
  });

  it('accepting every imported suggestion edits the letter as Word would', async () => {
    const { letter } = await imported();
    const all = acceptAll(letter, { author: { name: WORD_DRAFTER, title: '' }, now: NOW });
    expect(all.failures).toEqual([]);
    expect(all.letter.recipients[1]).toBe('UBND huyện, thành phố');
    expect(partText(all.letter, 'body.0.content')).toContain('Truyền thông (Cục An toàn thông tin) về việc');
    expect(partText(all.letter, 'body.2.children.0.content')).toContain('sự cố an toàn thông tin mạng suốt ngày đêm.');
    const reopened = parseDraft(serializeLetter(all.letter));
    expect(reopened.ok && reopened.value.letter).toEqual(all.letter);
  });

  it('importing the same file twice adds nothing the second time, and keeps a known reviewer’s title', async () => {
    const withTitle: Letter = { ...sampleLetter(), review: { comments: [], suggestions: [], opinions: [{ author: { name: WORD_REVIEWER, title: 'Chánh Văn phòng' }, createdAt: REVIEW_DATE, verdict: 'dong-y', text: '' }] } };
    const once = await imported(withTitle);
    expect(reviewOf(once.letter).comments[0]!.author).toEqual({ name: WORD_REVIEWER, title: 'Chánh Văn phòng' });
    const twice = await imported(once.letter);
    expect(twice.counts).toMatchObject({ comments: 0, replies: 0, suggestions: 0 });
    expect(twice.counts.skippedDuplicates).toBe(8);
    expect(reviewOf(twice.letter)).toEqual(reviewOf(once.letter));
  });

  it('refuses a file that is not a DOCX, or a DOCX of another letter, in Vietnamese', async () => {
    const notZip = await importWordReview(sampleLetter(), new TextEncoder().encode('xin chào'), NOW);
    expect(notZip).toEqual({ ok: false, error: expect.stringContaining('không phải DOCX') });
    const other: Letter = { ...sampleLetter(), subject: 'khác hẳn', recipients: ['Sở Y tế'], body: [], distribution: [], signature: { authority: null, delegation: null, title: 'GIÁM ĐỐC', signer: 'Lê Văn C' } };
    const r = await importWordReview({ ...other, agency: { parent: null, name: 'SỞ Y TẾ' }, symbol: 'SYT', place: 'Hà Nội' }, bytes, NOW);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('không khớp') });
  });
});
