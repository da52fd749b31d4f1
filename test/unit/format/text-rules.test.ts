import { describe, expect, it } from 'vitest';
import {
  agencyOneLine,
  authorityMarkerOf,
  endsWithClosingMark,
  formatAgencyLines,
  formatAuthorityLine,
  formatSignatureLines,
  formatSignerName,
  formatSubjectLine,
  MOTTO,
  NATIONAL_TITLE,
  normalizeSubject,
  withClosingMark,
} from '../../../core/format';

describe('formatSubjectLine (ô 5b, §4.5)', () => {
  it.each([
    ['tăng cường đảm bảo an toàn thông tin mạng dịp Lễ 30/4 và 01/5', 'V/v tăng cường đảm bảo an toàn thông tin mạng dịp Lễ 30/4 và 01/5'],
    // seed 004: "V/v … Canh Tý 2020." — no terminal full stop
    ['tăng cường bảo đảm an toàn, an ninh mạng trong dịp Tết Nguyên đán Canh Tý 2020.', 'V/v tăng cường bảo đảm an toàn, an ninh mạng trong dịp Tết Nguyên đán Canh Tý 2020'],
    ['V/v nâng bậc lương năm 2019', 'V/v nâng bậc lương năm 2019'],
    ['v/v  nâng bậc\nlương', 'V/v nâng bậc lương'],
    ['triển khai các nhiệm vụ...', 'V/v triển khai các nhiệm vụ...'],
  ])('%j → %j', (subject, expected) => expect(formatSubjectLine(subject)).toBe(expected));

  it('normalizeSubject keeps the stored form without "V/v "', () => {
    expect(normalizeSubject('V/v nâng bậc lương.')).toBe('nâng bậc lương');
  });
});

describe('signature lines (ô 7a, §4.8, §8.2)', () => {
  it('seed 000: TM. / KT. / title, upper case', () => {
    expect(formatSignatureLines({ authority: 'TM. ỦY BAN NHÂN DÂN', delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Nguyễn Duy Hưng' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
  });

  it('seed 001/003/004: KT. without TM. (the Chairman\'s own authority)', () => {
    expect(formatSignatureLines({ authority: null, delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'x' })).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('seed 002: the deputy\'s own title is a line of its own under KT.', () => {
    const lines = formatSignatureLines({ authority: 'TM. ỦY BAN NHÂN DÂN', delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Đặng Quốc Vinh' });
    expect(lines.at(-1)).toBe('PHÓ CHỦ TỊCH');
  });

  it.each([
    ['kt chủ tịch', 'KT. CHỦ TỊCH'],
    ['tm.ủy ban nhân dân', 'TM. ỦY BAN NHÂN DÂN'],
    ['TL.  CHỦ TỊCH', 'TL. CHỦ TỊCH'],
    ['tuq. chủ tịch', 'TUQ. CHỦ TỊCH'],
    ['q. giám đốc', 'Q. GIÁM ĐỐC'],
    // Forms an imported letter keeps as typed.
    ['T/M ỦY BAN NHÂN DÂN', 'TM. ỦY BAN NHÂN DÂN'],
    ['K.T. GIÁM ĐỐC', 'KT. GIÁM ĐỐC'],
    ['KT.TRƯỞNG PHÒNG', 'KT. TRƯỞNG PHÒNG'],
    ['chánh văn phòng', 'CHÁNH VĂN PHÒNG'],
    ['QUẢN LÝ', 'QUẢN LÝ'], // a word starting with Q is not the Q. marker
    ['TỔNG GIÁM ĐỐC', 'TỔNG GIÁM ĐỐC'],
  ])('formatAuthorityLine(%j) → %j', (raw, expected) => expect(formatAuthorityLine(raw)).toBe(expected));

  it.each([
    ['TM. ỦY BAN NHÂN DÂN', 'TM'],
    ['KT. CHỦ TỊCH', 'KT'],
    ['TL. CHỦ TỊCH', 'TL'],
    ['TUQ. CHỦ TỊCH', 'TUQ'],
    ['Q. GIÁM ĐỐC', 'Q'],
    ['T/M ỦY BAN NHÂN DÂN', 'TM'],
    ['PHÓ CHỦ TỊCH', null],
    ['TỔNG CỤC TRƯỞNG', null],
  ])('authorityMarkerOf(%j) → %j', (line, marker) => expect(authorityMarkerOf(line)).toBe(marker));

  it('splits a title the author broke with "\\n" and drops empty lines', () => {
    expect(formatSignatureLines({ authority: null, delegation: null, title: 'GIÁM ĐỐC\nSỞ NỘI VỤ', signer: 'A' })).toEqual(['GIÁM ĐỐC', 'SỞ NỘI VỤ']);
    expect(formatSignatureLines({ authority: '', delegation: null, title: 'CHỦ TỊCH', signer: 'A' })).toEqual(['CHỦ TỊCH']);
  });

  it('keeps the signer name as typed, spaces collapsed', () => {
    expect(formatSignerName('  Nguyễn   Duy Hưng ')).toBe('Nguyễn Duy Hưng');
  });
});

describe('closing mark "./." (§4.7)', () => {
  it.each([
    ['… có thẩm quyền./.', '… có thẩm quyền./.'],
    ['… kịp thời, hiệu quả.', '… kịp thời, hiệu quả./.'],
    // seed 003 ends "…ducsc@kiengiang.gov.vn." without the mark
    ['thư điện tử: ducsc@kiengiang.gov.vn.', 'thư điện tử: ducsc@kiengiang.gov.vn./.'],
    ['thực hiện', 'thực hiện./.'],
    ['thực hiện;', 'thực hiện./.'],
    ['thực hiện./.  ', 'thực hiện./.'],
    // Sở GD&ĐT Bà Rịa - Vũng Tàu 327 ends "Trân trọng đề nghị./": the mark lost its last dot
    ['Trân trọng đề nghị./', 'Trân trọng đề nghị./.'],
  ])('withClosingMark(%j) → %j', (text, expected) => expect(withClosingMark(text)).toBe(expected));

  it('endsWithClosingMark', () => {
    expect(endsWithClosingMark('x./.')).toBe(true);
    expect(endsWithClosingMark('x./. ')).toBe(true);
    expect(endsWithClosingMark('x.')).toBe(false);
  });
});

describe('header texts (§4.1, §4.2)', () => {
  it('motto uses spaced ASCII hyphens, national title upper case', () => {
    expect(MOTTO).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(NATIONAL_TITLE).toBe(NATIONAL_TITLE.toLocaleUpperCase('vi'));
    expect(MOTTO.normalize('NFC')).toBe(MOTTO);
  });

  it('splits the agency where the author put "\\n", upper case, parent separate', () => {
    expect(formatAgencyLines({ parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN' })).toEqual({ parent: [], name: ['ỦY BAN NHÂN DÂN', 'TỈNH HƯNG YÊN'] });
    expect(formatAgencyLines({ parent: 'UBND tỉnh Bắc Giang', name: 'Sở Giáo dục và Đào tạo' })).toEqual({ parent: ['UBND TỈNH BẮC GIANG'], name: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] });
    expect(agencyOneLine({ parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n' })).toBe('ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN');
  });
});
