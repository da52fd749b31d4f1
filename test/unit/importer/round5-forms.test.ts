// Forms found in the fifth unseen round (a provincial portal, a legal site's old letters, PDF text, a
// newspaper page), each tested on its own: "V/v" run into the symbol, "1-" numbering, a PDF text whose
// subject cell comes after Nơi nhận and whose "Nơi nhận:" label is lost, the courtesy line closing a
// letter, an entry wrapped after an abbreviation's dot, and "P.KT" typed without a space.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';
import { parseArchive } from '../../../core/importer/archive';
import { Notes } from '../../../core/importer/notes';
import { parseLabel } from '../../../core/format/parse-label';

const letter = (body: string, footer = '- Như trên;\n- Lưu: VT, VX.') => `UBND TỈNH AN GIANG
Số: 554/UBND-KT
V/v treo cờ Tổ quốc
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Xuyên, ngày 22 tháng 02 năm 2006

Kính gửi: UBND huyện, thị, thành phố.

${body}

Nơi nhận:
${footer}

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Thái Hữu Phép`;

describe('the header', () => {
  it('"V/v" run into the symbol with no space starts the subject', () => {
    const { letter: l } = read(`VĂN PHÒNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 2597/VPCP-NCV/v tổ chức họp mặt mừng Tết Chôl Chnăm Thmây năm 2017

Hà Nội, ngày 21 tháng 3 năm 2017

Kính gửi: Thường trực Ban Chỉ đạo Tây Nam Bộ

Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:- Như trên;

BỘ TRƯỞNG, CHỦ NHIỆM`);
    expect(l.number).toBe(2597);
    expect(l.symbol).toBe('VPCP-NC');
    expect(l.subject).toBe('tổ chức họp mặt mừng Tết Chôl Chnăm Thmây năm 2017');
  });
});

describe('"1-" numbering', () => {
  it('"1- …" and "2- …" are clauses, and the sentence after them closes the letter', () => {
    const { letter: l } = read(
      letter(`UBND tỉnh chỉ đạo:

1- Cho toàn bộ học sinh trong toàn tỉnh nghỉ học kể từ sáng ngày 17-11-2008;

2- Các huyện tổ chức di dời dân khỏi những nơi nguy hiểm.

Yêu cầu các ngành, địa phương thực hiện nghiêm chỉ đạo nầy.`),
    );
    expect(tree(l.body)).toEqual([
      'p: UBND tỉnh chỉ đạo:',
      { 'clause: Cho toàn bộ học sinh trong toàn tỉnh nghỉ học kể từ sáng ngày 17-11-2008;': [] },
      { 'clause: Các huyện tổ chức di dời dân khỏi những nơi nguy hiểm.': [] },
      'p: Yêu cầu các ngành, địa phương thực hiện nghiêm chỉ đạo nầy.',
    ]);
  });

  it.each([
    ['1- Cho toàn bộ học sinh nghỉ học', 'clause'],
    ['12 - Các huyện tổ chức di dời dân', 'clause'],
    ['10 - 15 ngày sau khi nhận được', null],
    ['1-2 ngày', null],
    ['3- giờ', null],
  ])('%j → %s', (text, level) => expect(parseLabel(text)?.level ?? null).toBe(level));
});

describe('PDF text read cell by cell', () => {
  const pdfText = `UBND TỈNH BÀ RỊA - VŨNG TÀU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập – Tự do – Hạnh phúc
Số: 327/SGDĐT-KHTC Vũng Tàu, ngày 29 tháng 4 năm 2011
Kính gửi:
- Các Phòng Giáo dục và Đào tạo huyện, thị xã, thành phố;
- Các đơn vị trực thuộc
Sở Giáo dục và Đào tạo đề nghị các đơn vị thống kê các công trình cấp nước theo mẫu đính kèm.
Nhận được công văn này, yêu cầu các đơn vị nộp báo cáo trước ngày 12/05/2011
Trân trọng đề nghị./
- Như trên;
- Website Sở GD&ĐT;
- Lưu VT, KHTC.
V/v đánh giá tình hình sử dụng,
bảo quản các công trình cấp nước
và nhà vệ sinh trong trường học
GIÁM ĐỐC
(đã ký)
Nguyễn Thanh Giang`;

  it('"- Như trên;" opens Nơi nhận without its label, and the subject after it goes back to the header', () => {
    const { letter: l, notes } = read(pdfText);
    expect(l.subject).toBe('đánh giá tình hình sử dụng, bảo quản các công trình cấp nước và nhà vệ sinh trong trường học');
    expect(l.distribution).toEqual(['Như trên', 'Website Sở GD&ĐT']);
    expect(l.archive.units).toEqual(['VT', 'KHTC']);
    expect(l.signature).toEqual({ authority: null, delegation: null, title: 'GIÁM ĐỐC', signer: 'Nguyễn Thanh Giang' });
    // The editor highlights the subject: it was not where a header has it.
    expect(notes.some((n) => n.path === 'subject' && n.kind === 'uncertain')).toBe(true);
  });

  it('the courtesy line is a paragraph of its own, even after a line without an ending', () => {
    const { letter: l } = read(pdfText);
    expect((tree(l.body) as unknown[]).slice(-2)).toEqual(['p: Nhận được công văn này, yêu cầu các đơn vị nộp báo cáo trước ngày 12/05/2011', 'p: Trân trọng đề nghị./']);
  });

  it('a subject in the header keeps a "V/v" line after Nơi nhận where it is', () => {
    const { letter: l } = read(letter('Đề nghị các đơn vị thực hiện./.', '- Như trên;\n- Lưu: VT, KT.\nV/v treo cờ Tổ quốc'));
    expect(l.subject).toBe('treo cờ Tổ quốc');
  });
});

describe('Nơi nhận', () => {
  it('an entry wrapped after an abbreviation\'s dot ("TT.") stays one entry', () => {
    const { letter: l } = read(letter('Đề nghị các đơn vị thực hiện./.', '- Như trên;\n- Tỉnh Ủy, TT. HĐND tỉnh, TT.\n  UBND tỉnh;\n- Lưu: VT, KT.'));
    expect(l.distribution).toEqual(['Như trên', 'Tỉnh Ủy, TT. HĐND tỉnh, TT. UBND tỉnh']);
  });

  it.each([
    ['Lưu VP, P.KT, VHXH.', ['VP', 'P.KT', 'VHXH'], null],
    // OCR of "P. LĐTLBHXH. ĐT." lost the space: the unit stays whole and the mark after it is still read.
    ['- Lưu: VT, P.LĐTLBHXH. ĐT.', ['VT', 'P.LĐTLBHXH'], 'ĐT'],
    ['Lưu: VT, P.KT.', ['VT', 'P.KT'], null],
  ])('%s: a room typed without a space after "P." stays as typed', (line, units, initials) => {
    const { archive, drafter } = parseArchive(line, new Notes());
    expect(archive.units).toEqual(units);
    expect(drafter?.initials ?? null).toBe(initials);
  });
});
