// Export with review: the DOCX writer's output (core/docx, unchanged) with the draft's comments as
// w:comment anchored by commentRangeStart/End, and its pending suggestions as tracked changes
// (w:ins / w:del with author and date), so a leader can review in Word and send the file back.
// The letter parts are found in the written paragraphs by their text, as the importer does, so the
// writer needs no knowledge of the review.
import JSZip from 'jszip';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Element as XmlElement, Node as XmlNode } from '@xmldom/xmldom';
import { exportDocx } from '../../docx';
import type { ExportedDocx, ExportOptions } from '../../docx';
import { W_NS } from '../../ooxml/package';
import type { Letter } from '../../letter/types';
import { reviewOf } from '../actor';
import { locateAnchor } from '../anchor';
import { findPart, letterParts } from '../parts';
import { commentsExtendedXml, commentsXml, withCommentContentTypes, withCommentRelationships } from './comments-part';
import type { CommentEntry } from './comments-part';
import { placeParts } from './match';
import type { Placement } from './match';
import { editParagraph } from './paragraph-edit';
import type { DeleteRange, Marker } from './paragraph-edit';
import { bodyParagraphElements, readReviewedBody } from './word-paragraphs';

/** Word writes times without milliseconds. */
const wordDate = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z');

function position(placements: readonly Placement[], path: string, offset: number, side: 'start' | 'end'): { paragraph: number; offset: number } | null {
  const mine = placements.filter((p) => p.path === path);
  const hit = side === 'start'
    ? mine.find((p) => offset >= p.partOffset && offset < p.partOffset + p.length) ?? mine.find((p) => offset === p.partOffset + p.length)
    : mine.find((p) => offset > p.partOffset && offset <= p.partOffset + p.length) ?? mine.find((p) => offset === p.partOffset);
  return hit ? { paragraph: hit.paragraph, offset: hit.offset + offset - hit.partOffset } : null;
}

export async function exportDocxWithReview(letter: Letter, options: ExportOptions = {}): Promise<ExportedDocx> {
  const base = await exportDocx(letter, options);
  const review = reviewOf(letter);
  const pending = review.suggestions.filter((s) => s.status === 'pending');
  if (review.comments.length === 0 && pending.length === 0) return base;
  const warnings = [...base.warnings];
  const zip = await JSZip.loadAsync(base.bytes);
  const doc = new DOMParser().parseFromString(await zip.file('word/document.xml')!.async('string'), 'application/xml');
  const root = doc.documentElement!;
  const paragraphs = bodyParagraphElements(root);
  const placements = placeParts(letterParts(letter), readReviewedBody(root).paragraphs.map((p) => p.original));
  const markers = new Map<number, Marker[]>();
  const deletes = new Map<number, DeleteRange[]>();
  const mark = (at: { paragraph: number; offset: number }, order: number, build: Marker['build']) =>
    markers.set(at.paragraph, [...(markers.get(at.paragraph) ?? []), { offset: at.offset, order, build }]);
  const text = (name: string, value: string) => {
    const t = doc.createElementNS(W_NS, `w:${name}`);
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(doc.createTextNode(value));
    return t;
  };
  const el = (name: string, attrs: Record<string, string | number>, ...kids: XmlNode[]): XmlElement => {
    const e = doc.createElementNS(W_NS, `w:${name}`);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(`w:${k}`, String(v));
    for (const k of kids) e.appendChild(k);
    return e;
  };
  let revision = 1000;

  for (const s of pending) {
    const at = locateAnchor(letter, s.anchor);
    const from = at.start === undefined ? null : position(placements, at.path, at.start, 'start');
    const to = at.end === undefined ? null : position(placements, at.path, at.end, s.kind === 'insert' ? 'start' : 'end');
    if (at.state === 'lost' || !from || !to || from.paragraph !== to.paragraph) {
      warnings.push(`review: không đưa được đề xuất ${s.kind === 'insert' ? 'thêm' : 'xoá'} "${s.text}" của ${s.author.name} vào tệp Word (không tìm thấy đoạn văn).`);
      continue;
    }
    const attrs = { id: (revision += 1), author: s.author.name, date: wordDate(s.createdAt) };
    if (s.kind === 'delete') deletes.set(from.paragraph, [...(deletes.get(from.paragraph) ?? []), { start: from.offset, end: to.offset, attrs }]);
    else
      mark(from, 2, (rPr) => {
        const run = doc.createElementNS(W_NS, 'w:r');
        if (rPr) run.appendChild(rPr.cloneNode(true));
        run.appendChild(text('t', s.text));
        const ins = doc.createElementNS(W_NS, 'w:ins');
        for (const [k, v] of Object.entries(attrs)) ins.setAttribute(`w:${k}`, String(v));
        ins.appendChild(run);
        return [ins];
      });
  }

  const entries: CommentEntry[] = [];
  for (const c of review.comments) {
    const at = locateAnchor(letter, c.anchor);
    const part = findPart(letter, at.path);
    const start = at.start ?? 0;
    const end = at.end ?? part?.text.length ?? 0;
    const from = part ? position(placements, at.path, start, 'start') : null;
    const to = part ? position(placements, at.path, end, 'end') : null;
    if (at.state === 'lost' || !from || !to) {
      warnings.push(`review: không đưa được góp ý "${c.text}" của ${c.author.name} vào tệp Word (không tìm thấy đoạn văn).`);
      continue;
    }
    const thread: CommentEntry[] = [{ id: entries.length, author: c.author.name, date: wordDate(c.createdAt), text: c.text, done: c.resolved }];
    c.replies.forEach((r, i) => thread.push({ id: entries.length + 1 + i, author: r.author.name, date: wordDate(r.createdAt), text: r.text, parentId: entries.length, done: c.resolved }));
    entries.push(...thread);
    for (const t of thread) {
      mark(from, 3, () => [el('commentRangeStart', { id: t.id })]);
      mark(to, 0, () => [el('commentRangeEnd', { id: t.id })]);
      mark(to, 1, () => [el('r', {}, el('commentReference', { id: t.id }))]);
    }
  }

  paragraphs.forEach((p, i) => {
    if (markers.has(i) || deletes.has(i)) editParagraph(doc, p, markers.get(i) ?? [], deletes.get(i) ?? []);
  });
  zip.file('word/document.xml', new XMLSerializer().serializeToString(doc));
  if (entries.length > 0) {
    zip.file('word/comments.xml', commentsXml(entries));
    zip.file('word/commentsExtended.xml', commentsExtendedXml(entries));
    zip.file('[Content_Types].xml', withCommentContentTypes(await zip.file('[Content_Types].xml')!.async('string')));
    zip.file('word/_rels/document.xml.rels', withCommentRelationships(await zip.file('word/_rels/document.xml.rels')!.async('string')));
  }
  const date = options.now ?? new Date();
  for (const f of Object.values(zip.files)) f.date = date;
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  return { bytes, warnings };
}
