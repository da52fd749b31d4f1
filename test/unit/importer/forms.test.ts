// The forms the issue lists, one at a time, on a small letter: number and date variants, urgency
// wherever it is, subjects over several lines, recipients with swapped endings, the archive line in
// its real forms, Bản điện tử sub-lists, broken and run-together signatures, and the noise to drop.
import { describe, expect, it } from 'vitest';
import { applyFix, checkLetter } from '../../../core/check';
import { importText } from '../../../core/importer';
import type { ImportResult } from '../../../core/importer';

interface Parts {
  header?: string;
  recipients?: string;
  body?: string;
  footer?: string;
}

const HEADER = `ỦY BAN NHÂN DÂN
TỈNH BẮC NINH

Số: 125/UBND-VX
V/v phòng, chống dịch sốt xuất huyết

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Ninh, ngày 05 tháng 3 năm 2024`;
const RECIPIENTS = `Kính gửi:
- Sở Y tế;
- UBND các huyện, thị xã, thành phố.`;
const BODY = `Thực hiện Công văn số 100/BYT-DP ngày 01/3/2024 của Bộ Y tế, UBND tỉnh yêu cầu:

1. Sở Y tế chủ trì giám sát dịch.

2. UBND các huyện tổ chức diệt lăng quăng./.`;
const FOOTER = `Nơi nhận:
- Như trên;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An`;

function read(parts: Parts): ImportResult {
  const text = [parts.header ?? HEADER, parts.recipients ?? RECIPIENTS, parts.body ?? BODY, parts.footer ?? FOOTER].join('\n\n');
  const r = importText(text, { fallbackYear: 2099 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const header = (line: string) => HEADER.replace('Số: 125/UBND-VX', line);
const dateLine = (line: string) => HEADER.replace('Bắc Ninh, ngày 05 tháng 3 năm 2024', line);

describe('number and symbol', () => {
  it.each([
    ['Số: 125/UBND-VX', 125, 'UBND-VX'],
    ['Số:1003/UBND-KGVX', 1003, 'UBND-KGVX'],
    ['Số: *1003* /UBND-KGVX', 1003, 'UBND-KGVX'],
    ['Số 369 / PGD&ĐT', 369, 'PGD&ĐT'],
    // The symbol is kept as typed; the checker's symbol-form rule offers "GDĐT-VP".
    ['Số: 4144 /GDĐT – VP', 4144, 'GDĐT – VP'],
    ['Số: 12 /UBND -  KGVX   Hà Nội, ngày 5 tháng 3 năm 2024', 12, 'UBND - KGVX'],
    ['Số:~~357~~/UBND-KGVX_', 357, 'UBND-KGVX'],
    ['Số: 1O3/UBND-VX', 103, 'UBND-VX'],
  ])('%s', (line, number, symbol) => {
    const { letter } = read({ header: header(line) });
    expect(letter.number).toBe(number);
    expect(letter.symbol).toBe(symbol);
  });

  it.each(['Số: /UBND-THCB', 'Số:        /UBND-THCB', 'Số: ……/UBND-THCB', 'Số: ___/UBND-THCB'])('pending number "%s" stays empty and is noted', (line) => {
    const { letter, notes } = read({ header: header(line) });
    expect(letter.number).toBeNull();
    expect(letter.symbol).toBe('UBND-THCB');
    expect(notes).toContainEqual(expect.objectContaining({ path: 'number', kind: 'missing' }));
  });

  it('flags a number repaired from OCR letters', () => {
    const { notes } = read({ header: header('Số: 1O3/UBND-VX') });
    expect(notes).toContainEqual(expect.objectContaining({ path: 'number', kind: 'uncertain' }));
  });
});

describe('place and date', () => {
  it.each([
    ['Bắc Ninh, ngày 05 tháng 3 năm 2024', 'Bắc Ninh', 5, 3, 2024],
    ['Bắc Ninh, ngày   tháng 4 năm 2024', 'Bắc Ninh', null, 4, 2024],
    ['Bắc Ninh, ngày ... tháng ... năm 2024', 'Bắc Ninh', null, null, 2024],
    ['Bắc Ninh, ngày *22* tháng 4 năm 2022', 'Bắc Ninh', 22, 4, 2022],
    ['Bắc Ninh, ngày 2O tháng l0 năm 2O21', 'Bắc Ninh', 20, 10, 2021],
    ['Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018', 'Thành phố Hồ Chí Minh', 25, 11, 2018],
  ])('%s', (line, place, day, month, year) => {
    const { letter } = read({ header: dateLine(line) });
    expect(letter.place).toBe(place);
    expect(letter.date).toEqual({ day, month, year });
  });

  it('a date cut over two lines', () => {
    const { letter } = read({ header: dateLine('Hải Dương, ngày\n07 tháng 3 năm 2025') });
    expect(letter.date).toEqual({ day: 7, month: 3, year: 2025 });
    expect(letter.place).toBe('Hải Dương');
  });

  it('no year in the dateline: the latest date the body cites gives it, flagged as a guess', () => {
    const body = BODY.replace('ngày 01/3/2024', 'ngày 01/3/2023').replace('giám sát dịch.', 'giám sát dịch, báo cáo trước ngày 15 tháng 4 năm 2024.');
    const { letter, notes } = read({ header: dateLine('Bắc Ninh, ngày … tháng … năm …'), body });
    expect(letter.date.year).toBe(2024);
    expect(notes.filter((n) => n.path === 'date.year')).toEqual([expect.objectContaining({ kind: 'uncertain', source: 'ngày 15 tháng 4 năm 2024' })]);
  });

  it('no year anywhere in the letter: the fallback year is used and flagged missing', () => {
    const body = BODY.replace(' ngày 01/3/2024', '');
    const { letter, notes } = read({ header: dateLine('Bắc Ninh, ngày … tháng … năm …'), body });
    expect(letter.date.year).toBe(2099);
    expect(notes.filter((n) => n.path === 'date.year')).toEqual([expect.objectContaining({ kind: 'missing' })]);
  });

  it('a year in the dateline is never replaced by one the body cites', () => {
    const { letter, notes } = read({ body: BODY.replace('ngày 01/3/2024', 'ngày 01/3/2030') });
    expect(letter.date.year).toBe(2024);
    expect(notes.some((n) => n.path === 'date.year')).toBe(false);
  });
});

describe('urgency and secrecy wherever they appear', () => {
  it.each([
    ['above the agency', `HỎA TỐC\n${HEADER}`, 'HỎA TỐC'],
    ['under the number', HEADER.replace('Số: 125/UBND-VX', 'Số: 125/UBND-VX\nTHƯỢNG KHẨN'), 'THƯỢNG KHẨN'],
    ['after the date', `${HEADER}\n\nKHẨN`, 'KHẨN'],
    ['in a column of a layout line', HEADER.replace('Bắc Ninh, ngày', 'HOẢ TỐC          Bắc Ninh, ngày'), 'HỎA TỐC'],
  ])('%s', (_where, head, urgency) => {
    const { letter } = read({ header: head });
    expect(letter.urgency).toBe(urgency);
    expect(letter.place).toBe('Bắc Ninh');
  });

  it('reads MẬT', () => {
    expect(read({ header: `MẬT\n${HEADER}` }).letter.secrecy).toBe('MẬT');
  });

  it('does not take "khẩn" in a sentence for a stamp', () => {
    const { letter } = read({ body: 'Đề nghị các đơn vị khẩn trương thực hiện./.' });
    expect(letter.urgency).toBeNull();
  });
});

describe('subject', () => {
  it.each([
    ['V/v tăng cường bảo đảm\nan toàn thông tin mạng trong dịp\nTết Nguyên đán', 'tăng cường bảo đảm an toàn thông tin mạng trong dịp Tết Nguyên đán'],
    ['Về việc phòng, chống dịch sốt xuất huyết.', 'phòng, chống dịch sốt xuất huyết.'],
    ['V/V phòng, chống dịch', 'phòng, chống dịch'],
    ['Về: tham gia ý kiến dự thảo', 'tham gia ý kiến dự thảo'],
  ])('%s', (subject, expected) => {
    const { letter } = read({ header: HEADER.replace('V/v phòng, chống dịch sốt xuất huyết', subject) });
    expect(letter.subject).toBe(expected);
  });

  it('a final full stop stays as typed; the checker flags it and removes it on request', () => {
    const { letter } = read({ header: HEADER.replace('V/v phòng, chống dịch sốt xuất huyết', 'V/v phòng, chống dịch sốt xuất huyết.') });
    expect(letter.subject).toBe('phòng, chống dịch sốt xuất huyết.');
    const stop = checkLetter(letter, { today: { year: 2024, month: 6, day: 1 } }).filter((f) => f.rule === 'subject-final-stop');
    expect(stop).toHaveLength(1);
    expect(stop.reduce((l, f) => applyFix(l, f), letter).subject).toBe('phòng, chống dịch sốt xuất huyết');
  });
});

describe('recipients', () => {
  it.each([
    ['Kính gửi: Bộ Nội vụ', ['Bộ Nội vụ']],
    ['Kính gửi:\n- Sở Y tế:\n- UBND các huyện, thành phố,', ['Sở Y tế', 'UBND các huyện, thành phố']],
    ['Kính gửi:\n\n- Sở Y tế;\n\n- UBND các huyện.', ['Sở Y tế', 'UBND các huyện']],
    ['Kính gửi: - Sở Y tế;\n- Sở Giáo dục và Đào tạo.', ['Sở Y tế', 'Sở Giáo dục và Đào tạo']],
    ['Kính gửi:\nSở Y tế;\nSở Giáo dục và Đào tạo.', ['Sở Y tế', 'Sở Giáo dục và Đào tạo']],
    ['Kính gửi:\n- Các Bộ: Công an, Tư pháp,\nNông nghiệp và Môi trường;\n- UBND tỉnh.', ['Các Bộ: Công an, Tư pháp, Nông nghiệp và Môi trường', 'UBND tỉnh']],
    ['Kinh gui:\n- So Y te;\n- UBND cac huyen.', ['So Y te', 'UBND cac huyen']],
  ])('%s', (recipients, expected) => {
    expect(read({ recipients }).letter.recipients).toEqual(expected);
  });
});

describe('body', () => {
  it('labels become levels; points a) … đ), dashes and pluses nest; the label is not kept', () => {
    const body = `Mở đầu:

1. Nhiệm vụ chung:
a) Điểm a.
b) Điểm b.
c) Điểm c.
d) Điểm d.
đ) Điểm đ:
- Gạch một;
+ Cộng một.
2. Sở Y tế
Chủ trì thực hiện.
Trân trọng./.`;
    const { letter } = read({ body });
    const [intro, one, two, closing] = letter.body;
    expect(intro).toMatchObject({ kind: 'paragraph' });
    // A short topic with its colon heads the points under it (real letters' readers titled such clauses 36 to 4).
    expect(one).toMatchObject({ kind: 'item', level: 'clause', title: true, content: [{ text: 'Nhiệm vụ chung:' }] });
    if (one?.kind !== 'item') throw new Error('clause');
    expect(one.children.map((c) => (c.kind === 'item' ? c.level : 'p'))).toEqual(['point', 'point', 'point', 'point', 'point']);
    const dd = one.children[4];
    expect(dd).toMatchObject({ content: [{ text: 'Điểm đ:' }] });
    if (dd?.kind !== 'item') throw new Error('point');
    expect(dd.children[0]).toMatchObject({ level: 'dash', children: [{ level: 'plus' }] });
    expect(two).toMatchObject({ level: 'clause', title: true, content: [{ text: 'Sở Y tế', bold: false }], children: [{ kind: 'paragraph' }] });
    expect(closing).toMatchObject({ kind: 'paragraph', content: [{ text: 'Trân trọng./.' }] });
  });

  it('joins lines wrapped by OCR, mends a stray full stop before a lower-case word, keeps ./. in the text', () => {
    const body = `Thực hiện Công văn số 4791/BTTTT-CATTT ngày 31/12/2019 của
Bộ Thông tin và Truyền thông về việc bảo đảm an toàn, an.
ninh mạng; Chủ tịch UBND tỉnh yêu cầu:
1. Chủ động rà soát các điểm yếu, lỗ hổng trên hệ thống; tăng cường triển
khai các giải pháp bảo đảm an toàn./.`;
    const { letter } = read({ body });
    expect(letter.body).toHaveLength(2);
    expect(letter.body[0]).toMatchObject({ content: [{ text: expect.stringMatching(/^Thực hiện .* của Bộ Thông tin .* an\. ninh mạng; Chủ tịch UBND tỉnh yêu cầu:$/) }] });
    expect(letter.body[1]).toMatchObject({ level: 'clause', content: [{ text: expect.stringMatching(/tăng cường triển khai các giải pháp bảo đảm an toàn\.\/\.$/) }] });
  });

  it('keeps markdown bold as bold text, drops the asterisks and ### marks', () => {
    const { letter } = read({ body: '**Chủ tịch UBND tỉnh yêu cầu:**\n\n### 1. Sở Y tế\n\n- Chủ trì./.' });
    expect(letter.body[0]).toMatchObject({ kind: 'paragraph', content: [{ text: 'Chủ tịch UBND tỉnh yêu cầu:', bold: true }] });
    expect(letter.body[1]).toMatchObject({ level: 'clause', title: true, content: [{ text: 'Sở Y tế' }] });
  });
});

describe('Nơi nhận, archive and drafter', () => {
  it.each([
    ['- Lưu: VT, KGVX.', ['VT', 'KGVX'], null, null],
    ['- Lưu VT, TG CNTT 02.', ['VT', 'TG', 'CNTT'], 2, null],
    ['- Lưu: VT, KGVX,', ['VT', 'KGVX'], null, null],
    ['- Lưu: VT, KGVX^{Ph}.', ['VT', 'KGVX'], null, { initials: 'PH', copies: null }],
    ['- Lưu: VT, tđat "HT".', ['VT'], null, { initials: 'TĐAT HT', copies: null }],
    ['- Lưu: VT, HC (2).', ['VT', 'HC'], 2, null],
    ['- Lưu: VT, KGVX (02). PH.(15)', ['VT', 'KGVX'], 2, { initials: 'PH', copies: 15 }],
    ['- Lưu: VT, NCTH.HH', ['VT', 'NCTH'], null, { initials: 'HH', copies: null }],
    ['- Lưu: VT, TH.\nPL.(300)', ['VT', 'TH'], null, { initials: 'PL', copies: 300 }],
  ])('%s', (archive, units, copies, drafter) => {
    const { letter } = read({ footer: FOOTER.replace('- Lưu: VT, VX.', archive) });
    expect(letter.archive).toEqual({ units, copies });
    expect(letter.drafter).toEqual(drafter);
    expect(letter.distribution).toEqual(['Như trên']);
  });

  // "VT. X.": our exporter's drafter mark when VT is the only unit, or a full stop typed for a comma
  // (seed 004, "Lưu: VT. CNTT." under "Số: 4146/UBND-CNTT"). The symbol names the drafting unit.
  it.each([
    ['the symbol names the unit (seed 004)', 'Số: 4146/UBND-CNTT', '- Lưu: VT. CNTT.', ['VT', 'CNTT'], null],
    ['a mark the symbol does not name is the drafter', 'Số: 125/UBND-VX', '- Lưu: VT. PH.', ['VT'], { initials: 'PH', copies: null }],
    ['the exporter form with copies', 'Số: 125/UBND-VX', '- Lưu: VT. PH.(15)', ['VT'], { initials: 'PH', copies: 15 }],
    ['the exporter form after several units', 'Số: 125/UBND-VX', '- Lưu: VT, VX. PH.', ['VT', 'VX'], { initials: 'PH', copies: null }],
  ])('"VT. X.": %s', (_what, numberLine, archive, units, drafter) => {
    const { letter } = read({ header: header(numberLine), footer: FOOTER.replace('- Lưu: VT, VX.', archive) });
    expect(letter.archive).toEqual({ units, copies: null });
    expect(letter.drafter).toEqual(drafter);
  });

  it('"VT. X." with no symbol to tell: X stays a unit and is flagged', () => {
    const { letter, notes } = read({ header: header('Số:         /'), footer: FOOTER.replace('- Lưu: VT, VX.', '- Lưu: VT. PH.') });
    expect(letter.archive.units).toEqual(['VT', 'PH']);
    expect(notes).toContainEqual(expect.objectContaining({ path: 'archive.units', kind: 'uncertain' }));
  });

  it('"Như trên" first, purpose notes kept, OCR ":" endings stripped, wrapped entries joined', () => {
    const footer = FOOTER.replace('- Như trên;', '- Như trên (thực hiện):\n- Bộ Thông tin và Truyền thông (để BC):\n- Văn phòng Tỉnh ủy, Ban Tuyên giáo\nTỉnh ủy;');
    expect(read({ footer }).letter.distribution).toEqual(['Như trên (thực hiện)', 'Bộ Thông tin và Truyền thông (để BC)', 'Văn phòng Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy']);
  });

  it('keeps every recipient of a "Bản điện tử:" sub-list, as one entry', () => {
    const footer = FOOTER.replace('- Lưu: VT, VX.', '- Bản điện tử:\n+ CT, các PCT UBND tỉnh;\n+ Các sở, ngành;\n- Lưu: VT, VX.');
    const { letter } = read({ footer });
    expect(letter.distribution).toEqual(['Như trên', 'Bản điện tử: CT, các PCT UBND tỉnh; Các sở, ngành']);
    expect(letter.archive.units).toEqual(['VT', 'VX']);
  });
});

describe('signature', () => {
  it.each([
    ['TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An'],
    ['TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ\nTỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An'],
    ['KT. CHỦ TỊCH\nPHÓ CHỦ TỊCHNguyễn Thị Thu', null, 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thị Thu'],
    ['TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An'],
    // The office signs by order and its deputy for its chief: both lines are the delegation.
    ['TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nVõ Tuấn Anh', null, 'TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Võ Tuấn Anh'],
    ['TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ Y TẾ\nLê Văn Bình', null, 'TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ Y TẾ', 'Lê Văn Bình'],
    ['Q. GIÁM ĐỐC\nTrần Văn Cường', null, 'Q. GIÁM ĐỐC', '', 'Trần Văn Cường'],
    ['GIÁM ĐỐC\n(đã ký)\nLê Hồng Sơn', null, null, 'GIÁM ĐỐC', 'Lê Hồng Sơn'],
    // A marker is kept as typed; the checker's signature-form rule suggests "TM. ỦY BAN NHÂN DÂN".
    ['T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNGUYỄN VĂN AN', 'T/M ỦY BAN NHÂN DÂN', null, 'CHỦ TỊCH', 'Nguyễn Văn An'],
    ['TM.ỦY BAN NHÂN\nDÂN\nKT CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An', 'TM.ỦY BAN NHÂN DÂN', 'KT CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An'],
  ])('%s', (block, authority, delegation, title, signer) => {
    const { letter } = read({ footer: FOOTER.replace(/TM\.[\s\S]*$/, block) });
    expect(letter.signature).toEqual({ authority, delegation, title, signer });
  });

  it('a marker typed off the Decree\'s form is kept, flagged, and the checker fixes it on request', () => {
    const { letter, notes } = read({ footer: FOOTER.replace(/TM\.[\s\S]*$/, 'T/M ỦY BAN NHÂN DÂN\nKT CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An') });
    expect(letter.signature).toMatchObject({ authority: 'T/M ỦY BAN NHÂN DÂN', delegation: 'KT CHỦ TỊCH' });
    expect(notes).toContainEqual(expect.objectContaining({ path: 'signature.authority', kind: 'uncertain', source: 'T/M ỦY BAN NHÂN DÂN' }));
    expect(notes).toContainEqual(expect.objectContaining({ path: 'signature.delegation', kind: 'uncertain', source: 'KT CHỦ TỊCH' }));
    const today = { year: 2024, month: 6, day: 1 };
    const form = checkLetter(letter, { today }).filter((f) => f.rule === 'signature-form');
    expect(form.map((f) => [f.path, f.fix])).toEqual([
      ['signature.authority', 'Sửa thành “TM. ỦY BAN NHÂN DÂN”'],
      ['signature.delegation', 'Sửa thành “KT. CHỦ TỊCH”'],
    ]);
    const fixed = form.reduce((l, f) => applyFix(l, f), letter);
    expect(fixed.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', delegation: 'KT. CHỦ TỊCH' });
  });

  it('"KT. CHỦ TỊCH" with no title line leaves the title empty and flags it', () => {
    const { letter, notes } = read({ footer: FOOTER.replace('PHÓ CHỦ TỊCH\n', '') });
    expect(letter.signature.title).toBe('');
    expect(notes).toContainEqual(expect.objectContaining({ path: 'signature.title', kind: 'missing' }));
  });

  it('reads Nơi nhận and the signature side by side (pdftotext -layout)', () => {
    const footer = `Nơi nhận:                                 TM. ỦY BAN NHÂN DÂN
- Như trên;                                      KT. CHỦ TỊCH
- Văn phòng Tỉnh ủy, Ban Tuyên                   PHÓ CHỦ TỊCH
  giáo Tỉnh ủy;
- Lưu: VT, VX.
                                                Nguyễn Văn An`;
    const { letter } = read({ footer });
    expect(letter.distribution).toEqual(['Như trên', 'Văn phòng Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy']);
    expect(letter.signature).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Nguyễn Văn An' });
  });
});

describe('paragraphs of a text with no blank lines', () => {
  const body = (lines: string) => read({ body: lines }).letter.body.map((b) => b.content.map((r) => r.text).join(''));

  it('"(Đính kèm …)" after a full stop is a paragraph of its own', () => {
    expect(body('Đề nghị các đơn vị thực hiện theo yêu cầu tại Công văn nêu trên./.\n(Đính kèm Công văn số 847/UBND-VX1 ngày 22/3/2011)')).toEqual([
      'Đề nghị các đơn vị thực hiện theo yêu cầu tại Công văn nêu trên./.',
      '(Đính kèm Công văn số 847/UBND-VX1 ngày 22/3/2011)',
    ]);
  });

  it('a bracket after a colon goes on with its sentence ("số điện thoại:" / "(024) …")', () => {
    expect(body('Các đơn vị liên hệ Cục An toàn thông tin, số điện thoại:\n(024) 3943 6684 để được hỗ trợ./.')).toEqual([
      'Các đơn vị liên hệ Cục An toàn thông tin, số điện thoại: (024) 3943 6684 để được hỗ trợ./.',
    ]);
  });
});

describe('noise is dropped and reported', () => {
  it.each([
    ['e-signature stamp', 'Ký bởi: Ủy ban Nhân dân tỉnh Bắc Ninh\nEmail: ubnd@bacninh.gov.vn\nCơ quan: Tỉnh Bắc Ninh\nThời gian ký: 05.03.2024 15:20:11 +07:00'],
    ['Word file path', 'D:\\2024\\CV\\SYT\\phong chong SXH.docx'],
    ['page number', '- 2 -'],
    ['hand mark', '*Trql*'],
  ])('%s', (_kind, noise) => {
    const { letter, notes } = read({ body: `${BODY.replace('2. UBND', `${noise}\n\n2. UBND`)}` });
    const { importNotes: _notes, ...fields } = letter;
    expect(JSON.stringify(fields)).not.toMatch(/Ký bởi|\+07:00|\.docx|- 2 -|Trql|Email|Cơ quan:/);
    expect(notes.some((n) => n.kind === 'dropped')).toBe(true);
    expect(letter.body).toHaveLength(3);
  });
});

describe('web copies that break header cells (thuvienphapluat shape)', () => {
  it('reads "ỦY" / "BAN NHÂN DÂN" as one name (its break kept as typed), joins "CỘNG" / "HÒA…", "Số:" / "1205/…", "Quảng" / "Trị, ngày …" and skips the | cell marks', () => {
    const text = `ỦY
BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
1205/UBND-VX
V/v tăng cường phòng, chống dịch bệnh
tay chân miệng
|
Quảng
Trị, ngày 27 tháng 12 năm 2016
|
Kính gửi: Sở Y tế.
Đề nghị Sở Y tế chủ động giám sát dịch./.
Nơi nhận:
- Như trên;
- Lưu: VT, VX.
|
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH




Nguyễn Đức Chính
`;
    const r = importText(text, { fallbackYear: 2099 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const l = r.value.letter;
    expect(l.agency).toEqual({ parent: null, name: 'ỦY\nBAN NHÂN DÂN\nTỈNH QUẢNG TRỊ' });
    expect([l.number, l.symbol, l.place, l.date]).toEqual([1205, 'UBND-VX', 'Quảng Trị', { day: 27, month: 12, year: 2016 }]);
    expect(l.subject).toBe('tăng cường phòng, chống dịch bệnh tay chân miệng');
    expect(l.signature.signer).toBe('Nguyễn Đức Chính');
  });
});
