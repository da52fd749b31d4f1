// Forms found in the fourteenth unseen round (a customs office's letter OCR'd from phone screenshots, a
// city tax office's scanned letter, a ministry's letter with its drafter written out under "Lưu"), each
// tested on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive, tree } from './read';

/** A scanned tax office's letter around the given parts, as tesseract reads it. */
const scanned = (parts: { top?: string; numberLine?: string; greeting?: string; body?: string; footer?: string }) => `${parts.top ?? 'TONG CỤC THUÊ CỘNG HÒA XA HỘI CHỦ NGHĨA VIỆT NAM'}

CỤC THUÊ TP HO CHÍ MINH Độc lập - Tự do - Hạnh phúc
${parts.numberLine ?? 'Số: 6770/CTTPHCM-KK Thành phố Hồ Chí Minh, ngày 19 tháng 7 năm 2021'}

V/v: nộp hồ sơ khai thuế trong thời
gian thực hiện Chỉ thị 16/CT-TTg

${parts.greeting ?? 'Kính gửi: Người nộp thuế trên địa bàn Thành phố Hồ Chí Minh'}

${parts.body ?? 'Cục Thuế Thành phố Hồ Chí Minh thông báo để người nộp thuế được biết./.'}

${parts.footer ?? 'Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên;\n- Lưu: VT, KK. PHÓ CỤC TRƯỞNG\n\nNguyễn Nam Bình'}`;

describe('a scanned header', () => {
  it('"TONG CỤC THUÊ: CỘNG HÒA …": the colon OCR read where the columns meet does not cost the parent agency', () => {
    const { letter: l } = read(scanned({ top: 'TONG CỤC THUÊ: CỘNG HÒA XA HỘI CHỦ NGHĨA VIỆT NAM' }));
    expect(l.agency).toEqual({ parent: 'TONG CỤC THUÊ', name: 'CỤC THUÊ TP HO CHÍ MINH' });
  });

  it('a caption with a value ("VIEWS: 10") is still no agency line', () => {
    const { letter: l } = read(scanned({ top: 'VIEWS: 10' }));
    expect(l.agency.parent).toBeNull();
  });

  it('"Thành pho Hỗ Chi Minh, ngài: 19 tháng 7 nam 2021": the place without tone marks and a marred "ngày:"', () => {
    const { letter: l } = read(scanned({ numberLine: 'Số: 6770/CTTPHCM-KK Thành pho Hỗ Chi Minh, ngài: 19 tháng 7 nam 2021' }));
    expect(l.place).toBe('Thành pho Hỗ Chi Minh');
    expect(l.date).toEqual({ day: 19, month: 7, year: 2021 });
    expect(l.symbol).toBe('CTTPHCM-KK');
  });
});

describe('a customs office\'s header OCR\'d from a phone screenshot', () => {
  const header = (numberLine: string, subject: string) => `TONG CỤC HAI QUAN CONG HOA XA HOI CHU NGHIA VIET NAM
CỤC HAI QUAN TÍNH BÌNH DƯƠNG Độc lập - Tự do - Hạnh phúc
${numberLine}
${subject}

Kính gửi: Công ty TNHH POLYTEX FAR EASTERN (VIỆT NAM)

Cục Hải quan tỉnh Bình Dương trả lời để Công ty được biết và thực hiện./.

Nơi nhận: KT.CỤC TRƯỞNG
~ Như trên;
~ Lưu: VT, GSQL (2b). PHÓ CỤC TRƯỞNG

Nguyễn Thanh Bình`;

  it('"sốf 5 1 9oBD-GSQL Binh Dương, ngày Qhéng 7 năm 2022": the place and month are read, the marred day is flagged', () => {
    const { letter: l, notes } = read(header('sốf 5 1 9oBD-GSQL Binh Dương, ngày Qhéng 7 năm 2022', 'V/v quyền xuất khẩu'));
    expect(l.place).toBe('Binh Dương');
    expect(l.date).toEqual({ day: null, month: 7, year: 2022 });
    expect(l.number).toBeNull();
    expect(notes.some((n) => n.path === 'date.day' && n.kind === 'uncertain')).toBe(true);
  });

  it('"Vị Thanh, ngày 6 tháng 4": a place ending in "…hanh" does not pass for the month\'s word', () => {
    const { letter: l } = read(header('Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011', 'V/v quyền xuất khẩu'));
    expect(l.date).toEqual({ day: 6, month: 4, year: 2011 });
  });

  it('"Viv quyền xuất khẩu,quyền nhập khẩu" / "" / "hàng hóa": OCR\'s "V/v" opens the subject', () => {
    const { letter: l } = read(header('Số: 1519/HQBD-GSQL Bình Dương, ngày 19 tháng 7 năm 2022', 'Viv quyền xuất khẩu,quyền nhập khẩu\n\nhàng hóa'));
    expect(l.subject).toBe('quyền xuất khẩu,quyền nhập khẩu hàng hóa');
  });
});

describe('an addressee\'s address in brackets after a blank line', () => {
  it('"Kính gửi: Công ty …" / "" / "(L2B …, KCN Bàu Bàng …)": the address is the recipient\'s, not the body\'s', () => {
    const { letter: l } = read(scanned({ greeting: 'Kính gửi: Công ty TNHH POLYTEX FAR EASTERN (VIỆT NAM)\n\n(L2B 5B_CN đường DC, KCN Bàu Bàng thị trấn Lai Uyên huyện Bàu Bàng)' }));
    expect(l.recipients).toEqual(['Công ty TNHH POLYTEX FAR EASTERN (VIỆT NAM) (L2B 5B_CN đường DC, KCN Bàu Bàng thị trấn Lai Uyên huyện Bàu Bàng)']);
    expect(l.body).toHaveLength(1);
  });

  it('a bracketed line that names no place opens the body', () => {
    const { letter: l } = read(scanned({ greeting: 'Kính gửi: Công ty TNHH ABC\n\n(Trả lời công văn số 12/CV-ABC của Công ty)' }));
    expect(l.recipients).toEqual(['Công ty TNHH ABC']);
    expect(l.body).toHaveLength(2);
  });
});

describe('a page of phone screenshots', () => {
  it('the screen\'s bar between the page break and the page number is dropped, and the sentence goes on', () => {
    const body = [
      'Khoản 2 Điều 3 Nghị định số 09/2018/NĐ-CP quy định quyền xuất khẩu là quyền mua hàng hóa tại Việt Nam để xuất khẩu,',
      'bao gồm quyền đứng tên trên tờ khai hàng hóa xuất khẩu để thực hiện và chịu',
      '',
      'file:///var/mobile/Containers/Data/Application/45D36...',
      '',
      '--- PAGE BREAK ---',
      '',
      '98:45 =- - all 3c 8M)',
      '',
      '2',
      '',
      'trách nhiệm về các thủ tục liên quan đến xuất khẩu./.',
    ].join('\n');
    const { letter: l, notes } = read(scanned({ body }));
    expect(tree(l.body)).toEqual([
      'p: Khoản 2 Điều 3 Nghị định số 09/2018/NĐ-CP quy định quyền xuất khẩu là quyền mua hàng hóa tại Việt Nam để xuất khẩu, bao gồm quyền đứng tên trên tờ khai hàng hóa xuất khẩu để thực hiện và chịu trách nhiệm về các thủ tục liên quan đến xuất khẩu./.',
    ]);
    expect(notes.some((n) => n.kind === 'dropped' && n.source === '98:45 =- - all 3c 8M)')).toBe(true);
  });

  it('a page\'s first line of text before a page number at its foot stays', () => {
    const body = 'Đề nghị các đơn vị thực hiện nội dung sau:\n\n--- PAGE BREAK ---\n\nKiểm tra hồ sơ khai thuế của người nộp thuế./.\n\n2';
    const { letter: l } = read(scanned({ body }));
    expect(tree(l.body)).toEqual(['p: Đề nghị các đơn vị thực hiện nội dung sau:', 'p: Kiểm tra hồ sơ khai thuế của người nộp thuế./.']);
  });
});

describe('OCR\'s "~" for a list dash in the body', () => {
  it('"~ Căn cứ …" is a dash item like "- Căn cứ …"', () => {
    const body = 'Về vấn đề này, Cục Thuế có ý kiến như sau:\n\n- Căn cứ khoản 1 Điều 9 Nghị định số 125/2020/NĐ-CP;\n\n~ Căn cứ Công điện số 914/CĐ-TTg ngày 6 tháng 7 năm 2021.\n\nCục Thuế thông báo để người nộp thuế được biết./.';
    const { letter: l } = read(scanned({ body }));
    expect(tree(l.body)).toEqual([
      'p: Về vấn đề này, Cục Thuế có ý kiến như sau:',
      { 'dash: Căn cứ khoản 1 Điều 9 Nghị định số 125/2020/NĐ-CP;': [] },
      { 'dash: Căn cứ Công điện số 914/CĐ-TTg ngày 6 tháng 7 năm 2021.': [] },
      'p: Cục Thuế thông báo để người nộp thuế được biết./.',
    ]);
  });
});

describe('the first Nơi nhận entry without tone marks', () => {
  it('"Nhu trên" stays as typed (only marred readings are read as "Như trên")', () => {
    const { letter: l } = read(scanned({ footer: 'Noi nhận: KT. CỤC TRƯỞNG\n~ Nhu trên;\n~ Tổng cục Thuế (để báo cáo);\n- Lưu: VT, KK. PHÓ CỤC TRƯỞNG\n\nNguyễn Nam Bình' }));
    expect(l.distribution).toEqual(['Nhu trên', 'Tổng cục Thuế (để báo cáo)']);
  });
});

describe('a drafter written out under the archive line', () => {
  it('"- Lưu VT, KL." / "TP Nguyễn Hồng Quảng" over the signature\'s lines: the drafter, not a second signer', () => {
    const { letter: l, notes } = read(scanned({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu VT, KL.\nTP Nguyễn Hồng Quảng\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nHứa Đức Nhị' }));
    expect(l.drafter).toEqual({ initials: 'TP Nguyễn Hồng Quảng', copies: null });
    expect(l.archive).toEqual({ units: ['VT', 'KL'], copies: null });
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. BỘ TRƯỞNG', title: 'THỨ TRƯỞNG', signer: 'Hứa Đức Nhị' });
    expect(notes.some((n) => n.path.startsWith('signature') && n.kind === 'uncertain')).toBe(false);
    expect(notes.some((n) => n.path === 'drafter' && n.kind === 'uncertain')).toBe(true);
  });

  it('the signer\'s name under the archive line, after the signature\'s lines, stays the signer', () => {
    const { letter: l } = read(scanned({ footer: 'Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên; THỨ TRƯỞNG\n- Lưu: VT, KL.\nHứa Đức Nhị' }));
    expect(l.signature.signer).toBe('Hứa Đức Nhị');
    expect(l.drafter).toBeNull();
  });
});

describe('a drafter\'s mark on the archive line', () => {
  it('"VT, NVTHQ (Hằng B - 3b.": the name and copies in the unit\'s brackets, the closing one lost', () => {
    const r = readArchive('- Lưu: VT, NVTHQ (Hằng B - 3b.', 'CHQ-NVTHQ');
    expect(r.archive).toEqual({ units: ['VT', 'NVTHQ'], copies: null });
    expect(r.drafter).toEqual({ initials: 'Hằng B', copies: 3 });
  });

  it('"VT, GSQL (3b).": a count alone in the brackets is still the archive\'s copies', () => {
    const r = readArchive('- Lưu: VT, GSQL (3b).', 'HQBD-GSQL');
    expect(r.archive).toEqual({ units: ['VT', 'GSQL'], copies: 3 });
    expect(r.drafter).toBeNull();
  });

  it('"Hg6": initials in small letters with the copies glued on; "QLDN1" in capitals stays a unit', () => {
    expect(readArchive('- Lưu: VT, Vụ VHDT, Hg6', 'BVHTTDL-VHDT').drafter).toEqual({ initials: 'HG', copies: 6 });
    const unit = readArchive('- Lưu: VT, QLDN1.', 'CT-QLDN1');
    expect(unit.archive.units).toEqual(['VT', 'QLDN1']);
    expect(unit.drafter).toBeNull();
  });
});

describe('OCR\'s tilde for the Nơi nhận dash', () => {
  it('"~€CT Khu vực …" with no space after the tilde opens an entry after one OCR ended with ":"', () => {
    const footer = 'Noi nhén: KT. CỤC TRƯỞNG\n~ Nhu trên:\n~ Cơ quan báo, đài trên địa bàn TP. HCM (để\nđưa tin):\n\n~€CT Khu vực, quận, huyện (để thực hiện);\n~ Lưu: VT, KK. PHÓ CỤC TRƯỞNG\n\nNguyễn Nam Bình';
    const { letter: l } = read(scanned({ footer }));
    expect(l.distribution).toEqual(['Nhu trên', 'Cơ quan báo, đài trên địa bàn TP. HCM (để đưa tin)', '€CT Khu vực, quận, huyện (để thực hiện)']);
  });
});
