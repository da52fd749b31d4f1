// Forms found while the sixty-third unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { formatArchiveLine } from '../../../core/format/distribution';
import { isNationalTitle } from '../../../core/importer/patterns';
import { read } from './read';

const letter = (footer: string) =>
  `TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TP HÀ NỘI Độc lập - Tự do - Hạnh phúc\nSố: 10268/CT-TTHT Hà Nội, ngày 09 tháng 3 năm 2020\nV/v chính sách thuế TNCN\n\nKính gửi: Công ty TNHH MTV Tư vấn Chuyển giao Công nghệ Bách Khoa.\n\nCục Thuế TP Hà Nội trả lời để Công ty được biết./.\n\n${footer}`;

describe('tax answers as someone\'s OCR (Tổng cục Thuế 1568, Cục Thuế Hà Nội 10268, round 63)', () => {
  it('"- Nhu trên; KT:VỤ TRƯỜNG VỤ QLT …": a marker whose dot OCR read as a colon opens the signature\'s part of the row', () => {
    const l = read(letter('Nơi nhận: TL. TONG CUC TRUONG\n- Nhu trên; KT:VỤ TRƯỜNG VỤ QLT DNNVV VÀ HKD, CN\n- VụPC;\n- Lưu: VT, DNNCN.\n\nNguyễn Duy Minh')).letter;
    expect([l.distribution, l.signature.delegation]).toEqual([['Nhu trên', 'VụPC'], 'TL. TONG CUC TRUONG\nKT:VỤ TRƯỜNG VỤ QLT DNNVV VÀ HKD, CN']);
  });
  it('"> Lưu: VT, TTHT@). (#3)": the dash read as a quote\'s ">" still opens the archive line', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- Phòng DTPC;\n> Lưu: VT, TTHT@). (#3)\n\nNguyễn Tiến Trường')).letter;
    expect([l.distribution, l.archive.units]).toEqual([['Như trên', 'Phòng DTPC'], ['VT', 'TTHT']]);
  });
});

describe('a provincial UBND scan under its seal (UBND tỉnh Cà Mau 4688, round 63)', () => {
  it('"¬ KT. CHỦ TỊCH": a speck before the marker; "- BHXH Việt Nam (b/e); 2-4 s": scraps with a digit after an entry go', () => {
    const l = read(letter('¬ KT. CHỦ TỊCH\n\nNơi nhận: PHÓ CHỦ TỊCH\n\n- Như trên;\n- BHXH Việt Nam (b/e); 2-4 s\n- LĐVPUBND tỉnh; cò Mr Ñ Z7 7\n- Lưu: VT.\n\nLâm Văn Bi')).letter;
    expect([l.signature.delegation, l.distribution]).toEqual(['KT. CHỦ TỊCH', ['Như trên', 'BHXH Việt Nam (b/e)', 'LĐVPUBND tỉnh']]);
  });
  it('"- UBND các xã; 03 bản": a count of copies after an entry is the entry\'s, no scrap', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- UBND các xã; 03 bản\n- Lưu: VT.')).letter;
    expect(l.distribution).toContain('UBND các xã; 03 bản');
  });
});

describe('a Party letter from a junk text layer (Tỉnh ủy Vĩnh Long 453-CV/TU, round 63)', () => {
  it('"DANG CONG SAN VIT NAM": the Party\'s name with a letter of "VIỆT" lost stands in the national title\'s place', () => {
    expect(isNationalTitle('DANG CONG SAN VIT NAM')).toBe(true);
  });
});

describe('a legacy-font letter OCR read as ASCII (Tổng cục Thuế 3254, round 63)', () => {
  it('"so: ITCT-DNNCN Hd Ir{Oi, ngdy…": no number written, the slash read as "I": the number line, its symbol, and the letter imports', () => {
    const text = 'TONG CUC THUE DOc I0p - tu do - H4nh phfic\nso: ITCT-DNNCN Hd Ir{Oi, ngdy)\\thdng t ndm 2020\nchinh s6ch thu6 TNCN\nKinh grii: Cpc thuti tinh S6c Trdng\nT6ng cuc Thu6 tra loi dE Cuc ttruti tinh S6c Tr[ng dugc AiCt.\n- Luu: VT, DNNCN.\nMinh';
    const l = read(text).letter;
    expect([l.number, l.symbol]).toEqual([null, 'TCT-DNNCN']);
  });
  it('"Số: I/CT-TTHT" keeps its own slash; the "I" is the number\'s scrawl, no slash', () => {
    expect(read(letter('').replace('Số: 10268/CT-TTHT', 'Số: I/CT-TTHT')).letter.symbol).toBe('CT-TTHT');
  });
});

describe('an e-signed Hà Nội tax answer as someone\'s OCR (Cục Thuế Hà Nội 10268, round 63)', () => {
  const head = 'TONG CỤC THUE Q ‘A VIỆT NAM\nCUC THUE TP HÀ NỘI lính phúc\n\nSố: ⁄ð/6Ÿ /CT-TTHT Hà Nội, ngày 09 tháng 3 năm 2020\nV/v miễn thuế của chuyên gia nước ngoài\n\n';
  const greeting = 'Kính gửi:\n- Công ty TNHH MTV Tư vấn Chuyển giao Công nghệ\nBách Khoa; D/c: Tang 2 Nhà A17, Số 17 Tạ Quang Bửu,\ntrường DH Bách Khoa Hà Nội, Quận Hai Bà Trung, TP\nHà Nội - MST: 0105275259\n\n- Chi cục Thuế Quận Hai Bà Trưng\n\n';
  const l = read(`${head}${greeting}Cục Thuế TP Hà Nội trả lời để Công ty được biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.`).letter;
  it('the title marred to "Q ‘A VIỆT NAM" and the motto to "lính phúc" are cut from the agency\'s lines', () => {
    expect([l.agency.parent, l.agency.name]).toEqual(['TONG CỤC THUE', 'CUC THUE TP HÀ NỘI']);
  });
  it('"Số: ⁄ð/6Ÿ /CT-TTHT": a scrawl cut by its own slash before the symbol', () => {
    expect([l.number, l.symbol, l.place]).toEqual([null, 'CT-TTHT', 'Hà Nội']);
  });
  it('a company\'s name wrapped with its address ("Bách Khoa; D/c: …") goes on with the dashed entry', () => {
    expect(l.recipients).toEqual(['Công ty TNHH MTV Tư vấn Chuyển giao Công nghệ Bách Khoa; D/c: Tang 2 Nhà A17, Số 17 Tạ Quang Bửu, trường DH Bách Khoa Hà Nội, Quận Hai Bà Trung, TP Hà Nội - MST: 0105275259', 'Chi cục Thuế Quận Hai Bà Trưng']);
  });
  it('"UBND TỈNH VĨNH PHÚC" and "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM" keep their own last words', () => {
    const agency = (line: string) => read(`${line}\n\nSố: 12/UBND-VX Vĩnh Phúc, ngày 09 tháng 3 năm 2020\nV/v miễn thuế\n\nKính gửi: Các sở.\n\nĐề nghị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.`).letter.agency.name;
    expect(agency('UBND TỈNH VĨNH PHÚC')).toBe('UBND TỈNH VĨNH PHÚC');
    expect(agency('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM')).toBe('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM');
  });
});

describe('round 63 letters printed by us and read back (the printed probe)', () => {
  it('"KT. VỤ TRƯỞNG VỤ QLT DNNVV VÀ" / "HKD, CN": a marker line cut after "VÀ" goes on; it is no title', () => {
    const l = read(letter('Nơi nhận:                              TL. TỔNG CỤC TRƯỞNG\n- Như trên;                        KT. VỤ TRƯỞNG VỤ QLT DNNVV VÀ\n- Vụ PC;                                       HKD, CN\n- Lưu: VT, DNNCN.\n\n\n                                               Nguyễn Duy Minh')).letter;
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['TL. TỔNG CỤC TRƯỞNG\nKT. VỤ TRƯỞNG VỤ QLT DNNVV VÀ HKD, CN', '', 'Nguyễn Duy Minh']);
  });
  it('"- Lưu: VT, Văn phòng Tỉnh ủy.": the office and its owner are one unit, no drafter "TỈNH ỦY"; we print it whole', () => {
    const l = read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT, Văn phòng Tỉnh ủy.')).letter;
    expect([l.archive.units, l.drafter]).toEqual([['VT', 'Văn phòng Tỉnh ủy'], null]);
    expect(formatArchiveLine({ units: ['Van phOng Tinh üy'], copies: null })).toBe('- Lưu: VT, Van phOng Tinh üy.');
  });
});
