// A DOCX read into what the format rules need: every paragraph in reading order (inside tables
// too, with its cell), its text, the effective formatting of each run, the page setup and the
// headers. Works on any WordprocessingML package, not only ours.
import type { Element as XmlElement, Node as XmlNode } from '@xmldom/xmldom';
import type { DocxPackage } from '../../ooxml/package';
import { child, children, isElement, toggle, wAttr } from '../../ooxml/xml';
import { overlay, readParagraphProps, readRunProps, readStyles, readTheme } from './styles';
import type { ParagraphFormat, RunFormat, StyleSheet, ThemeFonts } from './styles';

export interface CellRef {
  /** 0-based index of the top-level table in the body. */
  table: number;
  row: number;
  col: number;
}

export interface DocxRun extends RunFormat {
  text: string;
}

export interface DocxParagraph {
  /** 1-based position among all paragraphs of the body, in reading order. */
  index: number;
  text: string;
  runs: DocxRun[];
  format: ParagraphFormat;
  cell: CellRef | null;
  /** Field instructions in the paragraph ("PAGE", "NUMPAGES"). */
  fields: string[];
}

export interface SectionSetup {
  width: number | null;
  height: number | null;
  top: number | null;
  bottom: number | null;
  left: number | null;
  right: number | null;
  titlePage: boolean;
  /** Header part per type ("default", "first", "even"), e.g. "word/header1.xml". */
  headers: Record<string, string>;
  footers: Record<string, string>;
}

export interface DocxModel {
  paragraphs: DocxParagraph[];
  section: SectionSetup;
  /** Paragraphs of each header/footer part. */
  parts: Map<string, DocxParagraph[]>;
}

const num = (v: string | null): number | null => (v === null || v === '' || Number.isNaN(Number(v)) ? null : Number(v));

interface Reader {
  styles: StyleSheet;
  theme: ThemeFonts;
}

/** Runs of a paragraph, looking through hyperlinks, insertions, smart tags and content controls. */
function collectRuns(node: XmlNode, out: XmlElement[], fields: string[]): void {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (!isElement(n)) continue;
    if (n.localName === 'r') out.push(n);
    else if (n.localName === 'fldSimple') {
      fields.push((wAttr(n, 'instr') ?? '').trim());
      collectRuns(n, out, fields);
    } else if (['hyperlink', 'ins', 'smartTag', 'sdt', 'sdtContent', 'customXml', 'moveTo'].includes(n.localName ?? '')) collectRuns(n, out, fields);
  }
}

function readParagraph(p: XmlElement, r: Reader, index: number, cell: CellRef | null): DocxParagraph {
  const pPr = child(p, 'pPr');
  const styleId = wAttr(pPr ? child(pPr, 'pStyle') : null, 'val');
  const format = overlay(overlay(r.styles.defaultsPara, r.styles.paragraphStylePara(styleId)), readParagraphProps(pPr));
  const paraRun = overlay(r.styles.defaultsRun, r.styles.paragraphStyleRun(styleId));
  const runEls: XmlElement[] = [];
  const fields: string[] = [];
  collectRuns(p, runEls, fields);
  const runs: DocxRun[] = [];
  for (const run of runEls) {
    const rPr = child(run, 'rPr');
    const rStyle = wAttr(rPr ? child(rPr, 'rStyle') : null, 'val');
    const fmt = overlay(overlay(paraRun, r.styles.runStyleRun(rStyle)), readRunProps(rPr, r.theme));
    let text = '';
    for (const c of children(run)) {
      if (c.localName === 't') text += c.textContent ?? '';
      else if (c.localName === 'tab') text += '\t';
      else if (c.localName === 'br' || c.localName === 'cr') text += '\n';
      else if (c.localName === 'instrText') fields.push((c.textContent ?? '').trim());
    }
    if (toggle(rPr, 'vanish')) continue;
    runs.push({ ...fmt, text });
  }
  return { index, text: runs.map((x) => x.text).join(''), runs, format, cell, fields };
}

/** Paragraphs of a body or header, descending into tables; `tableBase` numbers top-level tables. */
function readBlocks(container: XmlNode, r: Reader, out: DocxParagraph[], cell: CellRef | null, tables: { n: number }): void {
  for (const el of children(container)) {
    if (el.localName === 'p') out.push(readParagraph(el, r, out.length + 1, cell));
    else if (el.localName === 'sdt') {
      const content = child(el, 'sdtContent');
      if (content) readBlocks(content, r, out, cell, tables);
    } else if (el.localName === 'tbl') {
      const table = cell ? cell.table : tables.n++;
      children(el, 'tr').forEach((tr, row) =>
        children(tr, 'tc').forEach((tc, col) => readBlocks(tc, r, out, cell ?? { table, row, col }, tables)),
      );
    }
  }
}

function relationships(pkg: DocxPackage): Map<string, string> {
  const rels = new Map<string, string>();
  const doc = pkg.xml('word/_rels/document.xml.rels');
  if (!doc?.documentElement) return rels;
  for (const rel of children(doc.documentElement, 'Relationship')) {
    const id = rel.getAttribute('Id');
    const target = rel.getAttribute('Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  return rels;
}

export function readDocx(pkg: DocxPackage): DocxModel {
  const theme = readTheme(pkg.xml('word/theme/theme1.xml'));
  const reader: Reader = { styles: readStyles(pkg.xml('word/styles.xml'), theme), theme };
  const body = pkg.xml('word/document.xml')?.documentElement ? child(pkg.xml('word/document.xml')?.documentElement as XmlElement, 'body') : null;
  const paragraphs: DocxParagraph[] = [];
  if (body) readBlocks(body, reader, paragraphs, null, { n: 0 });
  const sectPr = body ? child(body, 'sectPr') : null;
  const rels = relationships(pkg);
  const refs = (name: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const ref of sectPr ? children(sectPr, name) : []) {
      const target = rels.get(ref.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ?? ref.getAttribute('r:id') ?? '');
      if (target) out[wAttr(ref, 'type') ?? 'default'] = target;
    }
    return out;
  };
  const pgSz = sectPr ? child(sectPr, 'pgSz') : null;
  const pgMar = sectPr ? child(sectPr, 'pgMar') : null;
  const section: SectionSetup = {
    width: num(wAttr(pgSz, 'w')),
    height: num(wAttr(pgSz, 'h')),
    top: num(wAttr(pgMar, 'top')),
    bottom: num(wAttr(pgMar, 'bottom')),
    left: num(wAttr(pgMar, 'left')),
    right: num(wAttr(pgMar, 'right')),
    titlePage: toggle(sectPr, 'titlePg') === true,
    headers: refs('headerReference'),
    footers: refs('footerReference'),
  };
  const parts = new Map<string, DocxParagraph[]>();
  for (const part of [...Object.values(section.headers), ...Object.values(section.footers)]) {
    const root = pkg.xml(part)?.documentElement;
    const list: DocxParagraph[] = [];
    if (root) readBlocks(root, reader, list, null, { n: 0 });
    parts.set(part, list);
  }
  return { paragraphs, section, parts };
}
