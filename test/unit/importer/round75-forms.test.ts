// Forms found while the seventy-fifth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const letter = letterFrom({
  head: 'UBND THÀNH PHỐ CÀ MAU\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 306/PGDĐT\nTP. Cà Mau, ngày 01 tháng 7 năm 2019\nV/v hướng dẫn thực hiện Kế hoạch thời gian năm học',
  greeting: 'Kính gửi: Hiệu trưởng các trường trực thuộc.',
  body: 'Trưởng Phòng GD&ĐT đề nghị Hiệu trưởng các trường thực hiện tốt Công văn này./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\nLê Minh Hải',
});

describe('Signatures of round 75', () => {
  it('"Lưu Đức Huy" under the title, with no Nơi nhận: the signer whose family name is Lưu, no archive line', () => {
    const l = read(letter({ footer: 'TL. TỔNG CỤC TRƯỞNG\nVỤ TRƯỞNG VỤ CHÍNH SÁCH\n\nLưu Đức Huy' })).letter;
    expect([l.signature.title, l.signature.signer, l.archive.units, l.drafter]).toEqual(['VỤ TRƯỞNG VỤ CHÍNH SÁCH', 'Lưu Đức Huy', [], null]);
  });
  it('"VÀ ĐÀOT/" after the Lưu line, the block lost: the seal\'s ring ("… VÀ ĐÀO TẠO", its "T" glued on) is no signer or title', () => {
    const l = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTr.\n\nVÀ ĐÀOT/' })).letter;
    expect([l.signature.title, l.signature.signer]).toEqual(['', '']);
  });
});

describe('Nơi nhận of round 75', () => {
  it('"Nơi nhận: 9", "… Phòng GD-ĐT `2", "Lưu: VT, =4 Minh Hải": specks of the scan are no entries, no units', () => {
    const l = read(letter({ footer: 'Nơi nhận: 9\n- Như trên;\n- Các bộ phận Phòng GD-ĐT `2\n- Lưu: VT, =4 Minh Hải' })).letter;
    expect([l.distribution, l.archive.units]).toEqual([['Như trên', 'Các bộ phận Phòng GD-ĐT'], ['VT']]);
  });
  it('"Lưu: VT, NC.Châu": the unit, then the drafter\'s name after a full stop with no space', () => {
    const r = readArchive('- Lưu: VT, NC.Châu', 'BCĐ');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'NC'], { initials: 'Châu', copies: null }]);
  });
});

describe('Headers of round 75', () => {
  it('"… thành phô" / "Cà Mau": a recipient cut after the city\'s kind OCR marred goes on with its name', () => {
    const l = read(letter({ greeting: 'Kính gửi: Hiệu trưởng các trường trực thuộc Phòng Giáo dục và Đào tạo thành phô\nCà Mau' })).letter;
    expect(l.recipients).toEqual(['Hiệu trưởng các trường trực thuộc Phòng Giáo dục và Đào tạo thành phô Cà Mau']);
  });
  it('a Word text box\'s subject read twice (its copy for older Word) is kept once', () => {
    const l = read(
      letter({ number: 'Số:           /UBND-NC\nV/v tập trung triển khai thực hiện\ncông tác cai nghiện ma túy\nV/v tập trung triển khai thực hiện\ncông tác cai nghiện ma túy\nLâm Đồng, ngày      tháng 10 năm 2025' }),
    ).letter;
    expect(l.subject).toBe('tập trung triển khai thực hiện công tác cai nghiện ma túy');
  });
});

describe('Bodies of round 75', () => {
  it('"… sau khi thông quan." / "" / "aga" / "": a short word set apart by blank lines is a speck, no paragraph', () => {
    const l = read(letter({ body: 'Các máy móc được nhập khẩu và đưa thẳng về Chi nhánh sau khi thông quan.\n\naga\n\nTổng cục Thuế trả lời để Công ty được biết./.' })).letter;
    expect(tree(l.body)).toEqual(['p: Các máy móc được nhập khẩu và đưa thẳng về Chi nhánh sau khi thông quan.', 'p: Tổng cục Thuế trả lời để Công ty được biết./.']);
  });
  it('a Word text: "1. Hoàn thiện …" / "(1) Tiếp tục …" / "- Thời gian: …" / "(2) Sao lưu …": each bracketed task opens a paragraph under the titled clause', () => {
    const body = [
      '1. Hoàn thiện hạ tầng công nghệ thông tin',
      '(1) Tiếp tục phối hợp với các doanh nghiệp rà soát, nâng cấp hệ thống hạ tầng.',
      '- Thời gian hoàn thành: Thực hiện thường xuyên.',
      '(2) Sao lưu, duy trì các cơ sở dữ liệu trong hệ thống cũ.',
      '- Thời gian hoàn thành: Trong tháng 8/2025.',
      '2. Hoàn thiện cơ cấu tổ chức, chức năng giải quyết thủ tục hành chính tại cấp xã',
      '(1) Xây dựng và phê duyệt đề án tổ chức các phòng nghiệp vụ.',
    ].join('\n');
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      {
        'clause T: Hoàn thiện hạ tầng công nghệ thông tin': [
          'p: (1) Tiếp tục phối hợp với các doanh nghiệp rà soát, nâng cấp hệ thống hạ tầng.',
          { 'dash: Thời gian hoàn thành: Thực hiện thường xuyên.': [] },
          'p: (2) Sao lưu, duy trì các cơ sở dữ liệu trong hệ thống cũ.',
          { 'dash: Thời gian hoàn thành: Trong tháng 8/2025.': [] },
        ],
      },
      { 'clause T: Hoàn thiện cơ cấu tổ chức, chức năng giải quyết thủ tục hành chính tại cấp xã': ['p: (1) Xây dựng và phê duyệt đề án tổ chức các phòng nghiệp vụ.'] },
    ]);
  });
  it('a Word text (a paragraph on each line, many longer than a page\'s): a long labelled line with no ending over a sentence is a title, its text under it', () => {
    const body = [
      'I. NỘI DUNG',
      '1. Về thẩm quyền ban hành quyết định giải quyết khiếu nại',
      'Bà Đoàn Thị Kim Thu (ủy quyền cho ông Đoàn Bảo Lâm) có đơn khiếu nại được Chủ tịch Ủy ban nhân dân tỉnh thụ lý và giải quyết theo thẩm quyền quy định tại khoản 2 Điều 21 Luật Khiếu nại năm 2011.',
      '2. Về trình tự, thủ tục giải quyết đơn của bà Đoàn Thị Kim Thu',
      'Chủ tịch Ủy ban nhân dân tỉnh giải quyết khiếu nại của bà Đoàn Thị Kim Thu đảm bảo trình tự, thủ tục theo quy định tại Nghị định số 124/2020/NĐ-CP ngày 19/10/2020 của Chính phủ.',
      '3. Căn cứ pháp lý ban hành quyết định giải quyết đơn của bà Đoàn Thị Kim Thu với nội dung không chấp nhận khiếu nại',
      'Khi bà Đoàn Thị Kim Thu đề nghị chuyển mục đích sử dụng đất (phát sinh nhu cầu của người sử dụng đất) thì Giấy chứng nhận phải được chỉnh lý, đăng ký biến động theo quy định.',
      'Việc bà Thu đề nghị chuyển mục đích sử dụng đất là không có cơ sở.',
      'II. Ý KIẾN',
      'Chủ tịch Ủy ban nhân dân tỉnh đề nghị Tòa án xét xử theo quy định.',
    ].join('\n');
    const l = read(letter({ body })).letter;
    const clauses = (l.body[0] as { children: Array<{ title: boolean; children: unknown[] }> }).children;
    expect(clauses.map((c) => [c.title, c.children.length])).toEqual([
      [true, 1],
      [true, 1],
      [true, 2],
    ]);
  });
});
