// Forms found while the forty-second unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

const hauGiang = letterFrom({
  head: 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG Độc lập - Tự do - Hạnh Phúc',
  number: 'Số: 457/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n\nV/v hỗ trợ kinh phí kế hoạch liên ngành năm 2011HHHHa     ; kinh phí tuyên truyền ATGT cho Hội Nông dân',
  greeting: 'Kính gửi: Sở Tài chính',
  body: 'Ủy ban nhân dân tỉnh thống nhất hỗ trợ kinh phí./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Công Chánh',
});

describe('a subject line with a gap a Word file\'s stray characters left (UBND tỉnh Hậu Giang 457, round 42)', () => {
  it('"… năm 2011HHHHa     ; kinh phí …": the piece after the gap opens with a semicolon, so it goes on the subject', () => {
    expect(read(hauGiang({})).letter.subject).toBe('hỗ trợ kinh phí kế hoạch liên ngành năm 2011HHHHa ; kinh phí tuyên truyền ATGT cho Hội Nông dân');
  });
  it('a layout row still parts its columns at a gap before a word ("Số: 457/UBND-NCTH     Vị Thanh, ngày …")', () => {
    const l = read(hauGiang({ number: 'Số: 457/UBND-NCTH     Vị Thanh, ngày 6 tháng 4 năm 2011\n\nV/v hỗ trợ kinh phí' })).letter;
    expect([l.symbol, l.place, l.subject]).toEqual(['UBND-NCTH', 'Vị Thanh', 'hỗ trợ kinh phí']);
  });
});

const thaiBinh828 = letterFrom({
  head: '__ UBND TỈNH THÁI BÌNH CỌNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 828./SGDĐT-GDTrH Thái Bình, ngày 29 tháng 10 năm 2018\nV⁄v: Tô chức Hội thị\ngiáo viên dạy giỏi THCS cáp tỉnh\nnăm học 2018-2019',
  greeting: 'Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thành phố',
  body: 'Sở GDĐT yêu cầu Trưởng phòng Giáo dục và Đào tạo các huyện, thành phó nghiêm túc thực hiện./.',
  footer: [
    'KT. GIÁM ĐÓC',
    'Nơi nhận: ~ZZPHÓ GIÁM ĐÓC',
    '- Giám đôc (đê báo cáo); 9 „',
    '- Như kính gửi (đề thực hiện);',
    '- Website Sở GDĐT;',
    '',
    'ý sở Xz\\ (',
    '| Ẵj',
    'o| ^ ) 2U X lỗ l)',
    '- Lưu VP, GDTTH. ©\\ VÀ ĐÀO 2= mm',
    'À è S2,',
    '—fràn Thị Bích Vân',
  ].join('\n'),
});

describe('a scan whose seal and pen marred the whole footer (Sở GD&ĐT Thái Bình 828, round 42)', () => {
  it('"V⁄v: Tô chức …": the fraction slash OCR read for the subject lead\'s', () => {
    expect(read(thaiBinh828({})).letter.subject).toBe('Tô chức Hội thị giáo viên dạy giỏi THCS cáp tỉnh năm học 2018-2019');
  });
  it('"Nơi nhận: ~ZZPHÓ GIÁM ĐÓC": the stroke and its capitals glued before "PHÓ" go; the title is whole', () => {
    const sig = read(thaiBinh828({})).letter.signature;
    expect([sig.delegation, sig.title]).toEqual(['KT. GIÁM ĐÓC', 'PHÓ GIÁM ĐÓC']);
  });
  it('lines of the seal\'s scraps under an ended entry join no entry; "Lưu … ©\\ VÀ ĐÀO 2= mm" keeps its units only', () => {
    const l = read(thaiBinh828({})).letter;
    expect(l.distribution).toEqual(['Giám đôc (đê báo cáo)', 'Như kính gửi (đề thực hiện)', 'Website Sở GDĐT']);
    expect([l.archive.units, l.drafter]).toEqual([['VP', 'GDTTH'], null]);
  });
  it('"—fràn Thị Bích Vân" after the archive line: the signer, its family name marred, not an entry', () => {
    expect(read(thaiBinh828({})).letter.signature.signer).toBe('fràn Thị Bích Vân');
  });
  it('a mark right under the archive line is still the drafter\'s ("- Lưu: VT, TH." / "PL.(300)")', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT, TH.\nPL.(300)\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thị Bích Vân';
    expect(read(thaiBinh828({ footer })).letter.drafter).toEqual({ initials: 'PL', copies: 300 });
  });
  it('a short wrapped word under an entry still open goes on with it ("- Văn phòng Sở" / "GD")', () => {
    const footer = 'Nơi nhận:\n- Như kính gửi;\n- Văn phòng\nSở;\n- Lưu: VT, GDTrH.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thị Bích Vân';
    expect(read(thaiBinh828({ footer })).letter.distribution).toEqual(['Như kính gửi', 'Văn phòng Sở']);
  });
});

const thaiBinh761 = letterFrom({
  head: 'UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 761/SGDĐT-KTQLCLGD Thái Bình, ngày 09 tháng 10 năm 2018\nV/v tổ chức thi chọn học sinh giỏi lớp 12',
  greeting: 'Kính gửi: Hiệu trưởng các trường THPT',
  body: 'Sở Giáo dục và Đào tạo thông báo để các đơn vị thực hiện./.',
  footer: [
    'GIÁM ĐÓC',
    'Nơi nhận: ở SN',
    '- GÐ và các Phó GÐ (để chỉ đạo); Š⁄s °29(2 ———',
    '- Các phòng liên quan (đê phôi hợp); loi GIÁ: nualŠ',
    '- Như kính gửi (đề thực hiện); 4 ĐÀo\'*aa /*Ÿ',
    '- Lưu: VP. ĐTBD.3/„',
    '',
    'Nguyễn Viết Hiến',
  ].join('\n'),
});

describe('a Nơi nhận whose every entry carries the seal\'s marks (Sở GD&ĐT Thái Bình 761, Phú Thọ 1254, round 42)', () => {
  it('"Nơi nhận: ở SN" and the marks after each entry\'s ";" go; the entries stay', () => {
    expect(read(thaiBinh761({})).letter.distribution).toEqual(['GĐ và các Phó GĐ (để chỉ đạo)', 'Các phòng liên quan (đê phôi hợp)', 'Như kính gửi (đề thực hiện)']);
  });
  it('"Lưu: VP. ĐTBD.3/„": the scribble glued after the last unit goes', () => {
    expect(read(thaiBinh761({})).letter.archive.units).toEqual(['VP', 'ĐTBD']);
  });
  it('a position after an entry\'s ";" is not taken for marks ("- Như trên; * PHÓ GIÁM ĐỐC")', () => {
    const footer = 'Nơi nhận:\n- Như trên; * PHÓ GIÁM ĐỐC\n- Lưu: VT.\n\nNguyễn Viết Hiến';
    expect(read(thaiBinh761({ footer })).letter.signature.title).toBe('PHÓ GIÁM ĐỐC');
  });
});

describe('the end of a scanned body (Sở GD&ĐT Thái Bình 761, round 42)', () => {
  const body = [
    'Sở Giáo dục và Đào tạo thông báo lịch thi như sau:',
    '',
    '- Buổi chiều thi các môn: Lý, Hóa, Sinh, Tiếng Anh; bắt đầu từ 14h00',
    '',
    'Đề nghị các trường THPT lập danh sách học sinh dự thi gửi về Sở Giáo dục',
    'và Đào tạo trước ngày 20/11/2018.',
    '',
    'Nhận được Công văn này, yêu cầu các trường THPT khẩn trương và',
    'nghiêm túc triển khai thực hiện./.',
    '',
    '-Zw-tv 2t:',
    '-..... xa',
  ].join('\n');
  const texts = (text: string) => read(text).letter.body.map((b) => b.content.map((r) => r.text).join(''));
  it('"… bắt đầu từ 14h00" / "" / "Đề nghị các trường …": a request after the blank line opens its own paragraph', () => {
    expect(texts(thaiBinh761({ body }))).toContain('Đề nghị các trường THPT lập danh sách học sinh dự thi gửi về Sở Giáo dục và Đào tạo trước ngày 20/11/2018.');
  });
  it('"-Zw-tv 2t:" and "-..... xa" after the closing "./." go', () => {
    expect(texts(thaiBinh761({ body })).at(-1)).toBe('Nhận được Công văn này, yêu cầu các trường THPT khẩn trương và nghiêm túc triển khai thực hiện./.');
  });
  it('a line of words after the closing "./." stays ("(Kèm theo danh sách)")', () => {
    expect(texts(thaiBinh761({ body: `${body.split('\n').slice(0, 9).join('\n')}\n\n(Kèm theo danh sách)` })).at(-1)).toBe('(Kèm theo danh sách)');
  });
});
