// A DOCX (from Word or from our exporter) → SourceLines in reading order: body paragraphs, and table
// cells row by row, cell by cell, each line knowing its cell column. Runs keep bold/italic/underline.
// Word's automatic numbering is turned back into a label ("1. ", "a) ", "- ") from numbering.xml, so
// the text parser sees the same structure the reader sees. Line breaks (w:br) split a paragraph, as
// the agency name "ỦY BAN NHÂN DÂN" / "TỈNH …" often is one paragraph with a break.
import type { Element as XmlElement } from '@xmldom/xmldom';
import { run } from '../letter/inline';
import { bodyStyleOf } from '../format/body-style';
import type { Inline } from '../letter/types';
import type { DocxPackage } from '../ooxml/package';
import { child, children, descendants, toggle, wAttr } from '../ooxml/xml';
import type { SourceLine } from './lines';
import { capSpaceRuns } from './text';

interface LevelFormat {
  format: string;
  text: string;
}

/** numId → ilvl → format, from word/numbering.xml. */
function readNumbering(pkg: DocxPackage): Map<string, Map<string, LevelFormat>> {
  const out = new Map<string, Map<string, LevelFormat>>();
  const doc = pkg.xml('word/numbering.xml');
  if (!doc || !doc.documentElement) return out;
  const abstract = new Map<string, Map<string, LevelFormat>>();
  for (const a of children(doc.documentElement, 'abstractNum')) {
    const levels = new Map<string, LevelFormat>();
    for (const lvl of children(a, 'lvl')) {
      levels.set(wAttr(lvl, 'ilvl') ?? '0', { format: wAttr(child(lvl, 'numFmt'), 'val') ?? 'decimal', text: wAttr(child(lvl, 'lvlText'), 'val') ?? '' });
    }
    abstract.set(wAttr(a, 'abstractNumId') ?? '', levels);
  }
  for (const num of children(doc.documentElement, 'num')) {
    const levels = abstract.get(wAttr(child(num, 'abstractNumId'), 'val') ?? '');
    if (levels) out.set(wAttr(num, 'numId') ?? '', levels);
  }
  return out;
}

/** A synthetic label of the right kind: its value does not matter, the model renumbers. */
function labelFor(level: LevelFormat | undefined): string {
  if (!level) return '';
  switch (level.format) {
    case 'upperRoman':
      return 'I. ';
    case 'decimal':
      return level.text.includes(')') ? '1) ' : '1. ';
    case 'lowerLetter':
      return 'a) ';
    case 'bullet':
      return level.text.includes('+') ? '+ ' : '- ';
    default:
      return '';
  }
}

function runMarks(r: XmlElement): Omit<Inline, 'text'> {
  const props = child(r, 'rPr');
  const u = props ? child(props, 'u') : null;
  const uVal = wAttr(u, 'val');
  return {
    bold: toggle(props, 'b') ?? false,
    italic: toggle(props, 'i') ?? false,
    underline: u !== null && uVal !== 'none' && uVal !== '0',
  };
}

interface Walk {
  lines: SourceLine[];
  numbering: Map<string, Map<string, LevelFormat>>;
  cell: number | null;
}

function paragraph(p: XmlElement, walk: Walk): void {
  const extra: XmlElement[] = [];
  let current: Inline[] = [];
  const pPr = child(p, 'pPr');
  // Our exporter names each body paragraph's depth in the draft in its style.
  const style = bodyStyleOf(pPr ? wAttr(child(pPr, 'pStyle'), 'val') : null);
  const flush = () => {
    current = current.map((r) => ({ ...r, text: capSpaceRuns(r.text) }));
    const raw = current.map((r) => r.text).join('');
    walk.lines.push({ no: walk.lines.length + 1, raw, runs: current, cell: walk.cell, ...(style === null ? {} : { depth: style.depth, ...(style.kind === null ? {} : { plain: true }) }) });
    current = [];
  };
  const numPr = pPr ? child(pPr, 'numPr') : null;
  if (numPr) {
    const levels = walk.numbering.get(wAttr(child(numPr, 'numId'), 'val') ?? '');
    const label = labelFor(levels?.get(wAttr(child(numPr, 'ilvl'), 'val') ?? '0'));
    if (label) current.push(run(label));
  }
  const visit = (node: XmlElement) => {
    for (const el of children(node)) {
      if (el.localName === 'r') {
        const marks = runMarks(el);
        for (const part of children(el)) {
          switch (part.localName) {
            case 't':
              current.push({ text: part.textContent ?? '', ...marks });
              break;
            case 'tab':
              current.push({ text: '\t', ...marks });
              break;
            case 'br':
            case 'cr':
              flush();
              break;
            case 'drawing':
            case 'pict':
            case 'AlternateContent': {
              const box = descendants(part, 'txbxContent')[0];
              if (box) extra.push(box);
              break;
            }
            default:
              break;
          }
        }
      } else if (['hyperlink', 'ins', 'smartTag', 'sdt', 'sdtContent', 'fldSimple'].includes(el.localName ?? '')) {
        visit(el);
      }
    }
  };
  visit(p);
  // Text boxes (a stamp drawn in a frame) are read before the paragraph that anchors them.
  for (const box of extra) block(box, walk);
  flush();
}

function block(container: XmlElement, walk: Walk): void {
  for (const el of children(container)) {
    switch (el.localName) {
      case 'p':
        paragraph(el, walk);
        break;
      case 'tbl':
        for (const tr of children(el, 'tr')) {
          children(tr, 'tc').forEach((tc, col) => {
            const saved = walk.cell;
            walk.cell = saved ?? col;
            block(tc, walk);
            walk.cell = saved;
          });
        }
        break;
      case 'sdt': {
        const content = child(el, 'sdtContent');
        if (content) block(content, walk);
        break;
      }
      default:
        break;
    }
  }
}

export function docxLines(pkg: DocxPackage): SourceLine[] | null {
  const doc = pkg.xml('word/document.xml');
  const body = doc?.documentElement ? child(doc.documentElement, 'body') : null;
  if (!body) return null;
  const walk: Walk = { lines: [], numbering: readNumbering(pkg), cell: null };
  block(body, walk);
  return walk.lines;
}
