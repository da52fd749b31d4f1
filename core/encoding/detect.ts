// Detects text typed in a legacy font (TCVN3 or VNI) and pasted as Unicode, converts it, and
// normalises the whole text to NFC. The decision is made line by line, because a letter is often
// half old template and half new typing; lines with no evidence follow the document's majority.
// A line holding any letter that only Unicode has (ạ, ư, đ…) is Unicode: legacy fonts never
// produce those code points.
import { VIET_VOWEL_LETTERS, isVietOnlyChar } from './letters';
import { isVietnameseSyllable } from './syllable';
import { TCVN3_DECODE, TCVN3_PUNCTUATION_LOOKALIKES, decodeTcvn3Word, isPunctuationWord } from './tcvn3';
import { decodeVni } from './vni';
import { replaceLookalikes } from './lookalikes';
import { mendDetachedMarks } from './detached-marks';
import { memoize } from '../text/memo';

export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';
export type DetectedEncoding = TextEncoding | 'mixed';

export interface UnmappedChar {
  char: string;
  /** 1-based line number of its first occurrence. */
  line: number;
  count: number;
}

export interface EncodingReport {
  detected: DetectedEncoding;
  /** Lines converted from a legacy encoding. */
  convertedLines: number;
  /** The text had decomposed (NFD) or combining-mark sequences that NFC recomposed. */
  normalized: boolean;
  /** Lines of upper-case ASCII around converted lower-case letters (".VnTimeH" fonts) raised to capitals. */
  uppercasedLines: number;
  /** Characters in converted lines that no table maps to a Vietnamese letter. */
  unmapped: UnmappedChar[];
  /** Lookalike letters replaced by the Vietnamese ones ("Ð" eth → "Đ"). */
  lookalikes: number;
  /** Spaces a PDF's extraction put inside a word beside a separate tone mark ("Đồ ng Tháp"), taken out. */
  rejoinedMarks: number;
}

const LEGACY = ['tcvn3', 'vni'] as const;
type Legacy = (typeof LEGACY)[number];
/** Per-word decoders with a memo: a letter repeats its words, and each is scored and converted. */
const DECODERS: Record<Legacy, (s: string) => string> = { tcvn3: memoize((w) => decodeTcvn3Word(w, isVietnameseSyllable), 20000), vni: memoize(decodeVni, 20000) };

const VIET_LETTERS = new Set([...VIET_VOWEL_LETTERS.map((l) => l.char), 'đ', 'Đ']);
const EDGE_PUNCT = /^[.,;:!?()[\]{}"'/\\|<>*_~`=#-]+|[.,;:!?()[\]{}"'/\\|<>*_~`=#-]+$/g;

function tokens(line: string): string[] {
  return line
    .split(/\s+/)
    .map((t) => t.replace(EDGE_PUNCT, ''))
    .filter((t) => t.length > 0 && /[^\x00-\x7f]/.test(t));
}

// "v€" → "vÀ": a small letter before a capital is no word as typed (OCR's "€" for a lost "ê", read as the
// upper-case "À" of TCVN3's 0x80 block, which only words in capitals use).
const voteOf = (decoded: string): number => (isVietnameseSyllable(decoded) && !/\p{Ll}\p{Lu}/u.test(decoded) ? 1 : -1);
/** A word's vote, +1 a syllable or -1 none, read as typed or in a legacy font; letters repeat their words. */
const VOTES = {
  asIs: memoize(voteOf, 20000),
  tcvn3: memoize((w) => voteOf(DECODERS.tcvn3(w)), 20000),
  vni: memoize((w) => voteOf(DECODERS.vni(w)), 20000),
};

function score(words: readonly string[], reading: keyof typeof VOTES): number {
  let s = 0;
  for (const w of words) if (!isPunctuationWord(w)) s += VOTES[reading](w);
  return s;
}

/** The Icelandic eth, which some pages type for "Đ" (see lookalikes.ts) and TCVN3 uses for "é"/"Ỗ". */
const ETH = /[Ðð]/;
const ETH_ALL = /[Ðð]/g;

function mayBeLegacy(line: string): boolean {
  let suspicious = false;
  for (const ch of line) {
    if (isVietOnlyChar(ch)) return false;
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x80 || TCVN3_DECODE.has(ch)) suspicious = true;
  }
  return suspicious;
}

/** Converts one line's words, leaving stand-alone look-alike punctuation (“ – …) alone. */
export function convertLine(line: string, enc: Legacy): string {
  const decode = DECODERS[enc];
  return line.replace(/\S+/g, (word) => {
    return isPunctuationWord(word) ? word : decode(word);
  });
}

function collectUnmapped(line: string, lineNo: number, found: Map<string, UnmappedChar>): void {
  for (const word of line.split(/\s+/)) {
    if (!/[A-Za-z]/.test(word)) continue;
    for (const ch of word) {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80 || VIET_LETTERS.has(ch) || TCVN3_PUNCTUATION_LOOKALIKES.has(ch)) continue;
      const seen = found.get(ch);
      if (seen) seen.count += 1;
      else found.set(ch, { char: ch, line: lineNo, count: 1 });
    }
  }
}

const asciiLetters = (word: string): string[] => word.match(/[A-Za-z]/g) ?? [];
const isUpperAscii = (letters: readonly string[]): boolean => letters.every((c) => c >= 'A' && c <= 'Z');

/**
 * ".VnTimeH" fonts draw lower-case codes as capitals, so "TØNH" was typed for "TỈNH". A converted
 * word whose ASCII letters are all capitals (two or more) is raised; a line where at least two
 * converted words are capitals raises its one-letter words too ("Uû BAN NH¢N D¢N").
 */
function raiseVnTimeH(original: string, converted: string): { text: string; raised: boolean } {
  const before = original.split(/(\s+)/);
  const after = converted.split(/(\s+)/);
  if (before.length !== after.length) return { text: converted, raised: false };
  const changed = after.map((w, i) => w !== before[i]);
  const letters = before.map(asciiLetters);
  const upper = letters.map(isUpperAscii);
  const upperWords = after.filter((w, i) => changed[i] && (letters[i] as string[]).length >= 2 && upper[i]);
  const lineUpper = upperWords.length >= 2 && after.every((w, i) => !changed[i] || upper[i]);
  let raised = false;
  const out = after.map((w, i) => {
    if (!changed[i]) return w;
    const count = (letters[i] as string[]).length;
    const raise = upper[i] && (count >= 2 || (lineUpper && count === 1));
    if (raise && w !== w.toUpperCase()) {
      raised = true;
      return w.toUpperCase();
    }
    return w;
  });
  return { text: out.join(''), raised };
}

export interface UnicodeText {
  text: string;
  report: EncodingReport;
  /** The reading chosen for each input line, so callers holding formatted runs can convert them alike. */
  lineEncodings: TextEncoding[];
}

export function toUnicode(input: string): UnicodeText {
  const { text: mended, mended: rejoinedMarks } = mendDetachedMarks(input);
  const nfc = mended.normalize('NFC');
  const normalized = nfc !== input;
  const lines = nfc.split('\n');
  // A text whose plain Unicode lines ("Ðề nghị", with its "ề") type the eth for "Đ" does so on every
  // line: a line whose only odd letter is that eth ("ĐT: 0981…" typed "ÐT") is not TCVN3's "é".
  const ethForD = lines.some((line) => ETH.test(line) && !mayBeLegacy(line));
  // Score every suspicious line under each reading.
  const scored = lines.map((line) => {
    if (!mayBeLegacy(line) || (ethForD && !mayBeLegacy(line.replace(ETH_ALL, 'Đ')))) return null;
    const words = tokens(line);
    // "„" alone on a line (a scan's speck): one character says nothing about the font it was typed in.
    if (words.length === 1 && [...(words[0] as string)].length === 1) return null;
    // "—n.........": nor do two, in a line of signs (a rule or a leader of dots OCR read under a heading).
    if (words.length === 1 && [...(words[0] as string)].length === 2 && !/\s/.test(line.trim()) && line.trim().length >= 6) return null;
    // "… tinh hinh vd tuy€n truydn vfn dQng …": a few odd words in a long line of plain letters (an OCR
    // layer that lost its diacritics) say nothing either; text typed in a legacy font marks most of its words.
    const all = line.split(/\s+/).length;
    if (all >= 12 && words.length * 8 < all) return null;
    // "… trong cac co so•", "… dich benh có the": so is one odd word in a line of six words or more;
    // a line typed in a legacy font marks every word with a tone or a hat.
    if (words.length === 1 && all >= 6) return null;
    const asIs = score(words, 'asIs');
    const legacy = { tcvn3: score(words, 'tcvn3'), vni: score(words, 'vni') };
    return { asIs, legacy };
  });
  const total = { tcvn3: 0, vni: 0 };
  for (const s of scored) {
    if (!s) continue;
    total.tcvn3 += s.legacy.tcvn3 - s.asIs;
    total.vni += s.legacy.vni - s.asIs;
  }
  const majority: Legacy | null = total.tcvn3 <= 0 && total.vni <= 0 ? null : total.tcvn3 >= total.vni ? 'tcvn3' : 'vni';

  // "- Các trung tâm GDNN-GDTX;" reads as well in TCVN3 ("Cỏc trung tõm"): a tie goes to the legacy font only
  // where more lines read better in it than are plainly Unicode (a letter Unicode alone has, "ạ", "ư");
  // a scan's few junk lines that happen to read better in TCVN3 do not turn a Unicode letter's lines.
  const plainUnicode = lines.filter((line) => /[^\x00-\x7f]/.test(line) && !mayBeLegacy(line)).length;
  const betterLegacy = scored.filter((s) => s !== null && Math.max(s.legacy.tcvn3, s.legacy.vni) > s.asIs).length;
  const legacyLeads = betterLegacy > plainUnicode;

  const used = new Set<TextEncoding>();
  const lineEncodings: TextEncoding[] = lines.map(() => 'unicode');
  const unmapped = new Map<string, UnmappedChar>();
  let convertedLines = 0;
  let uppercasedLines = 0;
  const out = lines.map((line, i) => {
    const s = scored[i];
    if (!s) {
      if (/[^\x00-\x7f]/.test(line)) used.add('unicode');
      return line;
    }
    const best = LEGACY.reduce<Legacy>((a, b) => (s.legacy[b] > s.legacy[a] || (s.legacy[b] === s.legacy[a] && b === majority) ? b : a), 'tcvn3');
    let choice: Legacy | null = null;
    // "- Website Cuc Thué;" (OCR's "Thuế"): one odd word that reads as a syllable in TCVN3 ("Thuộ") is no
    // evidence of a legacy font where more lines are plainly Unicode than read better in one.
    const oneWord = tokens(line).filter((w) => !isPunctuationWord(w) && /\p{L}/u.test(w)).length === 1;
    if (s.legacy[best] > s.asIs && (legacyLeads || !oneWord)) choice = best;
    else if (majority !== null && legacyLeads && s.legacy[majority] === s.asIs && s.asIs >= 0) choice = majority;
    if (choice === null) {
      used.add('unicode');
      return line;
    }
    used.add(choice);
    lineEncodings[i] = choice;
    convertedLines += 1;
    const { text: converted, raised } = raiseVnTimeH(line, convertLine(line, choice));
    if (raised) uppercasedLines += 1;
    collectUnmapped(converted, i + 1, unmapped);
    return converted;
  });
  const detected: DetectedEncoding = used.size > 1 ? 'mixed' : used.has('tcvn3') ? 'tcvn3' : used.has('vni') ? 'vni' : 'unicode';
  const { text, replaced } = replaceLookalikes(out.join('\n').normalize('NFC'));
  return {
    text,
    report: { detected, convertedLines, normalized, uppercasedLines, unmapped: [...unmapped.values()], lookalikes: replaced, rejoinedMarks },
    lineEncodings,
  };
}
