// Imports a DOCX reviewed in Word back into the draft: its comments (with replies and done state)
// and tracked changes become review items anchored on the letter parts they touch. The draft's
// text is not changed; the drafter then accepts or rejects the suggestions in the app.
import { err, ok } from '../../result';
import type { Result } from '../../result';
import { readDocxPackage } from '../../ooxml/package';
import type { Letter } from '../../letter/types';
import { nextId, reviewOf, withReview } from '../actor';
import { anchorInText } from '../anchor';
import { findPart, letterParts } from '../parts';
import type { Anchor, Review, ReviewAuthor, ReviewComment, Suggestion } from '../schema';
import { placeParts, toPart } from './match';
import type { Placement } from './match';
import { readWordComments } from './word-comments';
import type { WordComment } from './word-comments';
import { readReviewedBody } from './word-paragraphs';
import type { CommentMark } from './word-paragraphs';

export interface WordImportOutcome {
  letter: Letter;
  counts: { comments: number; replies: number; suggestions: number; skippedDuplicates: number };
  /** Vietnamese: what could not be placed exactly, and why. */
  warnings: string[];
}

/** Word writes "2024-03-05T08:00:00Z"; the draft keeps one ISO form. A missing or broken date becomes the import time. */
function isoDate(value: string | null, fallback: string): string {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? fallback : new Date(time).toISOString();
}

const short = (s: string) => (s.length > 50 ? `${s.slice(0, 50)}…` : s);

/** Word knows only a name; take the title from the same person's earlier review items, if any. */
function authorNamed(name: string, review: Review): ReviewAuthor {
  const known = [...review.comments, ...review.suggestions, ...review.opinions].map((x) => x.author).find((a) => a.name === name);
  return known ?? { name: name || 'Người góp ý (Word)', title: '' };
}

function anchorAt(letter: Letter, path: string, start: number, end: number): Anchor | null {
  const part = findPart(letter, path);
  if (!part) return null;
  const made = anchorInText(part, Math.min(start, part.text.length), Math.min(Math.max(start, end), part.text.length));
  return made.ok ? made.value : null;
}

function commentAnchor(letter: Letter, placements: Placement[], marks: CommentMark[], c: WordComment): { anchor: Anchor; exact: boolean } | null {
  const start = marks.find((m) => m.id === c.id && m.edge === 'start');
  const end = marks.find((m) => m.id === c.id && m.edge === 'end');
  if (!start) return null;
  // The first paragraph from the comment's start that holds a letter part.
  for (let p = start.paragraph; p <= (end?.paragraph ?? start.paragraph); p += 1) {
    const from = toPart(placements, p, p === start.paragraph ? start.offset : 0);
    if (!from) continue;
    const sameParagraph = end && end.paragraph === p;
    const to = sameParagraph ? toPart(placements, p, end.offset) : null;
    const part = findPart(letter, from.path)!;
    const stop = to && to.path === from.path ? to.offset : part.text.length;
    if (stop > from.offset) {
      const anchor = anchorAt(letter, from.path, from.offset, stop);
      if (anchor) return { anchor, exact: from.inside && p === start.paragraph };
    }
    return { anchor: { path: from.path, prefix: part.text.slice(0, 24) }, exact: false };
  }
  return null;
}

/** Same place: a comment on a whole part equals one on the part's full range (that is how it is exported). */
function sameAnchor(letter: Letter, a: Anchor, b: Anchor): boolean {
  const span = (x: Anchor) => [x.start ?? 0, x.end ?? findPart(letter, x.path)?.text.length ?? 0];
  const [as, ae] = span(a);
  const [bs, be] = span(b);
  return a.path === b.path && as === bs && ae === be;
}

export async function importWordReview(letter: Letter, bytes: Uint8Array, now: string): Promise<Result<WordImportOutcome, string>> {
  const pkg = await readDocxPackage(bytes);
  if (!pkg.ok) return pkg;
  const root = pkg.value.xml('word/document.xml')?.documentElement;
  if (!root) return err('Tệp DOCX thiếu phần nội dung chính (word/document.xml).');
  const { paragraphs, marks } = readReviewedBody(root);
  const parts = letterParts(letter);
  const placements = placeParts(parts, paragraphs.map((p) => p.original));
  const warnings: string[] = [];
  const unplaced = parts.filter((p) => p.text.trim() !== '' && !placements.some((x) => x.path === p.path));
  if (placements.length === 0) return err('Tệp Word không khớp với bản nháp này: không tìm thấy đoạn nào của công văn trong tệp. Hãy chọn đúng tệp đã xuất từ bản nháp.');
  if (unplaced.length > 0) warnings.push(`Không tìm thấy trong tệp Word ${unplaced.length} phần của bản nháp (${unplaced.slice(0, 3).map((p) => p.label).join(', ')}${unplaced.length > 3 ? '…' : ''}); có thể tệp đã bị sửa trực tiếp mà không bật Theo dõi thay đổi.`);

  const review = reviewOf(letter);
  let comments = [...review.comments];
  let suggestions = [...review.suggestions];
  const counts = { comments: 0, replies: 0, suggestions: 0, skippedDuplicates: 0 };

  // Tracked changes → suggestions.
  paragraphs.forEach((para, index) => {
    for (const change of para.changes) {
      const from = toPart(placements, index, change.start);
      const to = toPart(placements, index, change.end);
      if (!from || !to || !from.inside || !to.inside || to.path !== from.path) {
        warnings.push(`Bỏ qua thay đổi "${short(change.text)}" của ${change.author || 'người sửa'}: nằm ngoài nội dung có thể sửa của công văn (số thứ tự, nhãn, dòng cố định).`);
        continue;
      }
      const anchor = anchorAt(letter, from.path, from.offset, change.kind === 'insert' ? from.offset : to.offset);
      if (!anchor) continue;
      const author = authorNamed(change.author, review);
      const duplicate = suggestions.some((s) => s.kind === change.kind && s.author.name === author.name && s.text === change.text && sameAnchor(letter, s.anchor, anchor));
      if (duplicate) {
        counts.skippedDuplicates += 1;
        continue;
      }
      const id = nextId('s', suggestions.map((s) => s.id));
      const s: Suggestion = { id, author, createdAt: isoDate(change.date, now), kind: change.kind, anchor, text: change.text, status: 'pending', origin: 'word' };
      suggestions = [...suggestions, s];
      counts.suggestions += 1;
    }
  });

  // Comments → comments; replies (from commentsExtended) join their parent's thread.
  const wordComments = readWordComments(pkg.value);
  const created = new Map<string, string>();
  for (const c of wordComments.filter((x) => x.parentId === null)) {
    const placed = commentAnchor(letter, placements, marks, c);
    if (!placed) {
      warnings.push(`Bỏ qua góp ý "${short(c.text)}" của ${c.author}: không gắn được với phần nào của công văn.`);
      continue;
    }
    if (!placed.exact) warnings.push(`Góp ý "${short(c.text)}" của ${c.author} đặt trên phần không sửa được (nhãn, dòng cố định); đã gắn vào cả phần văn bản gần nhất.`);
    const author = authorNamed(c.author, review);
    const existing = comments.find((x) => x.author.name === author.name && x.text === c.text && sameAnchor(letter, x.anchor, placed.anchor));
    if (existing) {
      created.set(c.id, existing.id);
      counts.skippedDuplicates += 1;
      continue;
    }
    const id = nextId('c', comments.map((x) => x.id));
    const comment: ReviewComment = { id, author, createdAt: isoDate(c.date, now), anchor: placed.anchor, text: c.text, replies: [], resolved: c.done, origin: 'word' };
    comments = [...comments, comment];
    created.set(c.id, id);
    counts.comments += 1;
  }
  for (const r of wordComments.filter((x) => x.parentId !== null)) {
    const parent = created.get(r.parentId!);
    if (!parent) continue;
    const author = authorNamed(r.author, review);
    comments = comments.map((c) => {
      if (c.id !== parent) return c;
      if (c.replies.some((x) => x.author.name === author.name && x.text === r.text)) {
        counts.skippedDuplicates += 1;
        return c;
      }
      counts.replies += 1;
      const id = nextId('r', comments.flatMap((x) => x.replies.map((y) => y.id)));
      return { ...c, replies: [...c.replies, { id, author, createdAt: isoDate(r.date, now), text: r.text }], resolved: c.resolved || r.done };
    });
  }
  return ok({ letter: withReview(letter, { ...review, comments, suggestions }), counts, warnings });
}
