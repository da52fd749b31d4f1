// Forms found while the thirty-eighth unseen round was collected, and misses the probes showed, each
// tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

describe('a tax office\'s answer OCR\'d with its signature block lost under the seal (Hà Nội Cục Thuế 81380, the OCR probe)', () => {
  const answer = letterFrom({
    head: 'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TP HÀ NỘI Độc lập - Tự do - Hạnh phúc',
    number: 'Số: 81380/CT-TTHT Hà Nội, ngày 27 tháng 11 năm 2017\nV/v hướng dẫn đăng ký kho hàng',
    greeting: 'Kính gửi: Cổng thông tin điện tử - Bộ Tài chính',
    body: 'Cục Thuế TP Hà Nội trả lời để Cổng thông tin điện tử - Bộ Tài chính được biết./.',
    footer: 'Nơi nhận:\n- Như trên;\n- Phòng Pháp chế;\n- Lưu: VT, TTHT (02). Mai Sơn',
  });
  it('"- Lưu: VT, TTHT (02). Mai Sơn" with no signature read: the name may be the signer\'s, so no drafter is made of it, and a note names it', () => {
    const r = read(answer({}));
    expect(r.letter.drafter).toBeNull();
    expect(r.letter.archive).toEqual({ units: ['VT', 'TTHT'], copies: 2 });
    const said = r.notes.filter((n) => n.path === 'drafter');
    expect(said).toHaveLength(1);
    expect(said[0]?.kind).toBe('uncertain');
    expect(said[0]?.message).toContain('"Mai Sơn"');
  });
  it('with the signature read, the same name is the drafter\'s', () => {
    const r = read(answer({ footer: 'Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên; PHÓ CỤC TRƯỞNG\n- Lưu: VT, TTHT (02). Mai Sơn\n\nNguyễn Tiến Trường' }));
    expect(r.letter.drafter).toEqual({ initials: 'Mai Sơn', copies: null });
    expect(r.letter.signature.signer).toBe('Nguyễn Tiến Trường');
  });
  it('a drafter\'s initials or a name with its copies stay the drafter\'s even with no signature read', () => {
    expect(read(answer({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT, Cao Cường (10b)' })).letter.drafter).toEqual({ initials: 'Cao Cường', copies: 10 });
    expect(read(answer({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT, Ph.' })).letter.drafter?.initials).toBe('PH');
  });
});

const bacNinh = letterFrom({
  head: 'UBND TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 89/SGDĐT-CTHSSV Bắc Ninh, ngày 31 tháng 01 năm 2020\nV/v tăng cường phòng, chống dịch bệnh',
  greeting: '_,HẨN: Kính gửi:\n\n- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;\n- Các trường THPT.',
  body: 'Sở GDĐT yêu cầu các đơn vị thực hiện tốt một số nội dung sau:\n\n1. Các trường có thực hiện công tác bán trú,\n\n¿\nnội trú cần tăng cường vệ sinh.\n\n2. Báo cáo về Sở GDĐT./.',
  footer: 'Nơi nhận: KT. GLAM ĐỌC\n- Như kính gửi; *HÓ GIÁM ĐÓC\n- Bộ GDĐT (để b/c);\n- Lưu: VT, CTHSSV.\n\nNguyễn Thế Sơn',
});

describe('a department\'s KHẨN letter OCR\'d from a scan (Bắc Ninh Sở GD&ĐT 89, round 38)', () => {
  it('"_,HẨN: Kính gửi:": the red stamp with its first letter lost is the urgency, with a note, and the label still opens the list', () => {
    const r = read(bacNinh({}));
    expect(r.letter.urgency).toBe('KHẨN');
    expect(r.letter.recipients).toEqual(['Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố', 'Các trường THPT']);
    expect(r.notes.some((n) => n.path === 'urgency' && n.kind === 'converted' && n.message.includes('_,HẨN:'))).toBe(true);
  });
  it('a name or a bare "HAN" before the label is no stamp', () => {
    expect(read(bacNinh({ greeting: 'HAN: Kính gửi:\n\n- Các trường THPT.' })).letter.urgency).toBeNull();
    expect(read(bacNinh({ greeting: 'Hân Kính gửi:\n\n- Các trường THPT.' })).letter.urgency).toBeNull();
  });
  it('"bán trú," / "" / "¿" / "nội trú cần …": a page number OCR read as one sign, set apart inside a sentence, goes; the sentence is one paragraph', () => {
    const r = read(bacNinh({}));
    expect(tree(r.letter.body)).toEqual([
      'p: Sở GDĐT yêu cầu các đơn vị thực hiện tốt một số nội dung sau:',
      { 'clause: Các trường có thực hiện công tác bán trú, nội trú cần tăng cường vệ sinh.': [] },
      { 'clause: Báo cáo về Sở GDĐT./.': [] },
    ]);
  });
  it('"- Như kính gửi; *HÓ GIÁM ĐÓC": a position whose "P" the seal inked into a sign is the signature\'s, kept as read', () => {
    const r = read(bacNinh({}));
    expect(r.letter.distribution).toEqual(['Như kính gửi', 'Bộ GDĐT (để b/c)']);
    expect(r.letter.signature.title).toBe('*HÓ GIÁM ĐÓC');
    expect(r.letter.signature.signer).toBe('Nguyễn Thế Sơn');
  });
});

describe('a ministry\'s list of calculators OCR\'d from a scan (Bộ GD&ĐT 1568, round 38)', () => {
  const ministry = letterFrom({
    head: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    number: 'Số: 1568/BGDĐT-CNTT Hà Nội, ngày 12 tháng 4 năm 2019\nV/v thông báo danh sách máy tính bỏ túi',
    greeting: 'Kính gửi: Các sở giáo dục và đào tạo',
    body: 'Bộ Giáo dục và Đào tạo công bố như sau:\n\n1. Nguyên tắc: theo Quy chế thi.\n\n2. Danh sách cụ thể một số máy tính bỏ túi thông dụng được phép đem vào phòng thi năm 2019 là:\n- Casio FX 570VN Plus;\n- Deli 1710, D991ES;\n\nvà các máy tính không có chức năng soạn thảo văn bản.\n\nĐề nghị các sở phổ biến nội dung này.',
    footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, CNTT.\n\nNguyễn Sơn Hải',
  });
  it('"2. Danh sách … là:" / dashes / "và các máy tính …": a paragraph opening in small letters after the last dash ends the clause\'s sentence, under the clause', () => {
    expect(tree(read(ministry({})).letter.body)).toEqual([
      'p: Bộ Giáo dục và Đào tạo công bố như sau:',
      { 'clause: Nguyên tắc: theo Quy chế thi.': [] },
      { 'clause: Danh sách cụ thể một số máy tính bỏ túi thông dụng được phép đem vào phòng thi năm 2019 là:': [{ 'dash: Casio FX 570VN Plus;': [] }, { 'dash: Deli 1710, D991ES;': [] }, 'p: và các máy tính không có chức năng soạn thảo văn bản.'] },
      'p: Đề nghị các sở phổ biến nội dung này.',
    ]);
  });
  it('a paragraph in capitals after the dashes stays at the top', () => {
    const body = 'Bộ công bố như sau:\n\n1. Nguyên tắc: theo Quy chế thi.\n\n2. Danh sách cụ thể là:\n- Casio FX 570VN Plus;\n- Deli 1710, D991ES.\n\nĐề nghị các sở phổ biến nội dung này.';
    expect((tree(read(ministry({ body })).letter.body) as unknown[]).at(-1)).toBe('p: Đề nghị các sở phổ biến nội dung này.');
  });
});

describe('a department\'s hotline letter OCR\'d with its seal over the header and the archive line (Phú Thọ Sở GD&ĐT 1346, round 38)', () => {
  it('"SỞ GIÁO DỤC VÀ ĐÀO TẠO và Độc lập …": a short word in small letters the seal left after the name goes', () => {
    const text = 'UBND TỈNH PHÚ THỌ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO và Độc lập - Tự do - Hạnh phúc\nSố: 1346/SGD&ĐT-VP Phú Thọ, ngày 29 tháng 9 năm 2017\nV/v tiếp nhận thông tin phản ánh\n\nKính gửi: Các đơn vị trực thuộc Sở GD&ĐT.\n\nĐề nghị các đơn vị nghiêm túc triển khai thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nNguyễn Thị Thu Huyền';
    expect(read(text).letter.agency).toEqual({ parent: 'UBND TỈNH PHÚ THỌ', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' });
  });
  it('"- Lưu: VT, VỀ.p⁄": OCR\'s "VP" with a marked letter is still the unit before the hand\'s mark', () => {
    const r = readArchive('- Lưu: VT, VỀ.p⁄', 'SGD&ĐT-VP');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'VỀ'], { initials: 'P⁄', copies: null }]);
  });
});

describe('addressees on the "Kính gửi" line parted by semicolons (Thái Bình Sở GD&ĐT 337, round 38)', () => {
  const department = letterFrom({
    head: 'UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
    number: 'Số: 337/SGDĐT-VP Thái Bình, ngày 18 tháng 5 năm 2018\nV/v đôn đốc thực hiện ý kiến chỉ đạo',
    greeting: 'Kính gửi: Các trường THPT; trường Mầm non Hoa Hồng;\n-TTGDNN-GDTX tỉnh.',
    body: 'Sở Giáo dục và Đào tạo yêu cầu các đơn vị nghiêm túc thực hiện./.',
    footer: 'Nơi nhận:\n- Như trên;\n- Lưu VT.',
  });
  it('"Kính gửi: A; b;" / "-C.": each part is an addressee', () => {
    expect(read(department({})).letter.recipients).toEqual(['Các trường THPT', 'trường Mầm non Hoa Hồng', 'TTGDNN-GDTX tỉnh']);
  });
  it('a class named before a colon, or a company with its details, stays one addressee', () => {
    expect(read(department({ greeting: 'Kính gửi: Các Trung tâm: Ngoại ngữ; Tin học.' })).letter.recipients).toEqual(['Các Trung tâm: Ngoại ngữ; Tin học']);
    expect(read(department({ greeting: 'Kính gửi: Công ty TNHH An Phát; Mã số thuế: 0310011749.' })).letter.recipients).toHaveLength(1);
  });
  it('a dashed line with a semicolon inside stays one addressee, as the letter lists it', () => {
    expect(read(department({ greeting: 'Kính gửi:\n- Các đại học, học viện; các trường đại học;\n- Sở Y tế.' })).letter.recipients).toEqual(['Các đại học, học viện; các trường đại học', 'Sở Y tế']);
  });
});

describe('round 38 letters printed and read back (the probes)', () => {
  it('"- Các phòng CM, NV thuộc Sở (để" / "k/t);": a wrapped entry\'s "k/t" (kiểm tra) is no KT. line (Vĩnh Long 2593, -layout)', () => {
    const text = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2593/SGDĐT-CTTT Vĩnh Long, ngày 27 tháng 12 năm 2020\nV/v phòng, chống dịch COVID-19\n\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị thực hiện./.\n\nNơi nhận:                                      GIÁM ĐỐC\n- Như trên (để thực hiện);\n- Các phòng CM, NV thuộc Sở (để\n  k/t);\n- Lưu: VT, CTTT.\n\n\n                                          Trương Thanh Nhuận';
    const r = read(text);
    expect(r.letter.signature).toEqual({ authority: null, delegation: null, title: 'GIÁM ĐỐC', signer: 'Trương Thanh Nhuận' });
    expect(r.letter.distribution).toEqual(['Như trên (để thực hiện)', 'Các phòng CM, NV thuộc Sở (để k/t)']);
  });
  it('"- Lưu: VT, CTHSSV. Buy€ ê Sơ": the signer\'s name marred by a sign inside a word, after the units\' full stop, is no drafter (Bắc Ninh 89, OCR)', () => {
    const r = readArchive('- Lưu: VT, CTHSSV. Buy€ ê Sơ', 'SGDĐT-CTHSSV');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'CTHSSV'], null]);
    expect(r.notes.some((n) => n.kind === 'dropped' && n.message.includes('Buy€ ê Sơ'))).toBe(true);
  });
});
