// A letter that quotes the law it applies: the quoted decree's "1." and "a)" are its text, not the
// letter's clauses (found in the eighth unseen round: a tax office quoting Nghị định 72/2024 in a
// markdown page that wraps each paragraph in its own italic span).
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';
import { quotedParagraphs } from '../../../core/importer/quotes';

const letter = (body: string) => `THUẾ TỈNH TÂY NINH
Số: 3257/TNI-QLDN1
V/v thuế suất thuế GTGT
Tây Ninh, ngày 01 tháng 12 năm 2025

Kính gửi: Công ty TNHH Khuôn Mẫu Yong Hong.

${body}

Nơi nhận:
- Như trên;
- Lưu: VT, QLDN1.

KT. TRƯỞNG THUẾ TỈNH
PHÓ TRƯỞNG THUẾ TỈNH
Nguyễn Tấn Lợi`;

describe('quotedParagraphs', () => {
  it.each([
    // The paragraph that opens with the mark is quoted; one with its own text before the mark is not.
    [['Quy định:', '“Điều 1. Giảm thuế', '1. Giảm …', 'a) Viễn thông …”', 'Căn cứ quy định trên.'], [false, true, true, true, false]],
    [['Khoản 1 quy định: “1. Cơ quan …', 'a) Viễn thông …”', '2. Đề nghị …'], [false, true, false]],
    // No opening mark: the quotation began after the sentence ending in ':'.
    [['- Căn cứ Nghị định 72.', '+ Tại Điều 2 quy định:', 'Điều 2. Hiệu lực', '1. Nghị định này …', '…”', 'Căn cứ quy định trên.'], [false, false, true, true, true, false]],
    // Never closed: a stray mark, not a quotation.
    [['Quy định:', '“Điều 1. Giảm thuế', '1. Giảm …', '2. Mức giảm …'], [false, false, false, false]],
    // Closed on its own line, nothing to quote.
    [['Theo “Sổ tay”, 1. …', '2. …'], [false, false]],
  ])('%j', (texts, quoted) => expect(quotedParagraphs(texts)).toEqual(quoted));
});

describe('a quoted decree in a markdown page', () => {
  const body = `Trả lời văn bản số
01/CV-01 ngày 20/11/2025 của Công ty, Thuế tỉnh Tây Ninh có ý kiến như sau:
- Căn cứ Nghị định số
72/2024/NĐ-CP ngày 30/6/2024 của Chính phủ.
+ Tại Điều 1 quy định về
giảm thuế giá trị gia tăng:
*“Điều 1. Giảm thuế
giá trị gia tăng*
*1. Giảm thuế giá trị
gia tăng đối với các nhóm hàng hóa, dịch vụ đang áp dụng mức thuế suất 10%, trừ
nhóm hàng hóa, dịch vụ sau:*
*a) Viễn thông, hoạt
động tài chính, ngân hàng, chứng khoán, bảo hiểm, kinh doanh bất động sản, kim
loại và sản phẩm từ kim loại đúc sẵn, sản phẩm khai khoáng (không kể khai thác
than), than cốc, dầu mỏ tinh chế, sản phẩm hoá chất.*
*Các tổng công ty, tập
đoàn kinh tế cũng thuộc đối tượng giảm thuế.*
*…”*
+ Tại Điều 2 quy định
hiệu lực thi hành như sau:
*Điều 2. Hiệu lực thi
hành và tổ chức thực hiện*
*1. Nghị định này có
hiệu lực thi hành từ ngày 01 tháng 7 năm 2024.*
*…”*
+ Tại Phụ lục I quy định như
sau:
*“…*
*Ghi chú:*
*- Phụ lục này là một phần của Phụ lục Danh mục.*
*…”*
Căn cứ quy định trên, Công ty thực hiện theo quy định./.`;

  it('keeps the quoted labels as text, under the "+" line that introduces each quotation', () => {
    const { letter: l } = read(letter(body));
    expect(tree(l.body)).toEqual([
      'p: Trả lời văn bản số 01/CV-01 ngày 20/11/2025 của Công ty, Thuế tỉnh Tây Ninh có ý kiến như sau:',
      {
        'dash: Căn cứ Nghị định số 72/2024/NĐ-CP ngày 30/6/2024 của Chính phủ.': [
          {
            'plus: Tại Điều 1 quy định về giảm thuế giá trị gia tăng:': [
              'p: “Điều 1. Giảm thuế giá trị gia tăng',
              'p: 1. Giảm thuế giá trị gia tăng đối với các nhóm hàng hóa, dịch vụ đang áp dụng mức thuế suất 10%, trừ nhóm hàng hóa, dịch vụ sau:',
              'p: a) Viễn thông, hoạt động tài chính, ngân hàng, chứng khoán, bảo hiểm, kinh doanh bất động sản, kim loại và sản phẩm từ kim loại đúc sẵn, sản phẩm khai khoáng (không kể khai thác than), than cốc, dầu mỏ tinh chế, sản phẩm hoá chất.',
              'p: Các tổng công ty, tập đoàn kinh tế cũng thuộc đối tượng giảm thuế.',
              'p: …”',
            ],
          },
          {
            'plus: Tại Điều 2 quy định hiệu lực thi hành như sau:': [
              'p: Điều 2. Hiệu lực thi hành và tổ chức thực hiện',
              'p: 1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024.',
              'p: …”',
            ],
          },
          { 'plus: Tại Phụ lục I quy định như sau:': ['p: “…', 'p: Ghi chú:', 'p: - Phụ lục này là một phần của Phụ lục Danh mục.', 'p: …”'] },
        ],
      },
      'p: Căn cứ quy định trên, Công ty thực hiện theo quy định./.',
    ]);
  });

  it('keeps the quotation italic, over each span\'s wrapped lines', () => {
    const { letter: l } = read(letter(body));
    const quote = (l.body[1] as { children: { children: { content: { text: string; italic: boolean }[] }[] }[] }).children[0]!.children[2]!;
    expect(quote.content.every((r) => r.italic || r.text.trim() === '')).toBe(true);
  });

  it('drops a hand mark, but not the italic "…”" that ends a quotation', () => {
    const { letter: l, notes } = read(letter('Đề nghị Công ty:\n*“1. Kê khai đúng hạn;*\n*2. Nộp thuế đúng hạn.*\n*…”*\n*Lv*\nTrân trọng./.'));
    expect(tree(l.body)).toEqual(['p: Đề nghị Công ty:', 'p: “1. Kê khai đúng hạn;', 'p: 2. Nộp thuế đúng hạn.', 'p: …”', 'p: Trân trọng./.']);
    expect(notes.some((n) => n.kind === 'dropped' && n.source === '*Lv*')).toBe(true);
  });
});

describe('a letter that quotes nothing', () => {
  it('still reads "1." and "a)" after an unmatched "“" as its own clauses', () => {
    const { letter: l } = read(letter('Đề nghị các đơn vị thực hiện “Tháng hành động:\n1. Rà soát hồ sơ;\na) Hồ sơ thuế;\n2. Báo cáo kết quả./.'));
    expect(tree(l.body)).toEqual(['p: Đề nghị các đơn vị thực hiện “Tháng hành động:', { 'clause: Rà soát hồ sơ;': [{ 'point: Hồ sơ thuế;': [] }] }, { 'clause: Báo cáo kết quả./.': [] }]);
  });
});
