// Forms found while the sixty-ninth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';

const letter = (body: string, footer = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.') =>
  `SỞ Y TẾ CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1376/SYT-NVY Cà Mau, ngày 26 tháng 4 năm 2021\nV/v tăng cường phòng, chống dịch\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n${body}\n\n${footer}`;

describe('Quotation marks in list items (Sở Y tế Cà Mau 1376)', () => {
  it('"“Vietnam Health Declaration”, #Bluezone”, “Ncovi”,": a surplus closing mark mid-item quotes no paragraphs above it', () => {
    const body = [
      'Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:',
      '1. Phối hợp ngành y thực hiện có hiệu quả các nội dung:',
      '- Thường xuyên kiểm tra, đôn đốc thực hiện các biện pháp phòng, chống dịch.',
      '- Khai báo y tế qua các ứng dụng: “Vietnam Health Declaration”, #Bluezone”, “Ncovi”,',
      '- Hỗ trợ lực lượng y tế tiêm vắc xin an toàn.',
      'Trân trọng./.',
    ].join('\n\n');
    expect(tree(read(letter(body)).letter.body)).toEqual([
      'p: Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:',
      {
        'clause: Phối hợp ngành y thực hiện có hiệu quả các nội dung:': [
          { 'dash: Thường xuyên kiểm tra, đôn đốc thực hiện các biện pháp phòng, chống dịch.': [] },
          { 'dash: Khai báo y tế qua các ứng dụng: “Vietnam Health Declaration”, #Bluezone”, “Ncovi”,': [] },
          { 'dash: Hỗ trợ lực lượng y tế tiêm vắc xin an toàn.': [] },
        ],
      },
      'p: Trân trọng./.',
    ]);
  });
});
