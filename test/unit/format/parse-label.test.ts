// One rule for the labels a line starts with, shared by paste (editor) and the importer: the cases
// each of them used to handle on its own must all hold.
import { describe, expect, it } from 'vitest';
import { isSublabel, parseLabel } from '../../../core/format/parse-label';

describe('parseLabel', () => {
  it.each([
    ['1.Tăng cường giám sát', 'clause', 2], // OCR lost the space after the label
    ['3) Báo cáo', 'clause', 3],
    ['a ) rà soát', 'point', 4], // a space before the parenthesis, as some pastes have it
    ['· theo dõi', 'dash', 2],
    ['ab) điểm thứ 25', 'point', 4], // what the exporter writes past "y"
    ['   - thụt lề', 'dash', 5],
    ['II. TỔ CHỨC THỰC HIỆN', 'section', 4],
  ])('reads %j as %s', (text, level, length) => {
    expect(parseLabel(text)).toEqual({ level, length });
  });

  it('leaves amounts, sub-numbering and bare labels as text', () => {
    expect(parseLabel('1.5 triệu đồng')).toBeNull();
    expect(parseLabel('1.1. Nội dung')).toBeNull();
    expect(isSublabel('1.1. Nội dung')).toBe(true);
    expect(isSublabel('1. Nội dung')).toBe(false);
    expect(parseLabel('a)')).toBeNull();
  });
});
