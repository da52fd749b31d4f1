// Forms found in the eighteenth unseen round (a district education office's PDFs as pdftotext, a 2003
// ministry's letters on web pages, tax offices' OCR'd letters whose columns ran together), each tested
// on its own.
import { describe, expect, it } from 'vitest';
import { FIELDS } from './fields';
import type { Expected } from './fields';
import { letterFrom, read } from './read';
import { parseArchive } from '../../../core/importer/archive';
import { Notes } from '../../../core/importer/notes';

/** The body's tree as the accuracy test scores it: "p" for a paragraph, { level, title, children } for an item. */
const structure = FIELDS['body.structure'] as (l: Expected) => unknown;
const item = (level: string, children: unknown[] = [], title = false) => ({ level, title, children });

/** A tax office's letter, typed cleanly; each test swaps in the part it is about. */
const letter = letterFrom({
  head: 'BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 4489/TCT-TTKT\nHà Nội, ngày 02 tháng 12 năm 2022\nV/v tăng cường công tác quản lý thuế',
  greeting: 'Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.',
  body: 'Tổng cục Thuế đề nghị Cục Thuế thực hiện các nội dung sau:\n\n1. Rà soát các hộ kinh doanh.\n\n2. Báo cáo kết quả về Tổng cục Thuế.\n\nTổng cục Thuế thông báo để các Cục Thuế được biết và thực hiện./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTKT (3b).\n\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\nVũ Chí Hùng',
});

describe('the header', () => {
  it('"Kính gửi:" / national title / motto / dateline / "- Các trường …": the right cell read after the greeting goes back to the header', () => {
    const greeting = 'Kính gửi:\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập- Tự do- Hạnh phúc\n\nHiệp Hòa, ngày07 tháng 9 năm 2020\n\n- Các trường Mầm non,Tiểu học, THCS;\n- Các trường TH&THCS: Mai Đình, Đồng Tân.';
    const { letter: l, notes } = read(letter({ head: 'UBND HUYỆN HIỆP HÒA\nPHÒNG GIÁO DỤC & ĐÀO TẠO', number: 'Số 399 / PGD&ĐT\nV/v triệu tập cán bộ tham dự hội nghị', greeting }));
    expect([l.place, l.date]).toEqual(['Hiệp Hòa', { day: 7, month: 9, year: 2020 }]);
    expect(l.recipients).toEqual(['Các trường Mầm non,Tiểu học, THCS', 'Các trường TH&THCS: Mai Đình, Đồng Tân']);
    expect(notes.some((n) => n.path === 'header' && n.kind === 'uncertain')).toBe(true);
  });

  it('a letter whose header has its dateline keeps a dateline-like line under the greeting where it is', () => {
    const greeting = 'Kính gửi:\nHà Nội, ngày 05 tháng 12 năm 2022\n- Cục Thuế các tỉnh.';
    const { letter: l } = read(letter({ greeting }));
    expect(l.date).toEqual({ day: 2, month: 12, year: 2022 });
  });

  it('"Số: 1728TM/XNK": a ministry\'s initials typed right after the number (before 2004) open the symbol', () => {
    const { letter: l } = read(letter({ number: 'Số: 1728TM/XNK\nHà Nội, ngày 04 tháng 7 năm 2003\nV/v đính chính đơn vị tính' }));
    expect([l.number, l.symbol]).toEqual([1728, 'TM/XNK']);
  });

  it('"Sá:4HHH /CT-TTHT": before a symbol with its hyphen, letters after a digit are an unreadable number, no initials', () => {
    const { letter: l } = read(letter({ number: 'Sá:4HHH /CT-TTHT Hà Nội, ngày 21 tháng 02 năm 2018\nV/v Chính sách thuế' }));
    expect([l.number, l.symbol]).toEqual([null, 'CT-TTHT']);
  });

  it('"Hà Nội, ngày Od thang 42. néim 2022": a marred "năm" still ends the dateline, so the place and year are read', () => {
    const { letter: l } = read(letter({ number: 'Số: 4485/TCT-PC Hà Nội, ngày Od thang 42. néim 2022\nV/v triển khai Nghị định' }));
    expect([l.place, l.date.year]).toEqual(['Hà Nội', 2022]);
    expect(l.date.month).toBeNull();
  });

  it('"BỘ TÀI CHÍNH - CONG HOA …": the dash OCR read in the gap is no part of the parent', () => {
    const { letter: l } = read(letter({ head: 'BỘ TÀI CHÍNH - CONG HOA XÃ HỘI CHỦ NGA VIET NAM\nTONG CỤC THUE Độc lập - Tự do — Hanh phúc' }));
    expect(l.agency).toEqual({ parent: 'BỘ TÀI CHÍNH', name: 'TONG CỤC THUE' });
  });

  it('an e-signature stamp\'s signing time is offered for a date OCR could not read, never filled in', () => {
    const text = `Ký bởi: Tổng cục Thuế\nThời gian ký: 02.12.2022 16:53\n\n${letter({ number: 'Số: 4489/TCT-TTKT Hà Nội, ngày ñ| tháng 42 năm 2022\nV/v tăng cường công tác quản lý thuế' })}`;
    const { letter: l, notes } = read(text);
    expect([l.date.day, l.date.month]).toEqual([null, null]);
    expect(notes.some((n) => n.path === 'date' && n.kind === 'uncertain' && n.source === '2/12/2022')).toBe(true);
  });
});

describe('recipients and subject', () => {
  it('"Kính gửi:" / "" / "… tp. Hồ Chí Minh," / "Hải Phòng, …": a blank line before the first recipient does not end it', () => {
    const greeting = 'Kính gửi:\n\nPhòng quản lý XNK khu vực Hà Nội, tp. Hồ Chí Minh,\nHải Phòng, Đà Nẵng, Đồng Nai, Vũng Tàu';
    const { letter: l } = read(letter({ greeting }));
    expect(l.recipients).toEqual(['Phòng quản lý XNK khu vực Hà Nội, tp. Hồ Chí Minh, Hải Phòng, Đà Nẵng, Đồng Nai, Vũng Tàu']);
  });

  it('"Về việc …" over two lines under the recipients, with no V/v in the header: the subject', () => {
    const text = letter({ number: 'Số: 1728TM/XNK\nHà Nội, ngày 04 tháng 7 năm 2003', body: 'Về việc đính chính Đơn vị tính trên TB hạn ngạch\nhàng dệt may xuất khẩu sang thị trường EU năm 2003\n\nDo sơ xuất khi đánh máy, đơn vị tính là Tá.\n\nVậy thông báo để các Phòng biết./.' });
    const { letter: l, notes } = read(text);
    expect(l.subject).toBe('đính chính Đơn vị tính trên TB hạn ngạch hàng dệt may xuất khẩu sang thị trường EU năm 2003');
    expect(structure(l)).toEqual(['p', 'p']);
    expect(notes.some((n) => n.path === 'subject' && n.kind === 'uncertain')).toBe(true);
  });

  it('"Về việc này, …:" opening the body stays in the body', () => {
    const text = letter({ number: 'Số: 1728TM/XNK\nHà Nội, ngày 04 tháng 7 năm 2003', body: 'Về việc này, Bộ Thương mại có ý kiến như sau:\n\nĐồng ý với đề nghị của Sở./.' });
    const { letter: l } = read(text);
    expect(l.subject).toBe('');
    expect(structure(l)).toEqual(['p', 'p']);
  });
});

describe('the body', () => {
  it('"5. Một số yêu cầu … Hội nghị" / "- Giao trường …": a numbered line alone short of the width heads its dashes', () => {
    const body = [
      'Phòng GD&ĐT triệu tập cán bộ quản lý, kế toán các trường học tham dự Hội nghị trực tuyến, cụ',
      'thể như sau, đề nghị các đồng chí chuẩn bị đầy đủ tài liệu và có mặt đúng giờ quy định:',
      '1. Nội dung: Triển khai hướng dẫn thực hiện các khoản thu dịch vụ phục vụ, hỗ trợ hoạt',
      'động giáo dục trong các cơ sở giáo dục trên địa bàn toàn huyện theo kế hoạch đã duyệt.',
      '2. Một số yêu cầu đối với các nhà trường, cán bộ quản lý tham dự Hội nghị này',
      '- Giao trường THCS Thị trấn Thắng chuẩn bị các điều kiện: Hội trường khoảng 70 ghế',
      'ngồi; cử cán bộ phụ trách CNTT trong buổi diễn ra hội nghị và kết nối thử đường truyền.',
      '- Các đồng chí tham dự Hội nghị nghiên cứu kỹ tài liệu.',
      'Phòng GD&ĐT yêu cầu các đồng chí tham dự Hội nghị nghiêm túc, đúng thời gian./.',
    ].join('\n');
    const { letter: l } = read(letter({ body }));
    expect(structure(l)).toEqual(['p', item('clause'), item('clause', [item('dash'), item('dash')], true), 'p']);
  });
});

describe('the footer', () => {
  it('"Nơi nhận: KT. TONG cuc TRUONG": a marker OCR marred in mixed case is still cut off the label', () => {
    const { letter: l } = read(letter({ footer: 'Nơi nhận: KT. TONG cuc TRUONG\n- Như trên;\n- Lãnh đạo TCT;\n- Lưu: VT, PC.' }));
    expect(l.distribution).toEqual(['Như trên', 'Lãnh đạo TCT']);
    expect(l.signature.delegation).toBe('KT. TONG cuc TRUONG');
  });

  it('"- Phó TCT … (để b/c); CỤC THANH TRA - KIỂM TRA THUẾ": the office under the position, on an entry\'s row, is the title\'s', () => {
    const footer = 'Nơi nhận: TL. TỔNG CỤC TRƯỞNG\n- Như trên; CỤC TRƯỞNG\n- Phó TCT Vũ Chí Hùng (để b/c); CỤC THANH TRA - KIỂM TRA THUẾ\n- Lưu: VT, TTKT (3b).\n\nTrần Văn Long';
    const { letter: l } = read(letter({ footer }));
    expect(l.distribution).toEqual(['Như trên', 'Phó TCT Vũ Chí Hùng (để b/c)']);
    expect(l.signature).toEqual({ authority: null, delegation: 'TL. TỔNG CỤC TRƯỞNG', title: 'CỤC TRƯỞNG\nCỤC THANH TRA - KIỂM TRA THUẾ', signer: 'Trần Văn Long' });
  });

  it('"TL. BỘ TRƯỞNG BỘ THƯƠNG MẠI" / "KT. VỤ TRƯỞNG VỤ XUẤT NHẬP KHẨU PHÓ VỤ TRƯỞNG": the deputy\'s position ends the last marker line', () => {
    const { letter: l } = read(letter({ footer: 'TL. BỘ TRƯỞNG BỘ THƯƠNG MẠI\nKT. VỤ TRƯỞNG VỤ XUẤT NHẬP KHẨU PHÓ VỤ TRƯỞNG\nLê Văn Thắng' }));
    expect(l.signature).toEqual({ authority: null, delegation: 'TL. BỘ TRƯỞNG BỘ THƯƠNG MẠI\nKT. VỤ TRƯỞNG VỤ XUẤT NHẬP KHẨU', title: 'PHÓ VỤ TRƯỞNG', signer: 'Lê Văn Thắng' });
  });

  it('"Luu: VT, TTKT (3b)z": one small letter glued to the copies is a speck, no drafter', () => {
    const notes = new Notes();
    expect(parseArchive('- Luu: VT, TTKT (3b)z', notes)).toEqual({ archive: { units: ['VT', 'TTKT'], copies: 3 }, drafter: null });
    expect(notes.list.some((n) => n.path === 'drafter' && n.kind === 'dropped')).toBe(true);
    // A capital after a space is still a mark ("KGVX (3) Q").
    expect(parseArchive('- Lưu: VT, KGVX (3) Q.', new Notes()).drafter).toEqual({ initials: 'Q', copies: null });
  });

  it('"Lưu: VT, QHQT (3b).12": the copies issued, with no initials to carry them, are no unit', () => {
    expect(parseArchive('- Lưu: VT, QHQT (3b).12', new Notes())).toEqual({ archive: { units: ['VT', 'QHQT'], copies: 3 }, drafter: null });
  });
});
