// Forms found while the seventy-eighth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const letter = letterFrom({
  head: 'TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH HÀ NAM\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 2517/CT-TTHT\nHà Nam, ngày 31 tháng 8 năm 2015\nV/v thuế nhà thầu',
  greeting: 'Kính gửi: Độc giả Nguyễn Thanh Loan.',
  body: 'Cục Thuế tỉnh Hà Nam thông báo để Độc giả biết./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Văn A',
});

describe('Recipients of round 78', () => {
  it('"Địa chỉ nhận Thông báo thuế: …" under the addressee: an address\'s longer label is a detail of the recipient', () => {
    const greeting = [
      'Kính gửi: Công ty xây dựng Sumitomo Mitsui - Thầu xây dựng xưởng',
      'đúc số 1 Dự án Công ty TNHH sản xuất phụ tùng ô tô xe máy Việt Nam',
      'Địa chỉ nhận Thông báo thuế: Phòng 504, tòa nhà V— Tower, 649 Kim',
      'Mã, quận Ba Đình, Hà Nội. Mã số thuế : 0900449870-002',
    ].join('\n');
    const l = read(letter({ greeting })).letter;
    expect(l.recipients).toEqual([
      'Công ty xây dựng Sumitomo Mitsui - Thầu xây dựng xưởng đúc số 1 Dự án Công ty TNHH sản xuất phụ tùng ô tô xe máy Việt Nam Địa chỉ nhận Thông báo thuế: Phòng 504, tòa nhà V— Tower, 649 Kim Mã, quận Ba Đình, Hà Nội. Mã số thuế : 0900449870-002',
    ]);
    expect(tree(l.body)).toEqual(['p: Cục Thuế tỉnh Hà Nam thông báo để Độc giả biết./.']);
  });
});

describe('Footers of round 78', () => {
  it('"- Thủ tướng Chính phủ (để b/c); ——xTHU TRƯỜNG": strokes with a dash among them, glued before the position, are dropped', () => {
    const l = read(letter({ footer: 'Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên;\n- Thủ tướng Chính phủ (để b/c); ——xTHU TRƯỜNG\n- Lưu: VT, GDTC.' })).letter;
    expect([l.distribution, l.signature.title]).toEqual([['Như trên', 'Thủ tướng Chính phủ (để b/c)'], 'THU TRƯỜNG']);
  });
  it('"¡ - BGĐ Sở Y tế (báo cáo);": a sign apart before the entry\'s dash is a speck', () => {
    const l = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n¡ - BGĐ Sở Y tế (báo cáo);\n- Lưu: VT, NVY.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A' })).letter;
    expect(l.distribution).toEqual(['Như trên', 'BGĐ Sở Y tế (báo cáo)']);
  });
  it('"- Lưu: VT, TTHT( 4": the count in a bracket whose closing one was lost is the copies, flagged', () => {
    const r = readArchive('- Lưu: VT, TTHT( 4', 'CTHYE-TTHT');
    expect(r.archive).toEqual({ units: ['VT', 'TTHT'], copies: 4 });
    expect(r.notes.some((n) => n.path === 'archive.copies' && n.kind === 'uncertain')).toBe(true);
  });
});

describe('Bodies of round 78', () => {
  it('\'"Điều 1. …\' … \'…nhà thầu..."\': a quotation in straight marks keeps the quoted "1." as text', () => {
    const body = [
      'Tại Điều 1 Thông tư số 103/2014/TT-BTC của Bộ Tài chính hướng dẫn',
      '',
      '"Điều 1. Đối tượng áp dụng',
      'Hướng dẫn tại Thông tư này áp dụng đối với các đối tượng sau:',
      '',
      '1. Tổ chức nước ngoài kinh doanh tại Việt Nam trên cơ sở hợp đồng nhà thầu..."',
      '',
      'Cục Thuế tỉnh Hà Nam thông báo để Độc giả biết./.',
    ].join('\n');
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: Tại Điều 1 Thông tư số 103/2014/TT-BTC của Bộ Tài chính hướng dẫn',
      'p: "Điều 1. Đối tượng áp dụng',
      'p: Hướng dẫn tại Thông tư này áp dụng đối với các đối tượng sau:',
      'p: 1. Tổ chức nước ngoài kinh doanh tại Việt Nam trên cơ sở hợp đồng nhà thầu..."',
      'p: Cục Thuế tỉnh Hà Nam thông báo để Độc giả biết./.',
    ]);
  });
  it('"4.3. …:" / "- …" / "4.4. …": a sub-clause after the last dash goes back under the clause holding its siblings', () => {
    const body = [
      'Bảo hiểm xã hội tỉnh lưu ý các đơn vị như sau:',
      '',
      '1. Đối tượng tham gia: người lao động làm việc theo hợp đồng từ đủ 03 tháng.',
      '',
      '2. Nhân đây xin nhắc lại một số điểm lưu ý năm 2015',
      '',
      '2.1. Về tiền lương tối thiểu vùng: áp dụng từ ngày 01/01/2015.',
      '',
      '2.2. Về mức đóng BHYT từ ngày 01/01/2015:',
      '',
      '- Mức đóng BHYT hằng tháng bằng 4,5% tiền lương tháng của người lao động.',
      '',
      '2.3. Xử lý vi phạm về BHYT: đơn vị chậm đóng phải nộp số tiền lãi theo quy định.',
      '',
      'Bảo hiểm xã hội tỉnh đề nghị các đơn vị lưu ý thực hiện./.',
    ].join('\n');
    const got = tree(read(letter({ body })).letter.body) as Array<Record<string, unknown[]>>;
    const clause2 = got.find((b) => typeof b === 'object' && Object.keys(b)[0]?.startsWith('clause T: Nhân đây'));
    expect(clause2 && Object.values(clause2)[0]?.at(-1)).toBe('p: 2.3. Xử lý vi phạm về BHYT: đơn vị chậm đóng phải nộp số tiền lãi theo quy định.');
  });
  it('"… đã có Công văn số" / "" / "Sau khi …": a number left blank ends the paragraph; the next sentence opens one', () => {
    const body = [
      'Về vấn đề này, Cục Thuế tỉnh Hưng Yên đã có Công văn số',
      '',
      'Sau khi nhận được ý kiến của Tổng cục Thuế, Cục Thuế sẽ có văn bản trả lời Công ty.',
      '',
      'Cục Thuế tỉnh Hà Nam thông báo để Độc giả biết./.',
    ].join('\n');
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: Về vấn đề này, Cục Thuế tỉnh Hưng Yên đã có Công văn số',
      'p: Sau khi nhận được ý kiến của Tổng cục Thuế, Cục Thuế sẽ có văn bản trả lời Công ty.',
      'p: Cục Thuế tỉnh Hà Nam thông báo để Độc giả biết./.',
    ]);
  });
  it('"… Điều 46 quy định:" / "“Trong thời hạn …" / "… thành lập”. Như vậy, …": a quotation the sentence goes on after stays in its paragraph', () => {
    const body = [
      'Bảo hiểm xã hội tỉnh lưu ý các đơn vị như sau:',
      '',
      '2. Thời gian nộp hồ sơ hưởng BHTN: Tại Khoản 1, Điều 46 quy định:',
      '“Trong thời hạn 03 tháng, kể từ ngày chấm dứt hợp đồng lao động, người lao động nộp hồ',
      'sơ tại trung tâm dịch vụ việc làm do cơ quan quản lý nhà nước về việc làm thành lập”. Như vậy, không còn',
      'việc đăng ký như trước đây.',
      '',
      'Bảo hiểm xã hội tỉnh đề nghị các đơn vị lưu ý thực hiện./.',
    ].join('\n');
    const got = tree(read(letter({ body })).letter.body) as unknown[];
    expect(got[1]).toEqual({
      'clause: Thời gian nộp hồ sơ hưởng BHTN: Tại Khoản 1, Điều 46 quy định: “Trong thời hạn 03 tháng, kể từ ngày chấm dứt hợp đồng lao động, người lao động nộp hồ sơ tại trung tâm dịch vụ việc làm do cơ quan quản lý nhà nước về việc làm thành lập”. Như vậy, không còn việc đăng ký như trước đây.':
        [],
    });
  });
});

