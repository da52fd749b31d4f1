// Forms found while the seventy-sixth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, tree } from './read';

const letter = letterFrom({
  head: 'BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 5537/BTC-CST\nHà Nội, ngày 14 tháng 5 năm 2018\nV/v hoàn thuế GTGT',
  greeting: 'Kính gửi: Liên minh diễn đàn doanh nghiệp Việt Nam.',
  body: 'Bộ Tài chính trả lời Liên minh diễn đàn doanh nghiệp Việt Nam để biết./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, CST.\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ CHÍNH SÁCH THUẾ\n\nPhạm Đình Thi',
});

describe('Headers of round 76', () => {
  it('"IRNEEREEREEEEEREEEEEEEEEEEEENEKRRRRKRn" over the agency: a rule OCR read as a run of a few letters is no agency line', () => {
    const l = read(letter({ head: 'IRNEEREEREEEEEREEEEEEEEEEEEENEKRRRRKRn\n\nUBND THÀNH PHỐ CÀ MAU\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' })).letter;
    expect([l.agency.parent, l.agency.name]).toEqual(['UBND THÀNH PHỐ CÀ MAU', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO']);
  });
  it('"Vw miễn thuế nhập khẩu": OCR\'s "Vw" for "V/v" before a small letter opens the subject', () => {
    expect(read(letter({ number: 'Số: 4138/TCHQ-TXNK\nHà Nội, ngày 25 tháng 6 năm 2019\nVw miễn thuế nhập khẩu' })).letter.subject).toBe('miễn thuế nhập khẩu');
  });
  it('"Vĩnh Phúc, ngày tháng năm": a dateline left blank whole is the dateline, its place read, the year flagged', () => {
    const r = read(letter({ number: 'Số: /CTVPH-TTHT Vĩnh Phúc, ngày tháng năm\nV/v chính sách thuế', body: 'Trả lời công văn ghi ngày 27/7/2021 của Công ty, Cục Thuế có ý kiến như sau./.' }));
    expect([r.letter.place, r.letter.date]).toEqual(['Vĩnh Phúc', { day: null, month: null, year: 2021 }]);
    expect(r.notes.some((n) => n.path === 'date.year' && n.kind === 'uncertain')).toBe(true);
  });
  it('"Hà Nội, ngày 9 tháng 6 năm 2": a year cut at the scan\'s edge leaves the day and month read', () => {
    const l = read(letter({ number: 'Số: 4198/TCHQ-TXNK\nHà Nội, ngày 9 tháng 6 năm 2\nV/v miễn thuế nhập khẩu', body: 'Căn cứ Công văn ngày 10/5/2019, Tổng cục Hải quan hướng dẫn./.' })).letter;
    expect([l.place, l.date]).toEqual(['Hà Nội', { day: 9, month: 6, year: 2019 }]);
  });
});

describe('Signatures of round 76', () => {
  it('"_ TL. BỘ TRUONG ;" with no Nơi nhận: the marker\'s line, its underscore and semicolon specks, is no entry', () => {
    const l = read(letter({ footer: '_ TL. BỘ TRUONG ;\nVU TRUONG VỤ CHÍNH SÁCH THUÊ\n\nPhạm Đình Thi' })).letter;
    expect([l.distribution, l.signature.delegation, l.signature.title]).toEqual([[], 'TL. BỘ TRUONG', 'VU TRUONG VỤ CHÍNH SÁCH THUÊ']);
  });
  it('"- Như trên; - .PHÓ TRƯỞNG PHÒNG" under "KT. TRƯỞNG PHÒNG": the dot before the position is a speck', () => {
    const l = read(letter({ footer: 'Nơi nhận: KT. TRƯỞNG PHÒNG\n- Như trên; - .PHÓ TRƯỞNG PHÒNG\n\n- Lưu: VT.\n\nLê Minh Hải' })).letter;
    expect([l.signature.delegation, l.signature.title]).toEqual(['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG']);
  });
});

describe('Bodies of round 76', () => {
  it('"- Từ ngày 01/02/2018:" / "" / "Tại khoản 2 …": the last dash\'s text is under it; "Căn cứ quy định nêu trên …" is the letter\'s', () => {
    const body = [
      'Trả lời:',
      '- Từ ngày 01/7/2016 đến trước ngày 01/02/2018:',
      'Tại khoản 6 Điều 1 Nghị định số 100/2016/NĐ-CP quy định:',
      '“Cơ sở kinh doanh không được hoàn thuế.”',
      '- Từ ngày 01/02/2018:',
      '',
      'Tại khoản 2 Điều 1 Nghị định số 146/2017/NĐ-CP quy định như sau:',
      '',
      '“Cơ quan thuế thực hiện hoàn thuế trước, kiểm tra sau.”',
      '',
      'Căn cứ quy định nêu trên, cơ sở kinh doanh thực hiện theo hướng dẫn tại Nghị định số 146/2017/NĐ-CP.',
      '',
      'Bộ Tài chính trả lời Liên minh diễn đàn doanh nghiệp Việt Nam để biết./.',
    ].join('\n');
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: Trả lời:',
      { 'dash: Từ ngày 01/7/2016 đến trước ngày 01/02/2018:': ['p: Tại khoản 6 Điều 1 Nghị định số 100/2016/NĐ-CP quy định:', 'p: “Cơ sở kinh doanh không được hoàn thuế.”'] },
      { 'dash: Từ ngày 01/02/2018:': ['p: Tại khoản 2 Điều 1 Nghị định số 146/2017/NĐ-CP quy định như sau:', 'p: “Cơ quan thuế thực hiện hoàn thuế trước, kiểm tra sau.”'] },
      'p: Căn cứ quy định nêu trên, cơ sở kinh doanh thực hiện theo hướng dẫn tại Nghị định số 146/2017/NĐ-CP.',
      'p: Bộ Tài chính trả lời Liên minh diễn đàn doanh nghiệp Việt Nam để biết./.',
    ]);
  });
});

describe('Forms the round-76 review of older misses found', () => {
  it('"… của Công ty" / "TNHH MTV Seshin VN2 về …": a short line ending on "Công ty" goes on with the company\'s name', () => {
    const body = [
      'Trả lời công văn số',
      '11001/XNK-SSVN2 ngày 04/11/2025 của Công ty',
      'TNHH MTV Seshin VN2 về vướng mắc thủ tục hải quan đối với hàng hóa xuất nhập',
      'khẩu tại chỗ, Cục Hải quan có ý kiến như sau:',
      'Căn cứ quy định tại khoản 1 Điều',
      '47a Luật Hải quan được bổ sung tại khoản 3 Điều 3 Luật số 90/2025/QH15 ngày',
      '25/6/2025 thì hàng hóa xuất khẩu, nhập khẩu tại chỗ là hàng hóa giao, nhận tại',
      'Việt Nam theo chỉ định, của thương nhân nước ngoài theo hợp đồng mua bán, gia',
      'công, thuê, mượn giữa các doanh nghiệp Việt Nam với thương nhân nước ngoài.',
      'Cục Hải quan trả lời để Công ty',
      'biết./.',
    ].join('\n');
    const first = read(letter({ body })).letter.body[0];
    expect(first?.content.map((r) => r.text).join('')).toBe(
      'Trả lời công văn số 11001/XNK-SSVN2 ngày 04/11/2025 của Công ty TNHH MTV Seshin VN2 về vướng mắc thủ tục hải quan đối với hàng hóa xuất nhập khẩu tại chỗ, Cục Hải quan có ý kiến như sau:',
    );
  });
  it('"Trong quá trình triển khai …" after a clause with no ending (an e-mail address): the closing sentence is the letter\'s', () => {
    const body = [
      '1. Triển khai thực hiện nghiêm túc nội dung Kế hoạch.',
      '2. Báo cáo kết quả về Phòng Giáo dục và Đào tạo (qua ông Phan Lập Đức), theo địa chỉ email:',
      'lapducphan@gmail.com',
      '',
      'Trong quá trình triển khai thực hiện nếu gặp khó khăn, vướng mắc; kịp thời báo cáo về Phòng để được hướng dẫn.',
    ].join('\n');
    const got = tree(read(letter({ body })).letter.body) as unknown[];
    expect(got[got.length - 1]).toBe('p: Trong quá trình triển khai thực hiện nếu gặp khó khăn, vướng mắc; kịp thời báo cáo về Phòng để được hướng dẫn.');
  });
});

describe('A name cut at a short line (round-76 review)', () => {
  it('"… của Chi nhánh Công ty TNHH KGL" / "Việt Nam tại TP. HCM về …": the recipient\'s name written whole above keeps the sentence going', () => {
    const body = [
      'Trả lời công văn số 01/KGL',
      'ngày 20/11/2025 của Chi nhánh Công ty TNHH KGL',
      'Việt Nam tại TP. HCM về thực hiện quyền xuất khẩu, quyền nhập khẩu của tổ',
      'chức kinh tế có vốn đầu tư nước ngoài tại Việt Nam, Cục Hải quan có ý kiến như',
      'sau: đề nghị Chi nhánh nghiên cứu quy định tại Điều 3, Điều 7 Nghị định số 09/2018/NĐ-CP',
      'ngày 15/01/2018 của Chính phủ và các công văn hướng dẫn của Tổng cục Hải quan để',
      'thực hiện theo quy định./.',
    ].join('\n');
    const l = read(letter({ greeting: 'Kính gửi: Chi nhánh Công ty TNHH KGL Việt Nam tại TP. HCM.', body })).letter;
    expect(l.body).toHaveLength(1);
  });
});

describe('The customs letter 4138 printed (round 76, printed probe)', () => {
  it('"TONG CYC TRƯỜNG" / "TONG CYC TRUONG" with no name under them: the position read twice is no signer', () => {
    const l = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TXNK (3b).\nTONG CYC TRƯỜNG\nTONG CYC TRUONG' })).letter;
    expect(l.signature).toEqual({ authority: null, delegation: 'TONG CYC TRƯỜNG', title: 'TONG CYC TRUONG', signer: '' });
  });
});
