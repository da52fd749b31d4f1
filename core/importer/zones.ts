// Cuts a letter into zones: header | Kính gửi | body | footer (Nơi nhận + signature). Anchors are
// found on whole lines, before any column splitting, so the body is never cut into columns.
import { contentOf } from './lines';
import type { SourceLine } from './lines';
import { lineNoise } from './noise';
import { looksLikeName } from './signer-names';
import { isUnlabelledEntry } from './unlabelled-recipients';
import { DATE, isArchiveEntry, isAsAboveEntry, isDistributionStart, isMotto, isNationalTitle, isNumberLine, isRecipientsStart, isSubjectStart, markerKind, urgencyOf } from './patterns';
import { fold, isUpperText, squash } from './text';

export interface Zones {
  /** Index of the "Kính gửi" line, or null. */
  recipients: number | null;
  /** First line after the header when there is no "Kính gửi". */
  headerEnd: number;
  footerStart: number;
}

const TITLE_LINE = /^(pho )?(chu tich|giam doc|chanh van phong|truong ban|truong phong|bo truong|thu truong|cuc truong|vu truong|hieu truong|bi thu|chu nhiem|tong giam doc|truong doan|thu truong don vi)$/;

const textOf = (l: SourceLine): string => squash(contentOf(l.raw, l.runs).text);
/** The first column piece of a layout line. */
const firstPiece = (l: SourceLine): string => squash(contentOf(l.raw.trim().split(/\s{3,}/)[0] ?? '', l.runs).text);
const pieceTexts = (l: SourceLine): string[] => (l.runs ? [textOf(l)] : l.raw.trim().split(/\s{3,}/).map((p) => squash(contentOf(p, null).text)));

/** A dateline with its year and nothing more after it (a sentence citing a date goes on past it). */
export function isDatelineOnly(piece: string): boolean {
  const m = DATE.exec(fold(piece));
  return m !== null && m[3] !== undefined && fold(piece).length - (m.index + m[0].length) <= 2;
}

export function isHeaderElement(piece: string): boolean {
  if (piece === '') return false;
  return isNationalTitle(piece) || isMotto(piece) || isNumberLine(piece) || isSubjectStart(piece) || urgencyOf(piece) !== null || isDatelineOnly(piece);
}

/** A signer's title, possibly cut short ("TRƯỞNG" for "TRƯỞNG PHÒNG"). */
const TITLE_START = /^(pho )?(chu tich|giam doc|chanh van phong|truong|bo truong|thu truong|cuc truong|vu truong|hieu truong|bi thu|chu nhiem|tong giam doc)\b/;

/**
 * A letter copied without "Nơi nhận" and without its closing "./." may still end with the signature:
 * its last line (or the one before a name) is a capitalised title. Returns where it starts, or null.
 */
function trailingSignature(lines: readonly SourceLine[], from: number): number | null {
  const filled: number[] = [];
  for (let i = lines.length - 1; i >= from && filled.length < 3; i -= 1) if (textOf(lines[i] as SourceLine) !== '') filled.push(i);
  for (const [k, i] of filled.entries()) {
    const t = textOf(lines[i] as SourceLine);
    // "CỤC TRƯỞNG CỤC LƯU TRỮ NHÀ NƯỚC": the title may name the office it heads.
    if (k < 2 && isUpperText(t) && t.split(' ').length <= 10 && TITLE_START.test(fold(t))) return i;
    // "Phó Chủ tịch" / "(Đã ký)" / "Thào A Tráng": a web copy that typed the title in lower case; the
    // title must be the whole line, and only the signature's mark and the name may follow it.
    const after = filled.slice(0, k).map((j) => textOf(lines[j] as SourceLine));
    if (k > 0 && TITLE_LINE.test(fold(t)) && after.every((a) => lineNoise(a, { pageNumbers: false, eSignature: false }) === 'signature-mark' || looksLikeName(a))) return i;
  }
  return null;
}


export function findZones(lines: readonly SourceLine[]): Zones {
  const n = lines.length;
  let recipients: number | null = null;
  for (let i = 0; i < n; i += 1) {
    if (isRecipientsStart(firstPiece(lines[i] as SourceLine))) {
      recipients = i;
      break;
    }
  }
  const from = recipients ?? 0;
  // Footer: "Nơi nhận" or a signature marker line, whichever comes first after the body.
  let footerStart = n;
  let lastClose = -1;
  for (let i = from + 1; i < n; i += 1) {
    const line = lines[i] as SourceLine;
    const first = firstPiece(line);
    if (isDistributionStart(first) || isAsAboveEntry(first)) {
      footerStart = i;
      break;
    }
    if (pieceTexts(line).some((p) => markerKind(p) !== null && isUpperText(p))) {
      footerStart = i;
      break;
    }
    // "TM. Ủy ban nhân dân tỉnh" / "KT. CHỦ TỊCH": a web copy typed the authority line in mixed case; the
    // marker line in capitals right under it says the signature starts here, not a sentence.
    const below = markerKind(first) !== null && first.split(/\s+/).length <= 8 && !/[.;:]\s*$/.test(first) ? lines.slice(i + 1, i + 3).find((l) => textOf(l) !== '') : undefined;
    if (below !== undefined && pieceTexts(below).some((p) => markerKind(p) !== null && isUpperText(p))) {
      footerStart = i;
      break;
    }
    // "GIÁM ĐÓC" / ".XƠI HN:" / … / "- Lưu VT.KH-IC.": a title alone in capitals, with the archive line under
    // it, starts the signature though OCR marred the label and lost the closing "./.".
    if (isUpperText(first) && TITLE_LINE.test(fold(first)) && lines.slice(i + 1, i + 16).some((l) => isArchiveEntry(firstPiece(l)))) {
      footerStart = i;
      break;
    }
    if (textOf(line).includes('./.')) lastClose = i;
    // "ẤT. GIÁM ĐÓC" / "“HỒ GIÁM ĐÓC": past the closing "./.", a title in capitals after a short token OCR
    // marred (the marker, "PHÓ") starts the signature too; "¬... GIAM ĐỌC": so after a run of signs.
    if (lastClose >= 0 && i > lastClose && pieceTexts(line).some((p) => isUpperText(p) && (TITLE_LINE.test(fold(p)) || TITLE_LINE.test(fold(p).replace(/^(?:\S{1,3}|[^\p{L}\p{N}\s]+)\s+/u, ''))))) {
      footerStart = i;
      break;
    }
  }
  if (footerStart === n && lastClose >= 0) footerStart = lastClose + 1;
  if (footerStart === n) footerStart = trailingSignature(lines, from + 1) ?? n;

  // Without "Kính gửi", the header ends after its last element (plus the subject's wrapped lines).
  let headerEnd = recipients ?? 0;
  if (recipients === null) {
    let last = -1;
    let subjectAt = -1;
    const limit = Math.min(footerStart, 40);
    for (let i = 0; i < limit; i += 1) {
      const pieces = pieceTexts(lines[i] as SourceLine);
      if (pieces.some(isHeaderElement)) last = i;
      if (pieces.some((p) => isSubjectStart(p))) subjectAt = i;
      const only = pieces.length === 1 ? (pieces[0] as string) : '';
      if (last < 0 && only !== '' && isUpperText(only)) last = i; // agency lines above everything else
    }
    headerEnd = last + 1;
    if (subjectAt >= 0 && subjectAt + 1 >= headerEnd) {
      let j = subjectAt + 1;
      while (j < limit) {
        const t = textOf(lines[j] as SourceLine);
        if (t === '' || t.length > 70 || isUpperText(t) || isUnlabelledEntry(t, true)) break;
        j += 1;
      }
      headerEnd = Math.max(headerEnd, j);
    } else if (subjectAt >= 0 && /^\p{Ll}/u.test(textOf(lines[headerEnd - 1] as SourceLine))) {
      // "V/v giám sát …" / "thuốc lá & xây dựng môi trường Thái Bình, ngày …" / "không khói thuốc": a line of the
      // subject ran into the dateline, the header's last element; the subject goes on below it in small letters.
      let j = headerEnd;
      while (j < limit && /^\p{Ll}/u.test(textOf(lines[j] as SourceLine)) && textOf(lines[j] as SourceLine).length <= 70) j += 1;
      headerEnd = j;
    }
  }
  return { recipients, headerEnd, footerStart: Math.max(footerStart, headerEnd) };
}
