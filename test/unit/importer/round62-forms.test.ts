// Forms found while the sixty-second unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from '../../../core/encoding';
import { toUnicode } from '../../../core/encoding/detect';
import { read } from './read';

const letter = (footer: string, subject = 'V/v triển khai thực hiện các khoản thu') =>
  `UBND TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\n\nSố: 625/SGDĐT-CTTT Vĩnh Long, ngày 28 tháng 4 năm 2020\n${subject}\n\nKính gửi: Các đơn vị trực thuộc Sở.\n\nSở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.\n\n${footer}`;

describe('Sở GDĐT scans whose footers OCR marred (Cà Mau 1526, Vĩnh Long 450 and 625, round 62)', () => {
  it('"- Lưu VT. —SÀ": a long dash glued to letters after the line\'s full stop is the seal\'s', () => {
    const l = read(letter('Nơi nhận: KT. GIÁM ĐÓC\n\n- Như trên; PHÓ GIÁM ĐÓC\n- Lưu VT. —SÀ\n\nPhạm Hoàng Gan')).letter;
    expect([l.archive.units, l.drafter]).toEqual([['VT'], null]);
  });
  it('"- bưu: VT; CTTT:": "Lưu" with its "L" read as "b", the closing full stop as a colon', () => {
    const l = read(letter('Nơi nhận:\n- Như trên (để thực hiện);\n- Sở Y tế (để phối hợp);\n- bưu: VT; CTTT:')).letter;
    expect([l.distribution, l.archive.units]).toEqual([['Như trên (để thực hiện)', 'Sở Y tế (để phối hợp)'], ['VT', 'CTTT']]);
  });
  it('"Ai #4 để thực hiện KT.GIÁM ĐÓC" over "- Như trên …": the label OCR marred goes; the marker glued to its position opens the signature', () => {
    const l = read(letter('Ai #4 để thực hiện KT.GIÁM ĐÓC\n- Như trên (đề thực hiện); . h £\n- Bộ GDĐT (để báo cáo); _ PHO GIÁM ĐỌC\n- Lưu: VT, CTTT.')).letter;
    expect([l.distribution, l.signature.delegation, l.signature.title]).toEqual([['Như trên (đề thực hiện)', 'Bộ GDĐT (để báo cáo)'], 'KT.GIÁM ĐÓC', 'PHO GIÁM ĐỌC']);
  });
  it('"Các trường #3 khối;" over a list that does not open with "Như trên" stays an entry', () => {
    const l = read(letter('Nơi nhận:\nCác trường #3 khối;\n- Sở Y tế;\n- Lưu: VT.')).letter;
    expect(l.distribution[0]).toBe('Các trường #3 khối');
  });
});

describe('a Tổng cục Thuế answer as someone\'s OCR (5079, round 62)', () => {
  it('"V/v: hướng dẫn khấu trừ thuế. Bey d4": a pen\'s scrawl after the subject\'s full stop goes', () => {
    expect(read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT.', 'V/v: hướng dẫn khấu trừ thuế. Bey d4')).letter.subject).toBe('hướng dẫn khấu trừ thuế.');
  });
  it('"- Như trên; ps mee!": small scraps with an exclamation mark beside the first entry are the signature\'s scrawl', () => {
    const l = read(letter('Nơi nhận: TL. TỔNG CỤC TRƯỞNG\n- Như trên; ps mee!\n- Cục Thuế tỉnh Nghệ An (để biết);\n- Lưu: VT, DNL(2b).')).letter;
    expect(l.distribution).toEqual(['Như trên', 'Cục Thuế tỉnh Nghệ An (để biết)']);
  });
});

describe('a heading OCR stripped of most marks (Tổng cục Thuế 5079, round 62)', () => {
  it('"1.2. Quy dinh vé thué TNCN" stays as read: its TCVN3 reading "thuộ" is no syllable ("uô" closes with a consonant)', () => {
    expect(isVietnameseSyllable('thuộ')).toBe(false);
    expect(['thuộc', 'tiên', 'yêu', 'hươ'].map(isVietnameseSyllable)).toEqual([true, true, true, true]);
    expect(toUnicode('1.2. Quy dinh vé thué TNCN').text).toBe('1.2. Quy dinh vé thué TNCN');
  });
  it('"- Lưu: VT, DNL(2b) yo": two small letters after the copies\' bracket, the line unclosed, are a pen\'s scrawl; "(3b) vt." is a mark', () => {
    expect(read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT, DNL(2b) yo')).letter.drafter).toBeNull();
    expect(read(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX (3b) vt.')).letter.drafter).toEqual({ initials: 'VT', copies: null });
  });
});
