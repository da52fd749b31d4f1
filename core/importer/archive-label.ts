// The archive line's label, "Lưu:", as typed or as OCR and fonts marred it, and the punctuation OCR
// doubled or misread at the line's end: what parseArchive reads the units from is what follows it.
import type { Notes } from './notes';
import { LUU_AS_IRU } from './patterns';
import { fold } from './text';

// "L u: VT, …": "Lưu" with its "ư" lost from the font, the desk after the colon.
// "bưu: VT; CTTT:": its "L" read as a "b" (or an "h", or a "k": "kưu: VT, KHTC.").
// "Lan: VT, TTHT.": OCR's reading of "Lưu", told by the records desk after it.
// "Em: VT, TIKT.": or as any two letters, told by the desk.
const LABEL = new RegExp(String.raw`^\s*(?:luu\s*[:.]?|(l[a-z]{1,3}|l\s+u|[bhk]uu)\s*:(?=\s*v[t1i]\b)|([a-z]{2})\s*:(?=\s*vt\b)|(${LUU_AS_IRU})(?=\s+vt\b))\s*`);

/** The archive line's text after its dash and label, a marred label noted. */
export function archiveUnitsText(raw: string, notes: Notes): string {
  // "> Lưu: VT, …": an OCR's markdown read the dash as a quote's ">".
  const text = raw.replace(/^\s*[-–—•+~_>]\s*/, '');
  const lead = LABEL.exec(fold(text));
  const marred = lead?.[1] ?? lead?.[2] ?? lead?.[3];
  if (marred !== undefined) notes.add('archive.units', 'converted', `"${text.slice(0, marred.length)}" đầu dòng được hiểu là "Lưu" — lỗi nhận dạng chữ.`, raw.trim());
  // "VT, Vụ LĐTL..", "VT, N...": OCR doubled or tripled the line's full stop.
  // "VT; CTTT:": the line's closing full stop read as a colon after the last unit.
  // "VT(ĐI1,.Đ4).": a speck OCR read as a full stop, glued between a comma and the next unit, parts nothing.
  return text
    .slice(lead ? lead[0].length : 0)
    .replace(/(?<=\p{L})\.{2,3}\s*$/u, '.')
    .replace(/(?<=\p{Lu}):\s*$/u, '.')
    .replace(/,\.(?=\p{Lu})/gu, ',');
}
