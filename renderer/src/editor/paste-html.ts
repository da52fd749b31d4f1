// HTML from the clipboard (Word, LibreOffice, web pages) → lines of marked runs. Only text and
// bold / italic / underline survive: scripts, styles, images, comments, fonts and colours are dropped.
// Word's list numbers arrive as text (mso-list:Ignore spans), so linesToBlocks rebuilds the items;
// HTML lists (<ol>/<ul>) give their level from nesting.
import type { Inline, ItemLevel } from '../../../core/letter/types';
import type { PastedLine } from './paste-structure';

const SKIP = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'META', 'LINK', 'IMG', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'TEMPLATE', 'NOSCRIPT', 'XML', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD']);

interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

function marksOf(el: Element, inherited: Marks): Marks {
  const style = (el.getAttribute('style') ?? '').toLowerCase();
  const tag = el.tagName.toUpperCase();
  const weight = /font-weight\s*:\s*(\w+)/.exec(style)?.[1];
  const fontStyle = /font-style\s*:\s*(\w+)/.exec(style)?.[1];
  const decoration = /text-decoration(?:-line)?\s*:\s*([^;]+)/.exec(style)?.[1];
  const boldByStyle = weight === undefined ? null : weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  return {
    bold: boldByStyle ?? (tag === 'B' || tag === 'STRONG' || /^H[1-6]$/.test(tag) || inherited.bold),
    italic: fontStyle !== undefined ? fontStyle === 'italic' || fontStyle === 'oblique' : tag === 'I' || tag === 'EM' || inherited.italic,
    underline: decoration !== undefined ? decoration.includes('underline') : tag === 'U' || tag === 'INS' || inherited.underline,
  };
}

function listLevel(el: Element): ItemLevel {
  const lists: string[] = [];
  for (let p = el.parentElement; p; p = p.parentElement) if (p.tagName === 'OL' || p.tagName === 'UL') lists.push(p.tagName);
  const [own, ...outer] = lists;
  if (own === 'UL') return outer.includes('UL') ? 'plus' : 'dash';
  const type = el.parentElement?.getAttribute('type');
  if (type === 'a') return 'point';
  if (type === 'I') return 'section';
  return outer.length === 0 ? 'clause' : outer.length === 1 ? 'point' : 'dash';
}

export function htmlToLines(html: string): PastedLine[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lines: PastedLine[] = [];
  let current: PastedLine = { runs: [] };
  const flush = () => {
    if (current.runs.some((r) => r.text.trim() !== '')) lines.push(current);
    current = { runs: [] };
  };
  const walk = (node: Node, marks: Marks) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/[\r\n]+/g, ' ');
      if (text) current.runs.push({ text, ...marks } satisfies Inline);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return; // comments (Word's conditional blocks), PIs
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || tag.includes(':') && tag !== 'O:P') return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'LI') current.level = listLevel(el);
    const inner = marksOf(el, marks);
    for (const child of Array.from(el.childNodes)) walk(child, inner);
    if (tag === 'TD' || tag === 'TH') current.runs.push({ text: ' ', ...marks });
    if (block) flush();
  };
  walk(doc.body, { bold: false, italic: false, underline: false });
  flush();
  return lines.map((l) => ({ ...l, runs: l.runs.map((r) => ({ ...r, text: r.text.normalize('NFC') })) }));
}
