// Reads the comments of a DOCX reviewed in Word: word/comments.xml (author, date, text) and, when
// present, word/commentsExtended.xml (which comment answers which, and which threads are done).
import type { Element as XmlElement } from '@xmldom/xmldom';
import type { DocxPackage } from '../../ooxml/package';
import { children, descendants, wAttr } from '../../ooxml/xml';

const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

export interface WordComment {
  id: string;
  author: string;
  date: string | null;
  text: string;
  /** The id of the comment this one replies to, from commentsExtended.xml. */
  parentId: string | null;
  done: boolean;
}

const attr = (el: XmlElement, ns: string, prefix: string, name: string): string | null =>
  el.getAttributeNS(ns, name) || el.getAttribute(`${prefix}:${name}`) || null;

function paragraphText(p: XmlElement): string {
  return descendants(p, 't').map((t) => t.textContent ?? '').join('');
}

export function readWordComments(pkg: DocxPackage): WordComment[] {
  const doc = pkg.xml('word/comments.xml');
  if (!doc?.documentElement) return [];
  const extended = new Map<string, { parent: string | null; done: boolean }>();
  const ext = pkg.xml('word/commentsExtended.xml');
  if (ext?.documentElement) {
    for (const ex of descendants(ext.documentElement, 'commentEx')) {
      const paraId = attr(ex, W15, 'w15', 'paraId');
      if (paraId) extended.set(paraId.toUpperCase(), { parent: attr(ex, W15, 'w15', 'paraIdParent')?.toUpperCase() ?? null, done: attr(ex, W15, 'w15', 'done') === '1' });
    }
  }
  const byParaId = new Map<string, string>();
  const raw = children(doc.documentElement, 'comment').map((c) => {
    const paras = children(c, 'p');
    const last = paras[paras.length - 1];
    const paraId = last ? attr(last, W14, 'w14', 'paraId')?.toUpperCase() ?? null : null;
    const id = wAttr(c, 'id') ?? '';
    if (paraId) byParaId.set(paraId, id);
    return {
      id,
      author: (wAttr(c, 'author') ?? '').normalize('NFC').trim(),
      date: wAttr(c, 'date'),
      text: paras.map(paragraphText).join('\n').normalize('NFC').trim(),
      paraId,
    };
  });
  return raw.map(({ paraId, ...c }) => {
    const info = paraId ? extended.get(paraId) : undefined;
    return { ...c, parentId: info?.parent ? byParaId.get(info.parent) ?? null : null, done: info?.done ?? false };
  });
}
