// What a fresh conformance audit of the rendered letters found (nd30.md §4.4, §4.7, §4.12, §6.4) and
// the writer now does: each case asserts the corrected XML property and failed before the fix.
import { describe, expect, it } from 'vitest';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { child, children, descendants, wAttr } from '../../../core/ooxml/xml';
import { item, para, sampleLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';
import { fitsLine, textWidthTwips } from '../../../core/metrics';
import { PROFILES, resolveLayout } from '../../../core/layout';
import { NATIONAL_TITLE } from '../../../core/format';
import { loadDraft } from './fixtures';
import { cellParagraphs, exportAndRead, paraView } from './read-docx';

const withChanges = (changes: Partial<Letter>): Letter => ({ ...sampleLetter(), ...changes });

describe('dateline that fits its column only just', () => {
  // 13 pt: 91.2 mm measured in a 91.5 mm cell. LibreOffice wrapped "2025" onto a line of its own.
  const letter = withChanges({ place: 'Thành phố Đà Nẵng', date: { day: 29, month: 12, year: 2025 } });

  it('is broken after the place\'s comma rather than set at 13 pt on a line it may overflow', async () => {
    const rightText = 5403 - 2 * 108;
    expect(textWidthTwips('Thành phố Đà Nẵng, ngày 29 tháng 12 năm 2025', 13, { italic: true })).toBeLessThanOrEqual(rightText);
    const out = await exportAndRead(letter);
    const date = cellParagraphs(out.tables[0] as XmlElement)[1]?.[1]?.[0];
    expect(date?.runs.map((r) => r.text)).toEqual(['Thành phố Đà Nẵng,', 'ngày 29 tháng 12 năm 2025']);
    expect(date?.runs.every((r) => r.size === 28 && r.italic)).toBe(true);
    expect(descendants(date?.el as XmlElement, 'br')).toHaveLength(1);
  });

  it('still drops to 13 pt when that leaves room to spare (Bà Rịa - Vũng Tàu, 88.0 mm)', async () => {
    const out = await exportAndRead(withChanges({ place: 'Bà Rịa - Vũng Tàu', date: { day: 29, month: 12, year: 2025 } }));
    const date = cellParagraphs(out.tables[0] as XmlElement)[1]?.[1]?.[0];
    expect(date?.runs.map((r) => [r.text, r.size])).toEqual([['Bà Rịa - Vũng Tàu, ngày 29 tháng 12 năm 2025', 26]]);
  });
});

describe('Số and the dateline on the same line', () => {
  it('starts the 13 pt Số lower than the 14 pt dateline by the ascent difference (0.89 pt)', async () => {
    const out = await exportAndRead(sampleLetter());
    const [left, right] = cellParagraphs(out.tables[0] as XmlElement)[1] ?? [];
    expect(left?.[0]?.spacing.before).toBe(148);
    expect(right?.[0]?.spacing.before).toBe(130);
  });

  it('starts both at the same height when the dateline is itself 13 pt', async () => {
    const out = await exportAndRead(withChanges({ place: 'Bà Rịa - Vũng Tàu', date: { day: 29, month: 12, year: 2025 } }));
    const [left, right] = cellParagraphs(out.tables[0] as XmlElement)[1] ?? [];
    expect(left?.[0]?.spacing.before).toBe(right?.[0]?.spacing.before);
  });
});

describe('section headings', () => {
  it('are written upper case (I. TIÊU ĐỀ, §4.7) whatever case the author typed, label included, bold', async () => {
    const letter = withChanges({
      body: [item('section', 'Kết quả thực hiện năm 2024', [item('clause', 'Về công tác chỉ đạo, điều hành', [], true)], true), para('Đề nghị các đơn vị thực hiện./.')],
    });
    const out = await exportAndRead(letter);
    const texts = out.paragraphs.map((p) => p.text);
    expect(texts).toContain('I. KẾT QUẢ THỰC HIỆN NĂM 2024');
    // Only sections: a titled clause keeps its sentence case.
    expect(texts).toContain('1. Về công tác chỉ đạo, điều hành');
    const heading = out.paragraphs.find((p) => p.text.startsWith('I. '));
    expect(heading?.runs.every((r) => r.bold && r.size === 28)).toBe(true);
  });
});

describe('points past "y)"', () => {
  const points = Array.from({ length: 25 }, (_, i) => item('point', `Nội dung điểm thứ ${i + 1}.`));
  const letter = withChanges({ body: [para('Ủy ban nhân dân tỉnh yêu cầu:'), item('clause', 'Các nhiệm vụ sau:', points), para('Đề nghị thực hiện./.')] });

  it('are labelled aa) ab) and the export warns, naming the clause that holds them', async () => {
    const out = await exportAndRead(letter);
    const labels = out.paragraphs.map((p) => /^([a-zđ]+)\)/.exec(p.text)?.[1]).filter(Boolean);
    expect(labels.slice(20)).toEqual(['v', 'x', 'y', 'aa', 'ab']);
    expect(out.warnings.filter((w) => w.startsWith('body.1: có 25 điểm'))).toHaveLength(1);
  });

  it('do not warn at 23 points (a … y)', async () => {
    const out = await exportAndRead(withChanges({ body: [item('clause', 'Các nhiệm vụ sau:', points.slice(0, 23)), para('Đề nghị thực hiện./.')] }));
    expect(out.warnings.some((w) => w.includes('điểm'))).toBe(false);
  });
});

describe('a letter without Kính gửi', () => {
  it('keeps the Kính gửi gap (12 pt) between the header table and the first body paragraph', async () => {
    const out = await exportAndRead(loadDraft('edge-no-recipients'));
    expect(out.paragraphs[0]?.text.startsWith('Kính gửi')).toBe(false);
    expect(out.paragraphs[0]?.spacing.before).toBe(240);
    expect(out.paragraphs[1]?.spacing.before).toBe(120);
  });

  it('leaves the body spacing alone when Kính gửi stands between', async () => {
    const out = await exportAndRead(sampleLetter());
    const first = out.paragraphs.find((p) => !p.text.startsWith('Kính gửi') && !p.text.startsWith('- '));
    expect(first?.spacing.before).toBe(120);
  });
});

describe('proofing language', () => {
  it('is Vietnamese for every run (document defaults), so Word does not mark each word misspelt', async () => {
    const out = await exportAndRead(sampleLetter());
    const styles = out.pkg.xml('word/styles.xml') as unknown as XmlElement;
    const defaults = descendants(styles, 'rPrDefault')[0] as XmlElement;
    const lang = descendants(defaults, 'lang')[0];
    expect(wAttr(lang as XmlElement, 'val')).toBe('vi-VN');
  });
});

describe('a stamp at the end of the left header cell', () => {
  it('is followed by a 1 pt closing paragraph, not a 14 pt empty line', async () => {
    const out = await exportAndRead(loadDraft('seed-003'));
    const leftCell = children(children(out.tables[0] as XmlElement, 'tr')[1] as XmlElement, 'tc')[0] as XmlElement;
    const last = paraView(children(leftCell, 'p').at(-1) as XmlElement);
    expect(child(leftCell, 'tbl')).not.toBeNull();
    expect(last.text).toBe('');
    expect([last.spacing.line, last.spacing.lineRule]).toEqual([20, 'exact']);
  });
});

describe.each(['default', 'government'] as const)('%s profile: header lines that must not wrap', (profile) => {
  it('holds the Quốc hiệu and a 13 pt "SỞ GIÁO DỤC VÀ ĐÀO TẠO" with the safety margin, and says nothing', async () => {
    const l = resolveLayout(PROFILES[profile]);
    const [left, right] = l.headerColumns.map((c) => c - 2 * l.cellPadding) as [number, number];
    expect(fitsLine(textWidthTwips(NATIONAL_TITLE, PROFILES[profile].sizes.nationalTitle, { bold: true }), right)).toBe(true);
    expect(fitsLine(textWidthTwips('SỞ GIÁO DỤC VÀ ĐÀO TẠO', PROFILES[profile].sizes.agency, { bold: true }), left)).toBe(true);
    const out = await exportAndRead(loadDraft('edge-parent-agency'), { profile });
    const tcMar = child(child(out.tables[0] as XmlElement, 'tblPr') as XmlElement, 'tblCellMar') as XmlElement;
    expect(Number(wAttr(child(tcMar, 'left'), 'w'))).toBe(l.cellPadding);
    expect(out.warnings).toEqual([]);
  });
});

describe('page breaks in the body', () => {
  it('keeps headings and items that introduce points with what follows; every body paragraph has widow control', async () => {
    const letter = loadDraft('seed-001');
    const out = await exportAndRead(letter);
    const body = out.paragraphs.filter((p) => p.text && !p.text.startsWith('Kính gửi') && p.indent.firstLine === 720);
    const has = (p: (typeof body)[number], tag: string) => p.el.getElementsByTagName(`w:${tag}`).length === 1;
    const heading = body.find((p) => p.text === '2. Sở Thông tin và Truyền thông');
    expect(heading && has(heading, 'keepNext')).toBe(true);
    const plain = body.find((p) => p.text.startsWith('- Tăng cường và ưu tiên'));
    expect(plain && has(plain, 'keepNext')).toBe(false);
    expect(body.every((p) => has(p, 'widowControl'))).toBe(true);
  });
});
