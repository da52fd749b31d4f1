// Is a word a well-formed Vietnamese syllable? Used to score how a line reads under each candidate
// encoding: legacy text read as Unicode is full of impossible words ("Hoµng", "Vieät"), and the right
// decoding turns them into syllables. It only has to tell letters from mojibake, not spell-check; but
// the vowels must be a cluster the language has: OCR made without Vietnamese types "Ngày", "doàn" with
// Latin-1 letters that TCVN3 would read as "NgỔy", "doỔn", and only the cluster ("ôy", "oô") tells.

import { memoize } from '../text/memo';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** The vowel clusters of Vietnamese syllables, tone marks taken off ("oo" of "xoong", "uơ" of "thuở"). */
const CLUSTER =
  'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|' +
  'iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu';
const SYLLABLE = new RegExp(`^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?(?:${CLUSTER})(?:ch|ng|nh|[cmnpt])?$`);

/** Does the word carry a tone mark (grave, acute, tilde, hook, dot below)? A whole word may; an abbreviation never does. */
export const hasToneMark = (word: string): boolean => /[\u0300\u0301\u0303\u0309\u0323]/u.test(word.normalize('NFD'));

/** Words repeat a lot in a letter; detection asks about each one three times. */
export const isVietnameseSyllable: (word: string) => boolean = memoize((word) => check(word), 20000);

function check(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  // "ch" and "nh" close only a, ê, i and y ("anh", "ếch", "inh", "huỳnh"): "thắnh", "THẮNH" read from
  // the Unicode "THÀNH" as TCVN3, is no word.
  if (/(?:ch|nh)$/.test(bare) && !/[aêiy](?:ch|nh)$/.test(bare)) return false;
  // "iê", "yê" and "uô" close with a consonant or a glide ("tiên", "thuộc", "yêu", "muôi"): "thuộ", read from
  // OCR's "thué" as TCVN3, is no word. ("ươ" may end one: "hươ".)
  if (/(?:iê|yê|uô)$/.test(bare)) return false;
  return SYLLABLE.test(bare);
}
