// Rewrites one w:p of a written DOCX so that review marks sit at character offsets of its text:
// runs are split where a mark falls, deleted stretches are wrapped in w:del (w:t → w:delText), and
// marker nodes (w:ins runs, comment range starts/ends, comment references) are placed between runs.
// Offsets count characters as the importer reads them (tab and break = one character each).
import type { Document as XmlDocument, Element as XmlElement, Node as XmlNode } from '@xmldom/xmldom';
import { W_NS } from '../../ooxml/package';
import { children } from '../../ooxml/xml';
import { runText } from './word-paragraphs';

export interface Marker {
  offset: number;
  /** Markers at one offset go in this order: comment ends, references, insertions, comment starts. */
  order: number;
  /** Builds the nodes; gets the run properties of the run next to the offset, for inserted text. */
  build(rPr: XmlElement | null): XmlNode[];
}

export interface DeleteRange {
  start: number;
  end: number;
  attrs: { id: number; author: string; date: string };
}

interface Item {
  node: XmlElement;
  from: number;
  to: number;
  isRun: boolean;
}

const runProps = (r: XmlElement): XmlElement | null => children(r, 'rPr')[0] ?? null;

/** Splits a run into two at `k` characters; returns the pieces (the original run is not reused). */
function splitRun(doc: XmlDocument, run: XmlElement, k: number): [XmlElement, XmlElement] {
  const left = doc.createElementNS(W_NS, 'w:r');
  const right = doc.createElementNS(W_NS, 'w:r');
  const props = runProps(run);
  if (props) {
    left.appendChild(props.cloneNode(true));
    right.appendChild(props.cloneNode(true));
  }
  let seen = 0;
  for (const el of children(run)) {
    if (el.localName === 'rPr') continue;
    const len = runText(wrapOne(doc, el)).length;
    if (seen + len <= k) left.appendChild(el.cloneNode(true));
    else if (seen >= k) right.appendChild(el.cloneNode(true));
    else {
      // Only text elements are longer than one character.
      const text = el.textContent ?? '';
      const a = el.cloneNode(false) as XmlElement;
      const b = el.cloneNode(false) as XmlElement;
      a.appendChild(doc.createTextNode(text.slice(0, k - seen)));
      b.appendChild(doc.createTextNode(text.slice(k - seen)));
      a.setAttribute('xml:space', 'preserve');
      b.setAttribute('xml:space', 'preserve');
      left.appendChild(a);
      right.appendChild(b);
    }
    seen += len;
  }
  return [left, right];
}

/** A detached run holding one clone of `el`, to measure it with runText. */
function wrapOne(doc: XmlDocument, el: XmlElement): XmlElement {
  const r = doc.createElementNS(W_NS, 'w:r');
  r.appendChild(el.cloneNode(true));
  return r;
}

function itemsOf(doc: XmlDocument, p: XmlElement, cuts: readonly number[]): Item[] {
  const items: Item[] = [];
  let at = 0;
  for (const el of children(p)) {
    if (el.localName === 'pPr') continue;
    const isRun = el.localName === 'r';
    const len = isRun ? runText(el).length : 0;
    let node = el;
    let from = at;
    for (const cut of cuts) {
      if (!isRun || cut <= from || cut >= at + len) continue;
      const [left, right] = splitRun(doc, node, cut - from);
      items.push({ node: left, from, to: cut, isRun });
      node = right;
      from = cut;
    }
    items.push({ node, from, to: at + len, isRun });
    at += len;
  }
  return items;
}

function toDeleted(doc: XmlDocument, run: XmlElement): void {
  for (const t of children(run, 't')) {
    const d = doc.createElementNS(W_NS, 'w:delText');
    d.setAttribute('xml:space', 'preserve');
    d.appendChild(doc.createTextNode(t.textContent ?? ''));
    run.replaceChild(d, t);
  }
}

export function editParagraph(doc: XmlDocument, p: XmlElement, markers: readonly Marker[], deletes: readonly DeleteRange[]): void {
  const cuts = [...new Set([...markers.map((m) => m.offset), ...deletes.flatMap((d) => [d.start, d.end])])].sort((a, b) => a - b);
  const items = itemsOf(doc, p, cuts);
  const pPr = children(p, 'pPr')[0] ?? null;
  for (const el of children(p)) if (el !== pPr) p.removeChild(el);
  const pending = [...markers].sort((a, b) => a.offset - b.offset || a.order - b.order);
  let lastRun: XmlElement | null = null;
  let openDel: { el: XmlElement; range: DeleteRange } | null = null;
  const emitUpTo = (offset: number, next: XmlElement | null) => {
    while (pending.length > 0 && pending[0]!.offset <= offset) {
      const m = pending.shift()!;
      const props = runProps(lastRun ?? next ?? doc.createElementNS(W_NS, 'w:r'));
      for (const n of m.build(props)) p.appendChild(n);
      openDel = null;
    }
  };
  for (const item of items) {
    emitUpTo(item.from, item.isRun ? item.node : null);
    const range = item.isRun && item.to > item.from ? deletes.find((d) => item.from >= d.start && item.to <= d.end) : undefined;
    if (range) {
      toDeleted(doc, item.node);
      if (!openDel || openDel.range !== range) {
        const del = doc.createElementNS(W_NS, 'w:del');
        del.setAttribute('w:id', String(range.attrs.id));
        del.setAttribute('w:author', range.attrs.author);
        del.setAttribute('w:date', range.attrs.date);
        p.appendChild(del);
        openDel = { el: del, range };
      }
      openDel.el.appendChild(item.node);
    } else {
      p.appendChild(item.node);
      openDel = null;
    }
    if (item.isRun) lastRun = item.node;
  }
  emitUpTo(Number.POSITIVE_INFINITY, null);
}
