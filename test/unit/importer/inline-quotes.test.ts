import { describe, expect, it } from 'vitest';
import { quotesInline } from '../../../core/importer/inline-quotes';

describe('quotesInline', () => {
  it('reads a name in quotes the sentence goes on after, on one line, as inline', () => {
    expect(quotesInline(['“Nhà phi thuyền”. Về vấn đề này, Cục có ý kiến'], 0)).toBe(true);
  });
  it('reads a quotation closed a line on, the sentence going on after the mark, as inline', () => {
    expect(quotesInline(['“Trong thời hạn 03 tháng, người lao động nộp hồ', 'sơ tại trung tâm”. Như vậy, không còn'], 0)).toBe(true);
  });
  it('keeps a quoted article that closes at its line end as a block', () => {
    expect(quotesInline(['“1. Giảm thuế giá trị gia tăng', 'đối với nhóm hàng hóa, dịch vụ.”'], 0)).toBe(false);
  });
  it('keeps a block whose closing mark is past a blank line or beyond reach', () => {
    expect(quotesInline(['“Điều 1. Phạm vi', '', 'áp dụng”. Như vậy'], 0)).toBe(false);
    expect(quotesInline(['“a', 'b', 'c', 'd', 'e', 'f”. Như vậy'], 0)).toBe(false);
  });
  it('does not take a second quotation opened before the close for the first one\'s end', () => {
    expect(quotesInline(['“Điều 1. Phạm vi', 'theo “Luật”. Như vậy'], 0)).toBe(false);
  });
});
