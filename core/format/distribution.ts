// "Nơi nhận:" (ô 9b, nd30.md §4.10–4.11). "- Như trên;" comes first when the letter has a "Kính gửi"
// part; every entry ends with ";"; the last is the archive line "- Lưu: VT, KGVX (02)." with its full
// stop, optionally followed by the drafter mark "PH.(15)" (ô 12) on the same line.
import type { Archive, Drafter } from '../letter/types';
import { cleanListEntry } from './list-entry';
import { padTwo } from './numbering';

export const NOI_NHAN = 'Nơi nhận:';
export const NHU_TREN = 'Như trên';
export const RECORDS_DESK = 'VT';

/** "Như trên", "Như trên (thực hiện)", "như trên" … */
export function isNhuTren(entry: string): boolean {
  return /^như trên\b/i.test(cleanListEntry(entry).normalize('NFC'));
}

/**
 * An entry that points back at the Kính gửi list: the Decree's "Như trên", or "Như kính gửi", the
 * wording many offices type instead (Hiệp Hòa's letters). Either one means the addressees above, so
 * the format adds no second "Như trên" beside it; the checker asks for the Decree's wording.
 */
export function isBackReference(entry: string): boolean {
  return isNhuTren(entry) || /^như\s+kính\s+gửi(?![\p{L}\p{M}])/iu.test(cleanListEntry(entry).normalize('NFC'));
}

/**
 * Unit abbreviations as they belong in the archive line. An entry typed as "VT. CNTT" (seed 004) or
 * 'tđat "HT"' (seed 003) holds several abbreviations run together with stray marks: split them.
 */
function cleanUnits(units: readonly string[]): string[] {
  return units
    .flatMap((u) => (RECORDS_DESK_WORDS.test(u.trim()) ? [RECORDS_DESK] : WHOLE_UNIT.test(u.trim()) ? [u.trim()] : u.split(/[\s"“”'.,;:]+/)))
    .filter((u) => u.length > 0);
}

/** "Văn thư" (VPCP 3070's "Lưu: Văn thư, KTN"): the records desk written out, printed as the Decree's "VT". */
export const RECORDS_DESK_WORDS = /^v[ăa]n\s+th[ưu]$/iu;

/**
 * How an archive line names a department or room by its kind, shared with the importer so that a unit
 * printed whole is read back whole: the kind's word, then its initials ("GDTrH&GDTX": capitals and "&",
 * with one small letter between capitals, the "r" of "Trung") or its name in words ("Tổng hợp").
 */
export const UNIT_KIND = 'Vụ|Cục|Ban|Phòng';
export const UNIT_INITIALS = String.raw`\p{Lu}(?:[\p{Lu}&]|(?<=\p{Lu})\p{Ll}(?=\p{Lu}))+`;
export const UNIT_NAME_IN_WORDS = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,4}`;

/** A unit's kind as an imported letter typed it in small letters or OCR read it without its marks ("phòng GDTrH", "Cuc QLCL"). */
export const UNIT_KIND_AS_READ = 'vụ|cục|ban|phòng|phong|Cuc|cuc';

/** The office's web site named in an archive line ("Website Sở", "website Sở", "Cổng TTĐT"): its first word. */
export const WEB_SITE = String.raw`(?:[Ww]ebsite|Cổng)`;

/**
 * A unit written in two words is one unit: a ministry's department or an office's room named by its
 * kind ("Vụ CQĐP", "P. LĐTLBHXH", "Phòng GDTrH&GDTX" with the small "r" of "Trung"), or named in words
 * ("Phòng Tổng hợp"), a unit with its room in brackets ("VP (HC)", the police's coded "V11 (TTTTBC)", "C04 (P6)"),
 * an officer's register mark OCR read with a space in its bracket ("L„í( 13)"),
 * or a unit written out in words ("Văn phòng", Sở Công Thương Gia Lai's archive line; "Văn phòng Tỉnh ủy" with its owner).
 * So is a filing code of numbers and dots ("3.09.02", UBND tỉnh Vĩnh Long's "Lưu: VT, 3.09.02."), and the
 * office's web site where the letter is posted ("Website Sở", "website Sở", "Cổng TTĐT").
 */
const WHOLE_UNIT = new RegExp(
  String.raw`^(?:${WEB_SITE}\s\S+|(?:${UNIT_KIND}|${UNIT_KIND_AS_READ}|P\.)\s*${UNIT_INITIALS}|(?:${UNIT_KIND})\s${UNIT_NAME_IN_WORDS}|[\p{Lu}\d&]{2,}\s*\([\p{Lu}&\d]{1,8}\)|\p{Lu}[\p{Ll}„]{1,3}\(\s*\d{1,4}\)|\p{Lu}\p{Ll}+(?:\s\p{Ll}+){1,3}|[Vv][ăaĂA][nN]\s[pP][hH][òoÒO][nN][gG](?:\s\p{L}+){1,3}|\d+(?:\.\d+)+)$`,
  'u',
);

/** "- Lưu: VT, KGVX (02)." — "Lưu" with a colon, VT first, units comma-separated, a final full stop. */
export function formatArchiveLine(archive: Archive, drafter: Drafter | null = null): string {
  const ordered = archiveUnits(archive);
  const copies = archive.copies === null ? '' : ` (${padTwo(archive.copies)})`;
  const mark = drafter ? formatDrafterMark(drafter) : '';
  return `- Lưu: ${ordered.join(', ')}${copies}.${mark ? ` ${mark}` : ''}`;
}

/** The archive line's units as printed: cleaned, "VT" first and once. */
export function archiveUnits(archive: Archive): string[] {
  const units = cleanUnits(archive.units);
  return [RECORDS_DESK, ...units.filter((u) => u.toUpperCase() !== RECORDS_DESK)];
}

/**
 * A drafter written out by name ("TP Nguyễn Hồng Quảng", "Cao Cường"): words, at least one of them in
 * lower case. The checker asks for initials; until the clerk changes it, it is printed as typed, because
 * squeezing it into capitals ("TPNGUYỄNHỒNGQUẢNG") would make it unreadable.
 */
export function isWrittenOutName(initials: string): boolean {
  return /\S\s+\S/u.test(initials.trim()) && /\p{Ll}{2}/u.test(initials);
}

/** Ô 12: drafter initials in upper case plus copies issued, as the Decree's "PL.(300)". */
export function formatDrafterMark(drafter: Drafter): string {
  const initials = isWrittenOutName(drafter.initials)
    ? drafter.initials.trim().replace(/\s+/g, ' ').replace(/\.$/, '')
    : drafter.initials.replace(/[\s.]+/g, '').toLocaleUpperCase('vi');
  if (!initials) return '';
  return drafter.copies === null ? `${initials}.` : `${initials}.(${drafter.copies})`;
}

export interface NoiNhanInput {
  recipients: readonly string[];
  distribution: readonly string[];
  archive: Archive;
  drafter: Drafter | null;
}

/** The entry lines under "Nơi nhận:", each starting "- ", the archive line last. */
export function formatNoiNhanEntries(input: NoiNhanInput): string[] {
  return [...noiNhanItems(input).map((e) => `- ${e};`), formatArchiveLine(input.archive, input.drafter)];
}

/** The Nơi nhận entries before the archive line, as printed but without their "- " and ";". */
export function noiNhanItems(input: Pick<NoiNhanInput, 'recipients' | 'distribution'>): string[] {
  const entries = input.distribution.map(cleanListEntry).filter((e) => e.length > 0);
  const hasRecipients = input.recipients.some((r) => cleanListEntry(r).length > 0);
  const nhuTren = entries.filter(isBackReference);
  const others = entries.filter((e) => !isBackReference(e));
  // "Như trên" points back at the Kính gửi list: first when there is one (keeping the author's own
  // wording, e.g. "Như trên (thực hiện)" or "Như kính gửi"), added when forgotten.
  const first = hasRecipients ? (nhuTren.length > 0 ? nhuTren.slice(0, 1) : [NHU_TREN]) : nhuTren;
  return [...first, ...others];
}
