// Forms found while the sixtieth unseen round was collected (and left over from the fifty-ninth), each
// tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('an e-signed letter kept in layout (UBND tỉnh Bến Tre 1563, round 59)', () => {
  it('"- Chánh, PCVP.KGVX;      01-04-2020 09:53:21": the stamp\'s time beside a Nơi nhận entry goes, the entry stays', () => {
    const text = [
      'ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '  TỈNH BẾN TRE                 Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 1563/UBND-KGVX              Bến Tre, ngày 01 tháng 4 năm 2020',
      'V/v tăng cường kỷ luật',
      '',
      '             Kính gửi: Các sở, ban ngành tỉnh.',
      '',
      'Ủy ban nhân dân tỉnh đề nghị các cơ quan thực hiện nghiêm./.',
      '',
      'Nơi nhận:                                                CHỦ TỊCH',
      '- Như trên;',
      '- Chủ tịch, các PCT.UBND tỉnh;                                Ủy ban Nhân dân tỉnh Bến',
      '- Chánh, PCVP.KGVX;                                           01-04-2020 09:53:21',
      '- Các Phòng: KGVX, TH;                                        +07:00',
      '- Lưu: VT.                                              Cao Văn Trọng',
    ].join('\n');
    expect(read(text).letter.distribution).toEqual(['Như trên', 'Chủ tịch, các PCT.UBND tỉnh', 'Chánh, PCVP.KGVX', 'Các Phòng: KGVX, TH']);
  });
});

