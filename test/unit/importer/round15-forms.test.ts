// Forms found in the fifteenth unseen round (a city tax office's letter OCR'd over three pages, a tax
// office's letter in an old font OCR'd without its tone marks, a ministry's web page with bold split
// inside words), each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

/** A scanned tax office's letter to a bank, as tesseract reads it. */
const scanned = (parts: { numberLine?: string; greeting?: string }) => `TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM

CUC THUE TP. HO CHi MINH Độc lập - Tự do- Hanh phúc
${parts.numberLine ?? 'Số: 1444/CT-TTHT Thành phố Hồ Chí Minh, ngày 21 tháng 02 năm 2018'}

V/v Chính sách thuế

${parts.greeting ?? 'Kính gửi: Ngân hàng DBS Bank LTD - Chi nhánh thành phố Hồ Chí Minh'}

Trả lời văn bản không số ngày 03/11/2017 của Chi nhánh Ngân hàng DBS Bank LTD, Cục thuế TP có ý kiến như sau:

Cục Thuế TP trả lời để Chi nhánh biết và thực hiện./.

Nơi nhận: KT. CỤC TRƯỞNG
- Như trên;
- Lưu: VT, TTHT. PHÓ CỤC TRƯỞNG

Nguyễn Nam Bình`;

describe('a number line OCR marred at every hand-filled place', () => {
  it('"Sá:4HHH /CT-TTHT Thành phố Hỗ Chi Minh, ngàu:J_ tháng 02jhăm 2018": symbol, place, month and year are read; number and day are flagged', () => {
    const { letter: l, notes } = read(scanned({ numberLine: 'Sá:4HHH /CT-TTHT Thành phố Hỗ Chi Minh, ngàu:J_ tháng 02jhăm 2018' }));
    expect([l.number, l.symbol, l.place]).toEqual([null, 'CT-TTHT', 'Thành phố Hỗ Chi Minh']);
    expect(l.date).toEqual({ day: null, month: 2, year: 2018 });
    expect(notes.some((n) => n.path === 'number' && n.kind === 'uncertain')).toBe(true);
    expect(notes.some((n) => n.path === 'date.day' && n.kind === 'uncertain')).toBe(true);
  });

  it('a word that only starts like "ngày", with no place\'s comma before it, is no dateline ("Dạy ngôn ngữ tháng 5 năm 2018")', () => {
    const { letter: l } = read(scanned({ numberLine: 'Số: 1444/CT-TTHT Dạy ngôn ngữ tháng 5 năm 2018' }));
    expect(l.date.month).toBeNull();
  });
});

describe('an addressee\'s details under "Kính gửi"', () => {
  it('"Địa chỉ: …, TP HCM." / "Mã số thuế: 0310011749": the tax code after the address\'s full stop stays with the recipient, not the body', () => {
    const { letter: l } = read(
      scanned({ greeting: 'Kính gửi: Ngân hàng DBS Bank LTD - Chi nhánh thành phố Hồ Chí Minh\nĐịa chỉ: Tầng 11, Sài Gòn Centre, Số 65 đường Lê Lợi,\nPhường Bến Nghé, Quận 1, TP HCM.\nMã số thuế: 0310011749' }),
    );
    expect(l.recipients).toEqual(['Ngân hàng DBS Bank LTD - Chi nhánh thành phố Hồ Chí Minh Địa chỉ: Tầng 11, Sài Gòn Centre, Số 65 đường Lê Lợi, Phường Bến Nghé, Quận 1, TP HCM. Mã số thuế: 0310011749']);
    expect(l.body[0]?.content.map((r) => r.text).join('')).toMatch(/^Trả lời văn bản/);
  });

  it('a line with a label after a recipient that ended in a full stop, with no detail before it, opens the body', () => {
    const { letter: l } = read(scanned({ greeting: 'Kính gửi: Ngân hàng DBS Bank LTD.\nMã số thuế: 0310011749' }));
    expect(l.recipients).toEqual(['Ngân hàng DBS Bank LTD']);
  });
});

describe('a tax office\'s footer OCR\'d over a seal', () => {
  const footer = (lines: string) => scanned({}).replace(/Nơi nhận: KT\. CỤC TRƯỞNG[\s\S]*$/, lines);

  it('"- Lan: VT, TTHT." is the archive line ("Lưu" marred), read with a note', () => {
    const { letter: l, notes } = read(footer('Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên;\n- Phòng Kiểm tra 2;\n- Lan: VT, TTHT.\n\nNguyễn Nam Bình'));
    expect(l.distribution).toEqual(['Như trên', 'Phòng Kiểm tra 2']);
    expect(l.archive).toEqual({ units: ['VT', 'TTHT'], copies: null });
    expect(notes.some((n) => n.path === 'archive.units' && n.kind === 'converted')).toBe(true);
  });

  it('an entry that starts with a short word and a colon but names no records desk stays an entry ("- Lào: Đại sứ quán")', () => {
    const { letter: l } = read(footer('Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên;\n- Lào: Đại sứ quán;\n- Lưu: VT, TTHT.\n\nNguyễn Nam Bình'));
    expect(l.distribution).toEqual(['Như trên', 'Lào: Đại sứ quán']);
  });

  it('"~ Như trên; Pi": a capital and a small letter alone beside "Như trên" is a speck; "Như trên; Sở" is kept', () => {
    const { letter: l } = read(footer('Nơi nhận: KT. CỤC TRƯỞNG\n~ Như trên; Pi\n- Phòng PC;\n- Lưu: VT, TTHT.\n\nNguyễn Nam Bình'));
    expect(l.distribution).toEqual(['Như trên', 'Phòng PC']);
    const { letter: kept } = read(footer('Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên; Sở\n- Phòng PC;\n- Lưu: VT, TTHT.\n\nNguyễn Nam Bình'));
    expect(kept.distribution[0]).toBe('Như trên; Sở');
  });

  it('"*. Sue Nguyên Nam Bình": signs and a short word OCR read before the name are dropped, with a note', () => {
    const { letter: l, notes } = read(footer('Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên;\n- Lưu: VT, TTHT.\n\nPHÓ CỤC TRƯỞNG\n\n*. Sue Nguyên Nam Bình'));
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. CỤC TRƯỞNG', title: 'PHÓ CỤC TRƯỞNG', signer: 'Nguyên Nam Bình' });
    expect(notes.some((n) => n.path === 'signature.signer' && n.kind === 'dropped')).toBe(true);
  });

  it('a line with words before a name is not cut down to the name ("Gửi kèm Nguyễn Nam Bình")', () => {
    const { letter: l } = read(footer('Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên;\n- Lưu: VT, TTHT.\n\nPHÓ CỤC TRƯỞNG\n\nGửi kèm Nguyễn Nam Bình'));
    expect(l.signature.signer).toBe('');
  });
});

describe('a letter typed in an old font and OCR\'d', () => {
  const OLD_FONT = `. TONG Cl)C TRuE CQNG HoA xA HQI CHU NGHiA VIlJ;TNAM
CVC THuE TP HA NQI DQcl~p - T•.•d.o - H~nh phuc
Số: 20713/CT-HTr Ha N(Ji, ngay 21 thang 4 nam 2015
VIv giai dap chinh sach thu~
Kinh gui: Cong ty TNHH First Rubber (Vi~t Narn)
(Dia chi: La 49G, Khu cong nghi?p Quang Minh, Ha N(Ji.
MST: 0105899433)
Tra lai cong van s6 CV-FRVN/02-2015 cua Cong ty, Cvc ThuS TP Ha NQi co y kiSn nhu sau:
Cong ty khong phai nQp ban gi~y cho ca quan thuS./.
Nui nhljn:
- Nhutn!!n;
- LUll: VT, HTr(1)f6j-1)

KT. CUC TRUONG
PHO CUC TRUONG

Nguyen Van Hung`;

  it('the national title and motto read letter for letter are still cut off the agency\'s lines', () => {
    const { letter: l } = read(OLD_FONT);
    expect(l.agency.name).toBe('CVC THuE TP HA NQI');
  });

  it('"VIv giai dap …" opens the subject; "Nui nhljn:" opens Nơi nhận, and "LUll: VT, HTr(1)f6j-1)" is the archive line', () => {
    const { letter: l, notes } = read(OLD_FONT);
    expect(l.subject).toBe('giai dap chinh sach thu~');
    expect(l.distribution).toEqual(['Nhutn!!n']);
    // "HTr": a unit in capitals with a small letter at its end; "f6j-1": a hand's mark, left out with a note.
    expect(l.archive).toEqual({ units: ['VT', 'HTr'], copies: 1 });
    expect(l.drafter).toBeNull();
    expect(notes.some((n) => n.path === 'drafter' && n.kind === 'uncertain')).toBe(true);
  });

  it('an address in brackets over two lines stays with the recipient and ends the list', () => {
    const { letter: l } = read(OLD_FONT);
    expect(l.recipients).toEqual(['Cong ty TNHH First Rubber (Vi~t Narn) (Dia chi: La 49G, Khu cong nghi?p Quang Minh, Ha N(Ji. MST: 0105899433)']);
    expect(l.body[0]?.content.map((r) => r.text).join('')).toMatch(/^Tra lai cong van/);
  });
});

describe('a customs letter\'s web page, hard-wrapped inside its bold spans', () => {
  const page = (greeting: string, signature: string) => `BỘ TÀI CHÍNH
**CỤC HẢI QUAN**
--------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 39365/CHQ-GSQL
*V/v nhập khẩu hàng
hóa*
|
*Hà Nội, ngày 02 tháng 12 năm 2025*
|
${greeting}
Trả lời công văn số 01-10/2025/CV-TKV của Công ty TNHH Tokokosen, Cục Hải quan có ý kiến như sau:
Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện./.
|
*Nơi nhận:*
**- **Như trên;
- Lưu: VT, GSQL (2b).
|
${signature}
**Nguyễn Bắc Hải**`;
  const SIGNED = '**TL. CỤC TRƯỞNG**\n**KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ **\nVỀ HQ PHÓ TRƯỞNG BAN';

  it('"**Kính" / "gửi:** Công ty TNHH" / "Tokokosen.": the label cut by the wrap does not end the recipient its line starts', () => {
    const { letter: l } = read(page('**Kính\ngửi:** Công ty TNHH\nTokokosen.', SIGNED));
    expect(l.recipients).toEqual(['Công ty TNHH Tokokosen']);
  });

  it('"KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ" / "VỀ HQ PHÓ TRƯỞNG BAN": the marker line\'s last words are cut off the signer\'s position', () => {
    const { letter: l } = read(page('**Kính gửi:** Công ty TNHH Tokokosen.', SIGNED));
    expect(l.signature).toEqual({ authority: null, delegation: 'TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ', title: 'PHÓ TRƯỞNG BAN', signer: 'Nguyễn Bắc Hải' });
  });

  it('after a marker line that ends in a position, a unit\'s name over the deputy\'s position stays the title', () => {
    const { letter: l } = read(page('**Kính gửi:** Công ty TNHH Tokokosen.', '**KT. CỤC TRƯỞNG**\nBAN GIÁM SÁT PHÓ TRƯỞNG BAN'));
    expect(l.signature.delegation).toBe('KT. CỤC TRƯỞNG');
    expect(l.signature.title).toBe('BAN GIÁM SÁT PHÓ TRƯỞNG BAN');
  });
});

describe('a ministry\'s letter as a culture portal stores it, without its header', () => {
  const page = (footer: string) => `Công văn V/v tổ chức Festival Đờn ca tài tử Quốc gia lần thứ II - Bình Dương 2017

Kính gửi: Sở Văn hoá, Thể thao và Du lịch tỉnh Bình Dương

Bộ Văn hoá, Thể thao và Du lịch chấp thuận việc đăng cai tổ chức Festival./.

Nơi nhận:
- Như trên;
${footer}`;

  it('"Công văn V/v …": the site\'s kind of document is dropped with a note, the subject is read', () => {
    const { letter: l, notes } = read(page('- Lưu: VT, VHCS.'));
    expect(l.subject).toBe('tổ chức Festival Đờn ca tài tử Quốc gia lần thứ II - Bình Dương 2017');
    expect(notes.some((n) => n.path === 'subject' && n.kind === 'dropped')).toBe(true);
  });

  it('"Lưu: VT, VHCS, HDNV, LH.8.": initials with the copies issued after a full stop end the line', () => {
    const { letter: l } = read(page('- Lưu: VT, VHCS, HDNV, LH.8.'));
    expect(l.archive).toEqual({ units: ['VT', 'VHCS', 'HDNV'], copies: null });
    expect(l.drafter).toEqual({ initials: 'LH', copies: 8 });
  });

  it('"Lưu: VT, KH, P.2.": one letter before the count names a room, no drafter', () => {
    const { letter: l } = read(page('- Lưu: VT, KH, P.2.'));
    expect(l.archive.units).toEqual(['VT', 'KH', 'P.2']);
    expect(l.drafter).toBeNull();
  });
});

describe('a letter of a named kind (THƯ NGỎ)', () => {
  const open = (summary: string) => `UỶ BAN NHÂN DÂN HUYỆN MAI CHÂU

Mai Châu, ngày 19 tháng 12 năm 2019

THƯ NGỎ

${summary}

Trong những năm qua, việc tổ chức bắn pháo hoa đã tạo không khí sôi nổi.

Uỷ ban nhân dân huyện trân trọng cảm ơn!

PHÓ CHỦ TỊCH UBND HUYỆN

Đinh Công Sứ`;

  it('the line under the kind\'s name is the subject; the kind is reported', () => {
    const { letter: l, notes } = read(open('Vận động hỗ trợ (tự nguyện) kinh phí bắn pháo hoa'));
    expect(l.subject).toBe('Vận động hỗ trợ (tự nguyện) kinh phí bắn pháo hoa');
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))[0]).toMatch(/^Trong những năm qua/);
    expect(notes.some((n) => n.path === 'subject' && n.kind === 'uncertain')).toBe(true);
    expect(notes.some((n) => n.path === 'subject' && n.kind === 'missing')).toBe(false);
  });

  it('a sentence under the kind\'s name is the body\'s, not a subject', () => {
    const { letter: l } = read(open('Ủy ban nhân dân huyện kêu gọi các doanh nghiệp hỗ trợ kinh phí.'));
    expect(l.subject).toBe('');
  });
});

describe('a recipient\'s position cut from its body by the page\'s wrap', () => {
  const letter = (greeting: string) => `VĂN PHÒNG CHÍNH PHỦ
Số: 11520/VPCP-CN
V/v Chỉ thị về nhiên liệu sinh học
Hà Nội, ngày 25 tháng 11 năm 2025
${greeting}
Xét đề nghị của Bộ Công Thương tại Tờ trình số 8798/TTr-BCT, Phó Thủ tướng có ý kiến như sau:
Bộ Công Thương tiếp thu ý kiến các thành viên Chính phủ./.
Nơi nhận:
- Như trên;
- Lưu: VT, CN (2).
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Sỹ Hiệp`;

  it('"Kính gửi: Bộ trưởng" / "Bộ Công Thương": the ministry\'s name goes on the position', () => {
    const { letter: l } = read(letter('Kính gửi: Bộ trưởng\nBộ Công Thương'));
    expect(l.recipients).toEqual(['Bộ trưởng Bộ Công Thương']);
    expect(l.body[0]?.content.map((r) => r.text).join('')).toMatch(/^Xét đề nghị/);
  });

  it('"Kính gửi: Bộ trưởng Bộ Công Thương" whole: the body\'s first line stays the body\'s', () => {
    const { letter: l } = read(letter('Kính gửi: Bộ trưởng Bộ Công Thương'));
    expect(l.recipients).toEqual(['Bộ trưởng Bộ Công Thương']);
  });
});

describe('a Party body\'s letter', () => {
  const PARTY = `ĐẢNG ỦY PHƯỜNG HƯƠNG XUÂN ĐẢNG CỘNG SẢN VIỆT NAM
BCĐ XÂY DỰNG ĐỀ ÁN PHƯỜNG ĐCVMĐT
* Hương Xuân, ngày 12 tháng 10 năm 2015
Số: 01-CV/BCĐ
V/v đề nghị tham gia góp ý kiến vào dự thảo
Kính gửi:
- Thủ trưởng các cơ quan, đơn vị trên địa bàn phường Hương Xuân;
- Bí thư các chi bộ trực thuộc.
Ban Chỉ đạo đề nghị các đơn vị góp ý kiến./.
Nơi nhận:
- Như trên;
- Lưu: VP.
T/M BAN CHỈ ĐẠO
TRƯỞNG BAN
Nguyễn Văn An`;

  it('"ĐẢNG CỘNG SẢN VIỆT NAM" stands where the national title does; the steering board is the issuing body under its Party committee', () => {
    const { letter: l } = read(PARTY);
    expect(l.agency).toEqual({ parent: 'ĐẢNG ỦY PHƯỜNG HƯƠNG XUÂN', name: 'BCĐ XÂY DỰNG ĐỀ ÁN PHƯỜNG ĐCVMĐT' });
  });

  it('"Số: 01-CV/BCĐ": the kind of document after the number opens the symbol; the star before the place is dropped', () => {
    const { letter: l } = read(PARTY);
    expect([l.number, l.symbol, l.place]).toEqual([1, 'CV/BCĐ', 'Hương Xuân']);
  });
});
