// Forms found while the sixty-fifth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

const letter = (footer: string) =>
  `CỤC THUẾ TP HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2461/CT-TTHT Thành phố Hồ Chí Minh, ngày 21 tháng 3 năm 2019\nV/v thuế TNCN\n\nKính gửi: Văn phòng đại diện Hooker Furniture Corporation\n\nCục Thuế Thành phố thông báo Văn phòng đại diện biết để thực hiện./.\n\n${footer}`;

describe('a Hồ Chí Minh OCR text (Cục Thuế 2461, round 65)', () => {
  it('"Nơi nhận |P⁄Z KT, CỤC TRƯỜNG": the marker (its stop read as a comma) goes with its position, past the specks', () => {
    const l = read(letter('Nơi nhận |P⁄Z KT, CỤC TRƯỜNG\n\n~ Như trên;\n\n- P. Pháp chế;\n\n~ Lưu VT; TTHT.')).letter;
    expect([l.signature.delegation, l.signature.title, l.distribution]).toEqual(['KT, CỤC TRƯỜNG', '', ['Như trên', 'P. Pháp chế']]);
  });
  it('"Nơi nhận |P⁄Z KT. CỤC TRƯỞNG" / "PHÓ CỤC TRƯỞNG": with its full stop, the deputy\'s position under it is the title', () => {
    const l = read(letter('Nơi nhận |P⁄Z KT. CỤC TRƯỞNG\n- Như trên; PHÓ CỤC TRƯỞNG\n- Lưu: VT, TTHT.\n\nNguyễn Văn A')).letter;
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'Nguyễn Văn A']);
  });
});

describe('a Sóc Trăng PDF in `pdftotext -layout` (Phòng GDĐT Cù Lao Dung 537, round 65)', () => {
  const letter = (second: string) =>
    `    UBND HUYỆN CÙ LAO DUNG               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                      Độc lập – Tự do – Hạnh phúc\n\n           Số: 537 /PGDĐT                 Cù Lao Dung, ngày 03 tháng 12 năm 2020\n V/v tổ chức thi thực hành giảng dạy\n\n               Kính gửi: Hiệu trưởng các trường MN, TH, THCS trực thuộc.\n${second}\n\n    Căn cứ Kế hoạch số 464/KH-PGDĐT, Phòng Giáo dục và Đào tạo thông báo như sau./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.`;
  it('a second recipient aligned under the first, both ended, is the list\'s next entry, without a dash', () => {
    const l = read(letter('                         Hiệu trưởng trường THPT An Thạnh 3.')).letter;
    expect([l.recipients, l.body.length]).toEqual([['Hiệu trưởng các trường MN, TH, THCS trực thuộc', 'Hiệu trưởng trường THPT An Thạnh 3'], 1]);
  });
  it('copied with tabs for the columns (the alignment lost), the line that opens as an entry, alone before the blank, still is one', () => {
    const l = read(letter('                         Hiệu trưởng trường THPT An Thạnh 3.').replace(/ {3,}/g, '\t')).letter;
    expect(l.recipients).toEqual(['Hiệu trưởng các trường MN, TH, THCS trực thuộc', 'Hiệu trưởng trường THPT An Thạnh 3']);
  });
  it('a sentence in the body\'s margin under it is no recipient', () => {
    const l = read(letter('    Hiệu trưởng các trường thực hiện nghiêm túc các nội dung sau đây và báo cáo\nkết quả về Phòng.')).letter;
    expect(l.recipients).toEqual(['Hiệu trưởng các trường MN, TH, THCS trực thuộc']);
  });
});

describe('Sóc Trăng scans whose national title OCR marred at its start (UBND 1135 and 1384, round 65)', () => {
  const head = (first: string) =>
    `${first}\nHUYỆN CÙ LAO DUNG Độc lập - Tự do - Hạnh phúc\nSố: 1125 /UBND-VP Cù Lao Dung, ngày 12 tháng 8 năm 2020\nV/v thời gian và nghi thức để tang\n\nKính gửi: Các cơ quan, đơn vị.\n\nỦy ban nhân dân huyện đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.`;
  it('"ỦY BAN NHÂN DÂN CỘNG! HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": the title goes from the agency\'s line', () => {
    expect(read(head('ỦY BAN NHÂN DÂN CỘNG! HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).letter.agency.name).toBe('ỦY BAN NHÂN DÂN\nHUYỆN CÙ LAO DUNG');
  });
  it('"UY BAN NHÂN DÂ ĐMÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": so when its first word is marred alone', () => {
    expect(read(head('UY BAN NHÂN DÂ ĐMÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).letter.agency.name).toBe('UY BAN NHÂN DÂ\nHUYỆN CÙ LAO DUNG');
  });
});

describe('a Cà Mau scan\'s number line (Sở GDĐT 2142, round 65)', () => {
  it('"Số: 2142/SGDĐT-MNPT - Cà Mau, ngày …": the dash before the place ends no symbol', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT.').replace('Số: 2461/CT-TTHT Thành phố Hồ Chí Minh,', 'Số: 2142/SGDĐT-MNPT - Cà Mau,')).letter;
    expect([l.number, l.symbol, l.place]).toEqual([2142, 'SGDĐT-MNPT', 'Cà Mau']);
  });
});

describe('a customs OCR text\'s signer (Tổng cục Hải quan 3778, round 65)', () => {
  it('"——Mai Xuân Thanh": dashes glued before the full name go', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT, GSQL (03b).\n\n——Mai Xuân Thanh')).letter;
    expect(l.signature.signer).toBe('Mai Xuân Thanh');
  });
});

describe('a Bộ GDĐT scan\'s footer (1505, round 65)', () => {
  it('"KT. BỘ TRƯỞNG v“": a small letter and a quote mark after the marker\'s capitals are the pen\'s; "kưu:" is "Lưu:"', () => {
    const l = read(letter('Nơi nhận: KT. BỘ TRƯỞNG v“\n- Như trên;\n- Văn phòng Chính phủ (để báo cáo);\n- kưu: VT, KHTC.')).letter;
    expect([l.signature.delegation, l.distribution, l.archive.units]).toEqual(['KT. BỘ TRƯỞNG', ['Như trên', 'Văn phòng Chính phủ (để báo cáo)'], ['VT', 'KHTC']]);
  });
});

/** A footer as `pdftotext -layout` gives our print: the label and the entries on the left, the signature's lines on the right. */
const printedSignature = (right: readonly string[], entries: readonly string[]) => {
  const rows = ['Nơi nhận:', ...entries.map((e) => `- ${e}`)].map((left, k) => (right[k] === undefined ? left : `${left.padEnd(40)}${right[k] as string}`));
  return read(letter(rows.join('\n'))).letter.signature;
};

describe('signature lines our own print gave back (the printed probe, rounds 65–66)', () => {
  it('"T.CHỦ TỊCH" with nothing under it (title and name lost): the marker\'s trace keeps the line a delegation', () => {
    const l = read(letter('Nơi nhận: T.CHỦ TỊCH\n- Như trên;\n- Lưu: VT, NC.')).letter;
    expect([l.signature.delegation, l.signature.title]).toEqual(['T.CHỦ TỊCH', '']);
  });
  it('"KT. VỤ TRƯỞNG VỤ GIÁO DỤC CHÍNH" wrapped by a narrow column (`-layout`): the capitals under it go on the marker\'s line', () => {
    const s = printedSignature(['TL. BỘ TRƯỞNG', 'KT. VỤ TRƯỞNG VỤ GIÁO DỤC CHÍNH', 'TRỊ VÀ CÔNG TÁC HỌC SINH SINH', 'VIÊN'], ['Như trên;', 'Bộ trưởng (để b/c);', 'TT. Ngô Thị Minh (để b/c);', 'Lưu: VT, Vụ GDCTHSSV.']);
    expect([s.delegation, s.title]).toEqual(['TL. BỘ TRƯỞNG\nKT. VỤ TRƯỞNG VỤ GIÁO DỤC CHÍNH TRỊ VÀ CÔNG TÁC HỌC SINH SINH VIÊN', '']);
  });
});

describe('the printed probe at the end of session 40', () => {
  it('"… VA" / "HKD, CN" / "TRTI6NG": one marred word under a marker line that did not wrap mid-name is the title', () => {
    const s = printedSignature(['TL. TONG CUC TRUONG', 'KT. VU TRUONG VU QLT DNNVV VA', 'HKD, CN', 'TRTI6NG'], ['Như trên;', 'Vu PC;', 'WebSiteTCT;', 'Lưu: VT, DNNCN.']);
    expect([s.delegation, s.title]).toEqual(['TL. TONG CUC TRUONG\nKT. VU TRUONG VU QLT DNNVV VA HKD, CN', 'TRTI6NG']);
  });
  it('"- Thành viên BCĐ (Covid-19) -" / "t/hiện;": a dash after the bracket, the entry going on, is no speck', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- Thành viên BCĐ (Covid-19) -\n  t/hiện;\n- Lưu: VT.')).letter;
    expect(l.distribution).toEqual(['Như trên', 'Thành viên BCĐ (Covid-19) - t/hiện']);
  });
});
