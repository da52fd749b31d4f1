// Section numerals OCR misread: "II." read as "H.", "III." as "HI.". Where the letter's own sections
// count up to the one that is missing, the marred numeral is read as that section's, so the heading
// opens its section instead of running on in the one before.
import type { Notes } from './notes';
import type { Paragraph } from './paragraphs';

/** A section's Roman numeral, as typed. */
const ROMAN = /^\s*([IVX]{1,5})\.\s/u;
/** "H. Một số vấn đề …", "HI. NỘI DUNG …": OCR's readings of "II." and "III." before a capital. */
const MARRED = /^(\s*)(H|HI|IH|H1|Hl)\.(?=\s+\p{Lu})/u;
/** What each marred reading stands for. */
const STANDS_FOR: Readonly<Record<string, string>> = { H: 'II', HI: 'III', IH: 'III', H1: 'III', Hl: 'III' };
/** A heading is one line's worth; a longer paragraph opening with "H." is a sentence's own. */
const HEADING_LENGTH = 120;

const VALUES: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

/** The paragraphs with each marred numeral that fits the count read as the section's numeral, with a note. */
export function mendMarredRomans(paragraphs: readonly Paragraph[], notes: Notes): Paragraph[] {
  let last = 0;
  return paragraphs.map((p) => {
    const typed = ROMAN.exec(p.text);
    if (typed) {
      last = VALUES[typed[1] as string] ?? last;
      return p;
    }
    const marred = MARRED.exec(p.text);
    const first = p.runs[0];
    if (marred === null || first === undefined || p.text.length > HEADING_LENGTH) return p;
    const numeral = STANDS_FOR[marred[2] as string] as string;
    if (VALUES[numeral] !== last + 1 || !first.text.startsWith(marred[0])) return p;
    last += 1;
    notes.add('body', 'uncertain', `Dòng ${p.no}: "${marred[2] as string}." đọc là nhãn mục "${numeral}." (nhận dạng chữ đọc sai; các mục trước đếm đến ${last - 1}).`, p.text.slice(0, 40));
    const mended = `${marred[1] as string}${numeral}.`;
    return { ...p, text: mended + p.text.slice(marred[0].length), runs: [{ ...first, text: mended + first.text.slice(marred[0].length) }, ...p.runs.slice(1)] };
  });
}
