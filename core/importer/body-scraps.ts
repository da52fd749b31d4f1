// OCR's scraps on the body's own lines: signs a scan's specks left where no text is.
import { blankLine } from './lines';
import type { SourceLine } from './lines';
import type { Notes } from './notes';

/** "," alone on its line: a comma, semicolon, colon, quote, backslash or bar with no word is a speck, no paragraph. */
const SIGN_ALONE = /^\s*[,;:'‘’`"“”\\|]{1,2}\s*$/u;

/** "-_ Đối với …": an underscore glued to a list's dash, before the space, is a speck of the scan. */
const DASH_SPECK = /^(\s*[-–—])_(?=\s+\p{L})/u;

/** Drops lone signs between the body's paragraphs and the specks glued to a dash, with a note each. */
export function dropBodyScraps(lines: SourceLine[], from: number, to: number, notes: Notes): void {
  for (let i = from; i < to; i += 1) {
    const line = lines[i] as SourceLine;
    if (line.runs !== null) continue;
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
