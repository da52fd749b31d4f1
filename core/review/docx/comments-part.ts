// The comment parts of a DOCX: word/comments.xml (author, date, initials, text) and
// word/commentsExtended.xml (reply threads, done state), registered in the content types and the
// document's relationships, as Word writes them.

export interface CommentEntry {
  id: number;
  author: string;
  date: string;
  text: string;
  /** The id of the comment this one answers. */
  parentId?: number;
  done: boolean;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "Trần Văn An" → "TVA". */
export const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');

/** A stable paragraph id per comment (w14:paraId must be below 0x80000000). */
export const paraIdOf = (id: number) => (id + 1).toString(16).toUpperCase().padStart(8, '0');

export function commentsXml(entries: readonly CommentEntry[]): string {
  const body = entries
    .map((c) => {
      const paras = c.text
        .split('\n')
        .map((line, i, all) => `<w:p${i === all.length - 1 ? ` w14:paraId="${paraIdOf(c.id)}" w14:textId="77777777"` : ''}><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`)
        .join('');
      return `<w:comment w:id="${c.id}" w:author="${escape(c.author)}" w:date="${escape(c.date)}" w:initials="${escape(initialsOf(c.author))}">${paras}</w:comment>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}" xmlns:w14="${W14}" xmlns:mc="${MC}" mc:Ignorable="w14">${body}</w:comments>`;
}

export function commentsExtendedXml(entries: readonly CommentEntry[]): string {
  const body = entries
    .map((c) => `<w15:commentEx w15:paraId="${paraIdOf(c.id)}"${c.parentId !== undefined ? ` w15:paraIdParent="${paraIdOf(c.parentId)}"` : ''} w15:done="${c.done ? 1 : 0}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:w15="${W15}" xmlns:mc="${MC}" mc:Ignorable="w15">${body}</w15:commentsEx>`;
}

const PARTS = [
  { name: 'comments.xml', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml', rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments' },
  { name: 'commentsExtended.xml', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml', rel: 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended' },
] as const;

/** Adds the Override entries for the comment parts, unless present. */
export function withCommentContentTypes(contentTypes: string): string {
  let out = contentTypes;
  for (const p of PARTS) {
    if (out.includes(`/word/${p.name}"`)) continue;
    out = out.replace('</Types>', `<Override PartName="/word/${p.name}" ContentType="${p.type}"/></Types>`);
  }
  return out;
}

/** Adds the document's relationships to the comment parts, unless present. */
export function withCommentRelationships(rels: string): string {
  let out = rels;
  PARTS.forEach((p, i) => {
    if (out.includes(`Target="${p.name}"`)) return;
    out = out.replace('</Relationships>', `<Relationship Id="rIdReview${i + 1}" Type="${p.rel}" Target="${p.name}"/></Relationships>`);
  });
  return out;
}
