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

describe('Cà Mau city scans (Phòng GDĐT 141, 662, LĐLĐ 90, round 60)', () => {
  it('"SốzF# /PGDĐT TP. Cà Mau, ngày …": the colon read as a "z", the number a scrawl: the symbol and the dateline stand, no number', () => {
    const l = read(caMau('Kính gửi: Hiệu trưởng các trường trực thuộc.', 'Đề nghị các trường thực hiện./.', 'SốzF# /PGDĐT TP. Cà Mau, ngày 12 tháng 3 năm 2020')).letter;
    expect([l.number, l.symbol, l.place, l.date.month]).toEqual([null, 'PGDĐT', 'TP. Cà Mau', 3]);
  });
  it('"- Lưu: VT, h*—": a letter and a pen\'s stroke after the units are no drafter\'s initials', () => {
    const text = caMau('Kính gửi: Hiệu trưởng các trường trực thuộc.', 'Đề nghị các trường thực hiện./.').replace('- Lưu: VT.', '- Lưu: VT, h*—');
    const l = read(text).letter;
    expect([l.drafter, l.archive.units]).toEqual([null, ['VT']]);
  });
  it('"- Như trên; 3TRƯỜNG PHÒNG": a stroke read as a digit glued before the position; the entry ends at its ";"', () => {
    const text = caMau('Kính gửi: Hiệu trưởng các trường trực thuộc.', 'Đề nghị các trường thực hiện./.').replace('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG', 'Nơi nhận: KT. TRƯỞNG PHÒNG\n- Như trên; 3TRƯỜNG PHÒNG\n- Lưu: VT.');
    const l = read(text).letter;
    expect([l.distribution, l.signature.title]).toEqual([['Như trên'], '3TRƯỜNG PHÒNG']);
  });
  it('"… trực thuộc Phòng" / "Giáo dục và Đào tạo thành phố Cà Mau", then "__ Thực hiện …": the office\'s name goes on; the rule\'s underscores go', () => {
    const l = read(caMau('Kính gửi: Hiệu trưởng các trường TH, THCS trực thuộc Phòng\nGiáo dục và Đào tạo thành phố Cà Mau', '__ Thực hiện Công văn số 2101/SGDĐT-MNPT ngày 13/10/2020.\n\nĐề nghị các trường thực hiện./.')).letter;
    expect([l.recipients, text(l.body[0])]).toEqual([['Hiệu trưởng các trường TH, THCS trực thuộc Phòng Giáo dục và Đào tạo thành phố Cà Mau'], 'Thực hiện Công văn số 2101/SGDĐT-MNPT ngày 13/10/2020.']);
  });
  it('"… Phòng" / "Thực hiện Công văn …" (no blank between): a body\'s opening is no office\'s name', () => {
    const l = read(caMau('Kính gửi: Hiệu trưởng các trường trực thuộc Phòng\nGiáo dục và Đào tạo thành phố\nThực hiện Công văn số 2101.', 'Đề nghị các trường thực hiện./.')).letter;
    expect(l.recipients).toEqual(['Hiệu trưởng các trường trực thuộc Phòng']);
  });
  it('the header\'s right column read after the Nơi nhận list, and "_—_ Số |QŨ/LĐLĐ": the dateline and the symbol are the header\'s', () => {
    const text = [
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH CÀ MAU', 'LIÊN ĐOÀN LAO ĐỘNG TP. CÀ MAU', '', '_—_ Số |QŨ/LĐLĐ', 'V/v gửi Đề cương tuyên truyền', '',
      'Kính gửi: Công đoàn cơ sở trực thuộc.', '', 'Ban Thường vụ đề nghị các Công đoàn cơ sở thực hiện./.', '',
      'Nơi nhận:', '- Như kính gửi;', '- Lưu VT.', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập —- Tự do - Hạnh phúc', '',
      'TP. Cà Mau, ngày DẦ tháng 7 năm 2021', '', 'TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH', '', 'Lê Chí Nguyện',
    ].join('\n');
    const l = read(text).letter;
    expect([l.number, l.symbol, l.place, l.date.month, l.date.year, l.signature.title, l.distribution]).toEqual([null, 'LĐLĐ', 'TP. Cà Mau', 7, 2021, 'CHỦ TỊCH', ['Như kính gửi']]);
  });
  it('"… do Ban Tuyên F" / "giáo Trung ương …": a margin speck read as a letter no word is, at a line\'s end, goes', () => {
    const l = read(caMau('Kính gửi: Công đoàn cơ sở trực thuộc.', 'Ban Thường vụ gửi Đề cương do Ban Tuyên F\ngiáo Trung ương biên soạn đến các Công đoàn cơ sở, viên chức, ị\n\nlao động./.')).letter;
    expect(text(l.body[0])).toBe('Ban Thường vụ gửi Đề cương do Ban Tuyên giáo Trung ương biên soạn đến các Công đoàn cơ sở, viên chức, lao động./.');
  });
});

describe('a Châu Thành scan under its e-signature (Phòng GDĐT 224, round 60)', () => {
  const head = 'UBND HUYỆN CHẦU THÀNH CỘNG HÒA XÃ HỘI LẦUMERESNAAAI\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập - TÌlo —ấz KD\n\nSố;‡7/PGD&ĐT Cháu Thành, ngày 7 tháng 3 năm 2020\nV/v triển khai thực hiện hướng dẫn\n\n';
  const foot = '\n\nMr TRƯỞNG PHÒNG\n- Như trên (thực hiện);\n- Lưu: VT.\n\nNguyễn Thành Lộc';
  const l = read(`${head}Kính gửi: - Hiệu trưởng các trường trực thuộc (kế cả\n: các trường tư thục);\n- Chủ các nhóm trẻ trên địa bàn huyện.\n\nPhòng Giáo dục và Đào tạo yêu cầu các đơn vị triển khai./.${foot}`).letter;
  it('the motto whole in "Độc lập" and marred past it is cut from the agency\'s line', () => {
    expect([l.agency.parent, l.agency.name]).toEqual(['UBND HUYỆN CHẦU THÀNH', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO']);
  });
  it('"Số;‡7/PGD&ĐT Cháu Thành, ngày …": the colon read as a semicolon', () => {
    expect([l.number, l.symbol, l.place]).toEqual([null, 'PGD&ĐT', 'Cháu Thành']);
  });
  it('": các trường tư thục);": a colon alone before a wrapped entry\'s rest is a speck', () => {
    expect(l.recipients).toEqual(['Hiệu trưởng các trường trực thuộc (kế cả các trường tư thục)', 'Chủ các nhóm trẻ trên địa bàn huyện']);
  });
  it('"Mr TRƯỞNG PHÒNG" over the list: "Nơi nhận:" read as a short word goes; the position is the title', () => {
    expect([l.signature.title, l.distribution]).toEqual(['TRƯỞNG PHÒNG', ['Như trên (thực hiện)']]);
  });
});

describe('a Bắc Ninh tax answer as someone\'s OCR (Cục Thuế 1433, round 60)', () => {
  it('"Số: A433/CT-TTHT": an "A" before a hand-filled number stands for a lost digit; no number is read', () => {
    const l = read(caMau('Kính gửi: Công ty TNHH Konishi Việt Nam.', 'Cục Thuế trả lời để Công ty biết./.', 'Số: A433/CT-TTHT Bắc Ninh, ngày 08 tháng 6 năm 2020')).letter;
    expect([l.number, l.symbol]).toEqual([null, 'CT-TTHT']);
  });
  it('"Số: 1636a /SGD&ĐT- VP": a small letter after the digits is the number\'s own', () => {
    const l = read(caMau('Kính gửi: Các trường.', 'Sở đề nghị thực hiện./.', 'Số: 1636a /SGD&ĐT-VP Phú Thọ, ngày 29 tháng 9 năm 2016')).letter;
    expect(l.number).toBe(1636);
  });
});

describe('a web copy that broke its recipients\' names (Cục Thuế 5662, round 60)', () => {
  it('"- Thuế thành phố Hải" / "Phòng" / "- Công ty …": the name\'s last word alone before the next dash is its rest', () => {
    const l = read(caMau('Kính gửi:\n- Thuế thành phố Hải\nPhòng\n- Công ty BOT TNHH Điện lực Jaks Hải Dương.', 'Cục Thuế có ý kiến như sau./.')).letter;
    expect(l.recipients).toEqual(['Thuế thành phố Hải Phòng', 'Công ty BOT TNHH Điện lực Jaks Hải Dương']);
  });
});
