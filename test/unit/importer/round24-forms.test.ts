// Forms found in the twenty-fourth unseen round (a Sở's letter in `pdftotext -layout` shape, a province's
// scan read by OCR with its portal's e-signature banner, scans whose OCR layer knows no Vietnamese), each
// tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

/** A letter typed cleanly; each test swaps in the part it is about. */
const letter = letterFrom({
  head: 'UBND TỈNH BẮC GIANG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 998/SGDĐT-GDTrH\nBắc Giang, ngày 03 tháng 9 năm 2020\nV/v ban hành Khung phân phối chương trình',
  greeting: 'Kính gửi:\n- Trưởng phòng Giáo dục và Đào tạo các huyện, thành phố;\n- Hiệu trưởng các trường THPT.',
  body: 'Thực hiện Công văn số 3280/BGDĐT-GDTrH ngày 27/8/2020 của Bộ Giáo dục và Đào tạo, Sở đề nghị các đơn vị thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GDTrH.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Hải',
});

describe('the header', () => {
  it('"Số:   998 /SGDĐT-GDTrH, GDTX      Bắc Giang, ngày …": a symbol naming two drafting units', () => {
    const layout = '    UBND TỈNH BẮC GIANG                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  SỞ GIÁO DỤC VÀ ĐÀO TẠO                        Độc lập - Tự do - Hạnh phúc\n';
    const { letter: l } = read(letter({ head: layout, number: 'Số:   998 /SGDĐT-GDTrH, GDTX                 Bắc Giang, ngày 03 tháng 9 năm 2020\nV/v ban hành Khung phân phối chương trình' }));
    expect([l.number, l.symbol, l.place, l.date.day]).toEqual([998, 'SGDĐT-GDTrH, GDTX', 'Bắc Giang', 3]);
    // So in a copy with single spaces, where nothing but the case tells the unit from the place.
    const plain = read(letter({ number: 'Số: 998/SGDĐT-GDTrH, GDTX Bắc Giang, ngày 03 tháng 9 năm 2020\nV/v ban hành' })).letter;
    expect([plain.symbol, plain.place]).toEqual(['SGDĐT-GDTrH, GDTX', 'Bắc Giang']);
    // A symbol's comma before a place in mixed case ends it there.
    expect(read(letter({ number: 'Số: 998/SGDĐT-GDTrH, Bắc Giang, ngày 03 tháng 9 năm 2020\nV/v ban hành' })).letter.symbol).toBe('SGDĐT-GDTrH');
  });

  it('"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH" over a copy the portal signed: the banner is the stamp\'s, not the agency\'s', () => {
    const head = 'Ký bởi: Cổng thông tin điện tử\nEmail: cttdt.vpubnd@bacninh.gov.vn\nCơ quan: Tỉnh Bắc Ninh\nThời gian ký: 02.03.2021 20:29:30\n+07:00\n\nCỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH\n\nỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc';
    const { letter: l, notes } = read(letter({ head, number: 'Số: 554/UBND-KGVX Bắc Ninh, ngày 02 tháng 3 năm 2021\nV/v quản lý người đi từ Hải Dương' }));
    expect(l.agency).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH' });
    expect(notes.some((n) => n.kind === 'dropped' && n.source === 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH')).toBe(true);
    // Without the e-signature stamp, nothing says the line is the portal's banner; it is kept.
    expect(read(letter({ head: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH\nỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' })).letter.agency.name).toContain('CỔNG THÔNG TIN');
  });

  it('"SỐ: Ạ S / Ỷ /BGDĐT-GDCTHSSV": a hand-filled number read as letters and slashes leaves the symbol', () => {
    const { letter: l, notes } = read(letter({ number: 'SỐ: Ạ S / Ỷ /BGDĐT-GDCTHSSV\nV/v tăng cường tuyên truyền, giáo dục ATGT\n\nHà Nội, ngày     tháng 04 năm 2019' }));
    expect([l.number, l.symbol, l.place, l.date.month]).toEqual([null, 'BGDĐT-GDCTHSSV', 'Hà Nội', 4]);
    expect(notes.some((n) => n.path === 'number')).toBe(true);
  });
});

describe('the subject', () => {
  it('"V/v dự hội nghị tổ chức tại Hà Nội, ngày 15 tháng 3 năm 2020" above the dateline: the event\'s place and day stay in the subject', () => {
    const { letter: l } = read(letter({ number: 'Số: 98/SGDĐT-VP\nV/v dự hội nghị tổ chức tại Hà Nội, ngày 15 tháng 3 năm 2020\nBắc Giang, ngày 03 tháng 3 năm 2020' }));
    expect([l.subject, l.place, l.date.day]).toEqual(['dự hội nghị tổ chức tại Hà Nội, ngày 15 tháng 3 năm 2020', 'Bắc Giang', 3]);
  });
});

describe('lists', () => {
  it('"\'”ˆ -_ Các Sở, cơ quan …": specks off the margin and a stroke run into a recipient\'s dash', () => {
    const { letter: l } = read(letter({ greeting: 'Kính gửi:\n\'”ˆ -_ Các Sở, cơ quan, ban, ngành, đoàn thể tỉnh;\n\n- UBND các huyện, thị xã, thành phố.' }));
    expect(l.recipients).toEqual(['Các Sở, cơ quan, ban, ngành, đoàn thể tỉnh', 'UBND các huyện, thị xã, thành phố']);
  });
});

describe('the body', () => {
  it('"… khó thở,,.." / "" / "phải liên hệ …": OCR\'s stops and commas end no sentence before small letters', () => {
    const body = '+ Người đi từ các địa phương: Thực hiện hướng dẫn 5K. Nếu có triệu chứng sốt, ho, khó thở,,..\n\nphải liên hệ với cơ sở y tế gần nhất để được khám.\n\nYêu cầu các cơ quan nghiêm túc tổ chức thực hiện./.';
    const { letter: l } = read(letter({ body }));
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual([
      'Người đi từ các địa phương: Thực hiện hướng dẫn 5K. Nếu có triệu chứng sốt, ho, khó thở,,.. phải liên hệ với cơ sở y tế gần nhất để được khám.',
      'Yêu cầu các cơ quan nghiêm túc tổ chức thực hiện./.',
    ]);
  });
});

// A scan whose OCR layer was made by a reader that knows no Vietnamese: marked vowels become other
// letters and signs ("S6" for "Số", "thdng" for "tháng", "Liru" for "Lưu", "~" where a vowel was).
describe('an OCR layer with no Vietnamese', () => {
  const head = '     UBND HUYEN BINH TAN   CGNG HOA xA H(>I CHiT NGHiA VI~T NAM\nPHONG GIAO Dl}C vA DAo T~O       DQc l~p - Tl}\' do - H~nh phiic\n';
  const number = '             S6: 976IPGDBT                 Binh Tan, ngay 03 thdng 12 niim 2021\n   V~ viec tiep tuc day h9C true tuyen\n    a h9C kY I ndm h9C 2021-2022';
  const body = 'Can cu Cong van s6 2919ISGDDT-GDTrH-GDTX, ngay 02112/2021 cua Sa Giao due va Dao tao.\nYeu c~u Hi~u tnrong cac tnrong t6 chirc thirc hien t6t.z.';

  it('reads the unit under its parent, "S6: 976IPGDBT", the dateline and "V~ viec"', () => {
    const { letter: l } = read(letter({ head, number, greeting: 'Kinh giri: Hieu tnrong cac tnrong trung hoc co sa trong huyen,', body }));
    expect(l.agency).toEqual({ parent: 'UBND HUYEN BINH TAN', name: 'PHONG GIAO Dl}C vA DAo T~O' });
    expect([l.number, l.symbol, l.place, l.date]).toEqual([976, 'PGDBT', 'Binh Tan', { day: 3, month: 12, year: 2021 }]);
    expect(l.subject).toBe('tiep tuc day h9C true tuyen a h9C kY I ndm h9C 2021-2022');
  });

  it('"- Liru VT (VP).": the archive line, told by the records desk after it', () => {
    const { letter: l, notes } = read(letter({ head, number, body, footer: 'Noi nhiin:\n- Nhir pl;~n kinh giri;\n- BQ phan chuyen man THCS;\n- Liru VT (VP).' }));
    expect([l.distribution, l.archive.units]).toEqual([['Nhir pl;~n kinh giri', 'BQ phan chuyen man THCS'], ['VT', 'VP']]);
    expect(notes.some((n) => n.path === 'archive.units' && n.message.includes('"Liru"'))).toBe(true);
  });
});

// Round 24's letters printed by our exporter and read back (pdftotext with and without -layout, OCR).
describe('read back from a print', () => {
  it('"… dạy học cấp" / "THCS, THPT", "… năm học 2021-" / "2022": the subject goes on over initials and a span of years', () => {
    const levels = read(letter({ number: 'Số: 998/SGDĐT-GDTrH\nBắc Giang, ngày 03 tháng 9 năm 2020\nV/v hướng dẫn điều chỉnh nội dung dạy học cấp\nTHCS, THPT' })).letter;
    expect(levels.subject).toBe('hướng dẫn điều chỉnh nội dung dạy học cấp THCS, THPT');
    const years = read(letter({ number: 'Số: 2473/SGDĐT-GDTrH\nGia Lai, ngày 25 tháng 10 năm 2021\nV/v tổ chức Cuộc thi cho học sinh năm học 2021-\n2022' })).letter;
    expect(years.subject).toBe('tổ chức Cuộc thi cho học sinh năm học 2021-2022');
  });

  it('"Kính gửi: … Lào Cai, Yên" / "Bái, Phú Thọ, Lai Châu và Nghệ An": a list of provinces cut inside a name', () => {
    const greeting = 'Kính gửi: Ủy ban nhân dân các tỉnh Cao Bằng, Bắc Kạn, Lạng Sơn, Lào Cai, Yên\nBái, Phú Thọ, Sơn La, Lai Châu và Nghệ An';
    const { letter: l } = read(letter({ greeting }));
    expect(l.recipients).toEqual(['Ủy ban nhân dân các tỉnh Cao Bằng, Bắc Kạn, Lạng Sơn, Lào Cai, Yên Bái, Phú Thọ, Sơn La, Lai Châu và Nghệ An']);
    expect(l.body[0]?.content.map((r) => r.text).join('')).toMatch(/^Thực hiện Công văn/);
  });

  it('"- Lưu: VT, KT, NCKSTTHC." / "CHÂU.": the drafter\'s mark under the archive line in a copy with no columns', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Ban Tổ chức Tỉnh ủy;\n- Lưu: VT, KT, NCKSTTHC.\nCHÂU.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Hồng Hải';
    const { letter: l } = read(letter({ footer }));
    expect([l.archive.units, l.drafter?.initials, l.signature.delegation, l.signature.signer]).toEqual([['VT', 'KT', 'NCKSTTHC'], 'CHÂU', 'KT. CHỦ TỊCH', 'Nguyễn Hồng Hải']);
    // An office's name over "KT." has no full stop: it is no drafter's mark.
    expect(read(letter({ footer: footer.replace('CHÂU.', 'UBND') })).letter.drafter).toBeNull();
  });

  it('"- Thủ tướng CP, các Phó Thủ tướng ." / "CP;": a speck of a dot keeps the entry open for its wrapped end', () => {
    const footer = 'Nơi nhận: KT. BỘ TRƯỞNG, CHỦ NHIỆM\n- Như trên; PHÓ CHỦ NHIỆM\n- Thủ tướng CP, các Phó Thủ tướng .\nCP;\n- TTXVN;\n- Lưu: VT, KTN (3).\n\nVăn Trọng Lý';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Thủ tướng CP, các Phó Thủ tướng CP', 'TTXVN']);
    expect([l.signature.title, l.signature.signer]).toEqual(['PHÓ CHỦ NHIỆM', 'Văn Trọng Lý']);
  });
});
