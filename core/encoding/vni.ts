// VNI-Windows (the "VNI-Times" fonts), written from the published code chart. VNI writes a toned
// vowel as its base letter followed by one mark character: "Vieät" is "Việt", "Ñoàng" is "Đồng".
// The chart is regular, so the table is generated from the letters' structure:
//   tone marks        ù sắc, ø huyền, û hỏi, õ ngã, ï nặng
//   circumflex (â ê ô)  â, then with a tone á à å ã ä
//   breve (ă)           ê, then with a tone é è ú ü ë
//   ơ = ô, ư = ö (single characters that then take a tone mark), đ = ñ
//   i takes single characters: í ì æ ó ò; ỵ is the single character î.
// Upper case uses the upper-case forms of the same characters.
import { VIET_VOWEL_LETTERS } from './letters';
import type { Tone, VietLetter } from './letters';

type TonedTone = Exclude<Tone, 'none'>;

const TONE: Record<TonedTone, string> = { acute: 'ù', grave: 'ø', hook: 'û', tilde: 'õ', dot: 'ï' };
const CIRCUMFLEX: Record<Tone, string> = { none: 'â', acute: 'á', grave: 'à', hook: 'å', tilde: 'ã', dot: 'ä' };
const BREVE: Record<Tone, string> = { none: 'ê', acute: 'é', grave: 'è', hook: 'ú', tilde: 'ü', dot: 'ë' };
const I_FORMS: Record<Tone, string> = { none: 'i', acute: 'í', grave: 'ì', hook: 'æ', tilde: 'ó', dot: 'ò' };

function toneSuffix(tone: Tone): string {
  return tone === 'none' ? '' : TONE[tone];
}

function encodeLetterLower(letter: VietLetter): string {
  const { vowel, tone } = letter;
  switch (vowel) {
    case 'a':
    case 'e':
    case 'o':
    case 'u':
      return vowel + toneSuffix(tone);
    case 'y':
      return tone === 'dot' ? 'î' : `y${toneSuffix(tone)}`;
    case 'â':
      return `a${CIRCUMFLEX[tone]}`;
    case 'ê':
      return `e${CIRCUMFLEX[tone]}`;
    case 'ô':
      return `o${CIRCUMFLEX[tone]}`;
    case 'ă':
      return `a${BREVE[tone]}`;
    case 'ơ':
      return `ô${toneSuffix(tone)}`;
    case 'ư':
      return `ö${toneSuffix(tone)}`;
    case 'i':
      return I_FORMS[tone];
  }
}

/** Vietnamese letter → VNI sequence (one or two characters). */
export const VNI_ENCODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>([
    ['đ', 'ñ'],
    ['Đ', 'Ñ'],
  ]);
  for (const letter of VIET_VOWEL_LETTERS) {
    const lower = encodeLetterLower(letter);
    map.set(letter.char, letter.upper ? lower.toUpperCase() : lower);
  }
  return map;
})();

/** VNI sequence → Vietnamese letter; the sequences that are plain ASCII letters are left out. */
export const VNI_DECODE: ReadonlyMap<string, string> = new Map(
  [...VNI_ENCODE].filter(([letter, seq]) => seq !== letter).map(([letter, seq]) => [seq, letter]),
);

export function decodeVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pair = text.slice(i, i + 2);
    const two = pair.length === 2 ? VNI_DECODE.get(pair) : undefined;
    if (two !== undefined) {
      out += two;
      i += 2;
      continue;
    }
    const ch = text[i] as string;
    out += VNI_DECODE.get(ch) ?? ch;
    i += 1;
  }
  return out;
}

export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}
