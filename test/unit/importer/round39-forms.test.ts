// Forms found while the thirty-ninth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const thaiBinh = letterFrom({
  head: '_UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: Ä{# /§GDĐT-GDTrH Thái Bình, ngày 24 tháng 10 năm 2018\n\nUy: Đôn đốc xây dựng trường\nTrung học đạt chuẩn Quốc gia',
  greeting: 'Kính gửi: - Phòng GDĐT các huyện, thành phố;\n- Các trường trung học phổ thông.',
  body:
    'Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện một số nội dung sau:\n\nI. Phòng GDĐT các huyện, thành phố\n\nI. Tham mưu với UBND huyện đầu tư kinh phí.\n\n2. Chỉ đạo các trường THCS đánh giá, cụ thể:\n- Đối với các trường đã được công nhận chuẩn;\n\n,\n-_ Đối với các trường chưa đạt chuẩn, xây dựng kế hoạch.\n\nII. Trường THPT\n\n1. Tự kiểm tra các tiêu chuẩn./.',
  footer: 'Nơi nhận:\n- Như kính gửi (để thực hiện);\n- Lưu VT, phòng GDTrH.\n\nTrần Thị Bích Vân',
});

describe('a department letter OCR\'d from a scan, its number and V/v marred (Thái Bình Sở GD&ĐT 818, round 39)', () => {
  it('"Số: Ä{# /§GDĐT-GDTrH": the symbol\'s "S" read as "§" still makes a number line; the symbol is kept as read, the number left empty', () => {
    const r = read(thaiBinh({}));
    expect([r.letter.number, r.letter.symbol]).toEqual([null, '§GDĐT-GDTrH']);
  });
  it('"Uy: Đôn đốc …": "V/v:" read as "Uy:" opens the subject', () => {
    expect(read(thaiBinh({})).letter.subject).toBe('Đôn đốc xây dựng trường Trung học đạt chuẩn Quốc gia');
  });
  it('"I. Phòng GDĐT …" / "I. Tham mưu …" / "2. Chỉ đạo …": an "I." right under section I\'s heading is clause 1; "," alone and "-_" are specks', () => {
    expect(tree(read(thaiBinh({})).letter.body)).toEqual([
      'p: Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện một số nội dung sau:',
      {
        'section T: Phòng GDĐT các huyện, thành phố': [
          { 'clause: Tham mưu với UBND huyện đầu tư kinh phí.': [] },
          { 'clause: Chỉ đạo các trường THCS đánh giá, cụ thể:': [{ 'dash: Đối với các trường đã được công nhận chuẩn;': [] }, { 'dash: Đối với các trường chưa đạt chuẩn, xây dựng kế hoạch.': [] }] },
        ],
      },
      { 'section T: Trường THPT': [{ 'clause: Tự kiểm tra các tiêu chuẩn./.': [] }] },
    ]);
  });
  it('two sections I. and II. each with its text stay sections', () => {
    const body = 'Yêu cầu như sau:\n\nI. Phòng GDĐT thực hiện kiểm tra.\n\n1. Tham mưu.\n\n2. Chỉ đạo.\n\nII. Trường THPT thực hiện tự đánh giá./.';
    const levels = read(thaiBinh({ body })).letter.body.map((b) => (b.kind === 'item' ? b.level : 'p'));
    expect(levels).toEqual(['p', 'section', 'section']);
  });
  it('"- Lưu VT, phòng GDTrH.": a room named with its kind in small letters is one unit, no drafter "PHÒNG"', () => {
    const r = read(thaiBinh({}));
    expect([r.letter.archive.units, r.letter.drafter]).toEqual([['VT', 'phòng GDTrH'], null]);
  });
});

describe('the archive line\'s marred forms (round 39)', () => {
  it('"Lưu: VT, Cuc QLCL": "Cục" read with no marks, before the department\'s initials, is one unit (Bộ GD&ĐT 1209)', () => {
    expect(readArchive('Lưu: VT, Cuc QLCL', 'BGDĐT-QLCL').archive.units).toEqual(['VT', 'Cuc QLCL']);
  });
  it('"- Lưu: VT, GDTH. ao _ #4": small letters among signs after the full stop are the signature\'s scrawl, no drafter (Bắc Ninh 1175)', () => {
    const r = readArchive('- Lưu: VT, GDTH. ao _ #4', 'SGDĐT-GDTH');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'GDTH'], null]);
  });
  it('"- Lưu: VT, GDTH. ph" and a drafter with copies keep their mark', () => {
    expect(readArchive('- Lưu: VT, GDTH. ph', 'SGDĐT-GDTH').drafter).toEqual({ initials: 'PH', copies: null });
    expect(readArchive('- Lưu: VT, KGVX. Cao Cường (10)', 'UBND-KGVX').drafter).toEqual({ initials: 'Cao Cường', copies: 10 });
  });
  it('"- Lưu: VT, VPư.": a marked small letter glued to the unit the symbol names is a hand\'s stroke; "HTr" stays as typed (Phú Thọ 345)', () => {
    const r = readArchive('- Lưu: VT, VPư.', 'SGD&ĐT-VP');
    expect(r.archive.units).toEqual(['VT', 'VP']);
    expect(r.notes.some((n) => n.kind === 'dropped' && n.message.includes('"ư"'))).toBe(true);
    expect(readArchive('- Lưu: VT, HTr.', 'CT-HT').archive.units).toEqual(['VT', 'HTr']);
  });
});

describe('a department letter with an e-signature stamp over its recipients (Bắc Ninh Sở GD&ĐT 1175, round 39)', () => {
  const bacNinh = letterFrom({
    head: 'UBND TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
    number: 'Số: 1175/SGDĐT-GDTH Bắc Ninh, ngày 06 tháng 8 năm 2021\nV/v hướng dẫn học sinh trở lại trường',
    greeting: '»%c \'A Hi moi amen Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố',
    body: 'Sở Giáo dục và Đào tạo yêu cầu các phòng GDĐT thực hiện./.',
    footer: 'Nơi nhận: KT. GIÁM ĐÓC\n- Như trên; PHẦ) GIÁ M ĐÓC\n- Lãnh đạo Sở; GIÁO dụg X»À,\n- Lưu: VT, GDTH.\n\nNguyễn Hữu Bình',
  });
  it('"»%c \'A Hi moi amen Kính gửi: …": a stamp\'s garble opening with signs before the label goes', () => {
    expect(read(bacNinh({})).letter.recipients).toEqual(['Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố']);
  });
  it('"**Đồng kính gửi:**" is no garble before a label', () => {
    const r = read(bacNinh({ greeting: 'Kính gửi: Phòng Giáo dục và Đào tạo các huyện.\n\n**Đồng kính gửi:** Sở Y tế.' }));
    expect(r.letter.recipients[0]).toBe('Phòng Giáo dục và Đào tạo các huyện');
    expect(r.notes.some((n) => n.path === 'recipients' && n.kind === 'dropped')).toBe(false);
  });
  it('"- Lãnh đạo Sở; GIÁO dụg X»À,": the seal\'s words after an entry\'s ";" go; "- Như trên; PHẦ) GIÁ M ĐÓC" is the title (Phú Thọ 345)', () => {
    const r = read(bacNinh({}));
    expect(r.letter.distribution).toEqual(['Như trên', 'Lãnh đạo Sở']);
    expect(r.letter.signature.title).toBe('PHẦ) GIÁ M ĐÓC');
  });
  it('"- Sở Y tế; Sở GD&ĐT;" keeps what follows its ";"', () => {
    const r = read(bacNinh({ footer: 'Nơi nhận:\n- Sở Y tế; Sở GD&ĐT;\n- Lưu: VT, GDTH.' }));
    expect(r.letter.distribution).toEqual(['Sở Y tế; Sở GD&ĐT']);
  });
});

describe('a provincial letter signed through the gateway (Quảng Ngãi UBND 507, round 39)', () => {
  const stamped = (head: string): string =>
    `${head}\n\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 507/UBND-KGVX\nV/v góp ý dự thảo\n\nQuảng Ngãi, ngày 24 tháng 01 năm 2025\n\nKính gửi: Bộ Thông tin và Truyền thông\n\nỦy ban nhân dân tỉnh góp ý như sau./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Phước Hiền`;
  it('"TRUNG TÂM CÔNG" / "BÁO VÀ TIN HỌC" / email / time: the stamp holder\'s name above its email is no agency', () => {
    const r = read(stamped('TRUNG TÂM CÔNG\nBÁO VÀ TIN HỌC\nttcbth@quangngai.gov.vn\n24.01.2025 20:01:14\n+07:00'));
    expect(r.letter.agency).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI' });
  });
  it('without the stamp\'s time, capitals over an email stay', () => {
    const r = read(stamped('SỞ Y TẾ\nsyt@quangngai.gov.vn'));
    expect(r.letter.agency.name.startsWith('SỞ Y TẾ') || r.letter.agency.parent === 'SỞ Y TẾ').toBe(true);
  });
});
