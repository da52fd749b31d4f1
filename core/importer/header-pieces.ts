// The header's pieces (its lines, or a layout line's cells) put back together before they are
// classified: a web copy or a PDF cut an agency's name, the national title, a "Số:" line or a place
// apart, and a blank number or day splits its line around the other column's cell.
import { startsUnitName } from './agency';
import { isMotto, isNationalTitle, isNumberLine, isRecipientsStart, isSubjectStart } from './patterns';
import { fold, isUpperText, squash } from './text';

export interface Piece {
  text: string;
  no: number;
  /** The piece's line goes on from the line before inside one emphasis span (SourceLine.joined). */
  joined?: boolean;
  /** "VĂN" / "PHÒNG CHÍNH PHỦ": the two lines a page broke, as typed, when the piece joins them. */
  typed?: string;
}

/** One word of at most five capitals ("ỦY", "NỘI"): a piece of a name a web page broke. */
export const isCapsFragment = (text: string): boolean => /^\p{Lu}{1,5}$/u.test(text);

/**
 * Text copied from a PDF without its layout (pdftotext's plain mode, a PDF viewer's copy) gives a
 * two-column header cell by cell, so a number or day left blank splits its line in two with the other
 * column in between: "Số:" / "Tuyên Quang, ngày" / "/UBND-THCB" / "tháng 4 năm 2024". The rest of such
 * a line, a few pieces on, is put back right after its start.
 */
export function rejoinBlankCuts(stream: ReadonlyArray<Piece | null>): Array<Piece | null> {
  const out = [...stream];
  const folded = (p: Piece): string => fold(squash(p.text));
  for (let i = 0; i < out.length; i += 1) {
    const piece = out[i];
    if (!piece) continue;
    const f = folded(piece);
    const rest = /^so\s*[:.]?$/.test(f) ? /^\// : /\bngay\s*$/.test(f) && !isSubjectStart(piece.text) ? /^thang\b/ : null;
    if (rest === null) continue;
    const next = out.slice(i + 1).find((p): p is Piece => p !== null);
    if (!next || rest.test(folded(next))) continue;
    // "An Giang, ngày" / "27" / "tháng 8 năm 2020": the day typed into the blank, then the month; in order already.
    const afterNext = out.slice(out.indexOf(next) + 1).find((p): p is Piece => p !== null);
    if (/^\d{1,2}$/.test(folded(next)) && afterNext !== undefined && rest.test(folded(afterNext))) continue;
    let seen = 0;
    for (let k = i + 1; k < out.length && seen < 4; k += 1) {
      const q = out[k];
      if (!q) continue;
      seen += 1;
      if (!rest.test(folded(q))) continue;
      // Taken from between two blank lines, it leaves one: "Thái Bình, ngày" / "" / "/SGDĐT-VP" / "" /
      // "tháng 5 năm 2018" keeps the dateline's two halves one blank line apart, as a date cut over a blank is read.
      out.splice(k, out[k - 1] === null && out[k + 1] === null ? 2 : 1);
      out.splice(i + 1, 0, q);
      break;
    }
  }
  return out;
}

/**
 * "12094" / "Số:   /BNV-CCHC": an e-office system prints the number it issues into the blank on its own
 * baseline, which `pdftotext -layout` puts on a line of its own right above the number line; the digits
 * alone there fill that blank.
 */
export function lowerIssuedNumber(stream: ReadonlyArray<Piece | null>): Array<Piece | null> {
  const out = [...stream];
  for (let i = 0; i + 1 < out.length; i += 1) {
    const digits = out[i];
    const line = out[i + 1];
    if (!digits || !line || !/^\d{1,6}$/.test(squash(digits.text))) continue;
    const blank = /^(\s*S[ốoóô]\s*[:.]?)\s*(?=\/\s*\p{Lu})/u.exec(line.text);
    if (blank === null) continue;
    out.splice(i, 2, { text: `${blank[1] as string} ${squash(digits.text)}${line.text.slice(blank[0].length)}`, no: line.no });
  }
  return out;
}

/**
 * "UBND THÀNH PHỐ HÀ" / "NỘI" / "SỞ GIÁO DỤC…": a fragment of capitals ends the name above it when a
 * unit's own name (or no more capitals) follows; otherwise ("ỦY" / "BAN NHÂN DÂN") it starts the next.
 */
function endsNameAbove(above: string, fragment: string, after: Piece | null | undefined): boolean {
  return (
    isCapsFragment(fragment) &&
    isUpperText(above) &&
    !isNationalTitle(above) &&
    !isMotto(above) &&
    (!after || !isUpperText(squash(after.text)) || startsUnitName(after.text))
  );
}

/**
 * Web copies (thuvienphapluat and the like) break header cells at odd places: "ỦY" / "BAN NHÂN DÂN",
 * "CỘNG" / "HÒA XÃ HỘI…", "Số:" / "1205/UBND-VX", "Quảng" / "Trị, ngày 27 tháng 12 năm 2016".
 * Such a fragment is joined to the next piece before anything is classified.
 */
export function mergeBroken(stream: ReadonlyArray<Piece | null>): Array<Piece | null> {
  const out: Array<Piece | null> = [];
  for (let i = 0; i < stream.length; i += 1) {
    const piece = stream[i];
    const next = stream[i + 1];
    // "UBND TỈNH BÀ RỊA -VŨNG" / "" / "TÀU" / "SỞ GIÁO DỤC…": OCR set the name's last word apart by a blank line.
    const apart = stream[i + 2];
    if (piece && next === null && apart && endsNameAbove(squash(piece.text), squash(apart.text), stream[i + 3])) {
      out.push({ text: `${squash(piece.text)} ${squash(apart.text)}`, no: piece.no });
      i += 2;
      continue;
    }
    if (piece && next) {
      const a = squash(piece.text);
      const b = squash(next.text);
      const bareNumber = /^so\s*[:.]?$/.test(fold(a));
      // "**VĂN PHÒNG CHÍNH" / "PHỦ**": a page wrapped the name inside its bold span; the break is kept as
      // typed, as for any agency line (the fragment joins only text that OCR or a cell cut apart), and
      // the fragment ends this name rather than starting the next.
      if (next.joined === true && endsNameAbove(a, b, stream[i + 2])) {
        out.push(piece, next);
        i += 1;
        continue;
      }
      const tail = endsNameAbove(a, b, stream[i + 2]);
      const capsFragment = !tail && isCapsFragment(a) && isUpperText(b) && !isNationalTitle(a) && !isMotto(b);
      const placeFragment = /^(\p{Lu}\p{Ll}*\s?){1,2}$/u.test(a) && /^\p{Lu}\p{Ll}*(\s\p{Lu}\p{Ll}*)*\s*,\s*ngày\b/u.test(b);
      // "CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM": the national title or motto cut anywhere.
      const joined = `${a} ${b}`;
      const titleCut = (isNationalTitle(joined) || isMotto(joined)) && !isNationalTitle(a) && !isMotto(a);
      // "*Thành phố Hồ Chí" / "Minh, ngày …*": one emphasis span over the break is one header element,
      // unless both are capitals (an agency's lines, whose break the author may want).
      const whole = (t: string): boolean => isNationalTitle(t) || isMotto(t) || isNumberLine(t) || isRecipientsStart(t) || isSubjectStart(t);
      const span = next.joined === true && !(isUpperText(a) && isUpperText(b)) && !whole(b) && !isNationalTitle(a) && !isMotto(a);
      if (bareNumber || tail || capsFragment || placeFragment || titleCut || span) {
        // The pair is read as one line ("VĂN PHÒNG CHÍNH PHỦ" is no parent over a "PHÒNG"), but an agency
        // name keeps the break as typed, as readers copy it.
        out.push({ text: `${a} ${b}`, no: piece.no, ...(capsFragment ? { typed: `${a}\n${b}` } : {}) });
        i += 1;
        continue;
      }
    }
    out.push(piece ?? null);
  }
  return out;
}
