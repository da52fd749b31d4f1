// The footer holds two things side by side or one after the other: Nơi nhận (left) and the signature
// (right). Layout lines are cut by column; lone pieces are sorted by what they say, because a
// signer's name often starts at the left margin after the columns end.
import type { Segment } from './lines';
import { DRAFTER_IN_CAPITALS, DRAFTER_WITH_COPIES, MARKS_BEFORE_DEPUTY, TRACKED_DRAFTER, endsEntry, isDrafterName, isArchiveEntry, isAttachedLabel, isDistributionStart, isElectronicCopies, markerKind } from './patterns';
import { onlyPositionWords } from './position-words';
import { hasDash, isBrokenFullName, isFullName, isUpperText, squash, startsLower, unclosedBracket } from './text';

export interface FooterParts {
  distribution: Segment[];
  signature: Segment[];
}

export const ASIDE_LINE = /^\([^()]*\)\s*[;.]?$/;

export function splitFooter(rows: ReadonlyArray<readonly Segment[]>): FooterParts {
  const distribution: Segment[] = [];
  const signature: Segment[] = [];
  let inList = false;
  let afterArchive = false;
  // "- Lưu: VT" / "Bản điện tử:" / "- Các trường …" / "(để t/h).": a sub-list opened under the archive line
  // is a list again, whose wrapped lines go on as any entry's do.
  let listAfterArchive = false;
  // Where the right column starts, from lines that hold both columns: a lone piece left of it is
  // still in the Nơi nhận column (a wrapped entry), one at or right of it is in the signature.
  const rightStarts = rows.filter((r) => r.length > 1).map((r) => (r[r.length - 1] as Segment).start);
  const rightAt = rightStarts.length > 0 ? Math.min(...rightStarts) : Infinity;
  /** The last row that holds the signature's capitals (a marker's line, a position); -1 if none. */
  const lastCapitalsRow = rows.findLastIndex((r) => r.some((s) => isUpperText(squash(s.text)) && /\p{L}{2}/u.test(s.text)));
  rows.forEach((row, rowAt) => {
    for (const seg of row) {
      const text = squash(seg.text);
      if (text === '') continue;
      if (seg.col === 'right') {
        signature.push(seg);
        continue;
      }
      const last = distribution[distribution.length - 1];
      // "Lưu Văn Bản" after the archive line: a signer whose family name is Lưu (isArchiveEntry tells).
      const archiveLine = isArchiveEntry(text);
      // "- Lưu VP, GDTTH." / "—fràn Thị Bích Vân": after the archive line, a stroke before a name is no entry's dash.
      // "* Đặng Phương Bắc" (a star, read as a list's bullet, for the seal's edge): so is a mark apart before a
      // full name there, with no list after the archive line; "_ Thái Mỹ Phượng": so is OCR's underscore.
      const dashedName = afterArchive && !listAfterArchive && ((/^[—–]\S/u.test(text) && isBrokenFullName(text.slice(1))) || (/^[-–—*_~]\s+\S/u.test(text) && isFullName(text.replace(/^[-–—*_~]\s+/u, ''))));
      // "_ TL. BỘ TRUONG ;": nor is a marker's line, a speck read as its dash.
      const isEntry = !dashedName && (isDistributionStart(text) || (hasDash(text) && markerKind(text) === null) || /^\+\s*\S/.test(text) || archiveLine || isElectronicCopies(text) || (inList && isAttachedLabel(text)));
      const leftColumn = rightAt !== Infinity && seg.start < rightAt - 6;
      // A wrapped entry: the entry before it is open, and this piece reads like the rest of an entry
      // (lower case, a bracket, left of the signature column, or ending in list punctuation) and not
      // like a signature line (capitals, TM./KT. markers) or the signer after the archive line.
      const lastText = last === undefined ? '' : squash(last.text);
      const open = last !== undefined && !endsEntry(lastText);
      // "Cường, các Vụ: TH, PL, TGĐ", "Định; Trợ lý TTg; TGĐ Cổng": a comma or semicolon inside a line in
      // mixed case is a list's, never a signer's.
      const entryLike = startsLower(text) || /^[(“"]/.test(text) || leftColumn || /[;,:]\s*$/.test(text) || /[,;]\s/.test(text);
      // "- VPUB: CVP, PCVP P.T.T Huyền," / "NC, KGVX, TH;": capitals go on an entry that stopped at a comma
      // or inside a bracket, when they end as an entry does or hold a semicolon ("TH, TTTT; :", a speck after
      // it): a signature line has no list ending and no semicolon.
      // A line of capitals ending in ";" ("TTĐT;") ends an entry: no signature line ends so.
      // "- VPCP: …, các Vụ:" / "CN, NC, KTTH, QHỌTT, QHĐP,": so do units' initials, two commas or more between
      // them, under an entry that stopped at its colon or a comma; no signature line lists so.
      const initialsGoOn = /[:,]\s*$/.test(lastText) && /^(?:[\p{Lu}\d&.-]{1,8},\s*){2,}[\p{Lu}\d&.-]{0,8}[,;.]?\s*$/u.test(text);
      const upperGoesOn = ((/,\s*$/.test(lastText) || unclosedBracket(lastText)) && /;|\.\s*$/.test(text)) || /;\s*$/.test(text) || initialsGoOn;
      // "Tú PHÓ GIÁM ĐÓC" under "Nơi nhận: KT. GIÁM ĐÓC": a deputy's position with a pen's or a seal's marks
      // before it is the signature's line, wherever OCR set it.
      const inkedDeputy = MARKS_BEFORE_DEPUTY.exec(text);
      const continues =
        inList && (!afterArchive || listAfterArchive) && markerKind(text) === null && !(inkedDeputy !== null && onlyPositionWords(text.slice(inkedDeputy[0].length))) && ((open && (!isUpperText(text) || upperGoesOn) && entryLike) || (last !== undefined && startsLower(text) && (open || !afterArchive)));
      // "- Như trên;" / "TT Phạm Minh Huân (để b/c);": entries typed without their dashes. A line in
      // mixed case that ends as an entry does, after an entry that ended, is the next one: no signature
      // line ends in ";", asks "(để b/c)", sends "(kèm QĐ …)" or lists ("Trợ lý TTg, TGĐ Cổng TTĐT; các").
      // "VPHĐ-UB: CPVP;": so is one in capitals that ends in ";".
      const undashed =
        inList && !afterArchive && last !== undefined && !open && (!isUpperText(text) || /;\s*$/.test(text)) && markerKind(text) === null && (/;\s*$/.test(text) || /\((?:để|kèm)\s+\S/u.test(text) || /[,;]\s/.test(text));
      // "- Lưu: VT, ĐMDN (02). TRUNGANH." wrapped: the drafter's mark in capitals right under the archive line.
      const underArchive = afterArchive && last !== undefined && isArchiveEntry(lastText);
      // "- Lưu: VT, KTN (3b) Nghĩa" / "(24).": the drafter's copies wrapped under the archive line;
      // "- Lưu:" / "VT, VP (38b).": its units wrapped under the label.
      const archiveWrapped = underArchive && !endsEntry(lastText) && (/^\(\d{1,4}\)\.?$/.test(text) || (/^[-–—•+]?\s*\S+\s*:\s*$/.test(lastText) && markerKind(text) === null));
      // "- Lưu VT, KL." / "TP Nguyễn Hồng Quảng" / "KT. BỘ TRƯỞNG": a name right under the archive line, with
      // the signature's lines still to come, is the drafter's written out; the signer's name comes after them.
      const drafterNamed = underArchive && rowAt < lastCapitalsRow && isDrafterName(text);
      // "- Lưu VT,TTHT." / "1399-11995379/19 B.Hang": a tracking number and the drafter under the archive line.
      const tracked = underArchive && markerKind(text) === null && TRACKED_DRAFTER.test(text);
      // "TRUNGANH." right under the archive line: the mark in capitals, in the left column; in a copy with no
      // columns ("CHÂU."), its full stop tells it from an office's name over "KT.".
      const capitalsMark = underArchive && (leftColumn || /\.$/.test(text)) && markerKind(text) === null && DRAFTER_IN_CAPITALS.test(text);
      const drafter = afterArchive && (archiveWrapped || drafterNamed || tracked || DRAFTER_WITH_COPIES.test(text) || capitalsMark);
      // "(Giao UBND các xã, phường thông tin và gửi)" on its own line: the aside of the entry above.
      const aside = inList && (!afterArchive || listAfterArchive) && last !== undefined && ASIDE_LINE.test(text);
      if (seg.col === 'left' || isEntry || continues || undashed || drafter || aside) {
        distribution.push(seg);
        inList = true;
        if (archiveLine) afterArchive = true;
        else if (afterArchive && isElectronicCopies(text)) listAfterArchive = true;
      } else {
        signature.push(seg);
      }
    }
  });
  return { distribution, signature };
}

/**
 * The signature's lines as text. A name a web page wrapped inside its bold span ("**Bùi" /
 * "Xuân Cường**") is one line again; capitals and TM./KT. lines keep their own lines.
 */
export function signatureLines(segments: readonly Segment[]): string[] {
  const out: string[] = [];
  for (const seg of segments) {
    const text = squash(seg.text);
    const prev = out[out.length - 1];
    if (seg.joined && prev !== undefined && !isUpperText(prev) && !isUpperText(text) && markerKind(text) === null && markerKind(prev) === null) {
      out[out.length - 1] = `${prev} ${text}`;
    } else out.push(text);
  }
  return out;
}
