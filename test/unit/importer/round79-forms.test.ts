// Forms found while the seventy-ninth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const letter = letterFrom({
  head: 'BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 3065/TCT-KK\nHà Nội, ngày 09 tháng 8 năm 2018\nV/v cấp mã số thuế',
  greeting: 'Kính gửi: Cục Thuế TP. Hồ Chí Minh',
  body: 'Tổng cục Thuế trả lời để Cục Thuế biết./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KK.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\nNguyễn Văn A',
});

describe('Headers of round 79', () => {
  it('"S6 J06 /TCT-KK": a hooked "J" before a hand-filled number is a digit OCR misread; the number cannot be told', () => {
    const r = read(letter({ number: 'S6 J06 /TCT-KK Hd N\\i, ngdy 09 thdng 8 ndm 2018\nV/v cấp mã số thuế' }));
    expect([r.letter.number, r.letter.symbol]).toEqual([null, 'TCT-KK']);
  });
  it('"r B9 TAI CHINH CQNG HoA xA Hor cHfr NGHIA vrf\'T NAM": an old font\'s OCR of the title and motto beside the agency', () => {
    const head = "r B9 TAI CHINH CQNG HoA xA Hor cHfr NGHIA vrf'T NAM\nTONG CUC THUE DQc Iip - Tr1 do - H4nh phric";
    expect(read(letter({ head })).letter.agency).toEqual({ parent: 'B9 TAI CHINH', name: 'TONG CUC THUE' });
  });
  it('"ỦY BẠN NHÂN DÂN Ni GD) XÃ" / "TÍNH SÓC TRĂNG \\$4\\ Šš2) 2V lập - Tự do - Hạnh phúc": the seal\'s scraps of title and motto go', () => {
    const head = 'ỦY BẠN NHÂN DÂN Ni GD) XÃ\nTÍNH SÓC TRĂNG \\$4\\ Šš2) 2V lập - Tự do - Hạnh phúc';
    expect(read(letter({ head })).letter.agency).toEqual({ parent: null, name: 'ỦY BẠN NHÂN DÂN\nTÍNH SÓC TRĂNG' });
  });
  it('"Sá;04##\'CT-TTHT Thành phố Hỗ Chi Minh, ngày…": the slash read as a quote mark before the symbol; the scrawl is no number', () => {
    const r = read(letter({ number: "Sá;04##'CT-TTHT Thành phố Hỗ Chi Minh, ngày 04 tháng 11 năm 2016\nV/v: Thuế nhà thầu" }));
    expect([r.letter.number, r.letter.symbol]).toEqual([null, 'CT-TTHT']);
  });
});

describe('Recipients of round 79', () => {
  it('"Mã số thuế: …" / "" / "Dia chỉ: …, P.Dong" / "Hai 2, Q.Hai An, TP Hai Phòng": the address OCR marred, wrapped, is the company\'s', () => {
    const greeting = [
      'Kính gửi: Công ty TNHH IHI Infrastructure Asia',
      'Mã số thuế: 0200858733',
      '',
      'Dia chỉ: Lô CN4.2, Khu CN Đình Vũ, thuộc KKT Đình Vũ — Cát Hải, P.Dong',
      'Hai 2, Q.Hai An, TP Hai Phòng',
    ].join('\n');
    const l = read(letter({ greeting })).letter;
    expect(l.recipients).toEqual([
      'Công ty TNHH IHI Infrastructure Asia Mã số thuế: 0200858733 Dia chỉ: Lô CN4.2, Khu CN Đình Vũ, thuộc KKT Đình Vũ — Cát Hải, P.Dong Hai 2, Q.Hai An, TP Hai Phòng',
    ]);
    expect(l.body.length).toBe(1);
  });
  it('"HDA TÔC| - Ủy ban nhân dân các xã, thị trấn,": the stamp OCR marred, boxed, before a recipient; the entry keeps its dash', () => {
    const greeting = 'Kính gửi:\n- Các ban ngành, đoàn thể;\n\nHDA TÔC| - Ủy ban nhân dân các xã, thị trấn.';
    const l = read(letter({ greeting })).letter;
    expect([l.urgency, l.recipients]).toEqual(['HỎA TỐC', ['Các ban ngành, đoàn thể', 'Ủy ban nhân dân các xã, thị trấn']]);
  });
});

describe('Footers of round 79', () => {
  it('"Noi nhQnz": the label with its colon read as a "z" opens the distribution', () => {
    const l = read(letter({ footer: 'Noi nhQnz\n- Nhu tr6n;\n- Website TCT;\n- Luu: VT, KK.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\nNguyễn Văn A' })).letter;
    expect(l.distribution).toEqual(['Nhu tr6n', 'Website TCT']);
  });
  it('"- Luu: I(K (3b).,": signs after the bracketed copies end the line, no unit', () => {
    expect(readArchive('- Luu: I(K (3b).,', 'TCT-KK').archive).toEqual({ units: ['I(K'], copies: 3 });
  });
  it('"~ Lưu VT, TT&HT. C6 bÐ", "- Lưu VT,TT&HT. <64>": a bracketed count OCR marred past reading is no unit nor drafter, noted', () => {
    for (const line of ['~ Lưu VT, TT&HT. C6 bÐ', '- Lưu VT,TT&HT. <64>']) {
      const r = readArchive(line, 'CT-TT&HT');
      expect([r.archive, r.drafter]).toEqual([{ units: ['VT', 'TT&HT'], copies: null }, null]);
      expect(r.notes.some((n) => n.path === 'archive.copies' && n.kind === 'uncertain')).toBe(true);
    }
  });
  it('"- Lưu: VT, PCTT. #Øu “ẩn đạo": words with signs no Vietnamese word holds are no drafter, dropped with a note', () => {
    const r = readArchive('- Lưu: VT, PCTT. #Øu “ẩn đạo', 'PCTT');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'PCTT'], null]);
    expect(r.notes.some((n) => n.path === 'drafter' && n.kind === 'dropped')).toBe(true);
  });
  it('"! ntti _KT. CỤC TRƯỞNG": the marker with an underscore glued to it opens the signature\'s line; the wreck before it is no entry', () => {
    const footer = 'Nơi nhận;\n\n! ntti _KT. CỤC TRƯỞNG\n- Phong PC;\n\n- Phong KT 2;\n\n~ Law: VT, TTHT.';
    const l = read(letter({ footer })).letter;
    expect([l.distribution, l.signature.delegation, l.signature.title]).toEqual([['Phong PC', 'Phong KT 2'], 'KT. CỤC TRƯỞNG', '']);
  });
  it('"Ki nhận: TM. ỦY BAN NHÂN DÂN": the label OCR read as "Ki", with its colon and the marker beside it, opens Nơi nhận', () => {
    const footer = 'Ki nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên;\n- Các Phó Chủ tịch;\n- Lưu: VT, NC.\nCHỦ TỊCH\n\nNguyễn Văn A';
    const l = read(letter({ footer })).letter;
    expect([l.distribution, l.signature.authority]).toEqual([['Như trên', 'Các Phó Chủ tịch'], 'TM. ỦY BAN NHÂN DÂN']);
  });
  it('"- Các Phó Chủ tịch; : TH": a sign and two capitals alone after the entry\'s end are a scrap', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Các Phó Chủ tịch; : TH\n- Lưu: VT, NC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A';
    expect(read(letter({ footer })).letter.distribution).toEqual(['Như trên', 'Các Phó Chủ tịch']);
  });
  it('"…; ; QUY VU, ly ¿", "…; thác 9 / j": scraps with an inverted question mark, or a letter Vietnamese has not and a digit, go', () => {
    const footer = 'Nơi nhận:\n- Các đoàn thể, các ban thuộc TU; ; QUY VU, ly ¿\n- Đài PTTH, Báo Phú Thọ; thác 9 / j\n- Lưu: VT, HCTC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A';
    expect(read(letter({ footer })).letter.distribution).toEqual(['Các đoàn thể, các ban thuộc TU', 'Đài PTTH, Báo Phú Thọ']);
  });
  it('"- Lưu: VT, HCTC,(Q.100bv⁄/€” "“Thiều Vinh": the drafter\'s mark and copies issued in one bracket, the signer\'s name after them', () => {
    const footer = 'Nơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT, HCTC,(Q.100bv⁄/€” "“Thiều Vinh';
    const l = read(letter({ footer })).letter;
    expect([l.archive, l.drafter, l.signature.signer]).toEqual([{ units: ['VT', 'HCTC'], copies: null }, { initials: 'Q', copies: 100 }, 'Thiều Vinh']);
  });
});

describe('Notices of round 79', () => {
  it('the receiving office\'s stamp over a notice\'s kind, its dated line run into "THÔNG BẢO", goes; the summary is the subject', () => {
    const number = 'Số: /TB-UBND\nPhú Thọ, ngày 06 tháng 10 năm 2015';
    const greeting = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ THỌ\nCÔNG VĂN ĐẾN\n\n: : số:.4⁄2....\n\nTHÔNG BẢO Ngày...Z..tháng .£2năm 20/2|\n\nGiờ làm việc mùa đông năm 2015';
    const body = 'Căn cứ Bộ Luật Lao động.\n\nĐề nghị các cơ quan thực hiện./.';
    const l = read(letter({ number, greeting, body })).letter;
    expect([l.subject, l.body.length]).toEqual(['Giờ làm việc mùa đông năm 2015', 2]);
  });
  it('"d) Lễ Chiến thắng 30 tháng 4 và Ngày Quốc tế lao động 01 tháng 5:" among titled topics is titled, though long', () => {
    const point = (label: string, topic: string): string => `${label}) ${topic}:\n- Cán bộ, công chức được nghỉ theo quy định.\n- Các cơ quan treo cờ Tổ quốc.`;
    const body = [
      '1. Các ngày nghỉ Lễ, Tết và treo cờ Tổ quốc',
      point('a', 'Tết Dương lịch 2021'),
      point('b', 'Tết Nguyên đán Tân Sửu 2021'),
      point('c', 'Lễ Giỗ Tổ Hùng Vương'),
      point('d', 'Lễ Chiến thắng 30 tháng 4 và Ngày Quốc tế lao động 01 tháng 5'),
      '',
      'Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện./.',
    ].join('\n');
    const clause = (tree(read(letter({ body })).letter.body) as Array<Record<string, unknown[]>>)[0] as Record<string, unknown[]>;
    const points = (Object.values(clause)[0] as Array<Record<string, unknown>>).map((p) => Object.keys(p)[0]);
    expect(points).toEqual(['point T: Tết Dương lịch 2021:', 'point T: Tết Nguyên đán Tân Sửu 2021:', 'point T: Lễ Giỗ Tổ Hùng Vương:', 'point T: Lễ Chiến thắng 30 tháng 4 và Ngày Quốc tế lao động 01 tháng 5:']);
  });
  it('"THÔNG BÁO KHẨN" / "Tin bão trên Biển Đông, …": a short heading in capitals alone on its line is its own paragraph', () => {
    const body = 'THÔNG BÁO KHẨN\nTin bão trên Biển Đông, cơn bão số 14 (Krovanh)\n\nHồi 13 giờ, ngày 20/12, áp thấp nhiệt đới đã mạnh lên thành bão./.';
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: THÔNG BÁO KHẨN',
      'p: Tin bão trên Biển Đông, cơn bão số 14 (Krovanh)',
      'p: Hồi 13 giờ, ngày 20/12, áp thấp nhiệt đới đã mạnh lên thành bão./.',
    ]);
  });
  it('"Digitally signed by" / "Date: 2019.04.08 11:17:42 +07:" / "Location" / "S66 -" / "~ quận …": the reader\'s stamp mid-page goes whole', () => {
    const body = [
      'Công ty thực hiện nộp hồ sơ theo hướng dẫn. Trong đó, hợp đồng ký với',
      '',
      'Digitally signed by',
      'Date: 2019.04.08 11:17:42 +07:',
      '',
      'Location',
      '',
      'S66 -',
      '',
      'lắng - phường May To',
      '',
      '~ quận Ngô Quyên Nà Phòng',
      '',
      'Nhà thầu nước ngoài là bản sao hợp đồng chính./.',
    ].join('\n');
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: Công ty thực hiện nộp hồ sơ theo hướng dẫn. Trong đó, hợp đồng ký với Nhà thầu nước ngoài là bản sao hợp đồng chính./.',
    ]);
  });
  it('"… Điều 2 “Thông tư số 95/2016 … như sau: “g) … nộp thay). ”": a paragraph ending on its closing mark leaves no quotation open', () => {
    const body = [
      'Căn cứ Điểm g Khoản 1 Điều 2 “Thông tư số 95/2016/TT-BTC quy định như sau: “g) Doanh nghiệp khấu trừ nộp thay). ”',
      '',
      'Căn cứ Khoản 4 Điều 7 Thông tư số 95/2016/TT-BTC quy định như sau: “4. Đối với người nộp thuế khấu trừ nộp thay, hồ sơ gồm:',
      '',
      '- Tờ khai đăng ký thuế mẫu số 04.1-ĐK-TCT;',
      '',
      '- Bản sao hợp đồng hợp tác kinh doanh. ”;',
      '',
      'Cục Thuế có ý kiến để Công ty biết./.',
    ].join('\n');
    const got = tree(read(letter({ body })).letter.body) as unknown[];
    expect(got.slice(2, 4)).toEqual(['p: - Tờ khai đăng ký thuế mẫu số 04.1-ĐK-TCT;', 'p: - Bản sao hợp đồng hợp tác kinh doanh. ”;']);
  });
  it('"- …" / "" / ": Tiếp tục huy động …" / "" / "- …": a paragraph opening with a colon between dash items is a dash item', () => {
    const body = [
      '1. Các ban, ngành, đoàn thể, Ủy ban nhân dân các xã, thị trấn:',
      '',
      '- Tập trung chỉ đạo thực hiện nghiêm các biện pháp phòng, chống dịch.',
      '',
      ': Tiếp tục huy động sự vào cuộc của cả hệ thống chính trị và toàn dân;',
      'tuyệt đối không lơ là, chủ quan.',
      '',
      '- Tăng cường giám sát, nhắc người dân đeo khẩu trang nơi công cộng.',
      '',
      'Yêu cầu Thủ trưởng các ban, ngành triển khai thực hiện./.',
    ].join('\n');
    const clause = (tree(read(letter({ body })).letter.body) as Array<Record<string, unknown[]>>)[0] as Record<string, unknown[]>;
    expect((Object.values(clause)[0] as Array<Record<string, unknown>>).map((d) => Object.keys(d)[0])).toEqual([
      'dash: Tập trung chỉ đạo thực hiện nghiêm các biện pháp phòng, chống dịch.',
      'dash: Tiếp tục huy động sự vào cuộc của cả hệ thống chính trị và toàn dân; tuyệt đối không lơ là, chủ quan.',
      'dash: Tăng cường giám sát, nhắc người dân đeo khẩu trang nơi công cộng.',
    ]);
  });
  it('a banner in a Word letter\'s body, one paragraph per line ("ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG"), keeps its lines apart', () => {
    const long = 'Giao Văn phòng UBND tỉnh ban hành giấy mời khi có thông báo lịch làm việc của Đoàn kiểm tra, chuẩn bị băng rôn, khánh tiết và hội trường phục vụ buổi làm việc theo mẫu sau đây:';
    const body = [long, 'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'HỘI NGHỊ', `${long} Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao thực hiện.`, `${long} Văn phòng UBND tỉnh theo dõi, đôn đốc./.`].join('\n');
    expect((tree(read(letter({ body })).letter.body) as string[]).slice(1, 4)).toEqual(['p: ỦY BAN NHÂN DÂN', 'p: TỈNH LÂM ĐỒNG', 'p: HỘI NGHỊ']);
  });
});

