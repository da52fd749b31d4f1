// Forms found while the seventy-fourth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive } from './read';

describe('Lưu lines of round 74', () => {
  it('"Lưu: VT, 7": one digit alone after the comma is the seal\'s rim, no count of copies', () => {
    const r = readArchive('- Lưu: VT, 7', 'PGDĐT');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT'], null, null]);
  });
  it('"Lưu: VT, KH ( b).": a draft\'s blank slot for the copies is no drafter\'s mark "B"', () => {
    const r = readArchive('- Lưu: VT, KH (    b).', 'SKH-KH');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT', 'KH'], null, null]);
  });
  it('"Lưu: VT, CST (PLP)." under a ministry\'s symbol (BTC-CST): the letters in brackets name a room of the department, one unit', () => {
    const r = readArchive('- Lưu: VT, CST (PLP).', 'BTC-CST');
    expect([r.archive.units, r.drafter]).toEqual([['VT', 'CST (PLP)'], null]);
  });
  it('"Lưu: VT, TCCB (LTD)." under a Sở and "Lưu VT, KCHT(GN)." glued: the letters in brackets stay the drafter\'s', () => {
    expect([readArchive('- Lưu: VT, TCCB (LTD).', 'SNNMT-TCCB').drafter?.initials, readArchive('- Lưu VT, KCHT(GN).', 'BGTVT-KCHT').drafter?.initials]).toEqual(['LTD', 'GN']);
  });
  it('"- Lưu: VT, CST (PLP) (    b)." in a Word draft\'s text: the slot\'s gap is no column\'s', () => {
    const l = read(
      'BỘ TÀI CHÍNH\n\nSố:          /BTC-CST\nV/v dự thảo Thông tư\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKính gửi: Bộ Tư pháp.\n\nBộ Tài chính đề nghị quý Bộ cho ý kiến./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, CST (PLP) (    b).\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nCao Anh Tuấn',
    ).letter;
    expect([l.archive.units, l.archive.copies, l.drafter]).toEqual([['VT', 'CST (PLP)'], null, null]);
  });
  it('"Lưu: VT, 02" and "Lưu: VT, 7b": a count typed as the Decree writes it stays the copies', () => {
    expect([readArchive('- Lưu: VT, 02', 'PGDĐT').archive.copies, readArchive('- Lưu: VT, 7b.', 'PGDĐT').archive.copies]).toEqual([2, 7]);
  });
});

describe('Headers of round 74', () => {
  it('"PHONG GIAo Dl}C vA DAo T~O": under the parent, a unit\'s name with a quarter of its letters marred small is still the name', () => {
    const l = read(
      '     UBND THANH PHO cA MAU                  CQNG HOA xA HQI CHU NGHiA VI~T NAM\n   PHONG GIAo Dl}C vA DAo T~O                     DQc l~p - TV do - H~nh phuc\n\n             S6: 509IPGDDT                     TP Ca Mau, ngay 15 thang 7 ndm 2021\n   VIv trien khai thirc hien K€ hoach\n\n                              Kinh giri: Hi~u tnrong cac tnrong MN, MG, TH, THCS.\n\n        Can err K~ hoach s6 1770IKH-SGDDT, de nghi cac tnrong thuc hien.!.\n\nNoi nhan:\n- Nhu tren;\n- Luu: VT.',
    ).letter;
    expect([l.agency.parent, l.agency.name]).toEqual(['UBND THANH PHO cA MAU', 'PHONG GIAo Dl}C vA DAo T~O']);
  });
  it('"V/v hướng dẫn … điều chỉnh Hà Nội, ngàyZ/tháng 3 năm 2020": the dateline run onto the subject, its day a scrawl glued to both words', () => {
    const l = read(
      'BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 4ô /BGDĐT-GDTH\nV/v hướng dẫn thực hiện điều chỉnh Hà Nội, ngàyZ/tháng 3 năm 2020\nnội dung dạy học học kì II\n\nKính gửi: Các Sở Giáo dục và Đào tạo.\n\nBộ GDĐT đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, Vụ GDTH.',
    ).letter;
    expect([l.place, l.date.day, l.date.month, l.subject]).toEqual(['Hà Nội', null, 3, 'hướng dẫn thực hiện điều chỉnh nội dung dạy học học kì II']);
  });
  it('"UBND THÀNH PHÓ CÀ MAU , ¡": two specks apart in the gap before the national title end no name', () => {
    const l = read(
      'UBND THÀNH PHÓ CÀ MAU , ¡ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 346/PGDĐT TP Cà Mau, ngày 28 tháng 4 năm 2021\n\nV/v tăng cường các biện pháp phòng, chống dịch\n\nKính gửi: Hiệu trưởng các trường.\n\nĐề nghị các trường thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.',
    ).letter;
    expect([l.agency.parent, l.agency.name]).toEqual(['UBND THÀNH PHÓ CÀ MAU', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO']);
  });
});

describe('Signatures of round 74', () => {
  it('"- Như trên; - a cPRÓ GIÁM ĐÓC": a dash and small letters apart before the position, the last glued to it, are the seal\'s rim', () => {
    const l = read(
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 372/SGDĐT-TTr Cà Mau, ngày 25 tháng 02 năm 2021\nV/v triển khai Nghị định\n\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị thực hiện./.\n\nNơi nhận: KT. GIÁM ĐÓC\n\n- Như trên; - a cPRÓ GIÁM ĐÓC\n- Lưu: VT, TTr.',
    ).letter;
    expect([l.signature.delegation, l.signature.title]).toEqual(['KT. GIÁM ĐÓC', 'PRÓ GIÁM ĐÓC']);
  });
  it('"- Như trên; RƯỞNG PHÒNG" under "KT. TRƯỞNG PHÒNG": the position with its first letter under the seal is the title, no name', () => {
    const l = read(
      'UBND THÀNH PHỐ CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 661/PGDĐT TP Cà Mau, ngày 08 tháng 10 năm 2021\nV/v phổ biến pháp luật\n\nKính gửi: Hiệu trưởng các trường.\n\nĐề nghị các trường thực hiện./.\n\nNơi nhận: KT. TRƯỞNG PHÒNG\n\n- Như trên; RƯỞNG PHÒNG\n- Lưu: VT.\n\nLê Minh Hải',
    ).letter;
    expect([l.signature.title, l.signature.signer]).toEqual(['RƯỞNG PHÒNG', 'Lê Minh Hải']);
  });
});

describe('Nơi nhận of round 74', () => {
  it('"- Nhutren": the first entry glued by an OCR that lost every mark stays as typed, as "Nhu tren" does', () => {
    const l = read(
      'UBND THANH PHO CA MAU CONG HOA XA HOI CHU NGHIA VIET NAM\nPHONG GIAO DUC VA DAO TAO Doc lap - Tu do - Hanh phuc\nSo: 509/PGDDT TP Ca Mau, ngay 15 thang 7 nam 2021\nV/v trien khai ke hoach\n\nKinh gui: Hieu truong cac truong.\n\nDe nghi cac truong thuc hien./.\n\nNoi nhan:\n- Nhutren;\n- Luu: VT.',
    ).letter;
    expect(l.distribution).toEqual(['Nhutren']);
  });
});

describe('Bodies of round 74', () => {
  it('"… có văn bản gửi Bộ" / "Nông nghiệp và Môi trường …": a line of a page stored with uneven breaks that ends on an office\'s first word ends no paragraph', () => {
    const body = [
      'Tại Điều 10 Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định tính tiền sử dụng đất khi cấp Giấy chứng nhận đối với các trường hợp hộ gia đình, cá nhân đang sử dụng',
      'đất không có giấy tờ về quyền sử dụng đất mà không vi phạm pháp luật về đất đai, không thuộc trường hợp giao đất không đúng thẩm quyền quy định tại các khoản 1, 2 và 3',
      'Điều 138 Luật Đất đai năm 2024. Phạm vi Nghị định số 103/2024/NĐ-CP quy định về tiền sử dụng đất đối với các trường hợp mà Luật Đất đai năm 2024 quy định phải nộp',
      'tiền sử dụng đất. Đối với trường hợp tại điểm c khoản 2 Điều 138 Luật Đất đai năm 2024 không quy định có phải nộp nghĩa vụ tài chính hay nộp tiền sử dụng đất hay',
      'không nên Nghị định số 103/2024/NĐ-CP không có quy định về tính tiền sử dụng đất đối với trường hợp này. Do vậy, đối với trường hợp vướng mắc về xác định nghĩa vụ',
      'tài chính về đất đai tại điểm c khoản 2 Điều 138 Luật Đất đai năm 2024, đề',
      'nghị Thuế tỉnh Nghệ An báo cáo Ủy ban nhân dân tỉnh Nghệ An có văn bản gửi Bộ',
      'Nông nghiệp và Môi trường để được hướng dẫn theo thẩm quyền.',
      'Cục Thuế trả lời để Thuế tỉnh Nghệ An biết và căn cứ',
      'hồ sơ, tình hình thực tế để thực hiện./.',
    ].join('\n');
    const l = read(`BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5563/CT-CS\nV/v xác định nghĩa vụ tài chính về đất đai\nKính gửi: Thuế tỉnh Nghệ An.\n${body}\nNơi nhận:\n- Như trên;\n- Lưu: VT, CS.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nĐặng Ngọc Minh`).letter;
    expect(l.body.map((b) => b.content.map((r) => r.text).join('').slice(0, 30))).toEqual(['Tại Điều 10 Nghị định số 103/2', 'Cục Thuế trả lời để Thuế tỉnh ']);
  });
});
