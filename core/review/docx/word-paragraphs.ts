// Reads the paragraphs of a DOCX reviewed in Word: for each w:p, the text as it was before the
// reviewer's tracked changes (ordinary runs + deleted runs, without inserted runs), and where in
// that text the tracked insertions, deletions and comment ranges sit.
import type { Element as XmlElement } from '@xmldom/xmldom';
import { children, descendants, isElement, wAttr } from '../../ooxml/xml';

export interface TrackedChange {
  kind: 'insert' | 'delete';
  /** Offsets in the paragraph's original text; start = end for an insertion. */
  start: number;
  end: number;
  text: string;
  author: string;
  date: string | null;
}

export interface CommentMark {
  id: string;
  edge: 'start' | 'end';
  paragraph: number;
  offset: number;
}

export interface ReviewedParagraph {
  /** The text before the reviewer's changes; this is what matches the draft. */
  original: string;
  changes: TrackedChange[];
}

export interface ReviewedBody {
  paragraphs: ReviewedParagraph[];
  marks: CommentMark[];
}

/** The text of a run: w:t / w:delText, tabs and breaks. */
export function runText(r: XmlElement): string {
  let out = '';
  for (const el of children(r)) {
    switch (el.localName) {
      case 't':
      case 'delText':
        out += el.textContent ?? '';
        break;
      case 'tab':
        out += '\t';
        break;
      case 'br':
      case 'cr':
        out += '\n';
        break;
      case 'noBreakHyphen':
        out += '-';
        break;
      default:
        break;
    }
  }
  return out;
}

function readParagraph(p: XmlElement, index: number, marks: CommentMark[]): ReviewedParagraph {
  let original = '';
  const changes: TrackedChange[] = [];
  const walk = (node: XmlElement, mode: 'plain' | 'insert' | 'delete', meta: { author: string; date: string | null } | null) => {
    for (const el of children(node)) {
      switch (el.localName) {
        case 'r': {
          const text = runText(el);
          if (text === '') break;
          if (mode === 'plain') original += text;
          else if (mode === 'delete') {
            changes.push({ kind: 'delete', start: original.length, end: original.length + text.length, text, author: meta!.author, date: meta!.date });
            original += text;
          } else changes.push({ kind: 'insert', start: original.length, end: original.length, text, author: meta!.author, date: meta!.date });
          break;
        }
        case 'ins':
        case 'moveTo':
          walk(el, 'insert', { author: wAttr(el, 'author') ?? '', date: wAttr(el, 'date') });
          break;
        case 'del':
        case 'moveFrom':
          walk(el, 'delete', { author: wAttr(el, 'author') ?? '', date: wAttr(el, 'date') });
          break;
        case 'commentRangeStart':
        case 'commentRangeEnd': {
          const id = wAttr(el, 'id');
          if (id !== null) marks.push({ id, edge: el.localName === 'commentRangeStart' ? 'start' : 'end', paragraph: index, offset: original.length });
          break;
        }
        // Containers whose runs belong to the paragraph's text.
        case 'hyperlink':
        case 'smartTag':
        case 'customXml':
        case 'fldSimple':
        case 'sdt':
        case 'sdtContent':
          walk(el, mode, meta);
          break;
        default:
          break;
      }
    }
  };
  walk(p, 'plain', null);
  return { original: original.normalize('NFC'), changes: mergeAdjacent(changes).map((c) => ({ ...c, text: c.text.normalize('NFC') })) };
}

/** Word splits one tracked change over several runs; join neighbours by the same author at the same time. */
function mergeAdjacent(changes: TrackedChange[]): TrackedChange[] {
  const out: TrackedChange[] = [];
  for (const c of changes) {
    const last = out[out.length - 1];
    const joins = last && last.kind === c.kind && last.author === c.author && last.date === c.date && last.end === c.start;
    if (joins) out[out.length - 1] = { ...last, end: c.end, text: last.text + c.text };
    else out.push(c);
  }
  return out;
}

/** Every w:p of the document body in reading order, table cells included (not the paragraphs of comments). */
export function bodyParagraphElements(documentXml: XmlElement): XmlElement[] {
  const body = descendants(documentXml, 'body')[0] ?? documentXml;
  const out: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const el of children(node)) {
      if (el.localName === 'p') out.push(el);
      else if (isElement(el)) visit(el);
    }
  };
  visit(body);
  return out;
}

/** Every paragraph of the document body in reading order, with its original text and tracked changes. */
export function readReviewedBody(documentXml: XmlElement): ReviewedBody {
  const marks: CommentMark[] = [];
  const paragraphs = bodyParagraphElements(documentXml).map((p, i) => readParagraph(p, i, marks));
  return { paragraphs, marks };
}
