// Pasted text → items: Decree-style labels are recognised, dropped from the text, and nest under the
// nearest higher item; everything else is a paragraph.
import { describe, expect, it } from 'vitest';
import { item, para, run } from '../../../core/letter';
import { dropLeadingChars as dropChars, parseLabel as detectLabel } from '../../../core/format/parse-label';
import { linesToBlocks, textToLines } from '../../../renderer/src/editor/paste-structure';

describe('paste structure', () => {
  it.each([
    ['I. TỔ CHỨC THỰC HIỆN', 'section', 3],
    ['2. Sở Tài chính', 'clause', 3],
    ['12) Khác', 'clause', 4],
    ['đ) điểm đ', 'point', 3],
    ['-\u00a0gạch', 'dash', 2],
    ['+ cộng', 'plus', 2],
    ['1.\u00a0\u00a0\u00a0\u00a0 Word list', 'clause', 7],
  ])('reads %j as %s', (text, level, length) => {
    expect(detectLabel(text)).toEqual({ level, length });
  });

  it('leaves ordinary sentences alone (a year, a date, a lone label)', () => {
    expect(detectLabel('2022. Năm bản lề')).toBeNull();
    expect(detectLabel('30/4 là ngày lễ')).toBeNull();
    expect(detectLabel('1.')).toBeNull();
  });

  it('rebuilds a plain-text numbered list into nested items', () => {
    const text = ['Kính đề nghị:', '1. Sở Nội vụ:', 'a) rà soát;', '- trước ngày 15;', 'b) tổng hợp.', '2. Sở Tài chính.', 'Trân trọng./.'].join('\n');
    expect(linesToBlocks(textToLines(text))).toEqual([
      para('Kính đề nghị:'),
      item('clause', 'Sở Nội vụ:', [item('point', 'rà soát;', [item('dash', 'trước ngày 15;')]), item('point', 'tổng hợp.')]),
      item('clause', 'Sở Tài chính.'),
      para('Trân trọng./.'),
    ]);
  });

  it('drops a label split over runs and keeps the marks of the rest', () => {
    const runs = [run('1'), run('. '), run('Sở', { bold: true }), run(' Nội vụ')];
    expect(dropChars(runs, 3)).toEqual([run('Sở', { bold: true }), run(' Nội vụ')]);
  });

  it('makes an all-bold clause a titled clause, and uses an HTML list level when the text has no label', () => {
    expect(linesToBlocks([{ runs: [run('3. '), run('Sở Y tế', { bold: true })] }])).toEqual([item('clause', 'Sở Y tế', [], true)]);
    expect(linesToBlocks([{ runs: [run('mục không số')], level: 'dash' }])).toEqual([item('dash', 'mục không số')]);
  });
});
