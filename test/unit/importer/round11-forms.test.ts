// Forms found in the eleventh unseen round (OCR'd tax letters from a tax-law repository, a legal
// site's markdown pages without a header, web copies of ministries' letters, a school's letter),
// each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive, tree } from './read';

describe('the archive line', () => {
  const archive = readArchive;

  it('"VT, TTr": a unit the symbol names ("BGDĐT-TTr") keeps its lower-case letter and is no drafter', () => {
    const got = archive('Lưu: VT, TTr.', 'BGDĐT-TTr');
    expect(got.archive).toEqual({ units: ['VT', 'TTr'], copies: null });
    expect(got.drafter).toBeNull();
  });

  it('"Ph" that the symbol does not name is still a drafter\'s mark', () => {
    expect(archive('Lưu: VT, KGVX, Ph.', 'UBND-KGVX').drafter).toEqual({ initials: 'PH', copies: null });
  });

  it('"VT, TTKT. ,„ ồ" and "VT, KK. (3b).£": seal strokes after the full stop are dropped, with a note', () => {
    const strokes = archive('Lưu VT, TTKT. ,„_ ồ', 'TCT-TTKT');
    expect(strokes.archive).toEqual({ units: ['VT', 'TTKT'], copies: null });
    expect(strokes.drafter).toBeNull();
    expect(strokes.notes.some((n) => n.path === 'drafter' && n.kind === 'dropped')).toBe(true);
    const sign = archive('~ Lưu: VT, KK. (3b).£', 'TCT-KK');
    expect(sign.archive).toEqual({ units: ['VT', 'KK'], copies: 3 });
    expect(sign.drafter).toBeNull();
  });

  it('"VT, KHCNĐTMT, TL 02": initials with a bare count after the unit the symbol names are the drafter\'s', () => {
    const got = archive('Lưu: VT, KHCNĐTMT, TL 02.', 'BVHTTDL-KHCNĐTMT');
    expect(got.archive).toEqual({ units: ['VT', 'KHCNĐTMT'], copies: null });
    expect(got.drafter).toEqual({ initials: 'TL', copies: 2 });
    expect(archive('Lưu: VT, KHCNĐTMT, TL 02.', '').drafter).toEqual({ initials: 'TL', copies: 2 });
    // Seed 001: no comma before the count's token, and the symbol's unit (THCB) is not there.
    expect(archive('Lưu VT, TG CNTT 02.', 'UBND-THCB')).toMatchObject({ archive: { units: ['VT', 'TG', 'CNTT'], copies: 2 }, drafter: null });
    expect(archive('Lưu: VT, TH 02.', 'UBND-KGVX')).toMatchObject({ archive: { units: ['VT', 'TH'], copies: 2 }, drafter: null });
  });

  it('one capital after the full stop may still be a mark ("VT, KGVX. Q")', () => {
    expect(archive('Lưu: VT, KGVX. Q.', 'UBND-KT').drafter).toEqual({ initials: 'Q', copies: null });
  });
});

const letter = (body: string, footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nPhan Tâm') =>
  `BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 6386/BVHTTDL-KHCNĐTMT\nV/v nhiệm vụ năm học\nHà Nội, ngày 25 tháng 11 năm 2025\n\nKính gửi: Các cơ sở đào tạo.\n\n${body}\n\n${footer}`;

describe('Nơi nhận read by OCR', () => {
  it('"~ Cục Thuế DNL;" and "~ Lưu: VT, KK.": a tilde OCR read for the dash starts an entry', () => {
    const { letter: l } = read(letter('Đề nghị thực hiện./.', 'Nơi nhận:\n- Như trên;\n~ Cục Thuế DNL (để thực hiện);\n~ Lưu: VT, KK.\n\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\nMai Sơn'));
    expect(l.distribution).toEqual(['Như trên', 'Cục Thuế DNL (để thực hiện)']);
    expect(l.archive).toEqual({ units: ['VT', 'KK'], copies: null });
  });
});

describe('the year of a letter whose dateline lost it', () => {
  const undated = (body: string) => letter(body).replace('Hà Nội, ngày 25 tháng 11 năm 2025', 'Hà Nội, ngày 25 tháng 11');

  it('a deadline in the next year does not outweigh the documents the letter answers', () => {
    const { letter: l, notes } = read(undated('Thực hiện Công văn số 6400/BGDĐT-GDĐH ngày 10/10/2025 của Bộ Giáo dục và Đào tạo.\n\nBáo cáo gửi về Vụ trước ngày 20/12/2025.\n\nBáo cáo năm học gửi về Bộ trước ngày 31/8/2026./.'));
    expect(l.date.year).toBe(2025);
    expect(notes.some((n) => n.path === 'date.year' && n.kind === 'uncertain')).toBe(true);
  });

  it('a deadline later than every document cited is the best guess ("chậm nhất ngày 22/11/2025")', () => {
    const { letter: l } = read(undated('Thực hiện Nghị định số 62/2024/NĐ-CP ngày 07/6/2024 của Chính phủ.\n\nĐề nghị gửi báo cáo chậm nhất ngày 22/11/2025./.'));
    expect(l.date.year).toBe(2025);
  });

  it('without deadlines the latest document cited gives the year', () => {
    const { letter: l } = read(undated('Căn cứ Luật số 45/2019/QH14 ngày 20/11/2019; Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 và Nghị định số 12/2022/NĐ-CP ngày 17/01/2022.\n\nĐề nghị thực hiện./.'));
    expect(l.date.year).toBe(2022);
  });
});

describe('headings', () => {
  it('"1. Đối tượng và địa bàn xét tuyển:" over "1.1. …" and "1.2. …" heads them', () => {
    const { letter: l } = read(letter('Trường lập kế hoạch như sau:\n\n1. Đối tượng và địa bàn xét tuyển:\n\n1.1. Những học sinh đã hoàn thành chương trình tiểu học.\n\n1.2. Tuổi của học sinh theo Điều lệ trường.\n\nĐề nghị thực hiện./.'));
    expect(tree(l.body)).toEqual([
      'p: Trường lập kế hoạch như sau:',
      { 'clause T: Đối tượng và địa bàn xét tuyển:': ['p: 1.1. Những học sinh đã hoàn thành chương trình tiểu học.', 'p: 1.2. Tuổi của học sinh theo Điều lệ trường.'] },
      'p: Đề nghị thực hiện./.',
    ]);
  });

  it('a long heading among headings is one too, even ending in a full stop when nearly all its siblings are', () => {
    const long = 'Hoàn thành công tác tuyển sinh năm học 2025 - 2026 theo đúng quy định; hoàn thiện các phương thức tuyển sinh từ năm học 2026 - 2027 bảo đảm chất lượng và công bằng, đáp ứng yêu cầu đổi mới';
    const body = [
      '1. Hoàn thiện thể chế\n\n- Rà soát các văn bản.',
      '2. Phát triển đội ngũ giảng viên\n\n- Bồi dưỡng giảng viên.',
      `3. ${long}\n\n- Thực hiện đúng chỉ tiêu.`,
      '4. Đổi mới chương trình đào tạo\n\n- Cập nhật chương trình.',
      '5. Triển khai Phong trào thi đua năm 2025.\n\n- Tập thể Ban Giám hiệu thực hiện.',
      'Đề nghị các cơ sở thực hiện./.',
    ].join('\n\n');
    const clauses = (tree(read(letter(body)).letter.body) as Array<Record<string, unknown> | string>).filter((b) => typeof b !== 'string');
    expect(clauses.map((c) => Object.keys(c)[0]?.startsWith('clause T:'))).toEqual([true, true, true, true, true]);
  });

  it('a clause ending in a full stop among plain clauses stays plain', () => {
    const body = '1. Áp dụng quản lý rủi ro trong thanh tra.\n\n- Sử dụng các tiêu chí.\n\n2. Đôn đốc thu hồi tiền thuế.\n\n- Thu hồi kịp thời.\n\nĐề nghị thực hiện./.';
    const clauses = (tree(read(letter(body)).letter.body) as Array<Record<string, unknown> | string>).filter((b) => typeof b !== 'string');
    expect(clauses.map((c) => Object.keys(c)[0]?.startsWith('clause T:'))).toEqual([false, false]);
  });
});

describe('a written page break', () => {
  it('"--- PAGE BREAK ---" and the page number after it: the paragraph cut there goes on', () => {
    const body = '1. Tăng cường thanh tra:\n\n- Thực hiện việc ghi Nhật ký điện tử và ý thức\n\n\n--- PAGE BREAK ---\n\n2\n\nkỷ luật của Trưởng đoàn thanh tra.\n\n- Đôn đốc thu hồi tiền thuế.\n\nĐề nghị thực hiện./.';
    const { letter: l } = read(letter(body));
    expect(tree(l.body)).toEqual([
      { 'clause T: Tăng cường thanh tra:': [{ 'dash: Thực hiện việc ghi Nhật ký điện tử và ý thức kỷ luật của Trưởng đoàn thanh tra.': [] }, { 'dash: Đôn đốc thu hồi tiền thuế.': [] }] },
      'p: Đề nghị thực hiện./.',
    ]);
  });
});
