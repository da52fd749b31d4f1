// Forms found while the forty-first unseen round was collected (and round 40's leftovers), each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

const mttq = letterFrom({
  head: 'UBMTTQ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc\nBAN THƯỜNG TRỰC',
  number: 'Số: 477/MTTQ-BTT Lâm Đồng, ngày 08 tháng 10 năm 2025\n\nV/v đề nghị thống nhất cho các hội\ntạm thời sử dụng Điều lệ',
  greeting: 'Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng',
  body: 'Ban Thường trực đề nghị Lãnh đạo Ủy ban nhân dân tỉnh xem xét, cụ thể như sau:\n\n1; Thống nhất cho 07 hội tạm thời sử dụng Điều lệ Hội của tỉnh Lâm Đồng (cũ).\n\n2. Thống nhất cho Câu lạc bộ Hưu trí tỉnh sử dụng Điều lệ tạm thời.\n\nTrân trọng đề nghị Lãnh đạo Ủy ban nhân dân tỉnh quan tâm xem xét./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A',
});

describe('a clause label whose full stop OCR read as a semicolon (UBMTTQ Lâm Đồng 477, round 40)', () => {
  it('"1; Thống nhất …" right before "2." is clause 1, its label taken off', () => {
    const body = read(mttq({})).letter.body;
    expect(body.map((b) => (b.kind === 'item' ? b.level : 'p'))).toEqual(['p', 'clause', 'clause', 'p']);
    expect(body[1]?.content.map((r) => r.text).join('')).toMatch(/^Thống nhất cho 07 hội/);
  });
  it('"1; Thống nhất …" with no "2." next stays the paragraph it was', () => {
    const body = 'Ban Thường trực đề nghị:\n\n1; Thống nhất cho 07 hội tạm thời sử dụng Điều lệ.\n\nTrân trọng đề nghị Lãnh đạo Ủy ban nhân dân tỉnh quan tâm xem xét./.';
    expect(read(mttq({ body })).letter.body.every((b) => b.kind === 'paragraph')).toBe(true);
  });
});
