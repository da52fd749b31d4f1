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

describe('Cà Mau Sở GDĐT 699: a subject with specks, a title beside the Nơi nhận', () => {
  const head = (subject: string, footer: string) =>
    `UBND TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 699/SGDĐT-TCCB Cà Mau, ngày 26 tháng 3 năm 2021\n\n${subject}\n\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị thực hiện./.\n\n${footer}\n\nTạ Thanh Vũ`;
  it('"của Sở Tư :\' pháp": signs standing alone between two words of the subject go', () => {
    const l = read(head("V/v triển khai Kế hoạch số 38/KH-STP\nngày 25/3/2021 của Sở Tư :' pháp tổ chức\ncuộc thi trực tuyến", 'Nơi nhận: KT. GIÁM ĐỐC\n- Như trên;\n- Lưu: VT, TCCB.')).letter;
    expect(l.subject).toBe('triển khai Kế hoạch số 38/KH-STP ngày 25/3/2021 của Sở Tư pháp tổ chức cuộc thi trực tuyến');
  });
  it('"- Như trên; 7; 5P NÓ GIÁM ĐÓC": "NÓ" is the deputy\'s marred "PHÓ", the title\'s', () => {
    const l = read(head('V/v triển khai Kế hoạch', 'Nơi nhận: KT. GIÁM ĐÓC\n- Như trên; 7; 5P NÓ GIÁM ĐÓC\n- Lưu: VT, TCCB.')).letter;
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['KT. GIÁM ĐÓC', 'NÓ GIÁM ĐÓC', 'Tạ Thanh Vũ']);
  });
});
