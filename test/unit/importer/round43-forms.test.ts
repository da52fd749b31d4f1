// Forms found while the forty-third unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read, readArchive } from './read';

describe('archive lines of a ministry and a city (Bộ Xây dựng 470, UBND TP.HCM 1025, round 43)', () => {
  it('"Lưu VT, Vụ KTQH. (PDM 03)": the drafter and the copies issued in brackets after the units\' full stop', () => {
    const { archive, drafter } = readArchive('- Lưu VT, Vụ KTQH. (PDM 03)', 'BXD-KTQH');
    expect([archive.units, drafter]).toEqual([['VT', 'Vụ KTQH'], { initials: 'PDM', copies: 3 }]);
  });
  it('"Lưu: VT, (ĐT-MT) TV.": the bracketed unit joined by its hyphen, the drafter after it', () => {
    const { archive, drafter } = readArchive('- Lưu: VT, (ĐT-MT) TV.', 'UBND-ĐT');
    expect([archive.units, drafter]).toEqual([['VT', 'ĐT-MT'], { initials: 'TV', copies: null }]);
  });
  it('"Lưu: VT, (ĐT-PVH).": with nothing after the brackets, they still hold the unit and the drafter', () => {
    const { archive, drafter } = readArchive('- Lưu: VT, (ĐT-PVH).', 'UBND-ĐT');
    expect([archive.units, drafter]).toEqual([['VT', 'ĐT'], { initials: 'PVH', copies: null }]);
  });
});

const hcm = letterFrom({
  head: 'ỦY BAN NHÂN DÂNTHÀNH PHỐ HỒ CHÍ MINH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 1025/UBND-ĐT\nTP. Hồ Chí Minh, ngày 14 tháng 3 năm 2009\nVề đẩy mạnh đầu tư ra nước ngoài',
  greeting: 'Kính gửi: Sở Kế hoạch và Đầu tư',
  body: 'Ủy ban nhân dân Thành phố chỉ đạo như sau./.',
  footer: [
    'Nơi nhận:',
    'Như trên;',
    'Thường trực Thành ủy (kèm QĐ 236/QĐ-TTg )',
    'TTUB: CT, các PCT;',
    'VPHĐ-UB: CPVP;',
    'Các Phòng Chuyên viên;',
    'Lưu: VT, (ĐT-MT) TV.',
    '',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Trung Tín',
  ].join('\n'),
});

describe('a Nơi nhận typed without dashes (UBND TP.HCM 1025, round 43)', () => {
  it('an entry ended by its closed bracket, one in capitals ended by ";": entries, not signature lines', () => {
    const l = read(hcm({})).letter;
    expect(l.distribution).toEqual(['Như trên', 'Thường trực Thành ủy (kèm QĐ 236/QĐ-TTg )', 'TTUB: CT, các PCT', 'VPHĐ-UB: CPVP', 'Các Phòng Chuyên viên']);
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Trung Tín']);
  });
  it('in a dashed list an entry wrapped after its bracket still goes on ("- Bộ Tài chính (để b/c)" / "và Kho bạc;")', () => {
    const footer = 'Nơi nhận:\n- Như trên;\n- Bộ Tài chính (để b/c)\nvà Kho bạc;\n- Lưu: VT, ĐT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Trung Tín';
    expect(read(hcm({ footer })).letter.distribution).toEqual(['Như trên', 'Bộ Tài chính (để b/c) và Kho bạc']);
  });
});
