// Forms found while the fiftieth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

const quangNgai = letterFrom({
  head: 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 574/UBND-KTTH Quảng Ngãi, ngày 04 tháng 02 năm 2025\nV/v báo cáo tình hình thực hiện',
  greeting: 'Kính gửi: Thường trực HĐND tỉnh.',
  body: 'Ủy ban nhân dân tỉnh báo cáo để Thường trực HĐND tỉnh biết./.',
  footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KTTH.\n\nCHỦ TỊCH\n\nNguyễn Hoàng Giang',
});

describe('a scan of UBND Quảng Ngãi 574, its seal and the hand over the footer (round 50)', () => {
  const footer = 'Nơi nhận: <==>x CHỦ TỊCH\n- Như trên; ÀN_ÿ,\n- Thường trực Tỉnh ủy; An.\n- CT, PCT UBND tỉnh;\n- Lưu: VT, KTTHa47.\n\nXếuyên Hoàng Giang';
  const l = read(quangNgai({ footer })).letter;
  it('"<==>x CHỦ TỊCH": a run of signs with a small letter glued is the pen\'s stroke before the title', () => {
    expect([l.signature.title, l.signature.signer]).toEqual(['CHỦ TỊCH', 'Xếuyên Hoàng Giang']);
  });
  it('"- Thường trực Tỉnh ủy; An.": two letters from a capital with the seal\'s dot after the entry\'s end are a scrap', () => {
    expect(l.distribution).toEqual(['Như trên', 'Thường trực Tỉnh ủy', 'CT, PCT UBND tỉnh']);
  });
  it('"- UBND tỉnh; Sở." keeps its unit\'s kind (an entry that goes on)', () => {
    expect(read(quangNgai({ footer: 'Nơi nhận:\n- UBND tỉnh; Sở.\n- Lưu: VT, KTTH.\n\nCHỦ TỊCH\n\nNguyễn Hoàng Giang' })).letter.distribution).toEqual(['UBND tỉnh; Sở']);
  });
  it('"KTTHa47": the unit the symbol names, the drafter\'s initial and the copies issued glued after it', () => {
    expect([l.archive.units, l.drafter]).toEqual([['VT', 'KTTH'], { initials: 'A', copies: 47 }]);
  });
  it('"KTTHx" with no copies, or a unit the symbol does not name, is not split', () => {
    expect(readArchive('- Lưu: VT, QLĐT12.', 'UBND-KTTH').drafter).toBeNull();
  });
});
