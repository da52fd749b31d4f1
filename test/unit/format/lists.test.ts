import { describe, expect, it } from 'vitest';
import { cleanListEntry, formatArchiveLine, formatDrafterMark, formatKinhGui, formatNoiNhanEntries, kinhGuiLines } from '../../../core/format';

describe('formatKinhGui (ô 9a, §4.6)', () => {
  it('puts one recipient on the same line, with no final mark', () => {
    expect(formatKinhGui(['Bộ Nội vụ'])).toEqual({ kind: 'single', line: 'Kính gửi: Bộ Nội vụ' });
    expect(formatKinhGui(['- Bộ Nội vụ.'])).toEqual({ kind: 'single', line: 'Kính gửi: Bộ Nội vụ' });
  });

  it('breaks after "Kính gửi:" for several, each "- …;" and the last "- …." (seed 000)', () => {
    expect(kinhGuiLines(formatKinhGui(['Các sở, ngành, đoàn thể tỉnh', 'UBND huyện, thị xã, thành phố']))).toEqual([
      'Kính gửi:',
      '- Các sở, ngành, đoàn thể tỉnh;',
      '- UBND huyện, thị xã, thành phố.',
    ]);
  });

  it('repairs an item ending ":" (seed 004 "- Các sở, ban, ngành, đơn vị cấp tỉnh:")', () => {
    expect(kinhGuiLines(formatKinhGui(['Các sở, ban, ngành, đơn vị cấp tỉnh:', 'UBND các huyện, thị xã, thành phố.']))).toEqual([
      'Kính gửi:',
      '- Các sở, ban, ngành, đơn vị cấp tỉnh;',
      '- UBND các huyện, thị xã, thành phố.',
    ]);
  });

  it('has no part at all without recipients; blank entries do not count', () => {
    expect(formatKinhGui([])).toEqual({ kind: 'none' });
    expect(formatKinhGui(['  ', '-'])).toEqual({ kind: 'none' });
    expect(kinhGuiLines(formatKinhGui([]))).toEqual([]);
    expect(formatKinhGui(['Sở Nội vụ', ' '])).toEqual({ kind: 'single', line: 'Kính gửi: Sở Nội vụ' });
  });
});

describe('cleanListEntry', () => {
  it.each([
    ['- Như trên;', 'Như trên'],
    ['Như trên:', 'Như trên'],
    ['Bộ Thông tin và Truyền thông (để BC):', 'Bộ Thông tin và Truyền thông (để BC)'],
    ['  Công an   tỉnh ; ', 'Công an tỉnh'],
    ['– Sở Nội vụ,', 'Sở Nội vụ'],
  ])('%j → %j', (raw, expected) => expect(cleanListEntry(raw)).toBe(expected));
});

describe('formatArchiveLine and drafter mark (ô 9b, ô 12, §4.10–4.11)', () => {
  it.each([
    [{ units: ['VT', 'KGVX'], copies: null }, null, '- Lưu: VT, KGVX.'],
    [{ units: ['VT', 'KGVX'], copies: 2 }, null, '- Lưu: VT, KGVX (02).'],
    [{ units: ['VT', 'HC'], copies: 12 }, null, '- Lưu: VT, HC (12).'],
    [{ units: ['VT', 'KGVX'], copies: 2 }, { initials: 'PH', copies: 15 }, '- Lưu: VT, KGVX (02). PH.(15)'],
    [{ units: ['VT', 'TCCB'], copies: null }, { initials: 'PL', copies: 300 }, '- Lưu: VT, TCCB. PL.(300)'],
    // seed 000: "KGVX^{Ph}" — the drafter's initials belong in upper case at ô 12
    [{ units: ['VT', 'KGVX'], copies: null }, { initials: 'Ph', copies: null }, '- Lưu: VT, KGVX. PH.'],
    // seed 001: "- Lưu VT, TG CNTT 02." → colon, commas, "(02)", drafter mark
    [{ units: ['VT', 'CNTT'], copies: 2 }, { initials: 'TG', copies: null }, '- Lưu: VT, CNTT (02). TG.'],
    // seed 002: "- Lưu: VT, KGVX," ends with a comma, not a full stop
    [{ units: ['VT', 'KGVX,'], copies: null }, null, '- Lưu: VT, KGVX.'],
    // seed 003: 'tđat "HT"' — quotes dropped, initials upper case at ô 12
    [{ units: ['VT', 'KGVX'], copies: null }, { initials: 'tđat', copies: null }, '- Lưu: VT, KGVX. TĐAT.'],
    // seed 004: "- Lưu: VT. CNTT." — a comma between VT and the unit
    [{ units: ['VT. CNTT'], copies: null }, null, '- Lưu: VT, CNTT.'],
    // a department or room named by its kind, a unit with its room in brackets: one unit each
    [{ units: ['VT', 'Vụ CQĐP'], copies: null }, null, '- Lưu: VT, Vụ CQĐP.'],
    // Sở GD&ĐT Bắc Giang 1218: the room's initials keep the small "r" of "Trung"; a room named in words.
    [{ units: ['VT', 'Phòng GDTrH&GDTX'], copies: null }, null, '- Lưu: VT, Phòng GDTrH&GDTX.'],
    [{ units: ['VT', 'Phòng Tổng hợp'], copies: 3 }, null, '- Lưu: VT, Phòng Tổng hợp (03).'],
    [{ units: ['VT', 'P. LĐTLBHXH'], copies: 2 }, null, '- Lưu: VT, P. LĐTLBHXH (02).'],
    [{ units: ['VT', 'VP (HC)'], copies: null }, null, '- Lưu: VT, VP (HC).'],
    [{ units: ['VT', 'V11 (TTTTBC)'], copies: null }, null, '- Lưu: VT, V11 (TTTTBC).'],
    // Bộ Công an 4214: a room numbered in brackets ("Phòng 6") stays with its office
    [{ units: ['VT', 'C04 (P6)'], copies: null }, null, '- Lưu: VT, C04 (P6).'],
    // UBND tỉnh Cà Mau 171 as OCR read it: an officer's register mark with a space in its bracket stays whole
    [{ units: ['VT', 'L„í( 13)'], copies: null }, null, '- Lưu: VT, L„í( 13).'],
    // Sở Công Thương Gia Lai 1922: "Lưu: Văn thư, Văn phòng." — the office written out stays one unit
    [{ units: ['Văn thư', 'Văn phòng'], copies: null }, null, '- Lưu: VT, Văn phòng.'],
    // UBND tỉnh Vĩnh Long 4195: "Lưu: VT, 3.09.02." — a filing code's dots are its own, not unit breaks
    [{ units: ['VT', '3.09.02'], copies: null }, null, '- Lưu: VT, 3.09.02.'],
    // Sở GD&ĐT Thái Bình 818 and Bộ GD&ĐT 1209 as imported: the kind in small letters, or read without its marks
    [{ units: ['VT', 'phòng GDTrH'], copies: null }, null, '- Lưu: VT, phòng GDTrH.'],
    [{ units: ['VT', 'Cuc QLCL'], copies: null }, null, '- Lưu: VT, Cuc QLCL.'],
    // VT is always first, and present
    [{ units: ['KGVX'], copies: null }, null, '- Lưu: VT, KGVX.'],
    [{ units: ['KGVX', 'VT'], copies: null }, null, '- Lưu: VT, KGVX.'],
    [{ units: [], copies: null }, null, '- Lưu: VT.'],
    // VPCP 3070: "Lưu: Văn thư, KTN (3b) Tr.19" — the records desk written out is printed as VT, once
    [{ units: ['Văn thư', 'KTN'], copies: 3 }, { initials: 'TR', copies: 19 }, '- Lưu: VT, KTN (03). TR.(19)'],
  ])('%j + %j → %s', (archive, drafter, expected) => {
    expect(formatArchiveLine(archive, drafter)).toBe(expected);
  });

  it('writes the drafter mark as the Decree\'s "PL.(300)"', () => {
    expect(formatDrafterMark({ initials: 'p.l', copies: 300 })).toBe('PL.(300)');
    expect(formatDrafterMark({ initials: ' ', copies: 3 })).toBe('');
  });

  it('prints a drafter written out by name as typed, not squeezed into capitals', () => {
    // Bộ NN&PTNT 4244: "TP Nguyễn Hồng Quảng" under the archive line
    expect(formatDrafterMark({ initials: 'TP  Nguyễn Hồng Quảng', copies: null })).toBe('TP Nguyễn Hồng Quảng.');
    expect(formatDrafterMark({ initials: 'Cao Cường.', copies: 5 })).toBe('Cao Cường.(5)');
    // initials typed with spaces or in lower case are still initials
    expect(formatDrafterMark({ initials: 'p h', copies: null })).toBe('PH.');
    expect(formatDrafterMark({ initials: 'N V A', copies: null })).toBe('NVA.');
  });
});

describe('formatNoiNhanEntries (ô 9b, §4.10)', () => {
  const archive = { units: ['VT', 'KGVX'], copies: null };

  it('seed 000: "- Như trên;" first, entries ";", the archive line last with its full stop', () => {
    expect(
      formatNoiNhanEntries({
        recipients: ['Các sở, ngành, đoàn thể tỉnh', 'UBND huyện, thị xã, thành phố'],
        distribution: ['Như trên', 'Chủ tịch, các PCT UBND tỉnh', 'Văn phòng Tỉnh ủy', 'Lãnh đạo VP UBND tỉnh'],
        archive,
        drafter: { initials: 'PH', copies: null },
      }),
    ).toEqual(['- Như trên;', '- Chủ tịch, các PCT UBND tỉnh;', '- Văn phòng Tỉnh ủy;', '- Lãnh đạo VP UBND tỉnh;', '- Lưu: VT, KGVX. PH.']);
  });

  it('adds a forgotten "Như trên" when there are recipients, and moves it first', () => {
    expect(formatNoiNhanEntries({ recipients: ['A', 'B'], distribution: ['Sở Nội vụ'], archive, drafter: null })).toEqual(['- Như trên;', '- Sở Nội vụ;', '- Lưu: VT, KGVX.']);
    expect(formatNoiNhanEntries({ recipients: ['A'], distribution: ['Sở Nội vụ', 'Như trên'], archive, drafter: null })[0]).toBe('- Như trên;');
  });

  it('keeps the author\'s "Như trên (thực hiện)" wording (seed 001) and does not duplicate it', () => {
    const out = formatNoiNhanEntries({ recipients: ['A', 'B'], distribution: ['Như trên (thực hiện)', 'Chủ tịch UBND tỉnh (báo cáo)'], archive, drafter: null });
    expect(out).toEqual(['- Như trên (thực hiện);', '- Chủ tịch UBND tỉnh (báo cáo);', '- Lưu: VT, KGVX.']);
  });

  it('prints the office\'s web site as one unit ("Website Sở", "Cổng TTĐT"), not split at its space', () => {
    expect(formatArchiveLine({ units: ['VT', 'GDTrH-GDTX', 'Website Sở'], copies: null })).toBe('- Lưu: VT, GDTrH-GDTX, Website Sở.');
    expect(formatArchiveLine({ units: ['VT', 'Cổng TTĐT'], copies: null })).toBe('- Lưu: VT, Cổng TTĐT.');
  });

  it('repairs ":" where ";" belongs (seed 004 "Như trên:", "(để BC):")', () => {
    const out = formatNoiNhanEntries({
      recipients: ['A', 'B'],
      distribution: ['Như trên:', 'Bộ Thông tin và Truyền thông (để BC):', 'Chủ tịch UBND tỉnh (để BC);'],
      archive: { units: ['VT. CNTT'], copies: null },
      drafter: null,
    });
    expect(out).toEqual(['- Như trên;', '- Bộ Thông tin và Truyền thông (để BC);', '- Chủ tịch UBND tỉnh (để BC);', '- Lưu: VT, CNTT.']);
  });

  it('adds no "Như trên" when the letter has no Kính gửi', () => {
    expect(formatNoiNhanEntries({ recipients: [], distribution: ['Sở Nội vụ'], archive, drafter: null })).toEqual(['- Sở Nội vụ;', '- Lưu: VT, KGVX.']);
  });

  it('"Như kính gửi" already points back at the Kính gửi list: no "Như trên" is added before it, and it goes first', () => {
    const out = formatNoiNhanEntries({ recipients: ['A'], distribution: ['Lãnh đạo, CV phòng GD&ĐT', 'Như kính gửi;'], archive, drafter: null });
    expect(out).toEqual(['- Như kính gửi;', '- Lãnh đạo, CV phòng GD&ĐT;', '- Lưu: VT, KGVX.']);
  });

  it('ends every entry but the last with ";" and the last with "."', () => {
    const out = formatNoiNhanEntries({ recipients: ['A', 'B'], distribution: ['X', 'Y', 'Z'], archive, drafter: null });
    for (const e of out.slice(0, -1)) expect(e).toMatch(/^- .+;$/);
    expect(out.at(-1)).toMatch(/^- Lưu: .+\.$/);
  });
});
