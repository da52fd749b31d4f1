// Forms found while the forty-second unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

const hauGiang = letterFrom({
  head: 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG Độc lập - Tự do - Hạnh Phúc',
  number: 'Số: 457/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n\nV/v hỗ trợ kinh phí kế hoạch liên ngành năm 2011HHHHa     ; kinh phí tuyên truyền ATGT cho Hội Nông dân',
  greeting: 'Kính gửi: Sở Tài chính',
  body: 'Ủy ban nhân dân tỉnh thống nhất hỗ trợ kinh phí./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Công Chánh',
});

describe('a subject line with a gap a Word file\'s stray characters left (UBND tỉnh Hậu Giang 457, round 42)', () => {
  it('"… năm 2011HHHHa     ; kinh phí …": the piece after the gap opens with a semicolon, so it goes on the subject', () => {
    expect(read(hauGiang({})).letter.subject).toBe('hỗ trợ kinh phí kế hoạch liên ngành năm 2011HHHHa ; kinh phí tuyên truyền ATGT cho Hội Nông dân');
  });
  it('a layout row still parts its columns at a gap before a word ("Số: 457/UBND-NCTH     Vị Thanh, ngày …")', () => {
    const l = read(hauGiang({ number: 'Số: 457/UBND-NCTH     Vị Thanh, ngày 6 tháng 4 năm 2011\n\nV/v hỗ trợ kinh phí' })).letter;
    expect([l.symbol, l.place, l.subject]).toEqual(['UBND-NCTH', 'Vị Thanh', 'hỗ trợ kinh phí']);
  });
});
