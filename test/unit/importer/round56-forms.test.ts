// Forms found while the fifty-sixth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

const letter = (greeting: string, body = 'Sở Tư pháp đề nghị các đơn vị thực hiện./.') =>
  `SỞ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1128/STP-BTTP Lâm Đồng, ngày 16 tháng 10 năm 2025\nV/v thẩm định Đề án\n\n${greeting}\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, BTTP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A`;

describe('addressees wrapped by the page (round 56)', () => {
  it('"Kính gửi: Đoàn Luật sư tỉnh Lâm Đồng, tỉnh" / "Bình Thuận, tỉnh Đắk Nông (cũ).": one recipient cut after the next unit\'s kind', () => {
    const l = read(letter('Kính gửi: Đoàn Luật sư tỉnh Lâm Đồng, tỉnh\nBình Thuận, tỉnh Đắk Nông (cũ).', 'Sở Tư pháp nhận được Tờ trình số 220/TTr-ĐLS của các đoàn Luật sư./.')).letter;
    expect(l.recipients).toEqual(['Đoàn Luật sư tỉnh Lâm Đồng, tỉnh Bình Thuận, tỉnh Đắk Nông (cũ)']);
    expect(l.body.map((b) => b.content.map((r) => r.text).join(''))).toEqual(['Sở Tư pháp nhận được Tờ trình số 220/TTr-ĐLS của các đoàn Luật sư./.']);
  });
  it('"Công ty TNHH Hùng Phát" / "@/e: số 70 Lê Lợi …" / "MST: …": the address whose "Đ/c" OCR read as "@/e" is the addressee\'s detail', () => {
    const l = read(letter('Kính gửi: Công ty TNHH Hùng Phát\n@/e: số 70 Lê Lợi - P Nguyễn Trãi - TP Hà Nội\nMST: 0500530975\n', 'Trả lời công văn số 2505/2017/HP của Công ty, Cục Thuế có ý kiến như sau./.')).letter;
    expect(l.recipients).toEqual(['Công ty TNHH Hùng Phát @/e: số 70 Lê Lợi - P Nguyễn Trãi - TP Hà Nội MST: 0500530975']);
  });
});
