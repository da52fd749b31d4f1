// Signature block: the TM. line, the KT./TL./TUQ./Q. line (each may be broken over two lines), the
// signer's title, the signer's name — also when OCR ran them together ("PHÓ CHỦ TỊCHNguyễn Thị Thu",
// "TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCH"). A missing title stays empty: "KT. CHỦ TỊCH" alone does not say
// which deputy signed.
import { isVietnameseSyllable } from '../encoding';
import { authorityMarkerOf, formatAuthorityLine } from '../format/signature';
import type { Signature } from '../letter/types';
import type { Notes } from './notes';
import { lineNoise, noiseLabel } from './noise';
import { GLUED_DOT_MARKER, LETTERLESS_SCRAPS, markerKind, marredMarker } from './patterns';
import { onlyPositionWords, positionEndCutByOcr, positionMarredInside } from './position-words';
import { isSealRing, isSealRingPiece } from './seal-text';
import { looksLikeName, nameInCapitals, nameShaped } from './signer-names';
import { companyOverTitle, deputyBelow, readyLines } from './signature-lines';
import { hasTitleWord } from './title-words';
import { fold, isBrokenFullName, isFullName, isUpperText, mostlyUpper, nearlyUpperPosition, titleCase, withoutLeadingStrokes } from './text';

/**
 * A line in capitals naming a unit ("VỤ TỔ CHỨC PHI CHÍNH PHỦ", "CỤC QUẢN LÝ …"), or the rest of one a
 * line break cut at "và" ("… VỤ KHOA HỌC, CÔNG NGHỆ" / "VÀ MÔI TRƯỜNG"): never a signer's name.
 */
const UNIT_LINE = /^(?:VỤ|CỤC|TỔNG CỤC|SỞ|PHÒNG|BAN|VĂN PHÒNG|TRUNG TÂM|VIỆN|VÀ)\s+\p{Lu}/u;
const TAIL_START = /^(dan|nhan dan|ban nhan dan|tich|doc|truong)\b/;
/** "KT." or "T/M" alone on its line: the marker's position follows on the next line. */
const BARE_MARKER = /^(?:T[./]?M|K[./]?T|T[./]?L|TUQ|Q)\.?$/i;

/**
 * A marker line stays as typed ("KT GIÁM ĐỐC", "T/M ỦY BAN NHÂN DÂN"): the importer does not correct
 * the letter; the checker's signature-form rule names the Decree's form and fixes it on request. The
 * note tells the clerk why the line differs from it.
 */
function noteTypedMarkers(sig: Signature, notes: Notes): void {
  for (const kind of ['authority', 'delegation'] as const) {
    for (const typed of (sig[kind] ?? '').split('\n')) {
      const canonical = formatAuthorityLine(typed);
      if (canonical !== typed) {
        notes.add(`signature.${kind}`, 'uncertain', `Dòng "${typed}" giữ như văn bản gốc; Nghị định 30 viết "${canonical}" — phần kiểm tra thể thức sẽ đề nghị sửa.`, typed);
      }
    }
  }
}


/**
 * A marker's position, then a second position (the signer's: PHÓ …, THỨ TRƯỞNG, CHÁNH VĂN PHÒNG…).
 * "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG": the Prime Minister's ends on "TƯỚNG".
 */
const TWO_POSITIONS = /^((?:K\.?T|T\.?L|TUQ|Q)(?:\.\s*|\s+).*?(?:TRƯỞNG|TỊCH|ĐỐC|NHIỆM|TƯỚNG))\s+((?:PHÓ|THỨ TRƯỞNG|CHÁNH VĂN PHÒNG|VỤ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|GIÁM ĐỐC)(?:\s.*)?)$/u;

/** "KT. VỤ TRƯỞNG VỤ XUẤT NHẬP KHẨU PHÓ VỤ TRƯỞNG": a marker, its unit's name, then a deputy's position. */
const DEPUTY_AT_END = /^((?:K\.?T|T\.?L|TUQ)(?:\.\s*|\s+).+?)\s+(PHÓ\s+(?:VỤ|CỤC|TRƯỞNG|CHÁNH|GIÁM|CHỦ|TỔNG)(?:\s+\p{Lu}+){0,3})$/u;

export interface SignatureRead {
  found: boolean;
  signature: Signature;
}

/** "\° THÀNH PHG", "4 BẤC N": a stroke or a digit before the seal's ring; no position starts so. */
const SEAL_STROKE = /^(?:[\\°|~^`§¬]|\d\s+\p{Lu}{2})/u;
/** "“/ THÁI Đ": signs, then capitals with no position's word: the seal's ring too ("¬=““ffái Văn Tài" is a name). */
const isSealScrap = (line: string): boolean =>
  (SEAL_STROKE.test(line) || (/^[^\p{L}\p{N}\s]+\s+\p{Lu}/u.test(line) && isUpperText(line) && !hasTitleWord(line))) && !isBrokenFullName(withoutLeadingStrokes(line));

/** A line ending as a head's or deputy's position does ("IÁM ĐÓC", "PHÓ CHỦ TỊCH"). */
const POSITION_LINE_END = /\p{Lu}{2,}\s+(?:Đ[ỐÓỌO]C|TRƯỞNG|T[ỊI]CH)\s*$/u;

/** "= MỘT THÀNH VIÊN )": capitals between signs standing apart at both ends, the seal's ring; no position is so wrapped. */
const SIGN_WRAPPED = /^[^\p{L}\p{N}\s(]+\s+\p{Lu}.*\s[^\p{L}\p{N}\s]+$/u;

/** "VỀ HQ PHÓ TRƯỞNG BAN": one to three words that are no position's, then a position. */
function positionAfterTail(line: string): { tail: string; position: string } | null {
  const words = line.trim().split(/\s+/);
  for (let k = 1; k <= 3 && k < words.length - 1; k += 1) {
    const tail = words.slice(0, k).join(' ');
    const position = words.slice(k).join(' ');
    if (/^pho\s/.test(fold(position)) && onlyPositionWords(position) && !onlyPositionWords(tail)) return { tail, position };
  }
  return null;
}

/** A full name ending a line after signs and at most one short word ("*. Sue Nguyên Nam Bình"), or with signs between its words. */
function nameAfterSpecks(line: string): { name: string; specks: string } | null {
  // "à “Bùi Vấn Chương": a sign glued before the name's first capital is a speck of its own.
  const words = line.trim().replace(/(?<=^|\s)([^\p{L}\p{N}\s]+)(?=\p{Lu})/gu, '$1 ').split(/\s+/);
  // "Phạm '\ Văn Hà": a pen stroke OCR read as signs between the name's words.
  const signs = words.filter((w) => !/[\p{L}\p{N}]/u.test(w));
  const lettered = words.filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (signs.length > 0 && lettered.length >= 2 && lettered.length <= 4 && isFullName(lettered.join(' '))) return { name: lettered.join(' '), specks: signs.join(' ') };
  for (const size of [4, 3]) {
    if (words.length <= size) continue;
    const name = words.slice(-size).join(' ');
    const specks = words.slice(0, -size);
    const lettered = specks.filter((w) => /\p{L}/u.test(w));
    if (isFullName(name) && lettered.length <= 1 && lettered.every((w) => w.replace(/[^\p{L}]/gu, '').length <= 3)) return { name, specks: specks.join(' ') };
  }
  return null;
}

/**
 * "ẤT. GIÁM ĐÓC" over "“HỒ GIÁM ĐÓC": a marker with its full stop, its letters OCR marred, before the
 * head's position, over the same position after one short word (the deputy's "PHÓ", marred too).
 */
function dottedMarkerOver(line: string, below: string | undefined): boolean {
  const m = /^\p{Lu}{1,2}\.\s+(?=\p{Lu}{2})/u.exec(line);
  if (m === null || below === undefined || markerKind(line) !== null) return false;
  const position = fold(line.slice(m[0].length)).trim();
  const under = fold(below.replace(/^[‘’'`“”„"]+/u, '')).trim().split(/\s+/);
  return onlyPositionWords(position) && under.length >= 2 && (under[0] as string).length <= 4 && under.slice(1).join(' ') === position;
}

export function parseSignature(texts: readonly string[], notes: Notes, agencyLines: readonly string[] = []): SignatureRead {
  const lines = readyLines(texts, notes);
  const sig: Signature = { authority: null, delegation: null, title: '', signer: '' };
  const titleParts: string[] = [];
  let open: 'authority' | 'delegation' | null = null;
  /** The open marker line went on last on a line a narrow column wrapped mid-name. */
  let wrappedOn = false;
  let found = false;
  lines.forEach((line, index) => {
    const noise = lineNoise(line, { pageNumbers: true, eSignature: true });
    if (noise !== null) {
      if (noise !== 'rule') notes.add('signature', 'dropped', `Bỏ ${noiseLabel(noise)} trong khối chữ ký.`, line);
      return;
    }
    // ". GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC": the full stop of a marker ("KT.") whose letters the scan lost,
    // before the head's position, with the signer's own under it; "2K GIÁM ĐÓC" over "PHÓ:BIÁM ĐÓC": the
    // marker OCR marred. Kept as typed, with a note.
    const below = lines[index + 1];
    const keptMarker = (/^\.\s*\p{Lu}/u.test(line) && onlyPositionWords(line.slice(1))) || (marredMarker(line) !== null && deputyBelow(below)) || dottedMarkerOver(line, below);
    // "E.GIÁM ĐÓC" over the name: the marker's trace glued to the head's position; the deputy's line under
    // it was lost under the seal.
    // "T.CHỦ TỊCH" with nothing under it: so when the deputy's line and the name were both lost.
    const gluedDot = GLUED_DOT_MARKER.test(line) && onlyPositionWords(line.replace(GLUED_DOT_MARKER, '')) && (below === undefined || nameShaped(below) || isUpperText(below));
    // "3⁄4. +1 LGIÁM ĐÓC": scraps with no letter where the marker stood, before a position (as the seal
    // marred it); unlike the forms above, which keep what is left of the marker, they are dropped.
    const scraps = keptMarker ? null : LETTERLESS_SCRAPS.exec(line);
    const afterScraps = scraps === null ? '' : line.slice(scraps[0].length);
    const scrappedMarker = scraps !== null && (onlyPositionWords(afterScraps) || positionMarredInside(afterScraps));
    const markerLost = keptMarker || scrappedMarker;
    // A glued dot where the marker stood tells a marker by itself; letterless scraps do where a second position
    // follows further down ("= GIÁM ĐÓC" / seal's words / "IÁM ĐÓC"), not over the name alone ("¬... GIAM ĐỌC").
    const positionLater = lines.slice(index + 1).some((l) => POSITION_LINE_END.test(l));
    const lostMarker = sig.authority === null && sig.delegation === null && titleParts.length === 0 && ((markerLost && below !== undefined && isUpperText(below) && !nameInCapitals(below)) || gluedDot || (scrappedMarker && positionLater));
    if (lostMarker) {
      const opener = GLUED_DOT_MARKER.exec(line)?.[0] ?? (line.split(/\s+/)[0] as string);
      const how = line.startsWith('.') ? 'mở bằng dấu chấm của "KT."/"TL." mà bản quét mất chữ' : `mở bằng "${opener}", có thể là "KT."/"TL." bị nhận dạng sai`;
      notes.add('signature.delegation', 'uncertain', `Dòng "${line}" ${how}; đã hiểu là dòng ký thay — hãy kiểm tra.`, line);
      if (scrappedMarker) {
        notes.add('signature.delegation', 'dropped', `Bỏ "${(scraps?.[0] ?? '').trim()}" đầu dòng ký thay (dấu "KT."/"TL." nhận dạng thành ký hiệu).`, line);
        line = afterScraps;
      }
    } else if (scrappedMarker) {
      // "¬... GIAM ĐỌC" over the name alone: the pen's strokes before the signer's own position.
      notes.add('signature', 'dropped', `Bỏ "${(scraps?.[0] ?? '').trim()}" đầu dòng chức vụ (nét chữ ký khi quét).`, line);
      line = afterScraps;
    }
    const kind = markerKind(line) ?? (lostMarker ? 'delegation' : null);
    if (kind) {
      found = true;
      if (kind === 'delegation' && sig.authority === null && sig.delegation === null && titleParts.length > 0) {
        // "PHÒNG LĐ – TBXH HUYỆN" over "KT. TRƯỞNG PHÒNG": the office's name without "TM." is no
        // position of the signer (who is named under the marker) and no TM. line either.
        notes.add('signature.authority', 'dropped', 'Dòng tên cơ quan phía trên dòng KT./TL. không có "TM."; đã bỏ — nếu ký thay mặt tập thể, hãy ghi dòng "TM.".', titleParts.join(' '));
        titleParts.length = 0;
      }
      // "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG": the office signs by order, and its deputy for its chief;
      // both lines are the delegation, one under the other.
      // A line read twice (a flattened cell repeating it) is not stacked.
      // "KTGIÁMĐÓC _““": signs with no letter after the marker's line are the pen's strokes as OCR read them.
      // "KT. BỘ TRƯỞNG v“": or a small letter with them, after the marker's capitals.
      // "_ TL. BỘ TRUONG ;": an underscore or tilde apart before the marker is a speck the scan left.
      const speck = /^\s*[_~]\s+(?=\p{Lu})/u.exec(line);
      if (speck) {
        notes.add(`signature.${kind}`, 'dropped', `Bỏ "${speck[0].trim()}" đầu dòng ${kind === 'authority' ? 'thẩm quyền' : 'ký thay'} (vết mực khi quét).`, line);
        line = line.slice(speck[0].length);
      }
      // "TL. TONG CỤC TRUONG .": a full stop standing apart after the position is a speck too.
      const strokes = /\s+(?:\p{Ll}?[^\p{L}\d\s.,]+|\.)$/u.exec(line.trim());
      if (strokes) notes.add(`signature.${kind}`, 'dropped', `Bỏ "${strokes[0].trim()}" cuối dòng ${kind === 'authority' ? 'thẩm quyền' : 'ký thay'} (nét chữ ký khi quét).`, line);
      const typed = (strokes ? line.trim().slice(0, strokes.index) : line).replace(/\s+/g, ' ').trim();
      // "TL. BỘ TRƯỞNG" / "Q. VỤ TRƯỞNG VỤ KHOA HỌC …": under a TL. (or TUQ.) line, "Q." (acting) begins the
      // signer's own position — the acting head of a unit signing by order — not a second marker line
      // (the checker's signature-form rule reads it so too). "Q. GIÁM ĐỐC" alone stays the marker line.
      const above = sig.delegation === null ? null : authorityMarkerOf(sig.delegation);
      if (kind === 'delegation' && /^Q\.\s/u.test(typed) && (above === 'TL' || above === 'TUQ') && titleParts.length === 0) {
        open = null;
        titleParts.push(typed);
        return;
      }
      const stacked = kind === 'delegation' && sig.delegation !== null && titleParts.length === 0 && formatAuthorityLine(sig.delegation) !== formatAuthorityLine(typed);
      sig[kind] = stacked ? `${sig.delegation as string}\n${typed}` : typed;
      open = kind;
      wrappedOn = false;
      return;
    }
    const upper = isUpperText(line);
    if (open && upper) {
      const current = sig[open] as string;
      const bareMarker = BARE_MARKER.test(current);
      // "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM": a marker line ending in a comma goes on on the next line.
      // "TL. CỤC TRƯỞNG" is whole: a "TRƯỞNG BAN …" line under it is the signer's own position.
      const whole = /\b(truong|tich|doc|dan)$/.test(fold(current));
      // "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ" / "VỀ HQ" / "PHÓ TRƯỞNG BAN": a marker line cut short of its
      // position word, then words of no position over the signer's position: the marker's line goes on.
      const next = lines[index + 1];
      const wrapped = !whole && !hasTitleWord(line) && line.split(/\s+/).length <= 4 && next !== undefined && isUpperText(next) && hasTitleWord(next) && markerKind(next) === null;
      // "KT. VỤ TRƯỞNG VỤ QLT DNNVV VÀ" / "HKD, CN": a marker line cut after a joining word goes on, too.
      const cutAtJoin = /\s(?:va|ve|&|-)$/.test(fold(current));
      // "KT. VỤ TRƯỞNG VỤ GIÁO DỤC CHÍNH TRỊ" / "VÀ CÔNG TÁC HỌC SINH SINH VIÊN": or cut before it.
      // "KT. VỤ TRƯỞNG VỤ GIÁO DỤC CHÍNH" / "TRỊ VÀ CÔNG TÁC HỌC SINH SINH VIÊN": a long marker line a narrow
      // column wrapped mid-name goes on on capitals that are no position ("VIÊN" alone is a word's end) and not
      // the seal's ring.
      // One word alone goes on only a line that wrapped already ("TRTI6NG" under "… VA HKD, CN" is the deputy's
      // marred position).
      const words = line.trim().split(/\s+/).length;
      const wrappedName = !whole && current.length >= 28 && (words >= 2 || wrappedOn) && !hasTitleWord(line) && !(onlyPositionWords(line) && words >= 2) && !isSealRing(line, agencyLines);
      const joinNext = !whole && /^(?:va|ve)\s/.test(fold(line)) && !hasTitleWord(line);
      const other = bareMarker || /,\s*$/.test(current) || (TAIL_START.test(fold(line)) && !whole) || wrapped || cutAtJoin || joinNext;
      if (other || wrappedName) {
        wrappedOn = !other;
        sig[open] = `${current} ${line}`;
        return;
      }
      // "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ" / "VỀ HQ PHÓ TRƯỞNG BAN": a page ran the marker line's last words
      // into the signer's position; they end the marker's line.
      const ranIn = whole ? null : positionAfterTail(line);
      if (ranIn) {
        sig[open] = `${current} ${ranIn.tail}`;
        open = null;
        found = true;
        titleParts.push(ranIn.position);
        return;
      }
    }
    open = null;
    // "GIÁO ĐỤC" / "ĐÌ VÀ ĐÀO TẠO" under the position: the seal's ring, where the scan lost the name; "VÀ ĐÀOT/"
    // alone after the Lưu line, where it lost the whole block.
    if ((isUpperText(line) || mostlyUpper(line)) && !hasTitleWord(line) && (titleParts.length > 0 ? isSealRing(line, agencyLines) : sig.signer === '' && isSealRingPiece(line, agencyLines))) {
      notes.add('signature', 'dropped', 'Bỏ dòng chữ trên vành con dấu (tên cơ quan, nhận dạng chữ khi quét) trong khối chữ ký.', line);
      return;
    }
    // The last line under a position already read, with a word no position has ("TRƯỞNG HIỆN ĐOÀN",
    // "Trưởng Hiện Đoàn"): the signer's name, which holds a position-like word; "MC TRƯỞNG" has a word with no vowel.
    const lastName =
      index === lines.length - 1 &&
      titleParts.length > 0 &&
      sig.signer === '' &&
      !onlyPositionWords(line) &&
      (upper ? /^(\S+\s){1,4}\S+$/.test(line) && !/[\d:;,()]/.test(line) && fold(line).split(/\s+/).every((w) => /[aeiouy]/.test(w)) : nameShaped(line));
    // "TONG CYC TRƯỜNG" / "TONG CYC TRUONG": the position read twice (a marker and a deputy's word lost under the
    // seal) is no one's name; the first is taken for the delegation, the second for the position, with a note.
    const repeated = lastName && sig.authority === null && sig.delegation === null && titleParts.length === 1 && fold(titleParts[0] as string) === fold(line);
    if (repeated) {
      found = true;
      sig.delegation = titleParts[0] as string;
      titleParts[0] = line;
      notes.add('signature.delegation', 'uncertain', `Chức vụ "${line}" lặp lại hai dòng (dòng trên có thể là dòng KT. mất chữ "KT."); không phải họ tên người ký — hãy kiểm tra.`, line);
      return;
    }
    if (lastName && hasTitleWord(line)) {
      found = true;
      notes.add('signature.signer', 'uncertain', 'Dòng cuối khối chữ ký có từ giống chức vụ nhưng đứng sau chức vụ; đã hiểu là họ tên người ký — hãy kiểm tra.', line);
      sig.signer = upper ? titleCase(line) : line;
      return;
    }
    // "\° THÀNH PHG": the seal's ring of capitals, OCR'd after a stroke it read as signs; no position
    // starts with such a sign.
    if (((isSealScrap(line) && titleParts.length === 0) || SIGN_WRAPPED.test(line)) && sig.signer === '') {
      notes.add('signature', 'dropped', 'Bỏ dòng chữ của con dấu (nhận dạng chữ khi quét) trong khối chữ ký.', line);
      return;
    }
    // "PHO TRƯƠNG BAN THƯƠNG TRỰC": OCR lost the marks that tell "Trưởng" from the family name
    // "Trương"; after "PHÓ" and with nothing but position words, the line is a deputy's position.
    // "KT. GIÁM ĐÓC" / "PHÓ GIÁM": under the marker's line, two such words are the position the seal cut short.
    const underMarker = sig.delegation !== null && titleParts.length === 0;
    // "PHÓ GIÁM ĐÔ€": so is one whose last word OCR marred, after "PHÓ" and another position word.
    const lineWords = line.trim().split(/\s+/);
    const deputy = upper && /^pho\s/.test(fold(line)) && (onlyPositionWords(line) || (lineWords.length >= 3 && onlyPositionWords(lineWords.slice(0, -1).join(' ')))) && lineWords.length >= (underMarker ? 2 : 3);
    // "PHÓ CỤC TRƯỞNG" / "THƯỜNG TRỰC": the position's last words wrapped under it, before the name.
    // "VỤ TRƯỞNG" / "VỤ TỔ CHỨC PHI CHÍNH PHỦ": the unit the position heads, on a line of its own; a name
    // never starts with "Vụ", "Cục", "Sở", "Phòng", "Ban".
    const unitOfPosition = upper && titleParts.length > 0 && sig.signer === '' && index < lines.length - 1 && UNIT_LINE.test(line);
    // "TRƯỞNG BAN BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ": or the rest of a position whose line ended on a comma, one phrase.
    const afterComma = /,\s*$/.test(titleParts[titleParts.length - 1] ?? '');
    const positionGoesOn = unitOfPosition || (upper && titleParts.length > 0 && sig.signer === '' && index < lines.length - 1 && (onlyPositionWords(line) || afterComma));
    // "KT. CUC TRUONG" / "PHO CỤC TRƯỢ" / "Nguyễn Nam Bình": a position OCR cut short, above the name.
    // "KT. GIÁM ĐỐC" / "PHO GLIAM ĐÓỌC" / "Nguyễn Đức Vũ": one whose middle word OCR marred.
    const cutPosition = titleParts.length === 0 && sig.signer === '' && index < lines.length - 1 && (positionEndCutByOcr(line) || positionMarredInside(line));
    // "Ê C" (after "ˆ" on a Nơi nhận row): a seal's strokes OCR read as capitals, each word of a letter or
    // two, one of them no syllable ("LÊ BÁ" is a name); no position is made of such words either.
    // An abbreviated position ("P. GĐ") has its full stop.
    const words = line.split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, ''));
    // "NNN": one word of capitals with no vowel at all is no name or position either.
    const vowelless = words.length === 1 && !/[aeiouy]/.test(fold(line));
    // "“NHI”": one word in quote marks (its opening one may be gone by now) is the seal's or the ink's; no
    // title or name is quoted.
    const quoted = /^[“"‘']?[^\s“”"]+[”"’']$/u.test(line.trim());
    if (upper && !line.includes('.') && ((words.every((w) => w.length <= 2) && words.some((w) => !isVietnameseSyllable(w))) || vowelless || quoted)) {
      notes.add('signature', 'dropped', 'Bỏ dòng ký tự rời trong khối chữ ký (nét dấu, chữ ký khi quét).', line);
      return;
    }
    // "CÁN GIXM MỤC" alone, the block's last line: capitals with a word no syllable is, and no title read yet,
    // are the title the seal marred; a signer's name is written under a title.
    const marredTitleAlone = upper && titleParts.length === 0 && sig.signer === '' && index === lines.length - 1 && line.split(/\s+/).some((w) => /\p{L}{3,}/u.test(w) && !isVietnameseSyllable(titleCase(w)));
    if (upper && (hasTitleWord(line) || deputy || positionGoesOn || cutPosition || marredTitleAlone || !nameInCapitals(line))) {
      found = true;
      if (afterComma) titleParts[titleParts.length - 1] += ` ${line}`;
      else titleParts.push(line);
      return;
    }
    // "GIÁM EöÔC", the block's only line: "GIÁM ĐỐC" OCR marred with a small letter, no name (a name
    // never opens on "GIÁM" and ends on a word like "ĐỐC").
    if (!upper && titleParts.length === 0 && sig.signer === '' && positionMarredInside(line)) {
      found = true;
      titleParts.push(line);
      return;
    }
    // "PHO CHƯ: là % THƯỜNG TRỰC": a deputy's position the seal marred in its middle, kept as read.
    if (!upper && titleParts.length === 0 && sig.signer === '' && /^PH[OÓ]\s/u.test(line) && mostlyUpper(line) && /\p{Lu}{2}\s+(?:TRỰC|TỊCH|ĐỐC|TRƯỞNG)$/u.test(line)) {
      found = true;
      titleParts.push(line);
      return;
    }
    // "Phó Chủ tịch" over the name: a copy that typed the position in lower case keeps it as typed;
    // "PHÓ TONG Scục TRƯỞNG": OCR's capitals marred by a lower-case letter. "Thanh Vũ" folds to position
    // words too, but every word capitalised and none a position's own is a name.
    const nameCased = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)+$/u.test(line.trim()) && !hasTitleWord(line);
    if (!upper && titleParts.length === 0 && sig.signer === '' && ((onlyPositionWords(line) && line.split(/\s+/).length <= 6 && !nameCased) || nearlyUpperPosition(line))) {
      found = true;
      titleParts.push(line);
      return;
    }
    // "i Đặng Phương Bắc": a small letter alone before the full name is the pen's stroke; no name opens so.
    const strokeBefore = !upper && sig.signer === '' ? /^\p{Ll}\s+(?=\p{Lu})/u.exec(line.trim()) : null;
    if (strokeBefore && isFullName(line.trim().slice(strokeBefore[0].length))) {
      found = true;
      notes.add('signature.signer', 'dropped', `Bỏ "${strokeBefore[0].trim()}" trước họ tên người ký (nét chữ ký khi quét).`, line);
      sig.signer = line.trim().slice(strokeBefore[0].length);
      return;
    }
    if (upper ? nameInCapitals(line) : looksLikeName(line)) {
      found = true;
      if (sig.signer !== '') notes.add('signature.signer', 'uncertain', `Có hai dòng giống họ tên người ký; đã lấy dòng sau.`, sig.signer);
      if (upper) notes.add('signature.signer', 'converted', 'Họ tên người ký viết hoa toàn bộ; đã chuyển sang chữ hoa đầu từ.', line);
      sig.signer = upper ? titleCase(line) : line;
      return;
    }
    // "K1, BỌ TRƯỞNG" / "Nguy iyên Thị Nghĩa": the block's last line, a name OCR broke; kept as typed, for the clerk to mend.
    // ": ö6àng Văn Thiệp": a speck of punctuation before it is the seal's; "¬=““ffái Văn Tài": the pen's strokes;
    // "—fràn Thị Bích Vân": one long stroke glued to it.
    // "ST nàng Văn Thiện", "b= ạ Thanh Vũ": or capitals apart, or a letter glued to signs, the pen's stroke, before it.
    const typedName = withoutLeadingStrokes(line.trim().replace(/^[:;,.]\s+|^[—–](?=\p{Ll})|^\p{Lu}{1,2}\s+(?=\p{Ll}{3,}\s\p{Lu})|^\p{Ll}[^\p{L}\p{N}\s]{1,3}\s+(?=\p{Ll})/u, ''));
    if (index === lines.length - 1 && sig.signer === '' && isBrokenFullName(typedName)) {
      found = true;
      notes.add('signature.signer', 'uncertain', 'Họ tên người ký có chữ bị tách khi nhận dạng chữ (quét); giữ như bản quét — hãy sửa lại.', line);
      sig.signer = typedName;
      return;
    }
    // "*. Sue Nguyên Nam Bình": the seal's strokes OCR read as signs and a short word before the name
    // on the block's last line; the full name that ends it is the signer's.
    const named = index === lines.length - 1 && sig.signer === '' ? nameAfterSpecks(line) : null;
    if (named) {
      found = true;
      notes.add('signature.signer', 'dropped', `Bỏ "${named.specks}" trong dòng họ tên người ký (nét dấu, chữ ký).`, line);
      sig.signer = named.name;
      return;
    }
    notes.add('signature', 'dropped', 'Dòng trong khối chữ ký không nhận ra; đã bỏ qua.', line);
  });
  // "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "TL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG": a flattened cell put the signer's own
  // position on the marker's line; it starts again after the marker's position word.
  // "TL. BỘ TRƯỞNG BỘ THƯƠNG MẠI" / "KT. VỤ TRƯỞNG VỤ XUẤT NHẬP KHẨU PHÓ VỤ TRƯỞNG": the last marker line
  // of two, its unit's name ending before the deputy's position.
  const marker = sig.delegation ?? sig.authority;
  const cut = marker === null ? -1 : marker.lastIndexOf('\n') + 1;
  const lastMarker = marker === null ? '' : marker.slice(cut);
  const two = TWO_POSITIONS.exec(lastMarker) ?? DEPUTY_AT_END.exec(lastMarker);
  if (marker !== null && two && titleParts.length === 0) {
    const kept = `${marker.slice(0, cut)}${two[1] as string}`;
    if (sig.delegation !== null) sig.delegation = kept;
    else sig.authority = kept;
    titleParts.push(two[2] as string);
  }
  const company = sig.authority === null && sig.delegation === null ? companyOverTitle(titleParts, notes) : null;
  if (company !== null) sig.authority = company;
  sig.title = titleParts.slice(company === null ? 0 : 1).join('\n');
  // ".PHÓ TRƯỞNG PHÒNG" under "KT. TRƯỞNG PHÒNG": with the marker's line read, a dot before the position is a speck.
  if ((sig.delegation !== null || sig.authority !== null) && /^\.\s*(?=\p{Lu})/u.test(sig.title)) {
    notes.add('signature.title', 'dropped', 'Bỏ dấu chấm đứng đầu chức vụ (vết mực khi quét).', sig.title);
    sig.title = sig.title.replace(/^\.\s*/u, '');
  }
  noteTypedMarkers(sig, notes);
  if (found) {
    if (sig.title === '') notes.missing('signature.title', 'Không thấy chức vụ của người ký.');
    if (sig.signer === '') notes.missing('signature.signer', 'Không thấy họ tên người ký.');
  } else {
    notes.missing('signature', 'Không thấy khối chữ ký.');
  }
  return { found, signature: sig };
}
