// Forms found while re-reading the fixtures' misses in session 21 (a web address wrapped over two lines,
// the records desk with its office in brackets), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const letter = letterFrom({
  head: 'UBND TỈNH GIA LAI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 2341/SGDĐT-VP\nGia Lai, ngày 04 tháng 12 năm 2020\nV/v điều tra xã hội học',
  greeting: 'Kính gửi: Thủ trưởng các đơn vị trực thuộc Sở.',
  body: 'Sở đề nghị các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A',
});

const texts = (body: string): string[] =>
  read(letter({ body })).letter.body.flatMap(function flat(b): string[] {
    return [b.content.map((r) => r.text).join(''), ...(b.kind === 'item' ? b.children.flatMap(flat) : [])];
  });

describe('a web address wrapped over two lines', () => {
  it('"…/d/10OoQGCkmuacePq7XV8yiGt9UWpPF" / "ZE8f9urqLpkJOQ/viewform?edit=true": the tail joins the address with no space', () => {
    const body =
      'Các đơn vị mở đường link sau:\n+ Đường link độ tuổi trên 50: https://docs.google.com/forms/d/10OoQGCkmuacePq7XV8yiGt9UWpPF\nZE8f9urqLpkJOQ/viewform?edit_requested=true\n+ Đường link độ tuổi từ 36 đến 50: https://docs.google.com/forms/d/1MThkAF7uyc1WIVLeBCmxtGj1W8B\nqhMRzB4vpN6qIagg/viewform\nSở đề nghị các đơn vị thực hiện./.';
    expect(texts(body)).toEqual([
      'Các đơn vị mở đường link sau:',
      'Đường link độ tuổi trên 50: https://docs.google.com/forms/d/10OoQGCkmuacePq7XV8yiGt9UWpPFZE8f9urqLpkJOQ/viewform?edit_requested=true',
      'Đường link độ tuổi từ 36 đến 50: https://docs.google.com/forms/d/1MThkAF7uyc1WIVLeBCmxtGj1W8BqhMRzB4vpN6qIagg/viewform',
      'Sở đề nghị các đơn vị thực hiện./.',
    ]);
  });
  it('after an address, a sentence starts anew and a word goes on with its space', () => {
    const body = 'Phiếu khảo sát tại: https://forms.gle/f93SDig6\nCác đơn vị gửi phiếu trước ngày 10/12/2020./.';
    expect(texts(body)).toEqual(['Phiếu khảo sát tại: https://forms.gle/f93SDig6', 'Các đơn vị gửi phiếu trước ngày 10/12/2020./.']);
    const word = 'Các đơn vị xem hướng dẫn tại https://gialai.edu.vn\nvà gửi phiếu trước ngày 10/12/2020./.';
    expect(texts(word)).toEqual(['Các đơn vị xem hướng dẫn tại https://gialai.edu.vn và gửi phiếu trước ngày 10/12/2020./.']);
  });
});

describe('the archive line', () => {
  it('"Lưu: VT (VP).": the records desk and, in brackets, the office whose desk it is: two units', () => {
    expect(readArchive('- Lưu: VT (VP).', 'UBND-VP').archive.units).toEqual(['VT', 'VP']);
    expect(readArchive('- Lưu: VT(VP), KGVX.', 'UBND-KGVX').archive.units).toEqual(['VT', 'VP', 'KGVX']);
    // A room of another unit stays with it.
    expect(readArchive('- Lưu: VT, VP (HC).', 'UBND-VP').archive.units).toEqual(['VT', 'VP (HC)']);
  });
  it('"Lưu: VT, KGVXamn:": initials typed small after the unit the symbol names are the drafter\'s', () => {
    const r = readArchive('- Lưu: VT, KGVXamn:', 'UBND-KGVX');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'KGVX'], { initials: 'AMN', copies: null }]);
    expect(r.notes.some((n) => n.path === 'drafter' && n.kind === 'uncertain')).toBe(true);
    // After a unit the symbol does not name, or one small letter ("TTHTr"), there is no mark to read.
    expect(readArchive('- Lưu: VT, KGVXamn.', 'UBND-KT').drafter).toBe(null);
    expect(readArchive('- Lưu: VT, TTHTr.', 'CT-TTHT').archive.units).toEqual(['VT', 'TTHTr']);
  });
});
