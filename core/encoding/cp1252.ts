// Windows-1252: how a Windows program turns a byte of a legacy-font document into a Unicode character.
// Only 0x80–0x9F differ from Latin-1; the five bytes Windows leaves undefined keep their C1 code point.

const HIGH_CONTROLS: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function cp1252Char(byte: number): string {
  return String.fromCodePoint(byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROLS[byte - 0x80] as number) : byte);
}

/** Decodes bytes as Windows-1252 (how Notepad's "ANSI" files of the TCVN3/VNI era read). */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += cp1252Char(b);
  return out;
}
