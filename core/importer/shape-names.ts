// "straight connector 2Số: 1551 /UBND-VX", "straight connector 1Độc lập - Tự do - Hạnh phúc": a page made
// from a Word file keeps the names Word gives its drawn shapes (the rules under the header's names) as
// text, glued before the line the shape sits on. No letter writes those English names; they go, and the
// line keeps its own words.
import type { SourceLine } from './lines';
import { blankLine } from './lines';
import type { Notes } from './notes';

/** A name in Latin letters and its number, then the line's own text in capitals (or nothing). */
const NAMED_SHAPE = /^\s*([A-Za-z][A-Za-z ]*?)\s*\d{1,3}(?=\s*$|\s*[\p{Lu}\d])/u;
/** Word's default names of the shapes a letter's header draws. */
const SHAPE_NAME = /^((straight( arrow)?|elbow|curved) connector|rectangle|text ?box|auto ?shape|line|oval)$/;

export function dropShapeNames(lines: SourceLine[], notes: Notes): void {
  lines.forEach((line, i) => {
    if (line.runs !== null) return;
    const m = NAMED_SHAPE.exec(line.raw);
    if (m === null || !SHAPE_NAME.test((m[1] as string).toLowerCase())) return;
    const rest = line.raw.slice(m[0].length).trimStart();
    notes.add('document', 'dropped', `Dòng ${line.no}: bỏ tên hình vẽ của Word ("${m[0].trim()}") dính vào dòng.`, line.raw.trim());
    lines[i] = rest === '' ? blankLine(line) : { ...line, raw: rest };
  });
}
