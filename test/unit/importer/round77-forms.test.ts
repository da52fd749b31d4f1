// Forms found while the seventy-seventh unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, tree } from './read';

const letter = letterFrom({
  head: 'TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH HOÀ BÌNH\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 7424/CTHBI-TTHT\nHoà Bình, ngày 20 tháng 12 năm 2021\nV/v chính sách thuế TNCN',
  greeting: 'Kính gửi: Công ty TNHH Nissin Manufacturing Việt Nam.',
  body: 'Cục Thuế trả lời để Công ty biết và thực hiện theo đúng quy định./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Thị Hương Nga',
});

const texts = (body: string): string[] => (tree(read(letter({ body })).letter.body) as unknown[]).map(String);

describe('Headers of round 77', () => {
  it('"\'số:435\'7 /TCHQ-GSQL Hà Nội, ngày …": a tick glued before "số" is a speck; the line is still the number\'s', () => {
    const r = read(letter({ number: "'số:435'7 /TCHQ-GSQL Hà Nội, ngày 17 tháng 10 năm 2022\nV/v vướng mắc quyền xuất khẩu" }));
    expect([r.letter.symbol, r.letter.place, r.letter.date.month]).toEqual(['TCHQ-GSQL', 'Hà Nội', 10]);
    // The number with a tick inside it is left to the clerk, flagged, not guessed.
    expect(r.letter.number).toBeNull();
    expect(r.notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
  });
});

describe('Signatures of round 77', () => {
  it('"- Như trên; P H Ó CỤC TRƯỞNG": a position typed letter by letter on the first entry\'s row is the title', () => {
    const l = read(letter({ footer: 'Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên; P H Ó CỤC TRƯỞNG\n- Website Cục Thuế;\n- Lưu VT, TTHT.\nNguyễn Thị Hương Nga' })).letter;
    expect([l.distribution, l.signature.delegation, l.signature.title]).toEqual([['Như trên', 'Website Cục Thuế'], 'KT. CỤC TRƯỞNG', 'P H Ó CỤC TRƯỞNG']);
  });
  it('"- Như trên, *XRƯỞNG PHÒNG": after the comma OCR read for ";", a position whose first letter a stroke marred is no entry', () => {
    const l = read(letter({ footer: 'Nơi nhận: KT. TRƯỞNG PHÒNG\n\n- Như trên, *XRƯỞNG PHÒNG\n- Lưu: VT.\n\nLê Minh Hải' })).letter;
    expect([l.distribution, l.signature.delegation, l.signature.title]).toEqual([['Như trên'], 'KT. TRƯỞNG PHÒNG', '*XRƯỞNG PHÒNG']);
  });
  it('"TL. TONG CỤC TRUONG .": a full stop standing apart after the position is a speck, no part of the line', () => {
    const footer = 'Noi nhận: __ TL. TONG CỤC TRUONG .\n- Như trên; KT. CỤC TRƯỞNG CỤC THANH TRA - KIEM TRA THUẾ\n- Vụ PC (TCT);\n- Lưu: VT, TTKT.';
    expect(read(letter({ footer })).letter.signature.delegation).toBe('TL. TONG CỤC TRUONG\nKT. CỤC TRƯỞNG CỤC THANH TRA - KIEM TRA THUẾ');
  });
});

describe('Bodies of round 77', () => {
  it('"…" alone on its line between quoted points, as in a text with no blank lines: each part is a paragraph, and the mark one too', () => {
    const body = [
      'Tại điểm đ khoản 2 Điều 2 Thông tư số 111/2013/TT-BTC ngày 15/8/2013',
      'của Bộ Tài chính quy định về các khoản thu nhập chịu thuế TNCN quy định:',
      '“2. Thu nhập từ tiền lương, tiền công',
      '...',
      'đ) Các khoản lợi ích bằng tiền hoặc không bằng tiền ngoài tiền lương, tiền',
      'công do người sử dụng lao động trả mà người nộp thuế được hưởng dưới mọi hình',
      'thức:',
      'đ.1) Tiền nhà ở, điện, nước và các dịch vụ kèm theo (nếu có).',
      '...”',
      'Cục Thuế trả lời để Công ty biết và thực hiện theo đúng quy định./.',
    ].join('\n');
    expect(texts(body)).toEqual([
      'p: Tại điểm đ khoản 2 Điều 2 Thông tư số 111/2013/TT-BTC ngày 15/8/2013 của Bộ Tài chính quy định về các khoản thu nhập chịu thuế TNCN quy định:',
      'p: “2. Thu nhập từ tiền lương, tiền công',
      'p: ...',
      'p: đ) Các khoản lợi ích bằng tiền hoặc không bằng tiền ngoài tiền lương, tiền công do người sử dụng lao động trả mà người nộp thuế được hưởng dưới mọi hình thức:',
      'p: đ.1) Tiền nhà ở, điện, nước và các dịch vụ kèm theo (nếu có).',
      'p: ...”',
      'p: Cục Thuế trả lời để Công ty biết và thực hiện theo đúng quy định./.',
    ]);
  });
  it('"“2. Sửa đổi, bổ sung tiết đ.1 …" / "“đ.1) Tiền nhà ở …": a quoted point opens its own paragraph under the quoted title', () => {
    const body = [
      'Tại khoản 2 Điều 11 Thông tư số 92/2015/TT-BTC sửa đổi, bổ sung như sau:',
      '“2. Sửa đổi, bổ sung tiết đ.1 điểm đ khoản 2 Điều 2',
      '“đ.1) Tiền nhà ở, điện, nước và các dịch vụ kèm theo (nếu có), không bao gồm khoản',
      'lợi ích về nhà ở do người sử dụng lao động xây dựng.”',
      'Cục Thuế trả lời để Công ty biết và thực hiện theo đúng quy định./.',
    ].join('\n');
    expect(texts(body).slice(1, 3)).toEqual([
      'p: “2. Sửa đổi, bổ sung tiết đ.1 điểm đ khoản 2 Điều 2',
      'p: “đ.1) Tiền nhà ở, điện, nước và các dịch vụ kèm theo (nếu có), không bao gồm khoản lợi ích về nhà ở do người sử dụng lao động xây dựng.”',
    ]);
  });
  it('".___ Căn cứ …": a run of three underscores is a speck kept as read, no bold mark', () => {
    const body = 'Tổng cục Thuế có ý kiến như sau:\n\n.___ Căn cứ quy định về quan hệ liên kết tại điểm d khoản 2 Điều 5 Nghị định\nsố 132/2020/NĐ-CP ngày 05/11/2020 của Chính phủ./.';
    const blocks = read(letter({ body })).letter.body;
    expect(blocks).toHaveLength(2);
    expect(blocks[1]?.content).toEqual([
      { text: '.___ Căn cứ quy định về quan hệ liên kết tại điểm d khoản 2 Điều 5 Nghị định số 132/2020/NĐ-CP ngày 05/11/2020 của Chính phủ./.', bold: false, italic: false, underline: false },
    ]);
  });
  it('"… tại điểm này." / "+" / "THL" at a page\'s foot, blank lines between: a lone "+" and a lone short word are specks', () => {
    const body = [
      'Trường hợp doanh nghiệp không có các khoản nợ thì không thuộc trường hợp áp dụng tại điểm này.',
      '',
      '',
      '+',
      '',
      'THL',
      '',
      '',
      'Tổng cục Thuế trả lời Cục Thuế tỉnh Thái Nguyên biết và thực hiện./.',
    ].join('\n');
    expect(texts(body)).toEqual([
      'p: Trường hợp doanh nghiệp không có các khoản nợ thì không thuộc trường hợp áp dụng tại điểm này.',
      'p: Tổng cục Thuế trả lời Cục Thuế tỉnh Thái Nguyên biết và thực hiện./.',
    ]);
  });
});

describe('The customs letter 966 printed (round 77, printed probe)', () => {
  it('"TL. TONG CUC TRUONG" / "‘ONG CỤC THUE XNK" / "MC TRƯỞNG" and no name: neither a department\'s line nor a word with no vowel is the signer', () => {
    const footer = 'Nơi nhận:                               TL. TONG CUC TRUONG\n- Như trên;                              ‘ONG CỤC THUE XNK\n- PTCT. Lưu Mạnh Tưởng (để b/c);\n- Lưu: VT, TXNK. D. Thuận.(3)                MC TRƯỞNG';
    const r = read(letter({ footer }));
    expect([r.letter.signature.delegation, r.letter.signature.signer]).toEqual(['TL. TONG CUC TRUONG', '']);
    expect(r.notes.some((n) => n.path === 'signature.signer' && n.kind === 'missing')).toBe(true);
  });
});
