// Effective formatting of a run or paragraph as Word computes it: document defaults, then the
// paragraph style chain (basedOn), then the run style chain, then direct formatting. A Word-made
// letter often sets its font in a style, so reading only direct formatting would misjudge it.
import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import { child, children, toggle, wAttr } from '../../ooxml/xml';

export interface RunFormat {
  font: string | null;
  /** Half-points, as w:sz. */
  size: number | null;
  bold: boolean | null;
  italic: boolean | null;
  caps: boolean | null;
}

export interface ParagraphFormat {
  jc: string | null;
  before: number | null;
  after: number | null;
  line: number | null;
  lineRule: string | null;
  contextual: boolean | null;
  firstLine: number | null;
  hanging: number | null;
}

const EMPTY_RUN: RunFormat = { font: null, size: null, bold: null, italic: null, caps: null };
const EMPTY_PARA: ParagraphFormat = { jc: null, before: null, after: null, line: null, lineRule: null, contextual: null, firstLine: null, hanging: null };

const num = (v: string | null): number | null => (v === null || v === '' || Number.isNaN(Number(v)) ? null : Number(v));

/** Later values win where they are set. */
export function overlay<T extends object>(base: T, top: Partial<T>): T {
  const out = { ...base };
  for (const [k, v] of Object.entries(top)) if (v !== null && v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

export interface ThemeFonts {
  major: string | null;
  minor: string | null;
}

export function readRunProps(rPr: XmlElement | null, theme: ThemeFonts): Partial<RunFormat> {
  if (!rPr) return {};
  const fonts = child(rPr, 'rFonts');
  const themeName = wAttr(fonts, 'asciiTheme') ?? wAttr(fonts, 'hAnsiTheme');
  const themed = themeName ? (themeName.startsWith('major') ? theme.major : theme.minor) : null;
  return {
    font: wAttr(fonts, 'ascii') ?? wAttr(fonts, 'hAnsi') ?? themed,
    size: num(wAttr(child(rPr, 'sz'), 'val')),
    bold: toggle(rPr, 'b'),
    italic: toggle(rPr, 'i'),
    caps: toggle(rPr, 'caps'),
  };
}

export function readParagraphProps(pPr: XmlElement | null): Partial<ParagraphFormat> {
  if (!pPr) return {};
  const spacing = child(pPr, 'spacing');
  const ind = child(pPr, 'ind');
  return {
    jc: wAttr(child(pPr, 'jc'), 'val'),
    before: num(wAttr(spacing, 'before')),
    after: num(wAttr(spacing, 'after')),
    line: num(wAttr(spacing, 'line')),
    lineRule: wAttr(spacing, 'lineRule'),
    contextual: toggle(pPr, 'contextualSpacing'),
    firstLine: num(wAttr(ind, 'firstLine')),
    hanging: num(wAttr(ind, 'hanging')),
  };
}

interface StyleEntry {
  basedOn: string | null;
  run: Partial<RunFormat>;
  para: Partial<ParagraphFormat>;
}

export interface StyleSheet {
  defaultsRun: RunFormat;
  defaultsPara: ParagraphFormat;
  defaultParagraphStyle: string | null;
  /** Run formatting a paragraph style gives (whole basedOn chain). */
  paragraphStyleRun(id: string | null): Partial<RunFormat>;
  paragraphStylePara(id: string | null): Partial<ParagraphFormat>;
  runStyleRun(id: string | null): Partial<RunFormat>;
}

export function readTheme(theme: XmlDocument | null): ThemeFonts {
  const typeface = (name: string): string | null => {
    if (!theme) return null;
    const el = theme.getElementsByTagNameNS('http://schemas.openxmlformats.org/drawingml/2006/main', name)[0];
    const latin = el ? child(el, 'latin') : null;
    return latin?.getAttribute('typeface') || null;
  };
  return { major: typeface('majorFont'), minor: typeface('minorFont') };
}

/** Word's built-in defaults when styles.xml says nothing: Times New Roman 10 pt. */
const BUILT_IN: RunFormat = { font: 'Times New Roman', size: 20, bold: false, italic: false, caps: false };

export function readStyles(styles: XmlDocument | null, theme: ThemeFonts): StyleSheet {
  const entries = new Map<string, StyleEntry>();
  let defaultParagraphStyle: string | null = null;
  let defaultsRun = BUILT_IN;
  let defaultsPara = EMPTY_PARA;
  const root = styles?.documentElement ?? null;
  if (root) {
    const defaults = child(root, 'docDefaults');
    const rPrDefault = defaults ? child(defaults, 'rPrDefault') : null;
    const pPrDefault = defaults ? child(defaults, 'pPrDefault') : null;
    defaultsRun = overlay(BUILT_IN, readRunProps(rPrDefault ? child(rPrDefault, 'rPr') : null, theme));
    defaultsPara = overlay(EMPTY_PARA, readParagraphProps(pPrDefault ? child(pPrDefault, 'pPr') : null));
    for (const s of children(root, 'style')) {
      const id = wAttr(s, 'styleId');
      if (!id) continue;
      const type = wAttr(s, 'type');
      if (type === 'paragraph' && ['1', 'true'].includes(wAttr(s, 'default') ?? '')) defaultParagraphStyle = id;
      entries.set(`${type}:${id}`, { basedOn: wAttr(child(s, 'basedOn'), 'val'), run: readRunProps(child(s, 'rPr'), theme), para: readParagraphProps(child(s, 'pPr')) });
    }
  }
  const chain = (type: string, id: string | null): StyleEntry[] => {
    const out: StyleEntry[] = [];
    const seen = new Set<string>();
    for (let cur = id; cur && !seen.has(cur); ) {
      seen.add(cur);
      const e = entries.get(`${type}:${cur}`);
      if (!e) break;
      out.unshift(e);
      cur = e.basedOn;
    }
    return out;
  };
  return {
    defaultsRun,
    defaultsPara,
    defaultParagraphStyle,
    paragraphStyleRun: (id) => chain('paragraph', id ?? defaultParagraphStyle).reduce<Partial<RunFormat>>((acc, e) => overlay(acc, e.run), {}),
    paragraphStylePara: (id) => chain('paragraph', id ?? defaultParagraphStyle).reduce<Partial<ParagraphFormat>>((acc, e) => overlay(acc, e.para), {}),
    runStyleRun: (id) => chain('character', id).reduce<Partial<RunFormat>>((acc, e) => overlay(acc, e.run), {}),
  };
}

export { EMPTY_RUN };
