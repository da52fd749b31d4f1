// Forms found in the twenty-eighth unseen round (three Sở GD&ĐT scans OCR'd by tesseract, from Bắc
// Ninh, Phú Thọ and Thái Bình, whose seals, scrawls and hand-filled fields OCR read as text), each
// tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive, tree } from './read';

const letter = letterFrom({
  head: 'UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 274/SGDĐT-VP\nV/v phòng ngừa tuyên truyền đạo trái phép\n\nThái Bình, ngày 03 tháng 5 năm 2018',
  greeting: 'Kính gửi:\n- Các phòng chuyên môn nghiệp vụ thuộc Sở;\n- Các trường THPT, TTGDTX tỉnh.',
  body: 'Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện tốt các nhiệm vụ trên./.',
  footer: 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Thiệp',
});

describe('the header', () => {
  it('"V/v Phòng ngừa … tuyên Thái Bình, ngày) tháng 5 năm 2018": a dateline whose day OCR read as a sign, run onto the subject\'s line', () => {
    const number = 'Số:434/SGDĐT- VP\nV/v Phòng ngừa, ngăn chặn tuyên Thái Bình, ngày) tháng 5 năm 2018\ntruyền phát triên đạo trái phép';
    const l = read(letter({ number })).letter;
    expect(l.subject).toBe('Phòng ngừa, ngăn chặn tuyên truyền phát triên đạo trái phép');
    expect([l.place, l.date]).toEqual(['Thái Bình', { day: null, month: 5, year: 2018 }]);
    expect([l.number, l.symbol]).toEqual([434, 'SGDĐT- VP']);
  });
  it('"Số⁄/ /SGD&ĐT-VP": the slash after a blank left for the number is no part of the symbol', () => {
    const l = read(letter({ number: 'Số⁄/ /SGD&ĐT-VP Phú Thọ, ngàu^Ÿ tháng 01 năm 2018\nV/v chuẩn bị đón Tết Nguyên đán' })).letter;
    expect([l.number, l.symbol, l.place, l.date.month]).toEqual([null, 'SGD&ĐT-VP', 'Phú Thọ', 1]);
  });
});

describe('the stamps and the addressees', () => {
  it('"KHẨN [ Corona gây ra": the urgency stamp OCR read at the start of the subject\'s last line is the urgency', () => {
    const number = 'Số: 101/SGDĐT-CTHSSV Bắc Ninh, ngày 03 tháng 02 năm 2020\nV/v cho học sinh nghỉ học để thực hiện\nCông tác phòng, chống dịch bệnh do chủng mới của vi rút\n\nKHẨN [ Corona gây ra';
    const { letter: l, notes } = read(letter({ number }));
    expect([l.urgency, l.subject]).toEqual(['KHẨN', 'cho học sinh nghỉ học để thực hiện Công tác phòng, chống dịch bệnh do chủng mới của vi rút Corona gây ra']);
    expect(notes.some((n) => n.path === 'urgency' && n.kind === 'converted')).toBe(true);
    // "Khẩn trương …" in a sentence is no stamp; nor is a heading in capitals.
    expect(read(letter({ body: 'KHẨN TRƯƠNG TRIỂN KHAI\nCác đơn vị thực hiện ngay./.' })).letter.urgency).toBe(null);
  });
  it('"=1àn - Các đơn vị …;" / "n kg 0903320 - Các trung tâm …": a stamp\'s scraps before a dashed entry, and its cut label above its time, are dropped', () => {
    const greeting =
      'Kính gửi:\n\nby s Sở Giáo dục\nà Đào tạc\n\n- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phó;\n=1àn - Các đơn vị trực thuộc Sở Giáo dục và Đào tạo;\nn kg 0903320 - Các trung tâm GDNN-GDTX cấp huyện.\n\nời giai\nth 29:04 +07:00';
    const { letter: l, notes } = read(letter({ greeting }));
    expect(l.recipients).toEqual(['Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phó', 'Các đơn vị trực thuộc Sở Giáo dục và Đào tạo', 'Các trung tâm GDNN-GDTX cấp huyện']);
    expect(tree(l.body)).toEqual(['p: Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện tốt các nhiệm vụ trên./.']);
    expect(notes.filter((n) => n.kind === 'dropped').map((n) => n.source)).toEqual(expect.arrayContaining(['=1àn', 'n kg 0903320', 'ời giai']));
    // A word of three letters or more before the dash is text, not a scrap: the list ends there as before.
    const worded = read(letter({ greeting: 'Kính gửi:\n- Phòng Giáo dục và Đào tạo các huyện;\nĐồng thời - Các đơn vị trực thuộc Sở.' })).letter;
    expect(worded.recipients).not.toContain('Các đơn vị trực thuộc Sở');
  });
});

describe('the body', () => {
  it('"… các nhiệm vụ tên/ jƑƑ —": the initials OCR read after what is left of the closing "./." are dropped', () => {
    const { letter: l, notes } = read(letter({ body: 'Sở đề nghị các đơn vị thực hiện một số nhiệm vụ sau:\n1. Tăng cường công tác tuyên truyền.\nYêu câu các đơn vị triên khai thực hiện nghiêm túc các nhiệm vụ tên/ jƑƑ —' }));
    expect((tree(l.body) as unknown[]).at(-1)).toBe('p: Yêu câu các đơn vị triên khai thực hiện nghiêm túc các nhiệm vụ tên/');
    expect(notes.some((n) => n.path === 'body' && n.kind === 'dropped' && n.source === 'jƑƑ —')).toBe(true);
    // A slash inside a sentence's words ("và/hoặc") with words after it is the text's own.
    expect(tree(read(letter({ body: 'Các đơn vị báo cáo bằng văn bản và/ hoặc thư điện tử./.' })).letter.body)).toEqual(['p: Các đơn vị báo cáo bằng văn bản và/ hoặc thư điện tử./.']);
  });
});

describe('the footer', () => {
  it('"GIÁO ĐỤC" / "ĐÌ VÀ ĐÀO TẠO" under the position: the seal\'s ring, not the signer', () => {
    const footer = 'Nơi nhận: KT. GIÁM ĐÓC\n- Như kính gửi; PHÓ GIÁM ĐỚC\nKem\n\n- Lưu VP.\n\n..\nGIÁO ĐỤC\nĐÌ VÀ ĐÀO TẠO';
    const { letter: l, notes } = read(letter({ footer }));
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. GIÁM ĐÓC', title: 'PHÓ GIÁM ĐỚC', signer: '' });
    expect(notes.filter((n) => n.path === 'signature' && n.kind === 'dropped').map((n) => n.source)).toEqual(expect.arrayContaining(['GIÁO ĐỤC', 'ĐÌ VÀ ĐÀO TẠO']));
    // The seal's words after the name do not replace it.
    expect(read(letter({ footer: 'Nơi nhận:\n- Như trên;\n\nGIÁM ĐỐC\n\nHOÀNG VĂN THIỆP\nGIÁO DỤC VÀ' })).letter.signature.signer).toBe('Hoàng Văn Thiệp');
    // A signer whose name shares words with the agency's opens with a family name.
    const head = 'UBND TỈNH PHÚ THỌ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nUBND HUYỆN THANH SƠN Độc lập - Tự do - Hạnh phúc';
    expect(read(letter({ head, footer: 'Nơi nhận:\n- Như trên;\n\nCHỦ TỊCH\n\nNGUYỄN THANH SƠN' })).letter.signature.signer).toBe('Nguyễn Thanh Sơn');
  });
  it('"==>-PHÓ GIÁM ĐÓC": signs the signature\'s strokes left before the position are dropped', () => {
    const { letter: l, notes } = read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Luu: VT, N...\n\nKT. GIÁM ĐÓC\n==>-PHÓ GIÁM ĐÓC\n\nNguyên Thị Thu Huyền' }));
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. GIÁM ĐÓC', title: 'PHÓ GIÁM ĐÓC', signer: 'Nguyên Thị Thu Huyền' });
    expect(notes.some((n) => n.path === 'signature' && n.kind === 'dropped' && n.source === '==>-PHÓ GIÁM ĐÓC')).toBe(true);
  });
  it('"\\PHÓ GIÁM ĐÓC": one stroke before a position is dropped; before other capitals it still marks the seal', () => {
    const { letter: l } = read(letter({ footer: 'KT. GIÁM ĐÔC\n\\PHÓ GIÁM ĐÓC\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CTHSSV.\n\nNguyễn Thế Sơn' }));
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. GIÁM ĐÔC', title: 'PHÓ GIÁM ĐÓC', signer: 'Nguyễn Thế Sơn' });
  });
  it('"Xơi nhận:": OCR\'s X for the N of the label still opens the Nơi nhận, and the dashes under it are no body items', () => {
    const footer = 'Xơi nhận:\n- Như trén ( tực hiện},\n- Thanh tra tĩnh (báo cáo},\n- Trang TTĐT;\n- Lưu: VT, TTr.';
    // The body's end lost its "./." to OCR, as the signature under the list.
    const body = 'Đề nghị các đơn vị thực hiện, nếu có khó khăn, vướng rnäc, báo cáo kịp thời về Sở GDĐT (qua Thanh tra) đề được hướng no';
    const { letter: l } = read(letter({ body, footer }));
    expect(l.distribution).toEqual(['Như trén ( tực hiện}', 'Thanh tra tĩnh (báo cáo}', 'Trang TTĐT']);
    expect(l.archive.units).toEqual(['VT', 'TTr']);
    expect(tree(l.body)).toEqual([`p: ${body}`]);
  });
  it('"Nơi nhận: KT.GIÁM ĐỐC -Như trên PHÓ GIÁM ĐỐC -PGD phụ trách -Lưu MN-VT Nguyễn Thị Kim Bé": a footer\'s rows flattened onto one line', () => {
    const footer = 'Nơi nhận: KT.GIÁM ĐỐC -Như trên PHÓ GIÁM ĐỐC -PGD phụ trách -Lưu MN-VT Nguyễn Thị Kim Bé';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'PGD phụ trách']);
    expect(l.signature).toEqual({ authority: null, delegation: 'KT.GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signer: 'Nguyễn Thị Kim Bé' });
    // Words in capitals after the last unit that are no person's full name stay on the archive line.
    expect(read(letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu VT Văn Phòng Sở\n\nGIÁM ĐỐC\n\nLê Văn Hai' })).letter.signature.signer).toBe('Lê Văn Hai');
  });
  it('"Luu: VT, N...": the dots OCR read for the line\'s full stop end no unit', () => {
    expect(readArchive('- Luu: VT, N...', 'SGD&ĐT-VP').archive.units).toEqual(['VT', 'N']);
  });
});
