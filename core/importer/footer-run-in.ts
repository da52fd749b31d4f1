// OCR and one-space copies run a footer's two columns into one line ("Nơi nhận: KT. CHỦ TỊCH", "- Như
// trên; PHÓ CHỦ TỊCH"): where such a line is cut into the Nơi nhận's piece and the signature's.
import { AS_ABOVE_OCR, GLUED_DOT_MARKER, GLUED_STROKES, LETTERLESS_SCRAPS, MARKS_BEFORE_DEPUTY, markerKind, marredMarker } from './patterns';
import { onlyPositionWords, positionCutByOcr, positionMarredInside } from './position-words';
import { OFFICER_RANK, fold, isFullName, isUpperText, mostlyUpper, nearlyUpperPosition } from './text';

/**
 * The "Nơi nhận:" label at a footer piece's start, with a speck of OCR noise after it ("Nơi nhận h KT. …",
 * "Nơi nhận:##ˆ KT. CHỦ TỊCH": a few signs glued to the colon). "ơi nhận: KT. …": OCR lost the "N"
 * (only with the colon, as isDistributionStart takes it).
 */
const FOOTER_LABEL = /^(\s*\**\s*(?:n[oa]|4o|[xwa]o|o(?=i\s*nh\S{0,2}n\s*:))i\s*(?:nh\S{0,2}n|nan)\b\s*:?\s*\**\s*)((?<=:)[^\s\w]{1,4}\s+|\S{0,2}\s+)/;

/**
 * ", KT. CHU TỊCH", "; PHO TRƯƠNG BAN THƯỜNG TRỰC": OCR reads the end of the entry beside the
 * signature ("- Như trên;") a second time, as a lone mark before the signature's line. The mark goes
 * with neither column; a line of capitals with no list ending after it is the signature's.
 */
function dropLeadingSpeck(piece: { text: string; start: number }): { text: string; start: number } {
  const speck = /^\s*[,;:'‘’`]\s+(?=\p{Lu})/u.exec(piece.text);
  if (speck === null) return piece;
  const rest = piece.text.slice(speck[0].length);
  const signatureLine = markerKind(rest) !== null || (isUpperText(rest) && /\s/.test(rest.trim()) && !/[;,]\s*$/.test(rest));
  return signatureLine ? { text: rest, start: piece.start + speck[0].length } : piece;
}

/** "- Như trên, …": the first entry with the comma OCR may read for its ";". */
const AS_ABOVE_COMMA = new RegExp(String.raw`^\s*[-–—•+]?\s*${AS_ABOVE_OCR}\s*,\s+`);

/** "- Lưu: VT, NC, Vũ Thu Hà", "- Lưu: VT, V11 (TTTTBC). Đại tá Phạm Văn Sinh": a full name (an officer's with the rank) ending the line. */
const NAME_AFTER_ARCHIVE = new RegExp(String.raw`[,.)]\s+((?:${OFFICER_RANK}\s)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){2,4})\s*$`, 'u');

/**
 * "- Lưu: VT, Vụ GGPT. ffái Văn Tài": after the units' full stop, a name whose family name the signature's
 * ink marred (a short word in small letters) before two given names in capitals; "- Luu: VT, TTHT (…). >
 * oven Van Thang": a sign OCR read in the gap between the columns may stand before it.
 */
const MARRED_NAME_AFTER_ARCHIVE = /(?<=\.)\s+(?:[>»|~]\s+)?(\p{Ll}\p{L}{2,5}(?:\s+\p{Lu}\p{Ll}+){2})\s*$/u;

/**
 * "- Lưu: VT, HCTC,(Q.100bv⁄/€” "“Thiều Vinh": after the drafter's mark and the copies issued in brackets, a
 * name of two words or more (the signs between are the seal's) is the signer's; the drafter is the mark.
 */
const NAME_AFTER_DRAFTER_MARK = /(?<=\(\s*\p{Lu}{1,3}\.?\s*\d{1,3}\s*b\S*)\s+(?:[^\p{L}\s]+\s*)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})\s*$/u;

/** "-Lưu MN-VT Nguyễn Thị Kim Bé": a full name right after the last unit, with no ending between (isFullName). */
const NAME_AFTER_UNIT = /(?<=\p{Lu})\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){2,3})\s*$/u;

/**
 * "— ", "- „ ", "_ ", "s: ": signs (or a small letter and a colon) OCR reads between the columns, before the
 * signature's capitals; "-:PHÓO …": a dash and a colon glued to them.
 */
const GAP_SPECKS = /^\s*(?:(?:[-–—_„~^`'‘’“”"ˆ•]+\s+|\._\s+|\p{Ll}:\s+)+|[-–—_~]:?(?=\p{Lu}{3}))(?=\p{Lu})/u;

/** "š 2 ": after the label, a small letter alone and signs or digits, OCR's specks before the signature's capitals. */
const LABEL_SPECKS = /^\s*(?=\S*\s+\S*[^\p{L}\s])(?:\p{Ll}\s+|[^\p{L}\s]{1,3}\s+){2,3}(?=\p{Lu}{2})/u;

/** "KT, ", "TL. ": a signature marker's letters and its stop (or OCR's comma) ending the text before a position. */
const MARKER_BEFORE = /(^|\s)(?:KT|TL|TM|TUQ)[.,]\s+$/u;

/** "CHỦ TỊCH-HỘI ĐỒNG …", "TỔNG GIÁM ĐỐC CÔNG TY …": a head's position, then the body it heads, folded. */
const HEAD_OF_BODY = /^(?:pho )?(?:chu tich|tong giam doc|giam doc)\s*[-–]?\s*(?:hoi dong|cong ty|tong cong ty)\s/;

/** The word a head's position ends on ("… TRƯỞNG", "CHỦ TỊCH", "GIÁM ĐỐC", "CHỦ NHIỆM"), folded. */
const POSITION_END_WORD = /\b(truong|tich|doc|nhiem|chanh|tuong|truc)\b/;

/** An office's name in capitals, as a position's second line gives it ("CỤC THANH TRA …"); "CỤ": OCR lost the C. */
const OFFICE_START = /^(cuc?|vu|ban|phong|so|tong cuc|van phong)\s/;

/** "- Như trên;", "- Như kính gửi,", "-N?utren;": the first entry and its ending (";", or the "," or ":" OCR reads for it), folded. */
const AS_ABOVE_ENDED = new RegExp(String.raw`^\s*[-–—•+_]?\s*(?:${AS_ABOVE_OCR}|nhu kinh gui)\s*[;,:]\s+`);

/**
 * "- Như Kính gửi, = PE 1Ó GIÁM ĐÓC", "- Như trên; đc: HÓ ko M ĐÓC", "-N?utren; :. PHD cue TRUONG": after the
 * first entry's ending, the signature's position beside it, which the seal marred past what the cuts below
 * take (a digit or small letters inside it). It ends on a position's last word and reads mostly as capitals
 * from its first word with a capital; the scraps before that word (signs, a word in small letters) go with
 * neither column. Where the cut falls in the text as typed: the entry's end, the position's start.
 */
function asAboveThenPosition(text: string, f: string): { head: number; title: number } | null {
  const entry = AS_ABOVE_ENDED.exec(f);
  if (entry === null) return null;
  // "- Như trên; - a cPRÓ GIÁM ĐÓC", "- Như trên; 7; 5P NÓ GIÁM ĐÓC": a first capital inside a scrap is read by the cuts below.
  const first = /(?:^|\s)(?=[^\s\p{L}\d]*\p{Lu})/u.exec(text.slice(entry[0].length));
  if (first === null || /\p{Lu}/u.test(text.slice(entry[0].length, entry[0].length + first.index))) return null;
  const title = entry[0].length + first.index + first[0].length;
  const position = text.slice(title).trim();
  const last = fold(position).replace(/\W+$/u, '').split(/\s+/).pop() ?? '';
  if (!POSITION_END_WORD.test(last) || !/\s/.test(position) || !(isUpperText(position) || mostlyUpper(position, 4))) return null;
  return { head: entry[0].length - (/\s+$/.exec(entry[0])?.[0].length ?? 0), title };
}

/**
 * OCR and one-space copies run the footer's two columns together: "Nơi nhận: KT. CHỦ TỊCH",
 * "- Chủ tịch UBND tỉnh (báo cáo); PHÓ CHỦ TỊCH", "- Lưu: VT, NC, Vũ Thu Hà". The signature's part is
 * cut off where the label or an entry's ending is followed by capitals that are a signature marker's
 * line or a position, or where the archive line ends in a name.
 */
export function cutFooterRunIn(whole: { text: string; start: number }): { text: string; start: number }[] {
  const piece = dropLeadingSpeck(whole);
  // "--PHÓ GIÁM ĐÓC": a pen's stroke OCR read as dashes glued before a position is no entry's dash.
  const stroke = /^\s*[-–—_]{2,}(?=\p{Lu})/u.exec(piece.text);
  if (stroke && onlyPositionWords(piece.text.slice(stroke[0].length))) return [{ text: piece.text.slice(stroke[0].length), start: piece.start + stroke[0].length }];
  // "Mr TRƯỞNG PHÒNG" over "- Như trên …": "Nơi nhận:" OCR read as a short word (no marker's, no "Phó"), with
  // the position beside it; the word goes, the position is the signature's.
  const scrap = /^\s*\p{Lu}\p{Ll}{1,2}\s+(?=\p{Lu}{2})/u.exec(piece.text);
  const afterScrap = scrap ? piece.text.slice(scrap[0].length) : '';
  if (scrap && !/^(kt|tl|tm|tuq|ph|pho|bo)$/.test(fold(scrap[0]).trim()) && /\s/.test(afterScrap.trim()) && onlyPositionWords(afterScrap)) {
    return [{ text: afterScrap, start: piece.start + scrap[0].length }];
  }
  // "Ai #4 để thực hiện KT.GIÁM ĐÓC": a marker glued to its position, in capitals to the line's end, after
  // the label's (or an entry's) words in small letters; it opens the signature's part of the line.
  // "- Nội trên, (để b/c) KT. VỤ TRƯỜNG VỤ GIÁO DỤC CHÍNH TRỊ": so with a space after its stop, the unit it heads after it.
  const gluedMarker = /\s((?:KT|TL|TM|TUQ)\.(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}|\s\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,8}))\s*$/u.exec(piece.text);
  if (gluedMarker && /\p{Ll}/u.test(piece.text.slice(0, gluedMarker.index)) && markerKind(gluedMarker[1] as string) !== null) {
    return [{ text: piece.text.slice(0, gluedMarker.index), start: piece.start }, { text: gluedMarker[1] as string, start: piece.start + gluedMarker.index + 1 }];
  }
  // "Q. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN": a marker's line is the signature's throughout.
  // "2K GIÁM ĐÓC": so is a marker OCR marred, before the position.
  if (markerKind(piece.text) !== null || marredMarker(piece.text) !== null) return [piece];
  const f = fold(piece.text);
  const deputy = asAboveThenPosition(piece.text, f);
  if (deputy) return [{ text: piece.text.slice(0, deputy.head), start: piece.start }, { text: piece.text.slice(deputy.title), start: piece.start + deputy.title }];
  const label = FOOTER_LABEL.exec(f);
  // Past the label's speck, unless the speck is a position's first word ("Nơi nhận: BỘ TRƯỞNG"); then the label's end.
  const labelEnds = label === null ? [] : [...(onlyPositionWords(label[2] as string) ? [] : [label[0].length]), (label[1] as string).length];
  // A marker's own full stop ("… |P⁄Z KT. CỤC TRƯỞNG") cuts nothing: the marker goes with its position.
  const stops = [...f.matchAll(/[;.]\s+/g)].map((m) => (m.index ?? 0) + m[0].length).filter((at) => !MARKER_BEFORE.test(piece.text.slice(0, at)));
  const cuts = [...labelEnds, ...stops];
  // "- Như trên, _ PHÓ TRƯỞNG …": OCR may read the first entry's ";" as a comma; "Như trên" has none of its own.
  const asAbove = AS_ABOVE_COMMA.exec(f);
  if (asAbove) cuts.push(asAbove[0].length);
  // "- Cục Trưởng Mai Xuân Thành (để PHÓ CỤC TRƯỞNG": a position in capitals ending an entry in
  // mixed case, even inside its brackets (the entry goes on on the next line).
  // "- Thủ tướng, các Phó Thủ tướng CP PHO CHU NHIỆM": capitals of the entry's own ("CP") before the
  // position stay with the entry; the cut falls where the position's words begin.
  // "- TT. Tỉnh Ủy, HĐND ) HỚ-G ÁM ĐÓC": a word of the position the seal marred may hold a hyphen.
  const tail = /(?:^|\s)((?:\p{Lu}+(?:-\p{Lu}+)?\s+){1,4}\p{Lu}+)\s*$/u.exec(piece.text);
  let phoCut: number | null = null;
  if (tail && POSITION_END_WORD.test(fold(tail[1] as string))) {
    // A short word in P before the position ("PRQ CỤC TRƯỜNG") is OCR's "PHÓ", the position's own; so is
    // "HÓ" ("5 NhgưôN: HÓ GIÁM ĐÓC"), the "P" lost under the seal; "NÓ" ("- Như trên; 7; 5P NÓ GIÁM ĐÓC"),
    // its "PH" read as an "N", with the seal's capitals before it ("- Như trên; AR NÓ GIÁM ĐÓC") kept as read.
    const words = (tail[1] as string).split(/\s+/);
    const found = words.findIndex((_, k) => k < words.length - 1 && onlyPositionWords(words.slice(k).join(' ')));
    // "- Như trên; P H Ó CỤC TRƯỞNG": a position's first word typed letter by letter (a PDF's spaced title).
    let spaced = found;
    while (spaced > 0 && /^\p{Lu}$/u.test(words[spaced - 1] as string)) spaced -= 1;
    const spelled = found - spaced >= 2 && onlyPositionWords(words.slice(spaced, found).join(''));
    const marredPhoWord = found > 0 && /^(?:P\p{Lu}{1,3}|[HN][ÓO]|Ó)$/u.test(words[found - 1] as string);
    const from = spelled ? spaced : marredPhoWord ? (/^N/u.test(words[found - 1] as string) ? 0 : found - 1) : found;
    const position = from > 0 ? words.slice(from).join(' ') : (tail[1] as string);
    // "- Như kính gửi; “Ẩ“HỚ GIÁM ĐÓC", "(Nhi „ „#@Hö GIÁM ĐÓC": the deputy's "PHÓ" the seal marred, its "P"
    // read as signs and its "Ó" as "Ớ" or "ö", glued into one word before the position; it is the title's.
    const marredPho = from === 0 ? /(?<=[\s„])[^\s\p{Ll}„]{0,4}H[ÓỚÖOö]\s+$/u.exec(piece.text.slice(0, piece.text.length - position.length)) : null;
    if (marredPho) phoCut = piece.text.length - position.length - marredPho[0].length;
    else if (spelled) phoCut = piece.text.length - position.length;
    const at = phoCut ?? piece.text.length - position.length;
    // "Nơi nhận |P⁄Z KT, CỤC TRƯỜNG": a marker right before the position (its full stop read as a comma or
    // not) is the position's line, past the specks between the label and it.
    const marker = MARKER_BEFORE.exec(piece.text.slice(0, at));
    cuts.push(marker ? marker.index + (marker[1] as string).length : at);
  }
  // "- Lưu: VT, NC, Vũ Thu Hà": the signer's full name (family, middle and given names), on the archive
  // line's row, ends it; a drafter's name there is a given name ("Tài (25)", "Trung Anh").
  if (/^[-–—•+_~]?\s*luu\b/.test(f.trim())) {
    const glued = NAME_AFTER_UNIT.exec(piece.text);
    const name = NAME_AFTER_ARCHIVE.exec(piece.text) ?? MARRED_NAME_AFTER_ARCHIVE.exec(piece.text) ?? NAME_AFTER_DRAFTER_MARK.exec(piece.text) ?? (glued !== null && isFullName(glued[1] as string) ? glued : null);
    // The line's final full stop, which OCR may read as a comma ("VT, VX. KN, Nguyễn Mạnh Cường").
    // (MARRED_NAME_AFTER_ARCHIVE leaves the stop before its match in the units' part.)
    if (name) {
      const units = piece.text.slice(0, name.index);
      return [{ text: units.endsWith('.') ? units : `${units}${piece.text[name.index] === ')' ? ')' : '.'}`, start: piece.start }, { text: name[1] as string, start: piece.start + piece.text.length - (name[1] as string).length }];
    }
  }
  const archiveLine = /^[-–—•+_~]?\s*luu\b/.test(f.trim());
  // "ˆ _i Lên, ' KT. CHÁNH VĂN PHÒNG": a marker after a sign OCR read between the columns opens the
  // signature's line; the cut after its full stop would leave it with the scraps before it.
  // "! ntti _KT. CỤC TRƯỞNG": or an underscore glued to it.
  const signedMarker = /(?<=\s)(?:[^\p{L}\p{N}\s]{1,3}\s+|_)(?=(?:KT|TL|TM|TUQ)\.\s+\p{Lu})/u.exec(piece.text);
  if (signedMarker && markerKind(piece.text.slice(signedMarker.index + signedMarker[0].length)) !== null) cuts.unshift(signedMarker.index);
  for (const cut of cuts) {
    // "- Như trên, - „ KT. TRƯỞNG BAN": dashes and specks OCR read in the gap between the columns go with neither.
    const gap = GAP_SPECKS.exec(piece.text.slice(cut));
    // "Nơi nhận: 3⁄4. +1 LGIÁM ĐÓC": after the label, scraps with no letter are what OCR made of the
    // marker ("KT."); the position after them is read past them, and they go to the signature with it.
    // "Nơi nhận: š 2 GIÁM ĐÓC": or a small letter alone among them; those scraps go with neither column.
    const labelCut = gap === null && label !== null && cut === (label[1] as string).length;
    const specks = labelCut ? LABEL_SPECKS.exec(piece.text.slice(cut)) : null;
    const scraps = labelCut && specks === null ? LETTERLESS_SCRAPS.exec(piece.text.slice(cut)) : null;
    const at = cut + (gap?.[0].length ?? specks?.[0].length ?? scraps?.[0].length ?? 0);
    const rest = piece.text.slice(at).trim();
    const head = piece.text.slice(0, cut).trim();
    // "- Lưu: VT, TTHC. TM.": a marker's letters alone after the archive line's full stop are the drafter's
    // initials ("TM" for Tâm), as the Decree writes them there; a marker carries its position with it.
    if (archiveLine && /^(?:TM|KT|TL|TUQ|Q)\.?$/u.test(rest)) continue;
    // What comes before is the label or an entry ("- …", or in lower case), never "TM." of "TM. ỦY BAN".
    // "P. GIÁM ĐỐC": a one-letter "Phó" (or "Q." for Quyền) before the position is the position's own.
    // ". GIÁM ĐÓC": a full stop alone before the position is a marker's whose letters the scan lost, no entry.
    // '"EHó GIÁM ĐỐC': one short word opening with a capital, no dash before it, is the deputy's "PHÓ" OCR marred.
    const marredDeputyWord = !labelEnds.includes(cut) && /^["“'‘]?\p{Lu}\p{L}{1,2}$/u.test(head);
    // "= GIÁM ĐÓC": signs alone before the position are what OCR made of its marker, no entry.
    const signsOnly = !labelEnds.includes(cut) && !/[\p{L}\p{N}]/u.test(head) && !/^[-–—•+_]$/u.test(head);
    const listPart = (labelEnds.includes(cut) || /^[-–—•+_]/.test(head) || !isUpperText(head)) && !/^\p{Lu}\.$/u.test(head) && head !== '.' && !marredDeputyWord && !signsOnly;
    // "- Văn phòng ĐBQH tỉnh Hà Tĩnh; Trần Đức Thắng": the signer's name on an entry's row, after its ending.
    // "Vụ: KTTH, QHĐP, TH; Phạm Mạnh Cường": so on the wrapped line of an entry, in mixed case.
    if (!labelEnds.includes(cut) && head.endsWith(';') && (/^[-–—•+]/.test(head) || !isUpperText(head)) && isFullName(rest)) {
      return [{ text: piece.text.slice(0, at).trimEnd(), start: piece.start }, { text: rest, start: piece.start + piece.text.length - rest.length }];
    }
    const ocrPosition = nearlyUpperPosition(rest);
    // "Nơi nhận: KT. TONG cuc TRUONG": a marker typed in capitals, the words after it marred by OCR.
    const ocrMarker = /^(?:T\.?M|K\.?T|T\.?L|TUQ)\.\s/u.test(rest) && markerKind(rest) !== null;
    // "- Bộ trưởng (để báo cáo); CỤ "ư== GHỆ THÔNG TIN": after an entry's ";", the office a position heads,
    // in capitals the seal marred ("CỤC CÔNG NGHỆ THÔNG TIN"), its first word and its last two whole.
    const marredOffice = head.endsWith(';') && !isUpperText(rest) && mostlyUpper(rest) && OFFICE_START.test(fold(rest)) && /(?:\s\p{Lu}{2,}){2}$/u.test(rest);
    // "- Như trên; œ===s=tTỨ TRƯỞNG": after an entry's ";", the position with the pen's strokes glued before it.
    // "- Như trên; 3TRƯỜNG PHÒNG": or one stroke OCR read as a digit.
    const stroked = head.endsWith(';') && listPart ? (GLUED_STROKES.exec(rest) ?? /^\d(?=\p{Lu}{2})/u.exec(rest)) : null;
    const afterStrokes = stroked === null ? '' : rest.slice(stroked[0].length);
    if (stroked && isUpperText(afterStrokes) && POSITION_END_WORD.test(fold(afterStrokes))) {
      return [{ text: head, start: piece.start }, { text: rest, start: piece.start + at }];
    }
    // "Nơi nhận: ko 1 GIÁM ĐÔC": a marker OCR read in small letters and signs ("K.T") is still one, with its
    // position after it ("Lưu: VT, KGVX (03). Q.": a letter alone is the drafter's mark).
    const lowMarker = markerKind(rest) !== null && /\p{Lu}{2}/u.test(rest);
    // "- Chủ tịch HĐ (để báo cáo); PHO CHƯ: là % THƯỜNG TRỰC": after an entry's ";", a deputy's position the
    // seal marred in its middle, "PHÓ" whole before it and a position's last word after it.
    const marredDeputyTitle = head.endsWith(';') && /^PH[OÓ]\s/u.test(rest) && mostlyUpper(rest) && POSITION_END_WORD.test(fold(rest).replace(/\W+$/u, '').split(/\s+/).slice(-1).join(''));
    // "Nơi nhận: “GIÁM EöÔC": after the label, "GIÁM ĐỐC" OCR marred with a small letter in it.
    const marredAfterLabel = labelEnds.includes(cut) && positionMarredInside(rest);
    if (rest === '' || head === '' || !listPart || !(isUpperText(rest) || marredAfterLabel || ocrPosition || ocrMarker || marredOffice || lowMarker || marredDeputyTitle)) continue;
    // One word alone is a position's only where it cannot be an entry's: "PHÓ" (of "PHÓ GIÁM ĐỐC"), "TRƯỞNG".
    const position = onlyPositionWords(rest) && (/\s/.test(rest) || /^(pho|truong)$/.test(fold(rest).trim()));
    // "- Phó TCT … (để b/c); CỤC THANH TRA - KIỂM TRA THUẾ": after an entry's ";", the office a position
    // above it heads, in capitals, is the signature's (its title's second line).
    const office = head.endsWith(';') && (isUpperText(rest) || marredOffice) && !/[,;]/.test(rest) && rest.split(/\s+/).length >= 3 && OFFICE_START.test(fold(rest));
    // "- Lãnh đạo Sở; PHO GLIAM ĐÓỌC", "Nơi nhận: GIẢM ĐC": after an entry's ";" or the label, a position OCR marred.
    const marred = (head.endsWith(';') || labelEnds.includes(cut)) && positionMarredInside(rest);
    // "Nơi nhận: CHỦ TỊCH-HỘI ĐÔNG THÀNH VIÊN": after the label, a head's position in capitals before the
    // body it heads (a company's members' council) is the signature's; no entry there opens so.
    const headOfBody = labelEnds.includes(cut) && isUpperText(rest) && !/[,;]/.test(rest) && HEAD_OF_BODY.test(fold(rest));
    // "Nơi nhận E.GIÁM ĐÓC": after the label, a capital and a full stop glued to a position (OCR's "KT.").
    const dotGlued = labelEnds.includes(cut) && GLUED_DOT_MARKER.test(rest) && onlyPositionWords(rest.replace(GLUED_DOT_MARKER, ''));
    // "- Như kính gửi; *HÓ GIÁM ĐÓC": the seal's ink left a sign for the "P" of "PHÓ" (a star comes here
    // escaped, "\*", as the text keeps a typed one); "- Như trên; PHẦ) GIÁ M ĐÓC": a bracket after its
    // marred vowel, and a gap inside "GIÁM"; "- Như kính gửi …; RBHÓ GIÁM ĐỐC": capitals for the "P". The
    // title keeps them as read.
    // "Nơi nhận: ~ZZPHÓ GIÁM ĐÓC": a pen's stroke and capitals glued before "PHÓ", after the label.
    const inked = rest
      .replace(/^(?:\\?[*^`'’])+(?=\p{Lu})|^\p{Lu}{1,2}(?=HÓ\s)/u, '')
      .replace(MARKS_BEFORE_DEPUTY, '')
      .replace(/(?<=^\p{Lu}{2,3})\)(?=\s)/u, '')
      .replace(/(?<=\sGI\p{Lu})\s(?=M\s)/u, '');
    // "- Như trên, *XRƯỞNG PHÒNG": after "Như trên" and the comma OCR read for its ";", as after a ";".
    const afterEntry = head.endsWith(';') || (asAbove !== null && cut === asAbove[0].length);
    const inkedFirst = inked !== rest && (afterEntry || labelEnds.includes(cut)) && (positionCutByOcr(inked) || onlyPositionWords(inked));
    // "… HĐND ) HỚ-G ÁM ĐÓC": the deputy's "PHÓ" the seal marred into a hyphened scrap, before a position OCR cut.
    const hyphenedFirst = /^\p{Lu}+-\p{Lu}+\s+/u.exec(rest);
    const marredDeputy = hyphenedFirst !== null && listPart && positionCutByOcr(rest.slice(hyphenedFirst[0].length));
    // "- TT. Ngô Thị Minh (để b/c); VÀ CÔNG TÁC HỌC SINH SINH VIÊN": after an entry's ";", capitals opening with a
    // joining word go on the unit's name a marker's line above began ("KT. VỤ TRƯỞNG VỤ GIÁO DỤC CHÍNH TRỊ").
    const nameGoesOn = head.endsWith(';') && isUpperText(rest) && /^(?:VÀ|VỀ|CỦA)\s/u.test(rest) && !/[,;]/.test(rest) && rest.split(/\s+/).length >= 3;
    if (markerKind(rest) !== null || position || cut === phoCut || positionCutByOcr(rest) || inkedFirst || ocrPosition || office || marred || marredDeputy || headOfBody || dotGlued || marredDeputyTitle || nameGoesOn) {
      const from = scraps === null ? at : cut + (/^\s*/.exec(piece.text.slice(cut))?.[0].length ?? 0);
      return [{ text: head, start: piece.start }, { text: piece.text.slice(from).trim(), start: piece.start + from }];
    }
  }
  return [piece];
}
