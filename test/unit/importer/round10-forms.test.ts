// Forms found in the tenth unseen round (OCR'd scans of tax and customs letters with their columns
// merged, a legal-document site's markdown crawl, web copies of old provincial letters), each tested
// on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive, tree } from './read';

describe('the archive line', () => {
  const archive = readArchive;

  it('"CT (PC)": a room named after the unit stays with it, even at the end of the line', () => {
    const got = archive('Lưu: VT, CT (PC)', 'BTC-CT');
    expect(got.archive).toEqual({ units: ['VT', 'CT (PC)'], copies: null });
    expect(got.drafter).toBeNull();
  });

  it('"GDTXNNĐH (ĐPT)": initials in brackets that name no room are still the drafter\'s', () => {
    expect(archive('Lưu: VT, GDTXNNĐH (ĐPT).', 'SGDĐT-GDTXNNĐH').drafter).toEqual({ initials: 'ĐPT', copies: null });
  });

  it('"PC(Ib). a": an unreadable count and a speck of OCR noise give no copies and no drafter, and say so', () => {
    const got = archive('Luu: VT, PC(Ib). a', 'TCT-PC');
    expect(got.archive).toEqual({ units: ['VT', 'PC'], copies: null });
    expect(got.drafter).toBeNull();
    expect(got.notes.map((n) => n.path)).toEqual(expect.arrayContaining(['archive.copies', 'drafter']));
  });

  it('"VT, NN (2) 19158": a record number after the copies is dropped, with a note', () => {
    const got = archive('Lưu: VT, NN (2) 19158.', 'UBND-NN');
    expect(got.archive).toEqual({ units: ['VT', 'NN'], copies: 2 });
    expect(got.drafter).toBeNull();
    expect(got.notes.some((n) => n.kind === 'dropped' && /19158/.test(n.message))).toBe(true);
  });

  it('"VT, CS. CN": a mark of two letters or more after the full stop is still read', () => {
    expect(archive('Lưu: VT, KGVX. CN', 'UBND-KT').drafter).toEqual({ initials: 'CN', copies: null });
  });
});

describe('the header', () => {
  it('"VĂN PHÒNG CHÍNH PHỦ-------": the rule glued to the agency is no part of its name', () => {
    const text = 'VĂN PHÒNG CHÍNH PHỦ-------\nV/v: Điều chỉnh danh mục nâng loại thị trấn Trới\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc ---------------\nHà Nội, ngày 22 tháng 09 năm 2014\n\nKính gửi: Bộ Xây dựng.\n\nĐề nghị Bộ Xây dựng thực hiện./.';
    const { letter: l } = read(text);
    expect(l.agency).toEqual({ parent: null, name: 'VĂN PHÒNG CHÍNH PHỦ' });
    expect(l.subject).toBe('Điều chỉnh danh mục nâng loại thị trấn Trới');
  });

  it('"… triển khai Nghị định" / "136/2025/NĐ-CP*": a document number ends the subject it was cut from', () => {
    const text = '**VĂN PHÒNG CHÍNH PHỦ**\n--------\n|\nSố: 11306/VPCP-NN\n*V/v\nđề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định\n136/2025/NĐ-CP*\n|\n*Hà Nội, ngày 18 tháng 11 năm 2025*\n|\n**Kính gửi: **Bộ Nông nghiệp và Môi trường.\nĐề nghị Bộ thực hiện./.';
    const { letter: l, notes } = read(text);
    expect(l.subject).toBe('đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định 136/2025/NĐ-CP');
    expect(notes.some((n) => n.path === 'header' && n.kind === 'dropped')).toBe(false);
  });
});

describe('the signature', () => {
  const letter = (end: string) =>
    `UBND TỈNH LÀO CAI\nHà Nội, ngày 20 tháng 5 năm 1992\n\nKính gửi: Sở Giáo dục và Đào tạo.\n\nUBND tỉnh Lào Cai giải quyết như sau:\n\n- Lệ phí dự thi: 12.000đ/thí sinh.\n\nSở Giáo dục và Đào tạo chịu trách nhiệm hướng dẫn thực hiện.\n\n${end}`;

  it('"Phó Chủ tịch" / "(Đã ký)" / the name, with no Nơi nhận: the signature, the title as typed', () => {
    const { letter: l } = read(letter('Phó Chủ tịch\n\n(Đã ký)\n\nThào A Tráng'));
    expect(l.signature).toEqual({ authority: null, delegation: null, title: 'Phó Chủ tịch', signer: 'Thào A Tráng' });
    expect(tree(l.body)).toEqual(['p: UBND tỉnh Lào Cai giải quyết như sau:', { 'dash: Lệ phí dự thi: 12.000đ/thí sinh.': [] }, 'p: Sở Giáo dục và Đào tạo chịu trách nhiệm hướng dẫn thực hiện.']);
  });

  it('a last paragraph that only names a position in a sentence stays in the body', () => {
    const { letter: l } = read(letter('Đề nghị báo cáo Phó Chủ tịch.'));
    expect(l.signature.title).toBe('');
    expect((tree(l.body) as unknown[]).at(-1)).toBe('p: Đề nghị báo cáo Phó Chủ tịch.');
  });
});

describe('the Nơi nhận beside the signature (OCR of a scan)', () => {
  it('"- Như trên; — PHO TONG CUC TRUONG": the dash between the columns goes with neither', () => {
    const text = 'TONG CUC THUE\nSố: 4222/TCT-PC\nV/v tăng cường kỷ cương\nHà Nội, ngày 09 tháng 11 năm 2023\n\nKính gửi: Các Cục Thuế.\n\nĐề nghị các Cục Thuế thực hiện./.\n\nNoi nhận: KT. TONG CỤC TRƯỞNG\n- Như trên; — PHO TONG CUC TRUONG\n- Vụ Pháp chế- BTC;\n- Luu: VT, PC.\n\nMai Son';
    const { letter: l } = read(text);
    expect(l.distribution).toEqual(['Như trên', 'Vụ Pháp chế- BTC']);
    expect(l.signature.title).toMatch(/^PHO TONG CUC TRUONG$/);
  });
});

describe('an OCR\'d header without its tone marks (Tổng cục Hải quan 5452)', () => {
  const text = `BO TAI CHINH CONG HOA XA HOI CHU NGHIA VIET NAM

TONG CUC HAI QUAN Độc lập - Ty do ~ Hanh phúc
sé; 5452 /TCHQ-GSQL Hà Nội, ngày { 0tháng 9 năm 2018
V/v vướng mắc Luật Quản lý ngoại

thương và Nghị định số 69/2018/NĐ-CP.
Kính gửi: Bộ Công Thương.

Tổng cục Hải quan đề nghị Bộ Công Thương có ý kiến./.

Noi nhận: : KT. TONG CUC TRUONG
- Như trên; PHÓ TONG Scục TRƯỞNG
- Lưu: VT, GSQL (3b).

Mai Xuân Thành`;

  it('reads "sé;" as "Số:", the motto marred by OCR as the motto, and the month and place around an unreadable day', () => {
    const { letter: l, notes } = read(text);
    expect(l.agency).toEqual({ parent: 'BO TAI CHINH', name: 'TONG CUC HAI QUAN' });
    expect([l.number, l.symbol]).toEqual([5452, 'TCHQ-GSQL']);
    expect(l.place).toBe('Hà Nội');
    expect(l.date).toEqual({ day: null, month: 9, year: 2018 });
    expect(notes.some((n) => n.path === 'date.day' && n.kind === 'uncertain')).toBe(true);
  });

  it('cuts a position marred by a lower-case letter off the Nơi nhận entry it was merged with', () => {
    const { letter: l } = read(text);
    expect(l.distribution).toEqual(['Như trên']);
    expect(l.signature).toMatchObject({ delegation: 'KT. TONG CUC TRUONG', title: 'PHÓ TONG Scục TRƯỞNG', signer: 'Mai Xuân Thành' });
  });

  it('a mixed-case line in a sentence is no position ("- Báo cáo Phó Chủ tịch trước ngày 20")', () => {
    const { letter: l } = read(text.replace('- Như trên; PHÓ TONG Scục TRƯỞNG', '- Như trên; Báo cáo Phó Chủ tịch'));
    expect(l.distribution[0]).toBe('Như trên; Báo cáo Phó Chủ tịch');
  });
});
