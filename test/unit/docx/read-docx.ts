// Reads an exported DOCX back (core/ooxml) and gives tests plain views of it: paragraphs with their
// text, alignment, indents, spacing, borders and runs; tables with grid and cell widths.
import { expect } from 'vitest';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { exportDocx } from '../../../core/docx';
import type { ExportOptions } from '../../../core/docx';
import type { Letter } from '../../../core/letter';
import { readDocxPackage } from '../../../core/ooxml/package';
import type { DocxPackage } from '../../../core/ooxml/package';
import { child, children, descendants, toggle, wAttr } from '../../../core/ooxml/xml';

export const FIXED_NOW = new Date('2025-03-05T08:00:00Z');

export interface RunView {
  text: string;
  bold: boolean;
  italic: boolean;
  size: number | null;
  color: string | null;
  fonts: Record<string, string | null>;
}

export interface ParaView {
  el: XmlElement;
  text: string;
  align: string | null;
  indent: { left: number; right: number; firstLine: number; hanging: number };
  spacing: { before: number; after: number; line: number | null; lineRule: string | null };
  bottomBorder: XmlElement | null;
  runs: RunView[];
}

const num = (v: string | null): number => (v === null ? 0 : Number(v));

export function runView(r: XmlElement): RunView {
  const rPr = child(r, 'rPr');
  const fonts = rPr ? child(rPr, 'rFonts') : null;
  return {
    text: children(r, 't').map((t) => t.textContent ?? '').join(''),
    bold: toggle(rPr, 'b') ?? false,
    italic: toggle(rPr, 'i') ?? false,
    size: rPr && child(rPr, 'sz') ? Number(wAttr(child(rPr, 'sz'), 'val')) : null,
    color: rPr && child(rPr, 'color') ? wAttr(child(rPr, 'color'), 'val') : null,
    fonts: { ascii: wAttr(fonts, 'ascii'), hAnsi: wAttr(fonts, 'hAnsi'), cs: wAttr(fonts, 'cs'), eastAsia: wAttr(fonts, 'eastAsia') },
  };
}

export function paraView(p: XmlElement): ParaView {
  const pPr = child(p, 'pPr');
  const ind = pPr ? child(pPr, 'ind') : null;
  const sp = pPr ? child(pPr, 'spacing') : null;
  const bdr = pPr ? child(pPr, 'pBdr') : null;
  const runs = descendants(p, 'r').filter((r) => children(r, 't').length > 0).map(runView);
  return {
    el: p,
    text: runs.map((r) => r.text).join(''),
    align: pPr && child(pPr, 'jc') ? wAttr(child(pPr, 'jc'), 'val') : null,
    indent: { left: num(wAttr(ind, 'left') ?? wAttr(ind, 'start')), right: num(wAttr(ind, 'right') ?? wAttr(ind, 'end')), firstLine: num(wAttr(ind, 'firstLine')), hanging: num(wAttr(ind, 'hanging')) },
    spacing: { before: num(wAttr(sp, 'before')), after: num(wAttr(sp, 'after')), line: sp && wAttr(sp, 'line') ? Number(wAttr(sp, 'line')) : null, lineRule: wAttr(sp, 'lineRule') },
    bottomBorder: bdr ? child(bdr, 'bottom') : null,
    runs,
  };
}

export interface Exported {
  bytes: Uint8Array;
  warnings: string[];
  pkg: DocxPackage;
  body: XmlElement;
  /** Top-level tables of the body, in order (header table, signature table). */
  tables: XmlElement[];
  /** Top-level paragraphs of the body (Kính gửi, body blocks), in order. */
  paragraphs: ParaView[];
}

export async function exportAndRead(letter: Letter, options: ExportOptions = {}): Promise<Exported> {
  const out = await exportDocx(letter, { now: FIXED_NOW, ...options });
  const read = await readDocxPackage(out.bytes);
  if (!read.ok) throw new Error(read.error);
  const doc = read.value.xml('word/document.xml');
  const body = doc ? descendants(doc as unknown as XmlElement, 'body')[0] : undefined;
  expect(body).toBeDefined();
  const b = body as XmlElement;
  return { ...out, pkg: read.value, body: b, tables: children(b, 'tbl'), paragraphs: children(b, 'p').map(paraView) };
}

/** The cells of a table's rows: rows[r][c] = that cell's own paragraphs (not nested tables'). */
export function cellParagraphs(tbl: XmlElement): ParaView[][][] {
  return children(tbl, 'tr').map((tr) => children(tr, 'tc').map((tc) => children(tc, 'p').map(paraView)));
}

export function gridCols(tbl: XmlElement): number[] {
  const grid = child(tbl, 'tblGrid');
  return grid ? children(grid, 'gridCol').map((g) => Number(wAttr(g, 'w'))) : [];
}

const cache = new Map<string, Promise<Exported>>();

/** One export per fixture and profile per test file: the fixtures do not change under a test. */
export function exportFixture(name: string, load: (n: string) => Letter, options: ExportOptions = {}): Promise<Exported> {
  const key = `${name}:${typeof options.profile === 'string' ? options.profile : 'default'}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = exportAndRead(load(name), options);
    cache.set(key, hit);
  }
  return hit;
}
