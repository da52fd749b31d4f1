// Letters that look like Vietnamese ones but are other code points. "Ð" (U+00D0, the Icelandic eth)
// is what some converters, Mac keyboards and old web pages type for "Đ" (U+0110): a page reads
// "ÐỘC LẬP" or "Ðề nghị" and nothing that looks for "Đ" finds it. Vietnamese has no eth, so every one
// is a Đ. Applied after legacy decoding: in TCVN3 the same bytes stand for "é" and "Ỗ".
const LOOKALIKES: Readonly<Record<string, string>> = { Ð: 'Đ', ð: 'đ', Ɖ: 'Đ', ɖ: 'đ' };
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

/** The text with lookalike letters replaced, and how many there were. */
export function replaceLookalikes(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(LOOKALIKE, (c) => {
    replaced += 1;
    return LOOKALIKES[c] ?? c;
  });
  return { text: out, replaced };
}
