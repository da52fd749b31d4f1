// Forms found in the sixth unseen round (legal sites' old provincial letters, PDF text on one line, a
// DOC text with its header columns run together), each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';
import { parseArchive } from '../../../core/importer/archive';
import { Notes } from '../../../core/importer/notes';
import { isMotto } from '../../../core/importer/patterns';

const letter = (footer: string, signature = 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi Hồng Phương') => `ỦY BAN NHÂN DÂN
TỈNH BẠC LIÊU
Số: 272/UBND-VX
V/v thu tiền mua bằng tốt nghiệp
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bạc Liêu, ngày 01 tháng 03 năm 2007

Kính gửi: Sở Giáo dục và Đào tạo.

Đề nghị Sở thực hiện./.

Nơi nhận:
${footer}

${signature}`;

describe('the signature', () => {
  it('"TL. CHỦ TỊCH" over "KT. CHÁNH VĂN PHÒNG": both are the delegation, and "PHÓ VĂN PHÒNG" is the title', () => {
    const { letter: l } = read(letter('- Như trên;\n- Lưu: VT, MT.', 'TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ VĂN PHÒNG\nNguyễn Hữu Nguyên'));
    expect(l.signature).toEqual({ authority: null, delegation: 'TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG', title: 'PHÓ VĂN PHÒNG', signer: 'Nguyễn Hữu Nguyên' });
  });

  it('a name ending in "Văn Phòng" is still a name', () => {
    const { letter: l } = read(letter('- Như trên;\n- Lưu: VT, MT.', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Phòng'));
    expect(l.signature.signer).toBe('Nguyễn Văn Phòng');
  });
});

describe('the drafter on the Lưu line', () => {
  it.each([
    ['Lưu: VP, (PCV14).', ['VP'], null, { initials: 'PCV', copies: 14 }],
    ['- Lưu: VT, KTN, Cao Cường (10b)', ['VT', 'KTN'], null, { initials: 'Cao Cường', copies: 10 }],
    ['- Lưu: VT, ĐMDN (2b). Trung Anh', ['VT', 'ĐMDN'], 2, { initials: 'Trung Anh', copies: null }],
    ['Lưu: VT, VP (HC), Tài (25).', ['VT', 'VP (HC)'], null, { initials: 'TÀI', copies: 25 }],
  ])('%s', (line, units, copies, drafter) => {
    const { archive, drafter: d } = parseArchive(line, new Notes());
    expect(archive).toEqual({ units, copies });
    expect(d).toEqual(drafter);
  });

  it('a name written out is kept as typed and flagged for the reader', () => {
    const notes = new Notes();
    parseArchive('- Lưu: VT, KTN, Cao Cường (10b)', notes);
    expect(notes.list.some((n) => n.path === 'drafter' && n.kind === 'uncertain')).toBe(true);
  });
});

describe('a whole letter on one line (PDF text that dropped short words)', () => {
  const oneLine =
    'ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số:2639 /UBND-VP Hải Dương, ngày 21 tháng 7 năm 2021 ' +
    'V/v đảm bảo cung cấp hàng hóa, nhu yếu phẩm để ứng phó với dịch bệnh COVID-19 Độc lập - Tự - Hạnh phúc ' +
    'Kính gửi: Các sở: Công thương, Giao thông vận tải Trên cơ sở nội dung Công điện số 03/CĐ-UBND ngày 19/7/2021 của Chủ tịch UBND tỉnh; ' +
    'Chủ tịch UBND tỉnh yêu cầu các đơn vị khẩn trương thực hiện./. Nơi nhận: - Như trên; - Thường trực Tỉnh ủy; (để b/cáo) ' +
    '- Thường trực HĐND tỉnh; - Lưu: VT, KTN. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lưu Văn Bản';

  it('the motto without "do" is no part of the subject, and "Trên cơ sở" ends the recipient', () => {
    const { letter: l } = read(oneLine);
    expect(l.subject).toBe('đảm bảo cung cấp hàng hóa, nhu yếu phẩm để ứng phó với dịch bệnh COVID-19');
    expect(l.recipients).toEqual(['Các sở: Công thương, Giao thông vận tải']);
  });

  it('an aside after an entry\'s semicolon stays with it, and the next dash is the next entry', () => {
    const { letter: l } = read(oneLine);
    expect(l.distribution).toEqual(['Như trên', 'Thường trực Tỉnh ủy (để b/cáo)', 'Thường trực HĐND tỉnh']);
  });

  it('a signed PDF\'s e-signature stamp inside the header is cut out and dropped, the header read around it', () => {
    const stamp = 'Người ký: Ủy ban Nhân dân tỉnh Hải Dương Email: ubnd@haiduong.gov.vn Cơ quan: Tỉnh Hải Dương Thời gian ký: 21.07.2021 10:14:06 +07:00 ';
    const plain = read(oneLine).letter;
    const { letter: l, notes } = read(oneLine.replace('CỘNG HÒA', `${stamp}CỘNG HÒA`));
    expect(l.agency).toEqual(plain.agency);
    expect([l.number, l.symbol, l.place, l.date]).toEqual([2639, 'UBND-VP', 'Hải Dương', { day: 21, month: 7, year: 2021 }]);
    expect(notes).toContainEqual(expect.objectContaining({ kind: 'dropped', source: expect.stringContaining('Người ký:') }));
  });

  it.each(['Độc lập - Tự do - Hạnh phúc', 'Độc lập - Tự - Hạnh phúc', 'Doc lap - Tu do - Hanh phuc'])('%s is the motto', (text) => expect(isMotto(text)).toBe(true));
});

describe('the header', () => {
  it('"Số : 24 / PGD&ĐT- GDMN Thọ Xuân, ngày …": the symbol with a spaced hyphen is whole and as typed, the place is after it', () => {
    const { letter: l } = read(`UBND HUYỆN THỌ XUÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC& ĐÀO TẠO Độc lập - Tự do - Hạnh phúc

Số : 24 / PGD&ĐT- GDMN Thọ Xuân, ngày 06 tháng 03 năm 2012

Kính gửi: Hiệu trưởng các trường Mầm non.

Phòng GD&ĐT thông báo kế hoạch tổ chức Hội thi cấp huyện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG
Lê Văn Minh`);
    expect(l.number).toBe(24);
    expect(l.symbol).toBe('PGD&ĐT- GDMN');
    expect(l.place).toBe('Thọ Xuân');
    expect(l.date).toEqual({ day: 6, month: 3, year: 2012 });
  });
});

describe('a blank number and symbol before the dateline', () => {
  it('"Số: / Bến Tre, ngày …" has no symbol, and the place is whole', () => {
    const { letter: l } = read(`UBND TỈNH BẾN TRE
Số: / Bến Tre, ngày 16 tháng 11 năm 2008
V/v phòng chống bão số 10

Kính gửi: Sở Giáo dục.

UBND tỉnh chỉ đạo các ngành thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hiếu`);
    expect(l.symbol).toBe('');
    expect(l.place).toBe('Bến Tre');
  });
});

describe('a delegation line read twice', () => {
  it('is kept once', () => {
    const { letter: l } = read(letter('- Như trên;\n- Lưu: VT, MT.', 'KT. CHỦ TỊCH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi Hồng Phương'));
    expect(l.signature.delegation).toBe('KT. CHỦ TỊCH');
  });
});
