// The signature block's lines made ready before they are read: lines OCR or a flattened cell ran
// together split apart, a name a web copy broke after its initial joined, an e-signature stamp's office
// cut off the position, and the pen's strokes before a line (and a speck after it) dropped.
import type { Notes } from './notes';
import { GLUED_STROKES, MARKS_BEFORE_DEPUTY, markerKind, marredMarker } from './patterns';
import { onlyPositionWords } from './position-words';
import { hasTitleWord } from './title-words';
import { isFullName, isUpperText, squash } from './text';

/** "TS.", "PGS.TS.", "LS.": a degree, an academic rank or a profession written before a signer's name. */
const HONORIFIC = /^(?:(?:LS|TS|GS|PGS|KS|BS|ThS|CN)\.\s?)+$/u;

/** Splits text that OCR ran together at a capitals→name or title→marker boundary. */
export function splitRunTogether(text: string): string[] {
  return text
    // "TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG …": a second marker's line after the first's position, with a space.
    .replace(/(\p{Lu}{2})\s*(?=(?:TM|KT|TL|TUQ)\.\s*\p{Lu})/gu, '$1\n')
    .replace(/(\p{Lu}{2})(?=\p{Lu}\p{Ll})/gu, '$1\n')
    // "KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆM": the deputy's position run into the marker's line.
    .replace(/(\p{Lu}{2})(?=PHÓ\s+\p{Lu}{2})/gu, '$1\n')
    // "THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn": a flattened cell keeps a space between the title and the name.
    // "LS. TS. Đỗ Ngọc Thịnh": a degree or a profession before the name is the signer's own (Decree 30 writes it there).
    .replace(/(\S*\p{Lu}{2}[.,]?)\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,5}\s*$)/gu, (m: string, word: string) => (HONORIFIC.test(word) ? m : `${word}\n`))
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** "N" / "guyễn Cao Lục": a web copy broke the signer's name after its first letter; the two are one line. */
export function joinCutInitial(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^\p{Lu}$/u.test(prev) && /^\p{Ll}+\s+\p{Lu}/u.test(line)) out[out.length - 1] = `${prev}${line}`;
    else out.push(line);
  }
  return out;
}

/**
 * "PHÓ GIÁM ĐỐC Sở Giáo dục và" / "Đào tạo" / "Tỉnh Gia Lai" / "30.03.2020": an e-signature stamp's box (the
 * signing office's name in mixed case) printed beside the position; the page's text runs it onto the
 * position's line. The position ends where an office's name in mixed case starts.
 */
const STAMP_OFFICE = /^((?:\p{Lu}+\s+){1,5}\p{Lu}+)\s+((?:Sở|Ủy ban|UBND|Bộ|Cục|Phòng|Trường|Văn phòng|Ban|Tổng cục|Trung tâm|Chi cục)\s+\p{L}\p{Ll}.*)$/u;
export function cutStampOffice(line: string, notes: Notes): string {
  const m = STAMP_OFFICE.exec(line);
  if (m === null || !onlyPositionWords(m[1] as string)) return line;
  notes.add('signature', 'dropped', `Bỏ "${m[2] as string}" (tên cơ quan trong dấu chữ ký số) sau chức vụ người ký.`, line);
  return m[1] as string;
}

/**
 * "TL. TONG CUC TRUONG l", "PHÓ GIÁM ĐÓC ⁄": one small letter or a stroke's sign after a marker's or a position's
 * capitals, apart from them, is a speck the seal or the pen left at the line's end (no position ends so).
 */
export function cutTrailingSpeck(line: string, notes: Notes): string {
  const m = /^(.*\p{Lu}{2})\s+(?:\p{Ll}|[⁄∕|\\~^`]{1,2})$/u.exec(line);
  if (m === null || !isUpperText(m[1] as string) || (markerKind(m[1] as string) === null && !onlyPositionWords(m[1] as string))) return line;
  notes.add('signature', 'dropped', `Bỏ "${line.slice((m[1] as string).length).trim()}" cuối dòng chức vụ (vết mực khi quét).`, line);
  return m[1] as string;
}

/** "PHÓ GIÁM ĐỐC", "PHÓ:BIÁM ĐÓC": a deputy's position, in capitals. */
export const deputyBelow = (below: string | undefined): boolean => below !== undefined && /^PH[ÓO](?!\p{L})/u.test(below.trim()) && isUpperText(below);

/**
 * "==>-PHÓ GIÁM ĐÓC", "<==>x CHỦ TỊCH": a signature's strokes OCR read as a run of signs (a small letter
 * glued at most) before a line in capitals; "\PHÓ
 * GIÁM ĐÓC": one stroke, before a position (before other capitals it marks the seal's ring, SEAL_STROKE).
 */
export function cutLeadingSigns(line: string, below: string | undefined, notes: Notes): string {
  // "_...KT, GIÁM ĐÓC": specks before a marker (markerKind reads past them).
  const specks = /^[_.…,'"“”‘’~-]{1,4}(?=\p{Lu})/u.exec(line);
  if (specks !== null && markerKind(line) !== null) {
    notes.add('signature', 'dropped', `Bỏ "${specks[0]}" đầu dòng (vết mực khi quét).`, line);
    return line.slice(specks[0].length);
  }
  // "Nơinhận XS, GIÁM ĐÓC": a marker OCR marred, before the position, with no deputy's position under it;
  // which marker it was ("KT."?) the text no longer says, so it goes, with the note. Over a deputy's
  // position ("2K GIÁM ĐÓC" / "PHÓ GIÁM ĐỐC") the line is the delegation's, kept (parseSignature).
  const marred = marredMarker(line);
  if (marred !== null && !deputyBelow(below)) {
    notes.add('signature.delegation', 'dropped', `Bỏ "${marred.trim()}" đầu dòng chức vụ (có thể là "KT."/"TL." bị nhận dạng sai) — hãy kiểm tra dòng ký thay.`, line);
    return line.slice(marred.length);
  }
  // "= BẦỆ: Ã SH CĂN. PHO CHANH VAN PHONG": a sign, the seal's scraps and a full stop OCR read beside the
  // title, before a deputy's position whole (its tone marks lost or not); the position is the line.
  const sealed = /^[=<>~_→»|\\¬*#].*?\.\s+(PH[OÓ]\s+\p{Lu}.*)$/u.exec(line);
  if (sealed && isUpperText(sealed[1] as string) && onlyPositionWords(sealed[1] as string)) {
    notes.add('signature', 'dropped', `Bỏ "${line.slice(0, line.length - (sealed[1] as string).length).trim()}" trước chức vụ (chữ con dấu khi quét).`, line);
    return sealed[1] as string;
  }
  // "ø tả Phạm Thanh Hùng": two short scraps in small letters (the pen's strokes) before a full name that opens
  // with a family name; one letter alone may be the name's own, marred ("ê Duy Định" for "Lê …").
  const beforeName = /^(?:[^\s\p{Lu}\d]{1,2}\s+){2}/u.exec(line);
  if (beforeName !== null && isFullName(line.slice(beforeName[0].length))) {
    notes.add('signature', 'dropped', `Bỏ "${beforeName[0].trim()}" trước họ tên người ký (nét chữ ký khi quét).`, line);
    return line.slice(beforeName[0].length);
  }
  // "——Mai Xuân Thanh": dashes a pen's stroke gave, glued before the signer's full name.
  const dashes = /^[-–—_~=]{1,4}(?=\p{Lu}\p{Ll})/u.exec(line);
  if (dashes !== null && isFullName(line.slice(dashes[0].length))) {
    notes.add('signature', 'dropped', `Bỏ "${dashes[0]}" trước họ tên người ký (nét chữ ký khi quét).`, line);
    return line.slice(dashes[0].length);
  }
  // "a- THỨ TRƯỞNG": a small letter or two and a dash the pen's stroke gave, glued before the position.
  const smallDash = /^\p{Ll}{1,2}[-–—~]\s*(?=\p{Lu}{2})/u.exec(line);
  if (smallDash !== null && onlyPositionWords(line.slice(smallDash[0].length))) {
    notes.add('signature', 'dropped', `Bỏ "${smallDash[0].trim()}" đầu dòng (nét chữ ký khi quét).`, line);
    return line.slice(smallDash[0].length);
  }
  // "——xTHU TRƯỜNG": a run of strokes (dashes among them) and a small letter glued before the position.
  // "x.H.c Ó GIÁM ĐÓC": letters and dots the pen's strokes gave, small ones among them, before the position.
  // "- a cPRÓ GIÁM ĐÓC": a dash and small letters apart, the last glued to the position (the seal's rim).
  const rim = /^[-–—~=_]\s+(?:\p{Ll}\s+){1,2}\p{Ll}(?=\p{Lu}{2})/u.exec(line);
  const dotted = /^(?=\S*\.)(?=\S*\p{Ll})[\p{L}.]{3,6}\s+(?=(?:\p{Lu}{1,3}\s+)?\p{Lu}{2})/u.exec(line);
  const m =
    /^[=<>~_→»–—-]{2,}\p{Ll}?\s*(?=\p{Lu}{2})/u.exec(line) ??
    GLUED_STROKES.exec(line) ??
    MARKS_BEFORE_DEPUTY.exec(line) ?? /^[\\|¬]\s*(?=\p{Lu}{2})/u.exec(line) ?? (rim && hasTitleWord(line.slice(rim[0].length)) ? rim : null) ?? (dotted && isUpperText(line.slice(dotted[0].length)) ? dotted : null);
  if (m === null || (m[0].trim().length === 1 && !hasTitleWord(line.slice(m[0].length)))) return line;
  notes.add('signature', 'dropped', `Bỏ "${m[0].trim()}" đầu dòng (nét chữ ký khi quét).`, line);
  return line.slice(m[0].length);
}

/**
 * "ZZ2»4.H.C", "/ÊT" under the position: the pen's scrawl OCR read as capitals, digits and signs; no position,
 * name or marker has a digit or such a sign among letters that make no word of three.
 */
const isScrawl = (line: string): boolean => /[\d»«“”%/]/u.test(line) && /\p{L}/u.test(line) && !/\p{L}{3}/u.test(line);

/** The signature block's lines, made ready to be read: split, joined, and their specks and scrawls dropped. */
export function readyLines(texts: readonly string[], notes: Notes): string[] {
  // "‘Neuyén Thanh Binh": a seal's or pen's stroke that OCR read as a quote mark before the name;
  // "Nơi nhận: ,CỤC TRƯỞNG": a comma OCR read glued to the position.
  // "Nguyễn Thị Thu|Huyền": a bar OCR read in the gap between two words of a name is that gap.
  return joinCutInitial(texts.flatMap((t) => splitRunTogether(squash(t).replace(/^[‘’'`“”„"]+\s*(?=\p{Lu})|^[,;:]\s*(?=\p{Lu}{2})/u, '').replace(/(?<=\p{Ll})\|(?=\p{Lu}\p{Ll})/gu, ' '))))
    .map((l, i, all) => cutLeadingSigns(l, all[i + 1], notes))
    .map((l) => cutTrailingSpeck(cutStampOffice(l, notes), notes))
    .filter((l) => {
      if (!isScrawl(l)) return true;
      notes.add('signature', 'dropped', 'Bỏ dòng nét chữ ký (chữ, số và dấu rời khi quét) trong khối chữ ký.', l);
      return false;
    });
}

/**
 * "CÔNG TY TNHH GIÁO DỤC EDMICRO" / "GIÁM ĐỐC": a company's name in capitals over its director's position, with no
 * "TM." before it, is the body the director signs for: the authority line, read as typed. Null when the title
 * read has no company's line first.
 */
export function companyOverTitle(titleParts: readonly string[], notes: Notes): string | null {
  const first = titleParts[0];
  if (titleParts.length < 2 || first === undefined || !/^CÔNG TY\s/u.test(first) || !isUpperText(first)) return null;
  notes.add('signature.authority', 'uncertain', 'Dòng tên công ty trên chức vụ người ký không có "TM."; đã hiểu là dòng thẩm quyền ký — hãy kiểm tra.', first);
  return first;
}
