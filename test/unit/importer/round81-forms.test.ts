// Forms found while the eighty-first unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const notice = letterFrom({
  head: 'UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 01/TB-SGD&ĐT Phú Thọ, ngày 09 tháng 01 năm 2017',
  greeting: 'THÔNG BÁO\nKết quả xét tuyển viên chức năm 2016',
  body: 'Căn cứ Quyết định số 18/QĐ-SGD&ĐT ngày 09/01/2017 của Giám đốc Sở GD&ĐT.\n\nSở Giáo dục và Đào tạo thông báo để thí sinh được biết và thực hiện./.',
  footer: 'Nơi nhận:\n- Website Sở;\n- Lưu: VT, TCCB.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thu Huyền',
});

describe('Headers of round 81', () => {
  it('"ngày 8Ø tháng 0]": after a hand-filled day OCR could not read, a month resting wholly on a mended glyph is left empty', () => {
    const { letter } = read(notice({ number: 'Số: _ /TB-SGD&DT Phu Thọ, ngày 8Ø tháng 0] năm 2017' }));
    expect(letter.date).toEqual({ day: null, month: null, year: 2017 });
    // A figure OCR did read keeps the mended month ("tháng 1]" is 11), and so does a day read whole.
    expect(read(notice({ number: 'Số: _ /TB-SGD&DT Phu Thọ, ngày/⁄⁄ tháng 1] năm 2017' })).letter.date.month).toBe(11);
    expect(read(notice({ number: 'Số: _ /TB-SGD&DT Phu Thọ, ngày 09 tháng 0] năm 2017' })).letter.date.month).toBe(1);
  });

  it('"THÔNG BÁO" / a summary whose second line opens with a name ("Sở Giáo dục …"), closed by a blank line: the whole summary is the subject', () => {
    const greeting = 'THÔNG BẢO\nKết quả chấm phúc khảo Kỳ xét tuyển viên chức các đơn vị thuộc\nSở Giáo dục và Đào tạo năm học 2021-2022';
    const { letter } = read(notice({ greeting }));
    expect(letter.subject).toBe('Kết quả chấm phúc khảo Kỳ xét tuyển viên chức các đơn vị thuộc Sở Giáo dục và Đào tạo năm học 2021-2022');
    expect(letter.body[0]?.content[0]?.text).toMatch(/^Căn cứ Quyết định/);
  });

  it('"V/v … khen thưởng               của Hội … nhiệm kỳ               2017-2022 …": words a Word typist pushed on with spaces go on the subject', () => {
    const number = 'Số:  30  /CĐGD\nV/v triển khai công tác Thi đua khen thưởng               của Hội Liên hiệp phụ nữ Việt Nam nhiệm kỳ               2017-2022 trong công tác nữ công của Công đoàn..\nThái Bình, ngày 27 tháng 4 năm 2018';
    expect(read(notice({ number, greeting: 'Kính gửi: Các công đoàn cơ sở.' })).letter.subject).toBe('triển khai công tác Thi đua khen thưởng của Hội Liên hiệp phụ nữ Việt Nam nhiệm kỳ 2017-2022 trong công tác nữ công của Công đoàn..');
  });

  it('"_—— THÔNG BẢO": the pen\'s strokes OCR read before the kind\'s name leave it the kind\'s line', () => {
    const { letter } = read(notice({ greeting: '_—— THÔNG BẢO\nKêt quả xét tuyên viên chức năm 2016' }));
    expect(letter.subject).toBe('Kêt quả xét tuyên viên chức năm 2016');
  });
});

describe('Bodies of round 81', () => {
  it('"… (theo danh sách đính kèm)./ \\W.utZ": a hand\'s initials OCR read with a backslash after the closing mark go', () => {
    const body = 'Hội đồng thông báo đến thí sinh kết quả điểm chấm phúc khảo (theo danh sách đính kèm)./ \\W.utZ';
    expect(read(notice({ body })).letter.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual(['Hội đồng thông báo đến thí sinh kết quả điểm chấm phúc khảo (theo danh sách đính kèm)./']);
  });
});

describe('Recipients of round 81', () => {
  it('"Kính gửi: Các công đoàn cơ sở" / "Trực thuộc công đoàn ngành …": the units\' tie typed with a capital on the wrapped line is the recipient\'s', () => {
    const { letter } = read(notice({ greeting: 'Kính gửi: Các công đoàn cơ sở\nTrực thuộc công đoàn ngành Giáo dục Thái Bình.' }));
    expect(letter.recipients).toEqual(['Các công đoàn cơ sở Trực thuộc công đoàn ngành Giáo dục Thái Bình']);
    expect(letter.body[0]?.content[0]?.text).toMatch(/^Căn cứ/);
  });
});

describe('Footers of round 81', () => {
  it('"- Website Sở; Lưu VP." / "(để báo cáo)": the archive line glued after the last entry\'s ";" is the archive line; the brace\'s note under it is no drafter', () => {
    const footer = 'Nơi nhận:\n- Bộ GDĐT;\n- Các Trung tâm GDNN-GDTX;  [ (để thực hiện)\n- Website Sở; Lưu VP.\n\n(để báo cáo)\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Viết Hiển';
    const { letter } = read(notice({ footer }));
    expect(letter.distribution).toEqual(['Bộ GDĐT', 'Các Trung tâm GDNN-GDTX', 'Website Sở']);
    expect(letter.archive).toEqual({ units: ['VP'], copies: null });
    expect(letter.drafter).toBeNull();
  });

  it('"Lưu VT- GDĐT.": the records desk, a hyphen and a space, then the drafting unit are two units', () => {
    expect(readArchive('- Lưu VT- GDĐT.', 'GDĐT').archive.units).toEqual(['VT', 'GDĐT']);
    expect(readArchive('- Lưu: VT, NCKH- QHỌT. (10b)', 'TB-CĐBT').archive.units).toEqual(['VT', 'NCKH- QHỌT']);
  });

  it('"Nơi nhận: š 2 GIÁM ĐÓC": a small letter alone and a digit after the label are specks, no part of the title', () => {
    const footer = 'KT. GIÁM ĐỐC\n\nNơi nhận: š 2 GIÁM ĐÓC\n\n- Giám đốc (để báo cáo);\n- Lưu VP, GDTrH.\n\nTrần Thị Bích Vân';
    expect(read(notice({ footer })).letter.signature).toMatchObject({ delegation: 'KT. GIÁM ĐỐC', title: 'GIÁM ĐÓC', signer: 'Trần Thị Bích Vân' });
  });

  it('"Bản điện tử:" with no dash of its own over dashed entries, before the archive line: its entries are the list\'s own', () => {
    const footer = 'Nơi nhận:\n- TT Huyện ủy, HĐND huyện;\n- Các cơ quan: Công an huyện, Ban CHQS huyện.\nBản điện tử:\n- UBND các xã, thị trấn;\n- VP: LĐ, CVVX.\n\nCHỦ TỊCH\n\nHoàng Công Bộ';
    expect(read(notice({ footer })).letter.distribution).toEqual(['TT Huyện ủy, HĐND huyện', 'Các cơ quan: Công an huyện, Ban CHQS huyện', 'UBND các xã, thị trấn', 'VP: LĐ, CVVX']);
  });
});
