// Forms found while the forty-fifth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

const phuTho = letterFrom({
  head: 'UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 1800/SGD&ĐT-KT&QLCLGD Phú Thọ, ngày 29 tháng 12 năm 2017\nV/v triển khai Cuộc thi Sáng tạo',
  greeting: 'Kính gửi:\n- Phòng giáo dục và đào tạo các huyện, thành, thị;\n- Các trường trung học phô thông.',
  body: 'Ngày 28 tháng 12 năm 2017, Sở Giáo dục và Đào tạo nhận được Công văn số 5789/KH-BTC./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A',
});

describe('school scans from Phú Thọ (Sở GD&ĐT 1800, 1686, round 45)', () => {
  it('"V⁄ triển khai … thanh thiếu Phú Thọ, ngày 2 Ø tháng 12 năm 2017": a "V/v" that lost its "v", the dateline with a day read in two scraps run onto it', () => {
    const number = 'Số: đấ0/SGD&ĐT-KT&QLCLGD\nV⁄ triển khai Cuộc thi Sáng tạo thanh thiếu Phú Thọ, ngày 2 Ø tháng 12 năm 2017\n\nniên, nhi đồng tỉnh Phú Thọ năm 2018';
    const l = read(phuTho({ number })).letter;
    expect(l.subject).toBe('triển khai Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Phú Thọ năm 2018');
    expect([l.place, l.date.day, l.date.month, l.date.year]).toEqual(['Phú Thọ', null, 12, 2017]);
  });
  it('"Phú Thọ, ngàw/4tháng 10 năm 2015": a hand-filled day read as a slash and a digit glued to "tháng" leaves the day unread', () => {
    const number = 'Số:.⁄⁄%⁄ /SGD&ĐT-KT&KĐCLGD Phú Thọ, ngàw/4tháng 10 năm 2015\nV/v hướng dẫn thực hiện nhiệm vụ';
    const l = read(phuTho({ number })).letter;
    expect([l.place, l.date.day, l.date.month, l.date.year]).toEqual(['Phú Thọ', null, 10, 2015]);
  });
});

const thaiBinh = letterFrom({
  head: 'UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 87/SGDĐT-VP\n\nV/v Tham gia khóa học Tiếng Nhật Thái Bình, ngày 06_ tháng 02 năm 2018',
  greeting: 'Kính gửi: - Phòng GDĐT các huyện, thành phó;\n- Các trường THPT.',
  body: 'Nhằm nâng cao năng lực Ngoại ngữ cho cán bộ, Sở tổ chức khóa học tiếng Nhật./.',
  footer: 'Nơi nhận:\n- Như kính gửi;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A',
});

describe('school scans from Thái Bình (Sở GD&ĐT 87, 732, round 45)', () => {
  it('"V/v Tham gia khóa học Tiếng Nhật Thái Bình, ngày …": the place is the words the agency line ends on, the capitalised words before it the subject\'s', () => {
    const l = read(thaiBinh({})).letter;
    expect([l.subject, l.place, l.date.day]).toEqual(['Tham gia khóa học Tiếng Nhật', 'Thái Bình', 6]);
  });
  it('with the day unreadable, the whole dateline still read off the subject\'s line', () => {
    const number = 'Số: 87/SGDĐT-VP\n\nV/v Tham gia khóa học Tiếng Nhật Thái Bình, ngày 2 Ø tháng 02 năm 2018';
    const l = read(thaiBinh({ number })).letter;
    expect([l.subject, l.place, l.date.day, l.date.month]).toEqual(['Tham gia khóa học Tiếng Nhật', 'Thái Bình', null, 2]);
  });
  it('a place the agency lines do not name stays whole', () => {
    const number = 'Số: 87/SGDĐT-VP\n\nV/v Tham gia khóa học tại Đông Hưng Thái Bình, ngày 06 tháng 02 năm 2018';
    const head = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    expect(read(thaiBinh({ head, number })).letter.place).toBe('Đông Hưng Thái Bình');
  });
  it('"[“v: cứ giáo viên …": a "V/v:" whose "V/" OCR read as two signs opens the subject', () => {
    const number = 'Só: 732/SGDĐT-GDTrH Thái Bình, ngày 01 tháng 10 năm 2018\n[“v: cứ giáo viên tham gia điễu\nhành tại lễ khai mạc đại hội';
    expect(read(thaiBinh({ number })).letter.subject).toBe('cứ giáo viên tham gia điễu hành tại lễ khai mạc đại hội');
  });
});
