// Forms found while the seventy-first unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive } from './read';

describe('Lưu lines of round 71', () => {
  it('"VT, L„í( 13).": letters with a seal\'s sign glued to a bracketed number are an officer\'s register mark, a unit as read', () => {
    const r = readArchive('-LƯu: VT, L„í( 13).', 'UBND-TH');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT', 'L„í( 13)'], null, null]);
  });
  it('"VT, TTHT(2).( ý 3": a bracket opened after the stop and never closed is the pen\'s scrawl, no drafter', () => {
    const r = readArchive('+ Lưu: VT, TTHT(2).( ý 3', 'C1-TTHT');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT', 'TTHT'], 2, null]);
  });
});

describe('Cục Thuế Hà Nội 69252 and 95765: Số lines and datelines (round 71)', () => {
  const letter = (line: string) => `CỤC THUẾ TP HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${line}\nV/v chính sách thuế\n\nKính gửi: Công ty A.\n\nCục Thuế trả lời để Công ty biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.`;
  it('"Số: 69.262 /CT-TTHT …, ngày 04 tháng 9% năm 2019": a thousands stop inside the number, a per cent sign after the month', () => {
    const l = read(letter('Số: 69.262 /CT-TTHT Hà Nội, ngày 04 tháng 9% năm 2019')).letter;
    expect([l.number, l.symbol, l.date.day, l.date.month, l.date.year]).toEqual([69262, 'CT-TTHT', 4, 9, 2019]);
  });
  it('"86: B65 /C1-TTHT Hà Nội, ngdy £3 tháng 1ð mắm 2019": "Số:" read as "86:", a marred "ngày"; symbol and place read', () => {
    const l = read(letter('86: B65 /C1-TTHT Hà Nội, ngdy £3 tháng 1ð mắm 2019')).letter;
    expect([l.number, l.symbol, l.place, l.date.day, l.date.month, l.date.year]).toEqual([null, 'C1-TTHT', 'Hà Nội', null, null, 2019]);
  });
});

describe('Cà Mau scans of round 71: scraps in the lists and the signature', () => {
  const letter = (greeting: string, footer: string) =>
    `BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố:1758 /BGDĐT-GDTC Hà Nội, ngày 04 tháng 05 năm 2021\nV/v tổ chức hưởng ứng Tuần lễ Quốc gia\n\n${greeting}\n\nBộ Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.\n\n${footer}`;
  const footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, Vụ GDTC.';
  it('"_—_ Các Sở Giáo dục và Đào tạo!:": a dash with strokes glued on both sides is the list\'s dash', () => {
    const l = read(letter('Kính gửi:\n_—_ Các Sở Giáo dục và Đào tạo!:\n- Các Đại học, Học viện.', footer)).letter;
    expect(l.recipients).toEqual(['Các Sở Giáo dục và Đào tạo!', 'Các Đại học, Học viện']);
  });
  it('"Nơi nhận: ——HÚ Ỗ": strokes glued before a capital or two after the label are the seal\'s, no entry', () => {
    const l = read(letter('Kính gửi: Các Sở Giáo dục và Đào tạo.', 'Nơi nhận: ——HÚ Ỗ\n- Như trên;\n- Bộ trưởng (để b/c);\n- Lưu: VT, Vụ GDTC.')).letter;
    expect(l.distribution).toEqual(['Như trên', 'Bộ trưởng (để b/c)']);
  });
  it('"- Lưu: VT. “- .‹«Ắ —" and "ZZ2»4.H.C", "/ÊT" under the position: the seal\'s and the pen\'s scraps go', () => {
    const l = read(letter('Kính gửi: Các trường.', 'Nơi nhận:\n- Như trên; PHÓ TRƯỞNG PHÒNG\n- Lưu: VT. “- .‹«Ắ —\nZZ2»4.H.C\n/ÊT\n\nLê Minh Hải')).letter;
    expect([l.archive.units, l.drafter, l.signature.title, l.signature.signer]).toEqual([['VT'], null, 'PHÓ TRƯỞNG PHÒNG', 'Lê Minh Hải']);
  });
  it('"- TT Tỉnh uỷ, HĐND tỉnh (b/c); s: PHO CHỦ TỊCH": a small letter and a colon between the columns go with neither', () => {
    const l = read(letter('Kính gửi: Các sở.', 'Nưi nhận: KT. CHU TỊCH\n- Như trên;\n- TT Tỉnh uỷ, HĐND tỉnh (b/c); s: PHO CHỦ TỊCH\n- Lưu: VT.')).letter;
    expect([l.signature.delegation, l.signature.title, l.distribution]).toEqual(['KT. CHU TỊCH', 'PHO CHỦ TỊCH', ['Như trên', 'TT Tỉnh uỷ, HĐND tỉnh (b/c)']]);
  });
});

describe('Cục Thuế 5491: a citation wrapped before a provision\'s number (round 71)', () => {
  it('"… sửa đổi, bổ sung khoản" / "1, khoản 2, … bổ sung khoản 9 vào" / "Điều 4 …": one paragraph', () => {
    const body = [
      'Cục Thuế nhận được công văn số 2313/NBI-QLDN1',
      'ngày 13/9/2025 của Thuế tỉnh Ninh Bình về việc',
      'vướng mắc xác định chi phí được trừ khi tính thuế TNDN đối với khoản chi tiền thưởng. Về vấn đề này, Cục Thuế có ý kiến như sau:',
      'Căn cứ quy định tại khoản',
      '1 Điều 4 Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định',
      'về hóa đơn, chứng từ; điểm a khoản 3 Điều 1 Nghị định số',
      '70/2025/NĐ-CP ngày 20/03/2025 của Chính phủ sửa đổi, bổ sung khoản',
      '1, khoản 2, khoản 3, khoản 6, khoản 7 và bổ sung khoản 9 vào',
      'Điều 4 Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định về',
      'hóa đơn, chứng từ;',
      'Căn cứ quy định tại Điều',
      '4 Thông tư số 96/2015/TT-BTC ngày 22/6/2015 của Bộ Tài chính sửa đổi, bổ sung Điều 6 Thông tư số 78/2014/TT-BTC',
      '(đã được sửa đổi, bổ sung tại Khoản',
      '2 Điều 6 Thông tư số 119/2014/TT-BTC về Điều 1 Thông tư số 151/2014/TT-BTC).',
      'Đề nghị Thuế tỉnh Ninh Bình căn cứ quy định nêu trên và hợp đồng',
      'ký kết thực tế giữa Công ty TNHH Nippon Zoki Việt Nam và Hợp tác xã để xác định khoản tiền thưởng thực chất có liên',
      'quan đến hoạt động bán hàng hóa hay không? Trường hợp liên quan đến hoạt động bán hàng hóa thì khoản thưởng được',
      'xác định là khoản thanh toán hàng hóa và chịu thuế GTGT.',
      '2. Về thuế thu nhập doanh',
      'nghiệp',
      'Khoản chi tiền thưởng nếu thỏa mãn điều kiện quy định tại Điều 4 Thông tư số 96/2015/TT-BTC và không thuộc các khoản chi',
      'Cục Thuế trả lời để Thuế tỉnh Ninh Bình biết./.',
    ].join('\n');
    const text = `BỘ TÀI CHÍNH\nCỤC THUẾ\n\nSố: 5491/CT-CS\nV/v thuế\n\nHà Nội, ngày 25 tháng 11 năm 2025\n\n**Kính gửi:** Thuế tỉnh Ninh Bình\n${body}\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT, CS.`;
    const texts = read(text).letter.body.map((b) => b.content.map((r) => r.text).join(''));
    expect(texts[1]).toBe(
      'Căn cứ quy định tại khoản 1 Điều 4 Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định về hóa đơn, chứng từ; điểm a khoản 3 Điều 1 Nghị định số 70/2025/NĐ-CP ngày 20/03/2025 của Chính phủ sửa đổi, bổ sung khoản 1, khoản 2, khoản 3, khoản 6, khoản 7 và bổ sung khoản 9 vào Điều 4 Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định về hóa đơn, chứng từ;',
    );
  });
});

describe('counts and units OCR marred on the Lưu line (the fixtures)', () => {
  it('"VT, TTr (2Đ).": the copies\' "b" read as an eth is still the count', () => {
    expect(readArchive('- Lưu: VT, TTr (2Đ).', 'SGDĐT-TTr').archive).toEqual({ units: ['VT', 'TTr'], copies: 2 });
  });
  it('"VT,NCPC, VHXHZ”" of "BND-VHXH": a capital glued before a quote mark for the bracket is that bracket', () => {
    expect(readArchive('- Lưu: VT,NCPC, VHXHZ”', 'BND-VHXH').archive.units).toEqual(['VT', 'NCPC', 'VHXH']);
  });
});

describe('round 71 as our exporter prints it (the printed probe)', () => {
  it('"- Lưu: VT, TTHT. NTNPHUONG-6." / "(20)": a login\'s mark with its number, and its copies wrapped below', () => {
    const r = readArchive('- Lưu: VT, TTHT. NTNPHUONG-6. (20)', 'CT-TTHT');
    expect([r.archive, r.drafter]).toEqual([{ units: ['VT', 'TTHT'], copies: null }, { initials: 'NTNPHUONG-6', copies: 20 }]);
  });
  it('"- Lưu: VT, L„í( 13).": the register mark printed whole reads back as one unit', () => {
    expect(readArchive('- Lưu: VT, L„í( 13).', 'UBND-TH').archive.units).toEqual(['VT', 'L„í( 13)']);
  });
});
