// Export with review: the DOCX holds the draft's comments (w:comment, anchored by
// commentRangeStart/End around the commented words, replies threaded in commentsExtended) and its
// pending suggestions as tracked changes (w:ins / w:del with author and date); importing that file
// back gives the same review items.
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import type { Element as XmlElement } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { sampleLetter } from '../../../core/letter';
import type { Result } from '../../../core/result';
import { reviewOf } from '../../../core/review';
import { reviewedLetter } from '../../fixtures/review/reviewed-letter';
import { exportDocxWithReview } from '../../../core/review/docx/export';
import { importWordReview } from '../../../core/review/docx/import';
import { descendants, wAttr } from '../../../core/ooxml/xml';

const NOW = new Date('2024-03-06T00:00:00Z');
const must = <T>(r: Result<T, string>): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

let bytes: Uint8Array;
let documentXml: XmlElement;
let commentsXml: XmlElement;
let extendedXml: XmlElement;
beforeAll(async () => {
  const out = await exportDocxWithReview(reviewedLetter(), { now: NOW });
  bytes = out.bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parse = async (name: string) => new DOMParser().parseFromString(await zip.file(name)!.async('string'), 'application/xml').documentElement!;
  documentXml = await parse('word/document.xml');
  commentsXml = await parse('word/comments.xml');
  extendedXml = await parse('word/commentsExtended.xml');
});

/** The text of a paragraph between a comment's range start and end. */
function commentedText(id: string): string {
  let inside = false;
  let out = '';
  const walk = (node: XmlElement) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as XmlElement;
      if (e.localName === 'commentRangeStart' && wAttr(e, 'id') === id) inside = true;
      else if (e.localName === 'commentRangeEnd' && wAttr(e, 'id') === id) inside = false;
      else if ((e.localName === 't' || e.localName === 'delText') && inside) out += e.textContent;
      else walk(e);
    }
  };
  walk(documentXml);
  return out;
}

describe('exportDocxWithReview', () => {
  it('writes each comment with author and date, anchored around the commented words', () => {
    const comments = descendants(commentsXml, 'comment').map((c) => [wAttr(c, 'id'), wAttr(c, 'author'), wAttr(c, 'date'), c.textContent]);
    expect(comments).toEqual([
      ['0', 'Trần Văn An', '2024-03-05T08:00:00Z', 'Ghi rõ tên cơ quan gửi văn bản.'],
      ['1', 'Phạm Hà', '2024-03-05T09:30:00Z', 'Đã ghi rõ.'],
      ['2', 'Trần Văn An', '2024-03-05T08:00:00Z', 'Kiểm tra lại họ tên người ký.'],
    ]);
    expect(commentedText('0')).toBe('Bộ Thông tin và Truyền thông');
    expect(commentedText('1')).toBe('Bộ Thông tin và Truyền thông');
    expect(commentedText('2')).toBe('Nguyễn Duy Hưng');
    expect(descendants(documentXml, 'commentReference').map((r) => wAttr(r, 'id'))).toEqual(['0', '1', '2']);
    const ex = descendants(extendedXml, 'commentEx').map((e) => [e.getAttribute('w15:paraIdParent') || null, e.getAttribute('w15:done')]);
    expect(ex).toEqual([[null, '0'], ['00000001', '0'], [null, '1']]);
  });

  it('writes pending suggestions as w:ins / w:del with author and date; decided ones are left out', () => {
    const ins = descendants(documentXml, 'ins').map((e) => [wAttr(e, 'author'), wAttr(e, 'date'), e.textContent]);
    expect(ins).toEqual([['Trần Văn An', '2024-03-05T08:00:00Z', '(Cục An toàn thông tin) ']]);
    const del = descendants(documentXml, 'del').map((e) => [wAttr(e, 'author'), wAttr(e, 'date'), descendants(e, 'delText').map((t) => t.textContent).join('')]);
    expect(del).toEqual([
      ['Trần Văn An', '2024-03-05T08:00:00Z', ' và 01/5'],
      ['Trần Văn An', '2024-03-05T08:00:00Z', ', thị xã'],
    ]);
    expect(documentXml.textContent).not.toContain('KHÔNG XUẤT');
    // Inserted text keeps the letter's font and size (the run properties next to it).
    const insRun = descendants(documentXml, 'ins')[0]!;
    expect(descendants(insRun, 'rFonts')[0]!.getAttribute('w:ascii')).toBe('Times New Roman');
    expect(descendants(insRun, 'sz')[0]!.getAttribute('w:val')).toBe('28');
  });

  it('imports back into the same review: nothing new on the reviewed draft, everything again on a clean one', async () => {
    const letter = reviewedLetter();
    const same = must(await importWordReview(letter, bytes, NOW.toISOString()));
    expect(same.counts).toMatchObject({ comments: 0, replies: 0, suggestions: 0 });
    const clean = must(await importWordReview({ ...letter, review: undefined }, bytes, NOW.toISOString()));
    const want = reviewOf(letter);
    const got = reviewOf(clean.letter);
    const key = (s: { kind: string; text: string; anchor: { path: string; start?: number; end?: number }; author: { name: string }; createdAt: string }) =>
      [s.kind, s.text, s.anchor.path, s.anchor.start, s.anchor.end, s.author.name, s.createdAt];
    // In document order on import, in creation order in the draft.
    const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sorted(got.suggestions.map(key))).toEqual(sorted(want.suggestions.filter((s) => s.status === 'pending').map(key)));
    expect(got.comments.map((c) => [c.anchor.path, c.anchor.quote, c.text, c.resolved, c.replies.map((r) => r.text)])).toEqual([
      ['body.0.content', 'Bộ Thông tin và Truyền thông', 'Ghi rõ tên cơ quan gửi văn bản.', false, ['Đã ghi rõ.']],
      ['signature.signer', 'Nguyễn Duy Hưng', 'Kiểm tra lại họ tên người ký.', true, []],
    ]);
  });

  it('is byte-identical for the same draft and clock, and unchanged from the plain export without review', async () => {
    const again = await exportDocxWithReview(reviewedLetter(), { now: NOW });
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
    const plain = await exportDocxWithReview(sampleLetter(), { now: NOW });
    const zip = await JSZip.loadAsync(plain.bytes);
    expect(zip.file('word/comments.xml')).toBeNull();
  });
});
