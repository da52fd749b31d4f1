// Forms found while the sixtieth unseen round was collected (and left over from the fifty-ninth), each
// tested on its own.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../core/letter/types';
import { read } from './read';

const text = (b: Block | undefined): string => b?.content.map((r) => r.text).join('') ?? '';

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

const caMau = (recipient: string, body: string, dateline = 'Số: 04/PGDĐT TP. Cà Mau, ngày 03 tháng 01 năm 2020') =>
  `UBND THÀNH PHỐ CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\n\n${dateline}\nV/v nghỉ Tết Nguyên đán\n\n${recipient}\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nLê Minh Hải`;

describe('district scans whose first lines OCR specked (Phòng GDĐT TP Cà Mau 04, Châu Thành 232, round 59)', () => {
  it('"… thành phô Cà -" / "Mau": a dash OCR read after the wrapped name is a speck; the name goes on', () => {
    const l = read(caMau('Kính gửi: Hiệu trưởng các trường MN, MG, TH, THCS trực\nthuộc Phòng Giáo dục và Đào tạo thành phô Cà -\nMau', 'Thực hiện Thông báo số 2701/TB-SGDĐT./.')).letter;
    expect(l.recipients).toEqual(['Hiệu trưởng các trường MN, MG, TH, THCS trực thuộc Phòng Giáo dục và Đào tạo thành phô Cà Mau']);
  });
  it('"_— Thực hiện Thông báo …": a dash with a speck glued before it opens no list on the body\'s first line', () => {
    const l = read(caMau('Kính gửi: Hiệu trưởng các trường trực thuộc.', '_— Thực hiện Thông báo số 2701/TB-SGDĐT ngày 30/12/2019.\n\nĐề nghị các trường thực hiện./.')).letter;
    expect([l.body[0]?.kind, text(l.body[0])]).toEqual(['paragraph', 'Thực hiện Thông báo số 2701/TB-SGDĐT ngày 30/12/2019.']);
  });
  it('"~-" alone, then "s Thực hiện Công văn …": the speck\'s line and the stray letter go; "như sau: :" keeps one colon', () => {
    const l = read(caMau('Kính gửi: Hiệu trưởng các trường Tiểu học, THCS', '~-\n\ns Thực hiện Công văn số 563/SGD&ĐT-GDTrH-TX, Phòng đề nghị thực hiện như sau: :\n\n- Rà soát lại số lượng giáo viên./.')).letter;
    expect([l.body[0]?.kind, text(l.body[0])]).toEqual(['paragraph', 'Thực hiện Công văn số 563/SGD&ĐT-GDTrH-TX, Phòng đề nghị thực hiện như sau:']);
  });
  it('"- Xét đề nghị …" as the body\'s first line stays a dash item (no speck before its dash)', () => {
    const l = read(caMau('Kính gửi: Hiệu trưởng các trường trực thuộc.', '- Xét đề nghị của các trường;\n- Căn cứ tình hình thực tế.\n\nPhòng đề nghị các trường thực hiện./.')).letter;
    expect([l.body[0]?.kind, l.body[0]?.kind === 'item' ? l.body[0].level : null, text(l.body[0])]).toEqual(['item', 'dash', 'Xét đề nghị của các trường;']);
  });
  it('"ngày 0Í tháng 4": an "I" with a speck for an accent is a one, as "I" is', () => {
    const l = read(caMau('Kính gửi: Hiệu trưởng các trường trực thuộc.', 'Đề nghị các trường thực hiện./.', 'Số: 232/PGD&ĐT Châu Thành, ngày 0Í tháng 4 năm 2020')).letter;
    expect(l.date).toEqual({ day: 1, month: 4, year: 2020 });
  });
});

describe('a scan whose edge cut the national title (Văn phòng Chính phủ 2601, round 59)', () => {
  it('"VĂN PHÒNG CHÍNH PHỦ CỘNG H": the title\'s cut first word goes from the agency\'s line', () => {
    const text = 'VĂN PHÒNG CHÍNH PHỦ CỘNG H\n\nSố: 2601/VPCP-KGVX Hà Nội, ngày 03 tháng 4 năm 2020\nV/v thực hiện Chỉ thị số 16/CT-TTg\n\nKính gửi: Các Bộ, cơ quan ngang Bộ.\n\nThủ tướng Chính phủ yêu cầu thực hiện nghiêm./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.';
    expect(read(text).letter.agency.name).toBe('VĂN PHÒNG CHÍNH PHỦ');
  });
});
