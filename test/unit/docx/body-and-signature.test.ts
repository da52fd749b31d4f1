// Kính gửi, body and the Nơi nhận | signature table, for every fixture draft and the special cases.
import { describe, expect, it } from 'vitest';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { child, wAttr } from '../../../core/ooxml/xml';
import { flattenLabeled, formatKinhGui, formatNoiNhanEntries, formatSignatureLines, kinhGuiLines, labelBlocks, withClosingMark } from '../../../core/format';
import { plainText } from '../../../core/letter';
import { mmToTwips } from '../../../core/layout';
import { textWidthTwips } from '../../../core/metrics';
import { draftNames, loadDraft } from './fixtures';
import { cellParagraphs, exportFixture, gridCols } from './read-docx';

describe.each(draftNames())('%s: Kính gửi, body, Nơi nhận and signature', (name) => {
  const letter = loadDraft(name);
  const get = () => exportFixture(name, loadDraft);
  const kinhGui = kinhGuiLines(formatKinhGui(letter.recipients));

  it('writes Kính gửi at 14 pt: one line for one recipient, hyphens under the colon for several', async () => {
    const out = await get();
    const paras = out.paragraphs.slice(0, kinhGui.length);
    expect(paras.map((p) => p.text)).toEqual(kinhGui);
    for (const p of paras) expect(p.runs.every((r) => r.size === 28 && !r.bold && !r.italic)).toBe(true);
    if (kinhGui.length > 1) {
      const colon = (paras[0]?.indent.left ?? 0) + textWidthTwips('Kính gửi', 14);
      expect(paras[0]?.indent.left).toBe(mmToTwips(35));
      for (const item of paras.slice(1)) expect(item.indent.left - item.indent.hanging).toBe(colon);
    }
  });

  it('writes one justified 14 pt paragraph per block: first line 1.27 cm, ≥ 6 pt before, line 1.0–1.5', async () => {
    const out = await get();
    const body = out.paragraphs.slice(kinhGui.length).filter((p) => p.text.length > 0);
    const nodes = flattenLabeled(labelBlocks(letter.body)).filter((n) => plainText(n.block.content).length > 0 || n.label);
    expect(body).toHaveLength(nodes.length);
    body.forEach((p, i) => {
      const node = nodes[i];
      expect(p.align).toBe('both');
      expect(p.indent.firstLine).toBe(720);
      expect(p.spacing.before).toBeGreaterThanOrEqual(120);
      expect(p.spacing.lineRule).toBe('auto');
      expect(p.spacing.line).toBeGreaterThanOrEqual(240);
      expect(p.spacing.line).toBeLessThanOrEqual(360);
      expect(p.runs.every((r) => r.size === 28)).toBe(true);
      const content = plainText(node?.block.content ?? []);
      const expected = node?.label ? `${node.label} ${content}` : content;
      // The last paragraph may have gained the closing "./." on export.
      expect(p.text).toBe(i === body.length - 1 ? withClosingMark(expected) : expected);
      const block = node?.block;
      if (block?.kind === 'item' && (block.title || block.level === 'section')) expect(p.runs.every((r) => r.bold)).toBe(true);
      if (block?.kind === 'item' && !block.title && block.level !== 'section') expect(p.runs[0]?.bold).toBe(false);
    });
    expect(body.at(-1)?.text.endsWith('./.')).toBe(true);
    // The closing paragraph is kept with the signature table (no signature alone on a page).
    const pPr = body.at(-1)?.el.getElementsByTagName('w:keepNext');
    expect(pPr?.length).toBe(1);
  });

  it('lays out Nơi nhận | signature in a fixed 6.19 | 10.25 cm table', async () => {
    const out = await get();
    const tbl = out.tables[1] as XmlElement;
    expect(gridCols(tbl)).toEqual([mmToTwips(61.9), mmToTwips(102.5)]);
    expect(wAttr(child(child(tbl, 'tblPr') as XmlElement, 'tblLayout'), 'type')).toBe('fixed');
    const [left, right] = cellParagraphs(tbl)[0] ?? [];
    const heading = left?.[0];
    expect(heading?.text).toBe('Nơi nhận:');
    expect(heading?.runs.every((r) => r.bold && r.italic && r.size === 24)).toBe(true);
    const entries = left?.slice(1) ?? [];
    expect(entries.map((p) => p.text)).toEqual(formatNoiNhanEntries(letter));
    for (const e of entries) {
      expect(e.runs.every((r) => r.size === 22 && !r.bold && !r.italic)).toBe(true);
      expect(e.indent.hanging).toBe(textWidthTwips('- ', 11));
    }
    if (letter.recipients.length > 0) expect(entries[0]?.text).toMatch(/^- Như trên\b.*;$/);
    expect(entries.at(-1)?.text).toMatch(/^- Lưu: VT(, [^,]+)*( \(\d{2,}\))?\.( [A-ZĐ]+\.(\(\d+\))?)?$/);

    const lines = formatSignatureLines(letter.signature);
    const titles = right?.slice(0, lines.length) ?? [];
    expect(titles.map((p) => p.text)).toEqual(lines);
    for (const t of titles) {
      expect(t.text).toBe(t.text.toLocaleUpperCase('vi'));
      expect(t.align).toBe('center');
      expect(t.runs.every((r) => r.bold && r.size === 28)).toBe(true);
    }
    expect(titles[0]?.spacing.before).toBe(heading?.spacing.before);
    const signer = right?.[lines.length];
    expect(signer?.text).toBe(letter.signature.signer);
    expect(signer?.runs.every((r) => r.bold && r.size === 28)).toBe(true);
    expect(signer?.spacing.before).toBeGreaterThanOrEqual(mmToTwips(30));
  });
});

describe('special cases', () => {
  it('seed-000: "2. Sở Thông tin và Truyền thông" is a titled clause, bold; its points are not', async () => {
    const out = await exportFixture('seed-000', loadDraft);
    const i = out.paragraphs.findIndex((p) => p.text === '2. Sở Thông tin và Truyền thông');
    expect(out.paragraphs[i]?.runs.every((r) => r.bold)).toBe(true);
    expect(out.paragraphs[i + 1]?.text.startsWith('a) Hướng dẫn')).toBe(true);
    expect(out.paragraphs[i + 1]?.runs.some((r) => r.bold)).toBe(false);
  });

  it('seed-003 lacks "./.": the export adds it to the last paragraph and says so', async () => {
    const out = await exportFixture('seed-003', loadDraft);
    const last = out.paragraphs.filter((p) => p.text).at(-1);
    expect(last?.text.endsWith('ducsc@kiengiang.gov.vn./.')).toBe(true);
    expect(out.warnings.some((w) => w.startsWith('body:') && w.includes('./.'))).toBe(true);
  });

  it('edge-sections-deep: labels I. II. 1. a) … k) - + as literal text, the author\'s marks kept', async () => {
    const out = await exportFixture('edge-sections-deep', loadDraft);
    const labels = out.paragraphs.slice(3).map((p) => /^(\S+) /.exec(p.text)?.[1]).filter((l) => l && /^([IVX]+\.|\d+\.|[a-zđ]+\)|-|\+)$/.test(l));
    expect(labels).toEqual(['I.', '1.', 'a)', 'b)', '2.', 'II.', '1.', 'a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)', 'i)', 'k)', 'l)', '2.', 'a)', '-', '+', '+', '-', 'b)']);
    const marked = out.paragraphs.find((p) => p.text.startsWith('2. Về kết quả'));
    expect(marked?.runs.find((r) => r.text === 'đạt 100%')?.bold).toBe(true);
    expect(marked?.runs.find((r) => r.text === 'nổi bật')?.italic).toBe(true);
  });

  it('edge-no-recipients: no Kính gửi paragraph and no "Như trên"', async () => {
    const out = await exportFixture('edge-no-recipients', loadDraft);
    expect(out.paragraphs.some((p) => p.text.startsWith('Kính gửi'))).toBe(false);
    const left = cellParagraphs(out.tables[1] as XmlElement)[0]?.[0] ?? [];
    expect(left.some((p) => p.text.includes('Như trên'))).toBe(false);
  });

  it('edge-one-recipient: "Kính gửi: Sở Nội vụ" on one centred line', async () => {
    const out = await exportFixture('edge-one-recipient', loadDraft);
    expect(out.paragraphs[0]?.text).toBe('Kính gửi: Sở Nội vụ');
    expect(out.paragraphs[0]?.align).toBe('center');
    const left = cellParagraphs(out.tables[1] as XmlElement)[0]?.[0] ?? [];
    expect(left.at(-1)?.text).toBe('- Lưu: VT, NC (02). NVA.(5)');
  });
});
