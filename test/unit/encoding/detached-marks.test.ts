// Tone marks stored as glyphs of their own in a PDF's text layer, with the extraction's space inside
// the word (round 27: Đồng Tháp 253's dateline and motto, Thừa Thiên Huế 254's "phổ biế n").
import { describe, expect, it } from 'vitest';
import { toUnicode } from '../../../core/encoding';
import { mendDetachedMarks } from '../../../core/encoding/detached-marks';

describe('tone marks detached from their words', () => {
  it('takes out the space before a mark the word goes on after ("Đô ̣c lâ ̣p")', () => {
    const { text, report } = toUnicode('\u0110\u00f4 \u0323c l\u00e2 \u0323p \u2013 T\u01b0\u0323 do \u2013 Ha \u0323nh phu\u0301c');
    expect(text).toBe('Độc lập – Tự do – Hạnh phúc');
    expect(report.rejoinedMarks).toBe(3);
  });

  it('takes out the space after a mark before the syllable\'s final consonants ("Đồ ng Tháp", "biế n")', () => {
    expect(toUnicode('\u0110\u00f4\u0300 ng Tha\u0301p, nga\u0300y 03').text).toBe('Đồng Tháp, ngày 03');
    expect(toUnicode('mưa phô\u0309 biê\u0301 n 100-250mm').text).toBe('mưa phổ biến 100-250mm');
    // A web copy's no-break space is the same gap.
    expect(toUnicode('\u0110\u00f4\u0300\u00a0ng Tha\u0301p').text).toBe('Đồng Tháp');
  });

  it('leaves marks standing apart, whole words after a mark, and precomposed text as they are', () => {
    // A layer that put the marks apart at the line's end: which letter each belongs to is not known.
    const apart = 'bị thiêt hai \u0300 \u0323 \u0323 do lũ lụt';
    expect(mendDetachedMarks(apart)).toEqual({ text: apart, mended: 0 });
    // NFD text: a mark ends a word, and the next word has its vowel ("ngày", not "ng").
    const nfd = 'Đồng Tháp, ngày tháng năm'.normalize('NFD');
    expect(mendDetachedMarks(nfd)).toEqual({ text: nfd, mended: 0 });
    // Decomposed throughout, a word cut short ("Như t") or missing a glyph ("tổ trư ng") stays as typed.
    const cut = '- Như t\ntổ trư ng chuyên môn'.normalize('NFD');
    expect(mendDetachedMarks(cut)).toEqual({ text: cut, mended: 0 });
    // "(để t/h)": the slash after a lone letter says it is an abbreviation, not a word's end.
    const asked = '(đê\u0309 t/h); Đô\u0300 ng Tháp';
    expect(mendDetachedMarks(asked).text.normalize('NFC')).toBe('(để t/h); Đồng Tháp');
    // Precomposed letters have no separate mark: "Đồ ng" typed so is left to the reader.
    expect(toUnicode('Đồ ng Tháp').text).toBe('Đồ ng Tháp');
  });
});
