// Forms found in the eighth unseen round (late-2025 letters from a legal-document site's markdown
// pages: the tax offices after the 2025 reorganisation, a steering board's two-line title), each
// tested on its own.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';
import { splitAgency } from '../../../core/importer/agency';
import { Notes } from '../../../core/importer/notes';

const letter = (recipients: string, signature = 'KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nĐặng Ngọc Minh') => `BỘ TÀI CHÍNH
CỤC THUẾ
Số: 5664/CT-CS
V/v chính sách thuế
Hà Nội, ngày 01 tháng 12 năm 2025

${recipients}
Cục Thuế nhận được
đơn phản ánh kiến nghị của Công ty về chính sách thuế. Cục Thuế có ý kiến như sau:
Đề nghị Công ty thực hiện theo quy định./.

Nơi nhận:
- Như trên;
- Lưu: VT, CS.

${signature}`;

describe('the agency', () => {
  it.each([
    [['CỤC THUẾ', 'THUẾ TỈNH TÂY NINH'], { parent: 'CỤC THUẾ', name: 'THUẾ TỈNH TÂY NINH' }],
    [['CỤC THUẾ', 'THUẾ CƠ SỞ 1 TỈNH TÂY NINH'], { parent: 'CỤC THUẾ', name: 'THUẾ CƠ SỞ 1 TỈNH TÂY NINH' }],
    // A name on two lines stays one name.
    [['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH'], { parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH' }],
  ])('%j', (lines, agency) => expect(splitAgency(lines, new Notes())).toEqual(agency));
});

describe('the recipients', () => {
  it('"Kính gửi: Ông Thái Mạnh" / "Cường": a name cut by the wrap is whole again, and the body starts after it', () => {
    const { letter: l } = read(letter('Kính gửi: Ông Thái Mạnh\nCường'));
    expect(l.recipients).toEqual(['Ông Thái Mạnh Cường']);
    expect(l.body[0]).toMatchObject({ kind: 'paragraph', content: [expect.objectContaining({ text: expect.stringMatching(/^Cục Thuế nhận được đơn/) })] });
  });

  it('after a recipient ending in ";", an unended line and the line that ends it are the next recipient', () => {
    const block = 'Kính gửi:\nCông ty TNHH Khuôn Mẫu Yong Hong;\nMã số thuế: 1102044417;\nĐịa chỉ nhận thông báo: Lô A8-A9 Đường Số 01, Cụm Công Nghiệp Hải Sơn Đức Hòa\nĐông, Xã Mỹ Hạnh, tỉnh Tây Ninh.';
    const { letter: l } = read(letter(block));
    expect(l.recipients).toEqual([
      'Công ty TNHH Khuôn Mẫu Yong Hong',
      'Mã số thuế: 1102044417',
      'Địa chỉ nhận thông báo: Lô A8-A9 Đường Số 01, Cụm Công Nghiệp Hải Sơn Đức Hòa Đông, Xã Mỹ Hạnh, tỉnh Tây Ninh',
    ]);
  });

  it('a list that ended in "." is over: the next lines are the body', () => {
    const { letter: l } = read(letter('Kính gửi:\nCông ty TNHH Khuôn Mẫu Yong Hong;\nCông ty Cổ phần Hải Sơn.'));
    expect(l.recipients).toEqual(['Công ty TNHH Khuôn Mẫu Yong Hong', 'Công ty Cổ phần Hải Sơn']);
  });
});

describe('the signature', () => {
  it('"PHÓ THỦ TƯỚNG" under "PHÓ TRƯỞNG BAN THƯỜNG TRỰC" is the second line of the title, not a name', () => {
    const { letter: l } = read(letter('Kính gửi: Ông Thái Mạnh Cường.', 'KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nPHÓ THỦ TƯỚNG\nPhạm Thị Thanh Trà'));
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC\nPHÓ THỦ TƯỚNG', signer: 'Phạm Thị Thanh Trà' });
  });
});

describe('short lines inside a paragraph (a page that split the text at its bold spans)', () => {
  const page = (body: string) => letter('Kính gửi: Ông Thái Mạnh Cường.').replace(/Cục Thuế nhận được\n[^]*?\/\.\n/, `${body}\n`);
  const body = `Cục Thuế nhận được
đơn phản ánh kiến nghị số PAKN.1761647228267 của ông Thái Mạnh
Cường về chính sách thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:
Căn cứ khoản 2
Điều 4 Thông tư số 40/2021/TT-BTC ngày
01/6/2021 hướng dẫn nguyên tắc tính thuế.
Thực hiện Nghị
quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân
thì hộ kinh doanh, cá nhân kinh doanh không áp dụng phương pháp khoán thuế từ ngày
01/01/2026. Bộ Tài chính đang xây dựng
Luật Quản lý thuế (sửa đổi) và Nghị định, Thông tư
hướng dẫn các hộ kinh doanh chuyển sang tự kê khai.
Cục Thuế có ý kiến để ông Thái Mạnh Cường được biết./.`;

  it('"… ngày" / "01/6/2021 …" and "… Bộ Tài chính đang xây dựng" / "Luật …" go on; a line after a full stop starts anew', () => {
    const { letter: l } = read(page(body));
    expect(tree(l.body)).toEqual([
      'p: Cục Thuế nhận được đơn phản ánh kiến nghị số PAKN.1761647228267 của ông Thái Mạnh Cường về chính sách thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:',
      'p: Căn cứ khoản 2 Điều 4 Thông tư số 40/2021/TT-BTC ngày 01/6/2021 hướng dẫn nguyên tắc tính thuế.',
      'p: Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân thì hộ kinh doanh, cá nhân kinh doanh không áp dụng phương pháp khoán thuế từ ngày 01/01/2026. Bộ Tài chính đang xây dựng Luật Quản lý thuế (sửa đổi) và Nghị định, Thông tư hướng dẫn các hộ kinh doanh chuyển sang tự kê khai.',
      'p: Cục Thuế có ý kiến để ông Thái Mạnh Cường được biết./.',
    ]);
  });
});
