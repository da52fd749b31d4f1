// The page-1 header table (ô 1–5b, 10a/10b): widths, sizes, weights, alignment and the two rules.
import { describe, expect, it } from 'vitest';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { child, children, descendants, wAttr } from '../../../core/ooxml/xml';
import { formatAgencyLines, formatDateLine, formatNumberLine, formatSubjectLine, MOTTO, NATIONAL_TITLE } from '../../../core/format';
import { mmToTwips } from '../../../core/layout';
import { ascentPt, textWidthTwips } from '../../../core/metrics';
import { draftNames, loadDraft } from './fixtures';
import { cellParagraphs, exportFixture, gridCols, paraView, runView } from './read-docx';

const PAD = mmToTwips(1.9);
const LEFT = mmToTwips(67.9);
const RIGHT = mmToTwips(95.3);

describe.each(draftNames())('%s: header table', (name) => {
  const letter = loadDraft(name);
  const get = async () => {
    const out = await exportFixture(name, loadDraft);
    const tbl = out.tables[0] as XmlElement;
    return { out, tbl, cells: cellParagraphs(tbl) };
  };

  it('is a borderless fixed-layout table of Mẫu 1.5 widths 6.79 | 9.53 cm in DXA', async () => {
    const { tbl } = await get();
    const tblPr = child(tbl, 'tblPr') as XmlElement;
    expect(wAttr(child(tblPr, 'tblLayout'), 'type')).toBe('fixed');
    expect(wAttr(child(tblPr, 'tblW'), 'type')).toBe('dxa');
    expect(gridCols(tbl)).toEqual([LEFT, RIGHT]);
    expect([LEFT, RIGHT]).toEqual([3849, 5403]);
    for (const b of children(child(tblPr, 'tblBorders') as XmlElement)) expect(wAttr(b, 'val')).toBe('none');
    const widths = children(children(tbl, 'tr')[0] as XmlElement, 'tc').map((tc) => Number(wAttr(child(child(tc, 'tcPr') as XmlElement, 'tcW'), 'w')));
    expect(widths).toEqual([LEFT, RIGHT]);
  });

  it('row 1: parent regular 13 pt, agency bold 13 pt, centred; rule 1/3–1/2 of the longest agency line', async () => {
    const { cells } = await get();
    const left = cells[0]?.[0] ?? [];
    const { parent, name: lines } = formatAgencyLines(letter.agency);
    const texts = left.filter((p) => p.text).map((p) => p.text);
    expect(texts).toEqual([...parent, ...lines]);
    for (const p of left.filter((x) => x.text)) {
      expect(p.align).toBe('center');
      const isParent = parent.includes(p.text);
      for (const r of p.runs) expect({ bold: r.bold, size: r.size }).toEqual({ bold: !isParent, size: 26 });
    }
    const rule = left.find((p) => p.bottomBorder);
    expect(rule).toBeDefined();
    expect(wAttr(rule?.bottomBorder, 'val')).toBe('single');
    const length = LEFT - 2 * PAD - (rule?.indent.left ?? 0) - (rule?.indent.right ?? 0);
    const longest = Math.min(Math.max(...lines.map((l) => textWidthTwips(l, 13, { bold: true }))), LEFT - 2 * PAD);
    expect(length).toBeGreaterThanOrEqual(longest / 3 - 2);
    expect(length).toBeLessThanOrEqual(longest / 2 + 2);
    expect(Math.abs((rule?.indent.left ?? 0) - (rule?.indent.right ?? 0))).toBeLessThanOrEqual(1);
  });

  it('row 1: Quốc hiệu bold 12 pt, motto bold 14 pt, and a rule exactly as long as the motto', async () => {
    const { cells } = await get();
    const right = cells[0]?.[1] ?? [];
    expect(right.filter((p) => p.text).map((p) => p.text)).toEqual([NATIONAL_TITLE, MOTTO]);
    expect(right[0]?.runs.every((r) => r.bold && r.size === 24)).toBe(true);
    expect(right[1]?.runs.every((r) => r.bold && r.size === 28)).toBe(true);
    const rule = right.find((p) => p.bottomBorder);
    const length = RIGHT - 2 * PAD - (rule?.indent.left ?? 0) - (rule?.indent.right ?? 0);
    expect(Math.abs(length - textWidthTwips(MOTTO, 14, { bold: true }))).toBeLessThanOrEqual(1);
  });

  it('row 2: "Số" 13 pt upright and the dateline italic on the same row; V/v 12 pt centred 6 pt below', async () => {
    const { cells } = await get();
    const [left, right] = [cells[1]?.[0] ?? [], cells[1]?.[1] ?? []];
    const so = left[0];
    expect(so?.text).toBe(formatNumberLine(letter.number, letter.symbol));
    expect(so?.runs.every((r) => r.size === 26 && !r.bold && !r.italic)).toBe(true);
    expect(so?.align).toBe('center');
    const vv = left[1];
    expect(vv?.text).toBe(formatSubjectLine(letter.subject));
    expect(vv?.align).toBe('center');
    expect(vv?.spacing.before).toBe(120);
    expect(vv?.runs.every((r) => r.size === 24 && !r.bold)).toBe(true);
    const date = right[0];
    // Exact, blanks of a pending day included; a dateline broken after the place (w:br) loses only that space.
    const expected = formatDateLine(letter.place, letter.date);
    expect(date?.runs.length === 1 ? date.text : date?.runs.map((r) => r.text).join(' ')).toBe(expected);
    expect(date?.runs.every((r) => r.italic && !r.bold && (r.size === 28 || r.size === 26))).toBe(true);
    // Same line: the two start in the same row and their first baselines (space before + ascent) meet,
    // so the 13 pt Số starts lower than a 14 pt dateline by the difference of their ascents.
    const baseline = (p: typeof so) => (p?.spacing.before ?? 0) + ascentPt((p?.runs[0]?.size ?? 0) / 2) * 20;
    expect(Math.abs(baseline(so) - baseline(date))).toBeLessThanOrEqual(1);
    expect(Math.min(so?.spacing.before ?? 0, date?.spacing.before ?? 0)).toBe(130);
  });

  it('puts the urgency and secrecy stamps in the left column as red bold boxes of their size', async () => {
    const { cells, tbl } = await get();
    const leftCell = children(children(tbl, 'tr')[1] as XmlElement, 'tc')[0] as XmlElement;
    const boxes = children(leftCell, 'tbl');
    const expected = [letter.secrecy, letter.urgency].filter((x) => x !== null);
    expect(boxes).toHaveLength(expected.length);
    boxes.forEach((box, i) => {
      const text = expected[i] as string;
      const runs = descendants(box, 'r').map(runView);
      expect(runs.map((r) => r.text).join('')).toBe(text);
      expect(runs.every((r) => r.bold && r.color === 'FF0000' && r.size === 26)).toBe(true);
      const borders = children(child(child(box, 'tblPr') as XmlElement, 'tblBorders') as XmlElement);
      expect(borders.every((b) => wAttr(b, 'val') === 'single' && wAttr(b, 'color') === 'FF0000')).toBe(true);
      const trH = child(child(children(box, 'tr')[0] as XmlElement, 'trPr') as XmlElement, 'trHeight');
      expect([wAttr(trH, 'val'), wAttr(trH, 'hRule')]).toEqual([String(mmToTwips(8)), 'exact']);
      if (text === letter.urgency) {
        const mm = { 'HỎA TỐC': 30, 'THƯỢNG KHẨN': 40, KHẨN: 20 }[letter.urgency];
        expect(gridCols(box)).toEqual([mmToTwips(mm)]);
        expect(textWidthTwips(text, 13, { bold: true })).toBeLessThan(mmToTwips(mm));
      }
    });
    expect(cells[1]?.[0]?.some((p) => p.text === 'HỎA TỐC')).toBe(false);
  });
});

describe('dateline too long for its column', () => {
  it('breaks after the place\'s comma and keeps the date whole (edge-agency-three-lines)', async () => {
    const out = await exportFixture('edge-agency-three-lines', loadDraft);
    const date = cellParagraphs(out.tables[0] as XmlElement)[1]?.[1]?.[0];
    expect(date?.runs.map((r) => r.text)).toEqual(['Thành phố Hồ Chí Minh,', 'ngày 29 tháng 12 năm 2025']);
    expect(descendants(date?.el as XmlElement, 'br')).toHaveLength(1);
    expect(out.warnings.join('\n')).toMatch(/^place: /m);
    expect(paraView(date?.el as XmlElement).align).toBe('center');
  });
});
