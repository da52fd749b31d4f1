// Forms found while the fifty-seventh unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { parseLabel } from '../../../core/format/parse-label';
import { read } from './read';

const letter = (dateline: string) =>
  `UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 746/GDĐT-GDTX ${dateline}\nV/v tăng cường quản lý đối với các trung tâm ngoại ngữ, tin học\n\nKính gửi: Giám đốc Trung tâm Ngoại ngữ - Tin học.\n\nSở đề nghị các trung tâm thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, GDTX.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Thiệp`;

describe('a Thái Bình scan whose hand-filled month OCR marred (Sở GDĐT 746, round 57)', () => {
  it('"ngày05 tháng4ÿnăm 2018": a letter between the month\'s digit and a whole "năm" is the month\'s; the month is unread, not 4', () => {
    const d = read(letter('Thái Bình, ngày05 tháng4ÿnăm 2018')).letter.date;
    expect([d.day, d.month, d.year]).toEqual([5, null, 2018]);
  });
  it('"tháng 02jhăm 2018": a marred "năm" glued to the month\'s digits still leaves the month', () => {
    const d = read(letter('Thái Bình, ngày 05 tháng 02jhăm 2018')).letter.date;
    expect([d.day, d.month, d.year]).toEqual([5, 2, 2018]);
  });
});

describe('an e-signed tax answer OCR garbled at its head (Cục Thuế Hà Nội 101966, round 57)', () => {
  const text = (head: string, dateline: string) =>
    `Ky bởi: Cục Thuế thành\n\nphố Hà Nội\nThời gian ký: 25.11.2020\n14:03\n\n${head}\nsé: 4Ô ÁÄÉÍ 'CTHN-TTHT ${dateline}\nViv thời điểm lập hóa don\n\nKính gửi: Ông/Bà Nguyễn Ngọc Linh\n\nCục Thuế TP Hà Nội có ý kiến như sau: Nghị định có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2022./.\n\nNoi nhận:\nNhư trên;\n- Lưu: VT, TTHT(2).\n\nguyễn Tiến Trường`;
  it('"TONG CỤC THUÊ CONG HOA XÃ HOLS TET NAM" / "CUC THUE TP HA NOI Độc lập - Twa": the title and motto OCR marred are cut off the agency', () => {
    const l = read(text('TONG CỤC THUÊ CONG HOA XÃ HOLS TET NAM\nCUC THUE TP HA NOI Độc lập - Twa', 'Hà Nội, ngày 25 tháng 11 năm 2020')).letter;
    expect([l.agency.parent, l.agency.name]).toEqual(['TONG CỤC THUÊ', 'CUC THUE TP HA NOI']);
  });
  it('a dateline OCR left without a year ("ngayd Geer etiam"): the year is the signing stamp\'s, not a law\'s date of effect the body cites', () => {
    expect(read(text('TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI', 'Hà Nội, ngayd Geer etiam')).letter.date.year).toBe(2020);
  });
});

describe('a Thái Bình scan whose number line lost its colon and slash (Sở GDĐT 237, round 57)', () => {
  const text = (numberLine: string) =>
    `UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập —- Tự do - Hạnh phúc\n\n${numberLine}\n\nV/v Tăng cường công tác phòng chống cháy nổ Thái Bình, ngày 23 tháng 4 năm 2018\nKính gửi: - Các trường THPT.\n\nThực hiện sự chỉ đạo của UBND tỉnh, Sở đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.`;
  it('"Số 23-CV-SGDĐT" alone on its line is the number line, not the agency\'s', () => {
    const l = read(text('Số 23-CV-SGDĐT')).letter;
    expect([l.agency.name, l.number, l.symbol]).toEqual(['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 23, 'CV-SGDĐT']);
  });
});

describe('a Vĩnh Long scan whose footer the seal marred (Sở GDĐT 407, round 57)', () => {
  it('"Nơi nhận: “điM/ 6öC<" and "- Lưu: VT, CTTT. À": the marred marker beside the label and a toned letter after the archive go', () => {
    const text = `UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 407/SGDĐT-CTTT Vĩnh Long, ngày 18 tháng 3 năm 2020\nV/v tiếp tục đẩy mạnh phòng, chống dịch Covid-19\n\nKính gửi: Các đơn vị trực thuộc Sở.\n\nSở yêu cầu lãnh đạo các đơn vị khẩn trương thực hiện./.\n\nNơi nhận: “điM/ 6öC<\n- Như trên (để thực hiện);\n- UBND tỉnh Vĩnh Long (để báo cáo);\n- Lưu: VT, CTTT. À`;
    const l = read(text).letter;
    expect([l.distribution, l.archive.units, l.drafter]).toEqual([['Như trên (để thực hiện)', 'UBND tỉnh Vĩnh Long (để báo cáo)'], ['VT', 'CTTT'], null]);
  });
  it('"Nơi nhận: Sở GD&ĐT (b/c);": an entry on the label\'s line with signs in its words stays', () => {
    const text = `SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 407/SGDĐT-CTTT Vĩnh Long, ngày 18 tháng 3 năm 2020\nV/v phòng, chống dịch\n\nKính gửi: Các đơn vị trực thuộc Sở.\n\nSở yêu cầu các đơn vị thực hiện./.\n\nNơi nhận: GD&ĐT (b/c);\n- Lưu: VT, CTTT.`;
    expect(read(text).letter.distribution).toEqual(['GD&ĐT (b/c)']);
  });
});

describe('a Thái Bình scan whose sections are numbered "I-" (Sở GDĐT 301, round 57)', () => {
  it.each([
    ['I- Xây dựng mức giá dịch vụ tuyển sinh lớp 10 THPT:', 'section'],
    ['II - Hồ sơ, trình tự:', 'section'],
    ['I-VI các khối lớp', null],
    ['X- quang', null],
  ])('%j → %s', (text, level) => expect(parseLabel(text)?.level ?? null).toBe(level));
});
