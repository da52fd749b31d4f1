// "Kính gửi": one recipient on the same line, or a list with hyphens, or one recipient per line ending
// in ";". OCR swaps the ; : , . endings, so all are stripped. Returns where the body starts.
import { isVietnameseSyllable } from '../encoding';
import type { Notes } from './notes';
import { contentOf } from './lines';
import type { SourceLine } from './lines';
import { OPENS_BODY, isDistributionStart } from './patterns';
import { ADDRESS_WORD, ADDRESS_WORDS, COMPANY, DETAIL_LABEL, isCompanyDetail } from './recipient-details';
import { DASHED_ENTRY, OPENS_AS_ENTRY, SCRAPS_BEFORE_DASH, SCRAPS_BEFORE_ENTRY, SCRAPS_BEFORE_LOWER, areStampWords, marginScrapsBefore, withoutLabelScraps } from './recipient-scraps';
import { endsMidPhrase, fold, hasDash, squash, startsLower, stripDash, stripEntryEnd, unclosedBracket } from './text';

export interface RecipientsRead {
  recipients: string[];
  /** Index of the first line after the recipients. */
  end: number;
}

/** "Công ty TNHH", "Công ty cổ phần", "Ngân hàng TMCP": a company's kind alone, its name still to come. */
const COMPANY_KIND_ONLY = /^(?:Công ty|Tổng công ty|Ngân hàng)(?:\s(?:TNHH|CP|cổ phần|TMCP|trách nhiệm hữu hạn|MTV|một thành viên))*$/iu;
/** "… thực hiện./.": the letter's last sentence, never a recipient. */
const closesLetter = (text: string): boolean => /\.\/\.$/.test(text);
const COPIED_TO = /^dong\s*kinh\s*gui\s*[:.;]?\s*/;
const ended = (text: string): boolean => /[;.]\s*$/.test(text);
/**
 * "MST: 0101630375", "Địa chỉ: …", "Đ/c: …": a short label (three words at most) and its value. "@/e: số 70 …":
 * OCR may read the label's "Đ" as a sign. "Địa chỉ nhận Thông báo thuế: …": an address's label may run longer.
 */
const RECIPIENT_DETAIL = /^[@©]?(?:[\p{L}/.]{1,12}\s){0,2}[\p{L}/.]{1,12}\s*:\s*\S|^Địa chỉ(?:\s\p{L}+){1,4}\s*:\s*\S/u;

/**
 * "Công ty TNHH Wilmar Marketing CLV." / "(Đ/c: …)": the name's full stop stays before the address in
 * brackets joined to it, as typed; a list's other endings (";", ",") go.
 */
const beforeAddress = (name: string): string => (/\.\s*$/.test(name) ? name.trimEnd() : stripEntryEnd(name));

/**
 * "Bình Thuận, tỉnh Đắk Nông (cũ).": capitalised names, each after the first with its unit's kind at most,
 * parted by commas, a former name's bracket, and the list's ending.
 */
const ADMIN_NAMES_END = /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)*(?:,\s*(?:(?:tỉnh|huyện|thành phố|xã|phường|quận)\s)?\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)*)*(?:\s\(\p{Ll}{2,4}\))?[.;]?$/u;

/**
 * A scan may carry a reader's forwarding note between "Kính gửi:" and its list ("P. NCC:" over
 * "+ liên v/bản này"): lines that end in no list punctuation or start with "+", followed within a few
 * lines by the dashed list. Returns the index of the list's first line, or -1.
 */
function listAfterNotes(lines: readonly SourceLine[], from: number, limit: number, items: readonly string[]): number {
  if (items.some((t) => hasDash(t) || ended(t))) return -1;
  let skipped = 0;
  for (let j = from; j < limit && skipped <= 4; j += 1) {
    const line = lines[j] as SourceLine;
    const text = squash(contentOf(line.raw, line.runs, line.open).text);
    if (text === '') continue;
    if (hasDash(text)) return ended(text) ? j : -1;
    if (!/^\+/.test(text) && (text.length > 40 || ended(text))) return -1;
    skipped += 1;
  }
  return -1;
}

/** Reads the recipients from the "Kính gửi" line at start, or (unlabelled) from a list whose label was lost, its first entry at start. */
export function parseRecipients(lines: readonly SourceLine[], start: number, limit: number, notes: Notes, unlabelled = false): RecipientsRead {
  const first = unlabelled ? '' : contentOf((lines[start] as SourceLine).raw, (lines[start] as SourceLine).runs, (lines[start] as SourceLine).open).text;
  // "Kính gửi:Cácsởgiáodụcđàotạo": the label ends at its colon even with no space after it.
  // "Kinh" alone: OCR lost "gửi:"; the word is the whole label. "nh g i:" alone: a font's lost letters.
  // "Kính gửi: :": OCR read the colon twice.
  // "KÍH gửi:", "Kính sửi :": the "n" lost or the "g" misread, the colon kept.
  const lead = /^\s*k\S*nh\s*g[^\s:.;]*\s*(?:[:.;]\s*)*|^\s*k[il1](?:h\s*g|nh\s*s)[^\s:.;]*\s*:\s*|^\s*k[il1]nh\s*:?\s*$|^\s*k?[il1]?nh\s+g\s*u?\s*i\s*:\s*$/.exec(fold(first));
  const restRead = unfilledBlank(squash(first.slice(lead ? lead[0].length : 0)), lead !== null && /(?:[.…_]\s*){5,}$/u.test(lead[0]), notes);
  const rest = withoutLabelScraps(restRead, first, notes);
  /** Layout text: the column the recipient starts at after "Kính gửi:"; its wrapped lines start there too. */
  const restAt = lead && rest !== '' ? (lines[start] as SourceLine).raw.indexOf(rest.slice(0, 8)) : -1;
  const items: string[] = [];
  let dashed = false;
  if (rest) {
    items.push(rest);
    dashed = hasDash(rest);
  }
  const indent = (raw: string): number => raw.length - raw.trimStart().length;
  const blankBefore = (at: number): boolean => {
    const line = lines[at - 1];
    return line === undefined || squash(contentOf(line.raw, line.runs, line.open).text) === '';
  };
  /** The next line's text, if it directly follows (no blank line between). */
  const nextText = (at: number): string | null => {
    const line = lines[at + 1];
    if (line === undefined || at + 1 >= limit) return null;
    const t = squash(contentOf(line.raw, line.runs, line.open).text);
    return t === '' ? null : t;
  };
  /** Where a bracket opened on this line closes, one or two lines on with no blank line between; -1 if not. */
  const bracketClosedAt = (at: number): number => {
    for (let k = at + 1; k <= at + 2; k += 1) {
      const t = nextText(k - 1);
      if (t === null || t.length > 160 || /^\(/.test(t)) return -1;
      if (/\)\s*[.;,]?$/.test(t) && !unclosedBracket(t)) return k;
    }
    return -1;
  };
  let itemLead = 0;
  let blankSince = false;
  /** Items before this index came before "Đồng kính gửi:"; a copied list starts its own dashes. */
  let copiedAt = -1;
  /** The first line with text after the blank one at `at`, or null. */
  const nextFilled = (at: number): string | null => {
    for (let j = at + 1; j < limit; j += 1) {
      const t = squash(contentOf((lines[j] as SourceLine).raw, (lines[j] as SourceLine).runs, (lines[j] as SourceLine).open).text);
      if (t !== '') return t;
    }
    return null;
  };
  /** After blank lines (or a table's empty cells), the next text opens "Đồng kính gửi:". */
  const copiedListFollows = (at: number): boolean => COPIED_TO.test(fold(nextFilled(at) ?? ''));
  /**
   * "Kính gửi: - Các đồng chí … thôn." / "" / "- HT các trường học ….": a dashed list begun on the label's
   * line whose first entry was closed with "." goes on with the next dashed entry (not with "- Căn cứ …"
   * or a closing "… ./." of a body that opens with a dash).
   */
  const dashedEntryFollows = (at: number): boolean => {
    const t = nextFilled(at);
    if (t === null || !hasDash(t) || t.includes('./.') || t.length > 160 || isDistributionStart(stripDash(t)) || OPENS_BODY.test(stripDash(t))) return false;
    if (rest !== '' && items.length === 1) return ended(t);
    // "- Phòng …;" / "- Các trường … Lương Thế Vinh." / "" / "- Các Trung tâm: …": in a list of entries ended
    // with ";", a full stop OCR read for one, when the next dashed line opens as entries do.
    return items.length >= 2 && items.slice(0, -1).every((entry) => /;\s*$/.test(entry)) && DASHED_ENTRY.test(t);
  };
  let i = unlabelled ? start : start + 1;
  for (; i < limit; i += 1) {
    const line = lines[i] as SourceLine;
    // Our own DOCX names its body paragraphs by style: the first one ends the list, whatever its text
    // (an address line "(Đ/c: …)" opening the body is no recipient's).
    if (line.depth !== undefined) break;
    let text = squash(contentOf(line.raw, line.runs, line.open).text);
    const last = items[items.length - 1];
    // "=1àn - Các đơn vị …;", "n kg 0903320 - Các trung tâm …": an e-signature stamp's scraps OCR read in
    // the margin before the next entry of a dashed list.
    // "SA gi hnh - Phòng …;" over "- Các đơn vị …;": so before the first entry of a dashed list.
    // "C7” - Các sở …;" over "1Ô - Các đại học …": so when the next entry's dash has scraps before it too.
    const nextEntry = nextFilled(i) ?? '';
    const beforeDash = marginScrapsBefore(SCRAPS_BEFORE_DASH, text);
    const firstOfDashed = items.length === 0 && /;\s*$/.test(text) && (hasDash(nextEntry) || (beforeDash !== null && marginScrapsBefore(SCRAPS_BEFORE_DASH, nextEntry) !== null));
    const afterEntry = dashed && last !== undefined && /;\s*$/.test(last);
    const scraps = afterEntry || firstOfDashed ? beforeDash : null;
    // The entry after the scraps ends on their line, or goes on in small letters on the next.
    const stamp = afterEntry && (ended(text) || startsLower(nextFilled(i) ?? '')) ? SCRAPS_BEFORE_ENTRY.exec(text) : null;
    // "- Các đại học, …, cao đẳng sư" / "sS \Ö phạm và trung cấp sư phạm;": so before the rest of an entry
    // the page wrapped, in small letters; one scrap at least holds a sign no word has ("xã, thành phố." and
    // "(Sau đây gọi tắt …)" are words).
    const wrappedRest = dashed && last !== undefined && !ended(last) ? marginScrapsBefore(SCRAPS_BEFORE_LOWER, text) : null;
    // "… trực thuộc (kế cả" / ": các trường tư thục);": or a colon alone, which no wrapped line opens with.
    const wrapCut = wrappedRest !== null && (/[^\p{L}\s,.;:()"“”'‘’-]/u.test(wrappedRest[1] as string) || (wrappedRest[1] as string) === ':') ? wrappedRest : null;
    const cut = scraps ?? (stamp !== null && areStampWords(stamp[1] as string) ? stamp : wrapCut);
    if (cut !== null && !hasDash(text)) {
      notes.add('recipients', 'dropped', `Dòng ${line.no}: bỏ nhiễu nhận dạng chữ (dấu chữ ký số ở lề) trước gạch đầu dòng.`, cut[1] as string);
      text = text.slice((cut[1] as string).length).trim();
    }
    if (text === '') {
      if (last !== undefined && /\.\s*$/.test(last) && items.length !== copiedAt && !copiedListFollows(i) && !(dashed && dashedEntryFollows(i))) break;
      blankSince = true;
      continue;
    }
    if (isDistributionStart(text)) break;
    if (items.length === 1 && !OPENS_BODY.test(text) && isCompanyDetail(items[0] as string, text, blankSince)) {
      items[0] = `${items[0] as string} ${text}`;
      blankSince = false;
      continue;
    }
    // "Kính gửi:" / "-" / "" / "Các đại học, …;": a PDF's bullet that its text layer gave on a line of its
    // own, apart from the entries (their own bullets lost); it is no entry.
    if (/^[-–—•]$/.test(text) && items.length === 0) continue;
    // "Đồng kính gửi:" / "- Thủ tướng Chính phủ (để báo cáo).": the addressees sent a copy are the
    // letter's recipients too, after the main list.
    const copied = COPIED_TO.exec(fold(text));
    if (copied && items.length > 0) {
      const own = squash(text.slice(copied[0].length));
      if (own !== '') items.push(own);
      notes.add('recipients', 'uncertain', `Dòng ${line.no}: nơi nhận sau "Đồng kính gửi" được thêm vào danh sách Kính gửi.`, text);
      dashed = hasDash(own);
      blankSince = false;
      copiedAt = items.length;
      continue;
    }
    // "- TT Ban An toàn giao thông thành phố" / "" / "- Xét đề nghị của Giám đốc Sở …:": past a blank line, a
    // dashed line that opens as a body does ends a list whose entries have no end marks.
    if (hasDash(text) && blankSince && items.length > 0 && OPENS_BODY.test(stripDash(text))) break;
    if (hasDash(text) && (items.length === 0 || items.length === copiedAt || dashed || ended(last ?? ''))) {
      items.push(text);
      dashed = true;
      itemLead = indent(line.raw);
      blankSince = false;
      continue;
    }
    // Undashed list: one recipient per line ending in ";" (the last in ".").
    if (!dashed && (items.length === 0 || /;\s*$/.test(last ?? '')) && /[;.:,]\s*$/.test(text) && text.length <= 160 && !closesLetter(text)) {
      items.push(text);
      // "Kính gửi:" / "" / "Phòng quản lý XNK khu vực Hà Nội, tp. Hồ Chí Minh," / "Hải Phòng, …": a blank
      // line before the first recipient does not end it.
      if (items.length === 1) blankSince = false;
      continue;
    }
    // "Mã số thuế: …;" / "Địa chỉ: … Đức Hòa" / "Đông, …, tỉnh Tây Ninh.": after a recipient ending in ";"
    // another must follow, so an unended line whose next line ends the entry is that recipient, wrapped.
    const next = nextText(i);
    if (!dashed && !blankBefore(i) && /;\s*$/.test(last ?? '') && !/[;.:,]\s*$/.test(text) && next !== null && /[;.]\s*$/.test(next) && !closesLetter(next)
        && `${text} ${next}`.length <= 240 && !OPENS_BODY.test(text) && !hasDash(next)) {
      items.push(`${text} ${next}`);
      i += 1;
      continue;
    }
    // "Kính gửi: Ông Thái Mạnh" / "Cường", "… trên địa bàn thị xã" / "Đồng Xoài", "Công ty TNHH" /
    // "Tokokosen.": a name cut by the page's wrap; one or two capitalised words alone on the next line end it.
    // "… thành phô Cà -" / "Mau": OCR read a speck at the wrap as a dash after the cut name.
    const lastBare = (last ?? '').replace(/(?<=\p{Lu}\p{Ll}*)\s[-–—]$/u, '');
    // "… thành phô" / "Cà Mau": OCR's marks on "phố" vary.
    const nameCut = /\p{Lu}\p{Ll}*$/u.test(lastBare) || /(?:^|\s)(?:xã|huyện|tỉnh|phường|quận|thành ph[ốôóồổ]|thị trấn)$/u.test(last ?? '');
    // "Kính gửi: Bộ trưởng" / "Bộ Công Thương": a position cut from the body it heads, named in capitalised words.
    const positionCut = /(?:^|\s)(?:trưởng|tịch|giám đốc|chủ nhiệm)$/u.test(last ?? '') && /^\p{Lu}\p{Ll}*(?:\s(?:\p{Lu}\p{Ll}*|và)){1,6}[.;]?$/u.test(text);
    // "… Bình Thuận, Đắk" / "Nông (cũ)": a province's former name, with the bracket that says so.
    const nameEnds = nameCut && /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)?(?:\s\(\p{Ll}{2,4}\))?[.;]?$/u.test(text);
    // "Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh" / "Bình, Bắc Ninh, Phú Thọ, Tuyên Quang.": a list of
    // names cut inside one name goes on with the rest of the list, which ends the recipient ("… Lào Cai, Yên" /
    // "Bái, Phú Thọ, Lai Châu và Nghệ An": its last name after "và").
    // "Kính gửi: Đoàn Luật sư tỉnh Lâm Đồng, tỉnh" / "Bình Thuận, tỉnh Đắk Nông (cũ).": or cut after the unit's
    // kind that opens the next name.
    const unitNamesEnd = nameCut && /,\s*(?:tỉnh|huyện|thành phố|xã|phường|quận)$/u.test(last ?? '') && ADMIN_NAMES_END.test(text);
    const namesEnd = unitNamesEnd || (nameCut && /,\s*\p{Lu}\p{Ll}*$/u.test(last ?? '') && /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)*(?:(?:,\s*|\s+và\s+)\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)*)+[.;]?$/u.test(text));
    // "Kính gửi: Công ty TNHH" / "Bao bì Kỹ thuật cao Riches.": a company's kind is no addressee without its name.
    // "Kính gửi: Chi nhánh Công ty TNHH KGL" / "Việt Nam tại TP. HCM." / "(Đ/c: …": the line that ends the name
    // stands right over the addressee's address.
    const overAddress = /^\(\s*(?:đ\/c|địa chỉ)/iu.test(nextText(i) ?? '') && /\.\s*$/.test(text) && text.length <= 60;
    const nameGoesOn = (COMPANY_KIND_ONLY.test(last ?? '') || overAddress) && /^\p{Lu}/u.test(text) && text.length <= 100 && !OPENS_BODY.test(text);
    // "… trực thuộc Phòng" / "Giáo dục và Đào tạo thành phố Cà Mau": an office's kind cut from its name, which
    // fills the next line up to the blank before the body.
    const unitCut = /(?:^|\s)(?:Phòng|Sở|Cục|Vụ|Ban|Trung tâm)$/u.test(lastBare) && /^\p{Lu}\p{Ll}*(?:\s[\p{L}&]+){1,9}\.?$/u.test(text) && nextText(i) === null && !OPENS_BODY.test(text);
    // "Kính gửi: Các công đoàn cơ sở" / "Trực thuộc công đoàn ngành Giáo dục Thái Bình.": the units' tie, typed
    // with a capital on the wrapped line, up to the blank before the body.
    const tieGoesOn = /^(?:Trực thuộc|Thuộc|Trên địa bàn)\s/u.test(text) && text.length <= 100 && nextText(i) === null;
    if (!dashed && items.length === 1 && (rest !== '' || namesEnd || nameGoesOn) && !blankSince && last !== undefined && !ended(last) && (positionCut || nameEnds || namesEnd || nameGoesOn || unitCut || tieGoesOn)) {
      items[0] = `${lastBare} ${text}`;
      continue;
    }
    // "Công ty TNHH X." / "(đ/c: thôn …, tỉnh Hưng Yên)": a line in brackets under a recipient is its address,
    // even after a blank line OCR left when the line names a place ("(L2B …, KCN Bàu Bàng …)").
    if (last !== undefined && (!blankSince || (items.length === 1 && ADDRESS_WORD.test(text))) && /^\(.*\)[.;,]?$/.test(text) && text.length <= 200) {
      items[items.length - 1] = `${beforeAddress(last)} ${text}`;
      continue;
    }
    // "(Dia chi: Lô 49G, …, Ha Nội." / "MST: 0105899433)": the address in brackets over two or three lines.
    const closeAt = last !== undefined && !blankSince && /^\(/.test(text) && unclosedBracket(text) ? bracketClosedAt(i) : -1;
    if (closeAt > 0) {
      const closing = lines.slice(i + 1, closeAt + 1).map((l) => squash(contentOf(l.raw, l.runs, l.open).text));
      items[items.length - 1] = `${beforeAddress(last as string)} ${[text, ...closing].join(' ')}`;
      // The address closes its recipient; without dashes to go on, the list ends with it.
      i = closeAt;
      if (dashed) continue;
      i += 1;
      break;
    }
    // "- Các bộ, cơ quan ngang bộ, cơ quan thuộc" / "Chính phủ;": a dashed entry with no ending goes on
    // on a line that has the list's ending, or on one ending in a comma whose next line has it
    // ("- Địa chỉ: Lô A8-A9 …, Cụm" / "Công Nghiệp Hải Sơn …, Xã Mỹ Hạnh," / "tỉnh Tây Ninh.").
    const endsNext = /,\s*$/.test(text) && !OPENS_BODY.test(text) && next !== null && next.length <= 160 && ended(next) && !hasDash(next);
    // "- Ban Chủ nhiệm các Đoàn Luật sư tỉnh Đắk Nông, tỉnh" / "Bình Thuận và tỉnh Lâm Đồng (cũ)," / "- Ban …":
    // the entry's rest, ended with the comma some lists part entries with, before the next dash.
    const endsBeforeDash = /,\s*$/.test(text) && !OPENS_BODY.test(text) && next !== null && hasDash(next);
    // "- Thuế thành phố Hải" / "Phòng" / "- Công ty …": a name the page cut, its last word alone before the next dash.
    const nameEndsBeforeDash = /\s\p{Lu}\p{Ll}*$/u.test(last ?? '') && /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,2}$/u.test(text) && next !== null && hasDash(next);
    // "- Công ty TNHH MTV Tư vấn … Công nghệ" / "Bách Khoa; D/c: Tang 2 …,": a company's name wrapped with its
    // address or tax code after it on the line (the ";" there parts the name from its details, no entry).
    const detailsAfterName = !hasDash(text) && DETAIL_LABEL.test(text);
    if (dashed && last !== undefined && !ended(last) && !blankSince && (ended(text) || endsNext || endsBeforeDash || nameEndsBeforeDash || detailsAfterName) && text.length <= 160 && !closesLetter(text)) {
      items[items.length - 1] = `${last} ${text}`;
      continue;
    }
    // "- Các trường THPT; trung tâm GDNN-GDTX các huyện, thị, thành;" / "GDTX tỉnh; KTTH-HN tỉnh; Ngoại ngữ -
    // Tin học tỉnh": an entry naming its units parted by ";" goes on on a line without a dash that lists more
    // of them and ends nothing, alone before the blank line (a body's first line ends in ":" or goes on) or
    // before the list's next dash ("Ngoại ngữ - Tin học tỉnh; GDTX tỉnh;" / "- Phòng GD&ĐT …").
    const unitsGoOn = dashed && last !== undefined && /;\s*$/.test(last) && !blankSince && !hasDash(text) && text.includes(';') && !/[.:!?]\s*$/.test(text) && (nextText(i) === null || hasDash(nextText(i) as string));
    if (unitsGoOn && text.length <= 160 && !OPENS_BODY.test(text)) {
      items[items.length - 1] = `${last} ${text}`;
      continue;
    }
    // "- UBND các huyện, thị xã, thành phố;" / "tỉnh Sóc Trăng.": a short line in small letters closing the list names
    // the place of all its entries; it goes with the last.
    if (dashed && !blankSince && last !== undefined && startsLower(text) && /\.\s*$/.test(text) && text.length <= 60 && nextText(i) === null) {
      items[items.length - 1] = `${last} ${text}`;
      continue;
    }
    // A recipient wrapped onto the next line: it starts in lower case, or the entry stopped at a comma,
    // or (layout text) the line is indented under the entry's text.
    // A blank line in between means the list is over (a "," there is OCR's "."), unless the line is lower case.
    const wrapped =
      startsLower(text) ||
      (!blankSince &&
        (/,\s*$/.test(last ?? '') ||
          endsMidPhrase(last ?? '') ||
          unclosedBracket(last ?? '') ||
          (dashed && itemLead > 0 && indent(line.raw) > itemLead) ||
          // "Kính gửi: Công ty … xã Lương" / "␣␣␣␣Bằng, tỉnh Hưng Yên)" aligned under the recipient.
          (!dashed && items.length === 1 && restAt >= 8 && Math.abs(indent(line.raw) - restAt) <= 2)));
    // "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc" / "Căn cứ Luật …": a line that opens the body ends the list.
    if (last !== undefined && !ended(last) && wrapped && text.length <= 160 && !OPENS_BODY.test(text)) {
      items[items.length - 1] = `${last} ${text}`;
      continue;
    }
    // Only after a bare "Kính gửi:": a recipient on its own line is never taken for a note.
    // "Kính gửi: Ủy ban nhân dân huyện Tân Trụ␣␣" / "Phòng lao động …": a markdown hard break keeps the
    // next recipient in the same block, one per line, without dashes.
    const before = lines[i - 1] as SourceLine;
    if (!dashed && !blankSince && before.hardBreak === true && last !== undefined && !ended(last) && text.length <= 120 && !closesLetter(text)) {
      items.push(text);
      continue;
    }
    // "Kính gửi: Công ty TNHH X" / "Mã số thuế: 2300321657" / "Địa chỉ: Số 14, …": the addressee's
    // labelled details, right under it with no list ending between, are part of that recipient (typed
    // with ";", as "Mã số thuế: …;", they are entries of the list, read above).
    // "Địa chỉ: …, TP HCM." / "Mã số thuế: 0310011749": a detail after one that ended in a full stop goes on too.
    const detailsGoOn = last !== undefined && items.length === 1 && /\.\s*$/.test(last) && (DETAIL_LABEL.test(last) || ADDRESS_WORD.test(last)) && DETAIL_LABEL.test(text);
    // "Kính gửi: Công ty TNHH BIC Japan." / "Số 30A Đại lộ Tự Do, KCN Vsip, Phường Bình Hòa, …": a company's
    // address without its label, right under it, is still the addressee's (two words of an address say so).
    const addressGoesOn = last !== undefined && items.length === 1 && /\.\s*$/.test(last) && COMPANY.test(last) && (text.match(ADDRESS_WORDS) ?? []).length >= 2;
    if (!dashed && last !== undefined && addressGoesOn && !blankSince && !OPENS_BODY.test(text) && text.length <= 200) {
      items[0] = `${last} ${text}`;
      continue;
    }
    if (!dashed && last !== undefined && (!ended(last) || detailsGoOn) && !blankSince && RECIPIENT_DETAIL.test(text) && !OPENS_BODY.test(text) && text.length <= 200) {
      items[items.length - 1] = `${last} ${text}`;
      continue;
    }
    // "Kính gửi: Hiệu trưởng các trường MN, TH, THCS trực thuộc." / "␣␣␣␣Hiệu trưởng trường THPT An Thạnh 3.":
    // (layout text) a line aligned under the first recipient, the one above ended, is the next one, without a
    // dash; so is one that opens as an entry does, as the first did, alone before the blank line (tabs lose the column).
    const aligned = restAt >= 8 && Math.abs(indent(line.raw) - restAt) <= 2;
    const entryAlone = OPENS_AS_ENTRY.test(text) && OPENS_AS_ENTRY.test(items[0] ?? '') && nextText(i) === null;
    const alignedNext = !dashed && !blankSince && (aligned || entryAlone) && last !== undefined && ended(last) && ended(text);
    if (alignedNext && /^\p{Lu}/u.test(text) && text.length <= 160 && !OPENS_BODY.test(text) && !closesLetter(text)) {
      items.push(text);
      continue;
    }
    const list = dashed || rest !== '' ? -1 : listAfterNotes(lines, i, limit, items);
    if (list >= 0) {
      const note = [...items, ...lines.slice(i, list).map((l) => squash(contentOf(l.raw, l.runs, l.open).text))].filter((t) => t !== '');
      notes.add('recipients', 'dropped', `Dòng ${(lines[start] as SourceLine).no + 1}–${(lines[list] as SourceLine).no - 1}: bỏ ghi chú viết tay giữa "Kính gửi" và danh sách nơi gửi.`, note.join(' | '));
      items.length = 0;
      i = list - 1;
      blankSince = false;
      continue;
    }
    // "Kính gửi:" / "Tổng công ty Khí Việt Nam-CTCP (PV GAS)" / "Phúc đáp …": a bare "Kính gửi:" has at
    // least one recipient, even one with no list ending, before the first paragraph opens.
    if (items.length === 0 && text.length <= 160 && !OPENS_BODY.test(text) && !closesLetter(text)) {
      items.push(text);
      // "Kính gửi:" / "" / "Công ty TNHH X" / "(địa chỉ: …)": the blank line came before the recipient,
      // so the lines right under it are still its own.
      blankSince = false;
      continue;
    }
    break;
  }
  const listed = (rest !== '' && !hasDash(rest) && items.length > 0 ? [...splitLabelLine(items[0] as string), ...items.slice(1)] : items).flatMap(splitGluedEntries);
  const recipients = listed.map((t) => stripEntryEnd(stripDash(t))).filter((t) => t !== '');
  if (recipients.length === 0) notes.missing('recipients', 'Có dòng "Kính gửi" nhưng không thấy nơi gửi.');
  return { recipients, end: i };
}

/**
 * "Kính gửi: ..................-«cŸẰ. .": a dotted blank (the label's match takes the dots) the clerk fills
 * in by hand, with a scan's specks after it and no word of a name: the recipient is left empty ("" is
 * returned), not read from the specks.
 */
function unfilledBlank(rest: string, dotted: boolean, notes: Notes): string {
  if (!dotted || rest === '' || rest.split(/[^\p{L}]+/u).some((w) => w.length >= 2 && isVietnameseSyllable(w))) return rest;
  notes.add('recipients', 'dropped', 'Dòng "Kính gửi" để trống (dòng chấm chờ điền tay); bỏ các ký tự nhiễu sau nó.', rest);
  return '';
}

/**
 * "Kính gửi: Các trường THPT; trường Mầm non Hoa Hồng;": addressees on the label's own line, with no dashes,
 * parted by ";" as a list's entries are. Not a class named before a colon ("Các Trung tâm: Ngoại ngữ; Tin
 * học"), whose parts are one addressee, nor a company's details ("…; Mã số thuế: …").
 */
function splitLabelLine(text: string): string[] {
  const parts = text.split(/;\s+(?=\S)/u);
  if (parts.length < 2 || (parts[0] as string).includes(':') || parts.some((p) => DETAIL_LABEL.test(p))) return [text];
  return parts;
}

/**
 * "- Bộ Công an;Phòng PC47, Công an tỉnh Thanh Hóa;": two dashed entries a web page ran together, the
 * second's dash and line break lost; a ";" right before a capital, with no space, parts them (units one
 * entry lists are parted by "; ", as "Các trường THPT; trung tâm GDNN-GDTX …").
 */
function splitGluedEntries(item: string): string[] {
  if (!hasDash(item)) return [item];
  const parts = item.split(/;(?=\p{Lu}\p{Ll})/u);
  return parts.length < 2 ? [item] : parts.map((p, i) => (i === 0 ? p : `- ${p}`));
}
