// The Vietnamese letters as (vowel, tone) pairs, so that the legacy code tables can be generated from
// their structure (VNI) or checked against it (TCVN3) instead of being typed out 134 times by hand.

export const TONES = ['none', 'acute', 'grave', 'hook', 'tilde', 'dot'] as const;
export type Tone = (typeof TONES)[number];

/** Combining marks of the five tones (NFD form). */
export const TONE_MARK: Record<Exclude<Tone, 'none'>, string> = {
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};

/** The twelve vowel bases, lower case. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type Vowel = (typeof VOWELS)[number];

export interface VietLetter {
  /** The precomposed (NFC) letter. */
  char: string;
  vowel: Vowel;
  tone: Tone;
  upper: boolean;
}

const withTone = (vowel: string, tone: Tone): string => (tone === 'none' ? vowel : `${vowel}${TONE_MARK[tone]}`).normalize('NFC');

/** Every toned or modified vowel, both cases (144 letters). Đ/đ are handled apart. */
export const VIET_VOWEL_LETTERS: readonly VietLetter[] = VOWELS.flatMap((vowel) =>
  TONES.flatMap((tone) => {
    const lower = withTone(vowel, tone);
    return [
      { char: lower, vowel, tone, upper: false },
      { char: lower.toUpperCase(), vowel, tone, upper: true },
    ];
  }),
);

/** Letters that exist only in Vietnamese Unicode text (not in Latin-1): proof a line is already Unicode. */
export function isVietOnlyChar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x1ea0 && c <= 0x1ef9) || c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 || c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0;
}
