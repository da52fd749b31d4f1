// Forms found while the eighty-second unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const letter = letterFrom({
  head: 'UBND TỈNH QUẢNG NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 1741/SGDĐT-CTHSSVPC Quảng Nam, ngày 31 tháng 8 năm 2021\nV/v tăng cường công tác bảo hiểm y tế học sinh',
  greeting: 'Kính gửi: Các đơn vị trực thuộc Sở.',
  body: 'Sở Giáo dục và Đào tạo đề nghị các đơn vị triển khai thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, CTHSSVPC.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHồ Quang Bửu',
});

describe('Headers of round 82', () => {
  it('"ngày 3| tháng Šnăm 2021": a day read only by mending a glyph, beside a month OCR could not read, is left empty', () => {
    const { letter: l } = read(letter({ number: 'Số: J #{/SGDĐT-CTHSSVPC Quảng Nam, ngày 3| tháng Šnăm 2021\nV/v tăng cường công tác bảo hiểm y tế học sinh' }));
    expect(l.date).toEqual({ day: null, month: null, year: 2021 });
    // With the month read, the mended day stands.
    expect(read(letter({ number: 'Số: 1741/SGDĐT-CTHSSVPC Quảng Nam, ngày 3| tháng 8 năm 2021\nV/v tăng cường công tác' })).letter.date.day).toBe(31);
  });

  it('"Số J#@ÍSGDĐT-CTHSSVPC Quảng Nam, ngày …": the slash read as "Í" after the scrawl; the number is not read', () => {
    const { letter: l } = read(letter({ number: 'Số J#@ÍSGDĐT-CTHSSVPC Quảng Nam, ngày tháng { năm 2021\nV/v triển khai Cuộc thi trực tuyến' }));
    expect([l.number, l.symbol, l.place]).toEqual([null, 'SGDĐT-CTHSSVPC', 'Quảng Nam']);
  });
});

describe('Bodies of round 82', () => {
  it('"Bước 1: Xem xét hồ sơ" alone on its line: a procedure\'s step heads the paragraph under it', () => {
    const body = '      Bước 1: Xem xét hồ sơ\n      Trường THPT chuyên thu nhận hồ sơ, kiểm tra và chỉ tiếp nhận những hồ sơ có đủ các\nđiều kiện theo quy định.\n      Bước 2: Tổ chức xét chọn\n      Tất cả những người có hồ sơ được chọn phải tham gia sát hạch./.';
    expect(read(letter({ body })).letter.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual([
      'Bước 1: Xem xét hồ sơ',
      'Trường THPT chuyên thu nhận hồ sơ, kiểm tra và chỉ tiếp nhận những hồ sơ có đủ các điều kiện theo quy định.',
      'Bước 2: Tổ chức xét chọn',
      'Tất cả những người có hồ sơ được chọn phải tham gia sát hạch./.',
    ]);
  });
});

describe('Agencies of round 82', () => {
  it('"SỞ GD&ĐT PHÚ THỌ" / "HĐ SỞ GD&ĐT XÉT TẶNG …": a council written "HĐ" is the unit under the department', () => {
    const head = 'SỞ GD&ĐT PHÚ THỌ\nHĐ SỞ GD&ĐT XÉT TẶNG DANH HIỆU NGND, NGƯT LẦN THỨ 14 NĂM 2017\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
    expect(read(letter({ head })).letter.agency).toEqual({ parent: 'SỞ GD&ĐT PHÚ THỌ', name: 'HĐ SỞ GD&ĐT XÉT TẶNG DANH HIỆU NGND, NGƯT LẦN THỨ 14 NĂM 2017' });
  });
});

describe('Footers of round 82', () => {
  it('"SỈ GIÁO Ð" under the archive line: the seal\'s ring cut inside the agency\'s next word is no signer', () => {
    const footer = 'Nơi nhận:\n- UBND tỉnh (để báo cáo);\n- Lưu: VT, CTHSSV-PC.\n\nK tàg1Ð= C\n\nSỈ GIÁO Ð';
    expect(read(letter({ footer })).letter.signature.signer).toBe('');
  });

  it('"- Như trên (để thực hiện); PHÓ GIÁM ĐÓC ⁄": a stroke\'s sign after the position is a speck, no part of the title', () => {
    const footer = 'Nơi nhận: KT. GIÁM ĐÓC\n\n- Như trên (để thực hiện); PHÓ GIÁM ĐÓC ⁄\n- Hội K.H tỉnh (để biết và p/hợp);\n- Lưu: VT, GDTX.\n\nHồ Quang Bửu';
    expect(read(letter({ footer })).letter.signature).toMatchObject({ delegation: 'KT. GIÁM ĐÓC', title: 'PHÓ GIÁM ĐÓC' });
  });

  it('"Lưu VT - GD&ĐT.": the records desk and the drafting unit round a spaced hyphen are two units', () => {
    expect(readArchive('- Lưu VT - GD&ĐT.', 'GDĐT').archive.units).toEqual(['VT', 'GD&ĐT']);
  });

  it('"Đính kèm:" under the archive line: the documents sent with the letter are no recipients', () => {
    const footer = 'Nơi nhận:\n-_ Như trên;\n- Ban Giám đốc ĐHQG-HCM (để b/c);\n-_ Lưu: VT, TTKT&ĐGCLĐT.\n\nĐính kèm:\n\n-_ Thông tin kỳ thi ĐGNL của ĐHQG-HCM 2022;\n- _ Danh sách các đơn vị sử dụng kết quả thi ĐGNL.\n\nGIÁM ĐỐC\n\nNguyễn Quốc Chính';
    const { letter: l, notes } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Ban Giám đốc ĐHQG-HCM (để b/c)']);
    expect(l.archive.units).toEqual(['VT', 'TTKT&ĐGCLĐT']);
    expect(notes).toContainEqual(expect.objectContaining({ path: 'distribution', kind: 'dropped', source: '- _ Danh sách các đơn vị sử dụng kết quả thi ĐGNL.' }));
  });
});

