// TCVN3 and VNI: samples generated from our own tables (Unicode → legacy → back), detection on whole
// letters, mixed documents, NFD input, unmapped characters, and the bytes of legacy-era .txt files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeTcvn3, decodeTextBytes, decodeVni, encodeTcvn3, encodeVni, isVietnameseSyllable, toUnicode } from '../../../core/encoding';
import { VIET_VOWEL_LETTERS } from '../../../core/encoding/letters';
import { TCVN3_DECODE } from '../../../core/encoding/tcvn3';

const LETTERS = [...VIET_VOWEL_LETTERS.map((l) => l.char), 'đ', 'Đ'];
const seed = readFileSync(path.resolve(__dirname, '../../fixtures/letters/seed-000.txt'), 'utf8').replace(/[*^{}]/g, '');

describe('code tables', () => {
  it('VNI round-trips every Vietnamese letter, both cases', () => {
    for (const ch of LETTERS) expect(decodeVni(encodeVni(ch))).toBe(ch);
    expect(LETTERS).toHaveLength(146);
  });

  it('TCVN3 round-trips every letter it has a code for, and has every lower-case one', () => {
    for (const ch of LETTERS) {
      const enc = encodeTcvn3(ch);
      if (enc !== ch) expect(decodeTcvn3(enc)).toBe(ch);
      // ý is the one letter whose TCVN3 byte (0xFD) is its own Latin-1 code point.
      if (ch === ch.toLowerCase() && !/^[aeiouyý]$/.test(ch)) expect(enc, ch).not.toBe(ch);
    }
  });

  it('matches published chart points', () => {
    // From the TCVN 5712 chart: 0xB5 à, 0xB8 á, 0xA9 â, 0xAE đ, 0xD6 ệ, 0xF9 ự; VNI: "Vieät", "Ñoàng".
    expect(TCVN3_DECODE.get('µ')).toBe('à');
    expect(TCVN3_DECODE.get('¸')).toBe('á');
    expect(TCVN3_DECODE.get('©')).toBe('â');
    expect(TCVN3_DECODE.get('®')).toBe('đ');
    expect(TCVN3_DECODE.get('Ö')).toBe('ệ');
    expect(TCVN3_DECODE.get('ù')).toBe('ự');
    expect(decodeVni('Vieät Nam, Ñoàng Nai, Ngöôøi')).toBe('Việt Nam, Đồng Nai, Người');
  });
});

describe('toUnicode', () => {
  it('detects and converts a whole letter typed in TCVN3', () => {
    const r = toUnicode(encodeTcvn3(seed));
    expect(r.report.detected).toBe('tcvn3');
    expect(r.text).toBe(seed.normalize('NFC'));
    expect(r.report.unmapped).toEqual([]);
  });

  it('detects and converts a whole letter typed in VNI', () => {
    const r = toUnicode(encodeVni(seed));
    expect(r.report.detected).toBe('vni');
    expect(r.text).toBe(seed.normalize('NFC'));
  });

  it('leaves Unicode text alone, including “quotes”, – dashes and … that look like TCVN3 codes', () => {
    const text = `${seed}\nHoà Bình có “ngoặc kép” – gạch nối… và 30°C; café.`;
    const r = toUnicode(text);
    expect(r.report.detected).toBe('unicode');
    expect(r.text).toBe(text);
  });

  it('leaves text without diacritics alone', () => {
    const text = 'CONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap – Tu do – Hanh phuc\n- Nhu tren “ de thuc hien” ;';
    expect(toUnicode(text).report).toMatchObject({ detected: 'unicode', convertedLines: 0 });
  });

  it('recomposes NFD and says so', () => {
    const r = toUnicode(seed.normalize('NFD'));
    expect(r.text).toBe(seed.normalize('NFC'));
    expect(r.report.normalized).toBe(true);
    expect(r.report.detected).toBe('unicode');
  });

  it('leaves an OCR line alone whose "€" words would decode to a small letter before a capital', () => {
    // Cà Mau 509: "v€" and "d€" are OCR's "€" for a lost "ê"; TCVN3 would read them "vÀ", "dÀ", no words as typed.
    const line = 'cao v€ Phong Giao d\\lc va Dao tl;lothanh ph6 d€ duqc hu6ng d~n.';
    const r = toUnicode(line);
    expect(r.text).toBe(line);
    expect(r.report.detected).toBe('unicode');
  });

  it('converts only the legacy lines of a mixed document', () => {
    const unicodeLine = 'Kính gửi: Sở Thông tin và Truyền thông';
    const legacyLine = 'UBND tỉnh nhận được Công văn số 1535/BTTTT-CATTT của Bộ Thông tin và Truyền thông';
    const r = toUnicode(`${unicodeLine}\n${encodeTcvn3(legacyLine)}`);
    expect(r.text).toBe(`${unicodeLine}\n${legacyLine}`);
    expect(r.report.detected).toBe('mixed');
    expect(r.lineEncodings).toEqual(['unicode', 'tcvn3']);
  });

  it('keeps an OCR\'d Unicode letter\'s stray lines: a seal\'s "THÀNH PHO" and a lone speck "„"', () => {
    // A few garbled lines read better as TCVN3 and tip the document's majority; the lines with no
    // evidence of their own must not follow it ("THÀNH" would become "THẮNH", "„" an "Ạ").
    const text = `THÀNH PHO\n${seed}\n„\n${encodeTcvn3('Nguyễn Văn Hoàng')}`;
    const r = toUnicode(text);
    expect(r.text.split('\n')[0]).toBe('THÀNH PHO');
    expect(r.text.split('\n').at(-2)).toBe('„');
    expect(r.text.split('\n').at(-1)).toBe('Nguyễn Văn Hoàng');
  });

  it('leaves an OCR layer without diacritics alone when one word of a long line has an odd sign ("co so•", "benh có the")', () => {
    const text = `ve sinh, an toan thirc pham trong cac co so•\nla dieu kin thich hap de dich benh có the\n${encodeTcvn3('Kính gửi: Sở Y tế')}`;
    const r = toUnicode(text);
    expect(r.text.split('\n').slice(0, 2)).toEqual(['ve sinh, an toan thirc pham trong cac co so•', 'la dieu kin thich hap de dich benh có the']);
    // A short line with one word typed in TCVN3 is still converted.
    expect(r.text.split('\n')[2]).toBe('Kính gửi: Sở Y tế');
  });

  it('raises capitals typed with the .VnTimeH fonts', () => {
    // In .VnTimeH the lower-case codes are drawn as capitals: "TØNH" is "TỈNH".
    const r = toUnicode('Uû BAN NH©N D©N TØNH B¾C GIANG\nSè: 12/UBND');
    expect(r.text).toBe('UỶ BAN NHÂN DÂN TỈNH BẮC GIANG\nSố: 12/UBND');
    expect(r.report.uppercasedLines).toBe(1);
  });

  it('reports characters no table maps', () => {
    // A VNI mark after a consonant cannot form a letter.
    const text = encodeVni('Người được ưu tiên là đồng chí Nguyễn Thị Thu') + ' Thùø';
    const r = toUnicode(text);
    expect(r.report.detected).toBe('vni');
    expect(r.report.unmapped.map((u) => u.char)).toContain('ø');
  });
});

describe('isVietnameseSyllable', () => {
  it('tells syllables from mojibake', () => {
    for (const w of ['người', 'Việt', 'khuyến', 'nghiêng', 'gì', 'quốc']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['Hoµng', 'Vieät', 'nh©n', 'UBND', 'tiếếng', 'thắnh', 'ônh']) expect(isVietnameseSyllable(w), w).toBe(false);
    for (const w of ['thành', 'ếch', 'kịch', 'huỳnh', 'hoạch']) expect(isVietnameseSyllable(w), w).toBe(true);
  });
  it('knows the vowel clusters: "ôy", "oô", "ya" are none, while "thuở", "xoong", "khuỷu", "người", "khuya" are words', () => {
    for (const w of ['NgỔy', 'doỔn', 'cỹa', 'tuôy', 'giâi']) expect(isVietnameseSyllable(w), w).toBe(false);
    for (const w of ['thuở', 'xoong', 'khuỷu', 'người', 'khuya', 'quyết', 'giữa', 'hươu', 'ngoằn', 'oái', 'Yên', 'ương']) expect(isVietnameseSyllable(w), w).toBe(true);
  });
  it('leaves an OCR layer made without Vietnamese alone ("Ngày", "doàn" are not TCVN3\'s "NgỔy", "doỔn"), Lâm Đồng LĐLĐ 81', () => {
    const text = readFileSync(path.join(__dirname, '../../fixtures/letters/lamdong-ldld-81-ocrlayer-layout.txt'), 'utf8');
    const out = toUnicode(text).text;
    for (const line of ['Ngày 03/9/2025, Lien doàn Lao dng tinh Lam Dng', 'ngày 29/8/2025 cüa Si Ni vi ye vic cr di din lãnh', 'Lam Dng, ngày C)3 tháng 9 nàm 2025']) expect(out).toContain(line);
  });
});

describe('a Unicode scan with a few junk lines (Vĩnh Long 334, round 53)', () => {
  it('"- Các trung tâm GDNN-GDTX;" reads as well in TCVN3, but the letter is plainly Unicode: the tie stays Unicode', () => {
    const text = [
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
      'Kính gửi:',
      '- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;',
      '- Các trung tâm GDNN-GDTX;',
      'Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện./.',
      '=.. 0t famM ,[Muún',
    ].join('\n');
    const r = toUnicode(text);
    expect(r.text).toContain('- Các trung tâm GDNN-GDTX;');
    expect(r.lineEncodings[3]).toBe('unicode');
  });
});

describe('an OCR layer with one odd word on a line (Cục Thuế Hà Nội 101966, round 57)', () => {
  const letter = (odd: string) =>
    ['Cục Thuế TP Hà Nội nhận được công văn hỏi của Ông/Bà Nguyễn Ngọc Linh.', 'Cục Thuế TP Hà Nội có ý kiến như sau:', 'Nơi nhận:', odd, '- Lưu: VT, TTHT.'].join('\n');
  it('"- Website Cuc Thué;" stays as OCR read it: one word that reads as a syllable in TCVN3 ("Thuộ") is no legacy line', () => {
    const r = toUnicode(letter('- Website Cuc Thué;'));
    expect(r.text).toContain('- Website Cuc Thué;');
    expect(r.lineEncodings[3]).toBe('unicode');
  });
  it('"- Së Gi¸o dôc;": two words that read as TCVN3 on a line are still converted among Unicode lines', () => {
    expect(toUnicode(letter('- Së Gi¸o dôc;')).text).toContain('- Sở Giáo dục;');
  });
});

describe('decodeTextBytes', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('reads UTF-8 with and without BOM, and UTF-16 with BOM', () => {
    expect(decodeTextBytes(utf8('Hưng Yên'))).toEqual({ ok: true, value: { text: 'Hưng Yên', charset: 'utf-8' } });
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Số')]))).toMatchObject({ ok: true, value: { text: 'Số' } });
    const u16 = new Uint8Array([0xff, 0xfe, ...[...'Đà Nẵng'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeTextBytes(u16)).toMatchObject({ ok: true, value: { text: 'Đà Nẵng', charset: 'utf-16le' } });
  });

  it('reads a Notepad "ANSI" file of TCVN3 text as Windows-1252, which toUnicode then converts', () => {
    // "Hoàng" in TCVN3 bytes: H o 0xB5 n g.
    const r = decodeTextBytes(new Uint8Array([0x48, 0x6f, 0xb5, 0x6e, 0x67, 0x20, 0x80]));
    expect(r).toMatchObject({ ok: true, value: { text: 'Hoµng €', charset: 'windows-1252' } });
    // 0x80 is "À" in the full TCVN 5712 chart, so a TCVN3 line reads it as that letter.
    if (r.ok) expect(toUnicode(r.value.text).text).toBe('Hoàng À');
  });

  it('refuses binary data with a Vietnamese message', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const r = decodeTextBytes(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/nhị phân/);
  });
});
