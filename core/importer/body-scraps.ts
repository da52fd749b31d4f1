// OCR's scraps on the body's own lines: signs a scan's specks left where no text is.
import { isVietnameseSyllable } from '../encoding';
import { blankLine } from './lines';
import type { SourceLine } from './lines';
import type { Notes } from './notes';

/** "," alone on its line: a comma, semicolon, colon, quote, backslash or bar with no word is a speck, no paragraph. */
const SIGN_ALONE = /^\s*[,;:'‘’`"“”\\|]{1,2}\s*$/u;

/** "-_ Đối với …": an underscore glued to a list's dash, before the space, is a speck of the scan. */
const DASH_SPECK = /^(\s*[-–—])_(?=\s+\p{L})/u;

/** The letter's closing "./." ends a line: what the body holds after it is no more of the letter's text. */
const CLOSED = /\.\/\.\s*$/;

/**
 * "-Zw-tv 2t:", "-..... xa": after the closing "./.", a short line with no word of three letters or more
 * that is a syllable is the seal's or the pen's marks OCR read between the body and the signature.
 */
function isScrapAfterClosing(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 24) return false;
  return !t.split(/\s+/).some((w) => {
    const letters = w.replace(/[^\p{L}]/gu, '');
    return letters.length >= 3 && isVietnameseSyllable(letters.toLowerCase());
  });
}

/** Drops lone signs between the body's paragraphs and the specks glued to a dash, with a note each. */
export function dropBodyScraps(lines: SourceLine[], from: number, to: number, notes: Notes): void {
  let closed = false;
  for (let i = from; i < to; i += 1) {
    const line = lines[i] as SourceLine;
    if (line.runs !== null) continue;
    if (closed && isScrapAfterClosing(line.raw)) {
      notes.add('body', 'dropped', `Dòng ${line.no}: bỏ "${line.raw.trim()}" sau dấu kết thúc "./." (nét con dấu, chữ ký khi quét).`, line.raw.trim());
      lines[i] = blankLine(line);
      continue;
    }
    if (CLOSED.test(line.raw)) closed = true;
    if (SIGN_ALONE.test(line.raw)) {
      notes.add('body', 'dropped', `Dòng ${line.no}: bỏ dấu "${line.raw.trim()}" đứng một mình (vết mực khi quét).`, line.raw.trim());
      lines[i] = blankLine(line);
      continue;
    }
    const speck = DASH_SPECK.exec(line.raw);
    if (speck) {
      notes.add('body', 'dropped', `Dòng ${line.no}: bỏ dấu "_" dính sau gạch đầu dòng (vết mực khi quét).`, line.raw.trim());
      lines[i] = { ...line, raw: `${speck[1] as string}${line.raw.slice(speck[0].length)}` };
    }
  }
}
