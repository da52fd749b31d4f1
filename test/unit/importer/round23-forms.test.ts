// Forms found in the twenty-third unseen round (scans of a Sở's and a ministry's letters read by OCR, a
// working group's letter on a web page), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

/** A letter typed cleanly; each test swaps in the part it is about. */
const letter = letterFrom({
  head: 'UBND TỈNH PHÚ THỌ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 1092/SGD&ĐT-VP\nPhú Thọ, ngày 17 tháng 8 năm 2017\nV/v vận động ủng hộ đồng bào miền núi phía Bắc',
  greeting: 'Kính gửi:\n- Phòng giáo dục và đào tạo huyện, thành, thị;\n- Các đơn vị trực thuộc Sở.',
  body: 'Căn cứ Văn bản số 108/CV-CTĐPT ngày 09/8/2017 của Hội Chữ thập đỏ Phú Thọ, Sở đề nghị các đơn vị quan tâm thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thu Huyền',
});

describe('the header', () => {
  it('"Só⁄⁄222/ SGD&ĐT-VP Phú Thọ, ngày …": a hand-filled number read as signs leaves the symbol and the dateline', () => {
    const { letter: l } = read(letter({ number: "Só⁄⁄222/ SGD&ĐT-VP Phú Thọ, ngày⁄##' tháng 8 năm 2017\nV/v vận động ủng hộ đồng bào" }));
    expect([l.number, l.symbol, l.place, l.date.month]).toEqual([null, 'SGD&ĐT-VP', 'Phú Thọ', 8]);
  });

  it('"V/v chân chỉnh thực hiện Hà Nội, ngày ¿9 tháng 6 năm 2016": the dateline run onto the subject\'s line', () => {
    const { letter: l } = read(letter({ head: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', number: 'Số: 3179/BGDĐT-VP\n\nV/v chân chỉnh thực hiện Hà Nội, ngày ¿9 tháng 6 năm 2016\nKê hoạch thời gian năm học', body: 'Thời gian qua, các cơ sở giáo dục đã thực hiện nghiêm túc kế hoạch thời gian năm học./.' }));
    expect([l.subject, l.place, l.date.month, l.date.year]).toEqual(['chân chỉnh thực hiện Kê hoạch thời gian năm học', 'Hà Nội', 6, 2016]);
  });
});

describe('the footer', () => {
  it('"Kí Li lện sản KT. GIÁM ĐÓC" over "- Như trên; = = đ": a label OCR garbled past reading, above the first entry', () => {
    const footer = 'Kí Li lện sản KT. GIÁM ĐÓC\n- Như trên; = = đ\n- Giám đốc Sở (để b/c); GIAM ĐỌC\n\n- PGĐ Sở (Bà Huyền);\n\n- Lưu: VT, VP.\n\nNguyễn Thị Thu Huyền';
    const { letter: l, notes } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Giám đốc Sở (để b/c)', 'PGĐ Sở (Bà Huyền)']);
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. GIÁM ĐÓC', title: 'GIAM ĐỌC', signer: 'Nguyễn Thị Thu Huyền' });
    expect(notes.some((n) => n.path === 'distribution' && n.message.includes('Kí Li lện sản'))).toBe(true);
    // Without "Như trên" under it, such a line is the body's.
    expect(read(letter({ body: 'Đề nghị các đơn vị thực hiện theo KT. GIÁM ĐỐC đã giao./.' })).letter.body).toHaveLength(1);
  });

  it('"KT. TỔ TRƯỞNG" / "TỔ PHÓ THƯỜNG TRỰC": a standing deputy\'s position is the title, not a name', () => {
    const { letter: l } = read(letter({ footer: 'Nơi nhận :\n- Như trên;\n- Lưu: VT, CCTTHC (5). Tuấn.\n\nKT. TỔ TRƯỞNG\nTỔ PHÓ THƯỜNG TRỰC\nNgô Hải Phan' }));
    expect([l.signature.title, l.signature.signer, l.drafter?.initials]).toEqual(['TỔ PHÓ THƯỜNG TRỰC', 'Ngô Hải Phan', 'Tuấn']);
  });
});

// Round 23's letters printed by our exporter and read back by OCR (tesseract, as a scan is read).
describe('read back from a print by OCR', () => {
  it('"- Các Vụ, Cục thuộc Bộ; Phùng Xuân Nhạ": the signer on an entry\'s row, of a family name less common', () => {
    const footer = 'Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên; THỨ TRƯỞNG\n- Văn phòng Chính phủ;\n- Các Vụ, Cục thuộc Bộ; Phùng Xuân Nhạ\n- Lưu: VT, TH.';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Văn phòng Chính phủ', 'Các Vụ, Cục thuộc Bộ']);
    expect([l.signature.title, l.signature.signer]).toEqual(['THỨ TRƯỞNG', 'Phùng Xuân Nhạ']);
  });

  it('"Nơi nhận: GIẢM ĐC", "- Giám đốc Sở (để b/c); GIẢÀM ĐỌC": "GIÁM ĐỐC" with its vowels misread is the title', () => {
    const beside = read(letter({ footer: 'Nơi nhận: GIẢM ĐC\n- Như trên (để thực hiện);\n- Lưu: VT, CTTT.\n\nNguyễn Thị Quyên Thanh' })).letter;
    expect([beside.distribution, beside.signature.title, beside.signature.signer]).toEqual([['Như trên (để thực hiện)'], 'GIẢM ĐC', 'Nguyễn Thị Quyên Thanh']);
    const onEntry = read(letter({ footer: 'Nơi nhận: KT. GIÁM ĐỐC\n- Như trên;\n- Giám đốc Sở (để b/c); GIẢÀM ĐỌC\n- Lưu: VT, VP.\n\nNguyễn Thị Thu Huyền' })).letter;
    expect([onEntry.distribution, onEntry.signature.title]).toEqual([['Như trên', 'Giám đốc Sở (để b/c)'], 'GIẢÀM ĐỌC']);
  });

  it('"- TTgCP, các Phó TTgCP (để báo TỔ PHO THƯƠNG TRỰC" / "cáo);": a standing deputy\'s position inside a wrapped entry', () => {
    const footer = 'Nơi nhận: KT. TỔ TRƯỞNG\n- Như trên;\n- TTgCP, các Phó TTgCP (để báo TỔ PHO THƯƠNG TRỰC\ncáo);\n- VPCP: BTCN (để báo cáo);\n- Lưu: VT, CCTTHC (5). Tuấn.\n\nNgô Hải Phan';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'TTgCP, các Phó TTgCP (để báo cáo)', 'VPCP: BTCN (để báo cáo)']);
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['KT. TỔ TRƯỞNG', 'TỔ PHO THƯƠNG TRỰC', 'Ngô Hải Phan']);
  });

  it('"… vi rút Corona (nCoV)" / "" / "gây ra …": a sentence going on in small letters after a bracketed word and a blank', () => {
    const body = 'Dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (nCoV)\n\ngây ra đang diễn biến phức tạp. Tổ chức Y tế thế giới đã tuyên bố dịch vi rút\nCorona là “tình trạng y tế khẩn cấp toàn cầu”.\n\nSở đề nghị các đơn vị thực hiện nghiêm túc./.';
    const { letter: l } = read(letter({ body }));
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual([
      'Dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (nCoV) gây ra đang diễn biến phức tạp. Tổ chức Y tế thế giới đã tuyên bố dịch vi rút Corona là “tình trạng y tế khẩn cấp toàn cầu”.',
      'Sở đề nghị các đơn vị thực hiện nghiêm túc./.',
    ]);
  });
});
