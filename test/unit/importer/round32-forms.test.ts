// Forms found while the thirty-second unseen round was collected, and in the misses older rounds left,
// each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, tree } from './read';

const letter = letterFrom({
  head: 'CỤC THUẾ TP HẢI PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 1057/CT-TTHT Hải Phòng, ngày 5 tháng 5 năm 2020\nV/v gia hạn thời hạn nộp thuế',
  greeting: 'Kính gửi: Công ty TNHH Toyota Boshoku Hải Phòng.',
  body: 'Cục Thuế có ý kiến như sau.\n\nTrân trọng./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Văn A',
});

describe('a quoted article', () => {
  it('"Điều 3. Gia hạn …" / "...2. Đối với …": the elided clause under the article\'s heading opens its own paragraph', () => {
    const body =
      'Căn cứ Điều 3 Nghị định số 41/2020/NĐ-CP quy định:\n\n' +
      'Điều 3. Gia hạn thời hạn nộp thuế và tiền thuê đất\n' +
      '...2. Đối với thuế thu nhập doanh nghiệp\n\n' +
      'a) Gia hạn thời hạn nộp thuế đối với số thuế còn phải nộp.\n\n' +
      'Trân trọng./.';
    expect(tree(read(letter({ body })).letter.body)).toEqual([
      'p: Căn cứ Điều 3 Nghị định số 41/2020/NĐ-CP quy định:',
      'p: Điều 3. Gia hạn thời hạn nộp thuế và tiền thuê đất',
      'p: ...2. Đối với thuế thu nhập doanh nghiệp',
      { 'point: Gia hạn thời hạn nộp thuế đối với số thuế còn phải nộp.': [] },
      'p: Trân trọng./.',
    ]);
  });
});
