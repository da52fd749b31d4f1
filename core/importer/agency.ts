// Agency lines → { parent, name }. "ỦY BAN NHÂN DÂN" / "TỈNH HƯNG YÊN" is one name on two lines;
// "UBND TỈNH BẮC GIANG" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO" is a parent above the issuing unit: the split
// falls before the first line that starts a unit's own name (SỞ, PHÒNG, CỤC, TRƯỜNG, a council's "HĐST …" or
// "HĐ SỞ GD&ĐT XÉT TẶNG …", a ministry's publisher "NHÀ XUẤT BẢN …", a corporation's "BƯU ĐIỆN TỈNH …"…; since the 2025
// reorganisation also "THUẾ TỈNH …" / "THUẾ CƠ SỞ …" under "CỤC THUẾ"; a city's or district's trade union,
// "LIÊN ĐOÀN LAO ĐỘNG TP. CÀ MAU", under the province's, and a city's "LIÊN ĐOÀN LAO ĐỘNG" / "THÀNH PHỐ HỒ CHÍ
// MINH" (OCR's "LAO BONG") under "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"; a Party committee's paper, "BÁO VÀ PHÁT
// THANH, TRUYỀN HÌNH", under "TỈNH ỦY …").
import type { Agency } from '../letter/types';
import type { Notes } from './notes';
import { fold } from './text';

const UNIT_START =
  /^(so|phong|ban|cuc|vu|van phong|trung tam|truong|chi cuc|benh vien|bo chi huy|cong an|hoi dong|tong cuc|kho bac|chi nhanh|bao hiem|bao|dai|vien|hoc vien|thanh tra|doan|uy ban nhan dan (huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)|ubnd (huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)|dang uy|bcd|hd[a-z]{2,3}|hd (?=\S)|cong ty|cong ?doan|hoi|nha xuat ban|buu dien (tinh|thanh pho|huyen|quan)|thue (tinh|thanh pho|co so)|lien doan lao [db]ong(?!.*\bviet nam$))\b/;

/** A union's, a youth union's or an association's name (a "HỘI ĐỒNG" is a state council, not one of them), folded. */
const MASS_BODY = /^(cong ?doan|doan (thanh nien|tncs)|hoi (?!dong))/;
/** A state body's name: a department, a ministry, a People's Committee, an office under them, folded. */
const STATE_BODY = /^(so|bo|phong|ubnd|uy ban nhan dan|cuc|vu)\s/;

// An OCR with no Vietnamese mars the unit word but still tells a unit: "PHONGGIAODvcvADAoT~O" lost the
// spaces of an education office's name, "c u e NHA GIAO …" spelled a widely tracked "CỤC" letter by letter.
const MARRED_UNIT = /^((phong|so)giao|c u [ce] )/;

const isUnitStart = (folded: string): boolean => UNIT_START.test(folded) || MARRED_UNIT.test(folded);

/** The line starts an issuing unit's own name (SỞ …, PHÒNG …), which may sit under a parent agency. */
export const startsUnitName = (line: string): boolean => isUnitStart(fold(line.trim()));

// "PHỊNG": how a converted document's font table gives "PHÒNG" ("ò" read as "ị").
const INNER_UNIT = /^(tong cuc|cuc|vu|so|vien|van phong|trung tam|chi cuc|phong|phing)$/;
const UNIT_WORD = /^(tong|cuc|vu|so|vien|van|trung|chi|ban|phong)$/;

/**
 * Where a one-line agency starting with a ministry or a province ("BỘ …", "UBND TỈNH …") has a unit's
 * own name: a unit word ("TỔNG CỤC", "CỤC", "SỞ"…) not followed by another unit word, with two words
 * or more of name after it. "BỘ NỘI VỤ" has no such place.
 */
function innerUnit(line: string): number | null {
  if (!/^(bo|ubnd|uy ban nhan dan) /.test(fold(line))) return null;
  const words = [...line.matchAll(/\S+/g)];
  for (let k = 2; k < words.length; k += 1) {
    const one = fold((words[k] as RegExpMatchArray)[0]);
    const two = k + 1 < words.length ? `${one} ${fold((words[k + 1] as RegExpMatchArray)[0])}` : '';
    const size = INNER_UNIT.test(two) ? 2 : INNER_UNIT.test(one) ? 1 : 0;
    if (size === 0) continue;
    const after = words.slice(k + size);
    // "BỘ TÀI CHÍNH TỔNG CỤC THUẾ": a unit kind of two words ("TỔNG CỤC") needs one word of name only.
    if (after.length >= (size === 2 ? 1 : 2) && !UNIT_WORD.test(fold((after[0] as RegExpMatchArray)[0]))) return (words[k] as RegExpMatchArray).index ?? null;
  }
  return null;
}

/**
 * "TONG CỤC THUR," over "CỤC THUE TP. HO CHÍ MINH": a comma OCR read in the gap before the national
 * title's column. No agency's name ends in a comma (a line inside it may: "SỞ VĂN HÓA," / "THỂ THAO …").
 */
function dropEndComma(lines: readonly string[]): string[] {
  const last = lines.length - 1;
  return lines.map((line, i) => (i === last ? line.replace(/(?<=\p{Lu})\s*,$/u, '') : line));
}

export function splitAgency(lines: readonly string[], notes: Notes): Agency {
  if (lines.length === 0) {
    // Left empty, never invented: the draft format allows it and the checker reports it (ô số 2).
    notes.missing('agency.name', 'Không thấy tên cơ quan ban hành ở đầu văn bản; hãy điền.');
    return { parent: null, name: '' };
  }
  let split = 0;
  for (let i = 1; i < lines.length; i += 1) {
    // "SỞ GIÁO DỤC VÀ ĐÀO TẠO" / "CÔNG ĐOÀN NGÀNH GIÁO DỤC": a union or an association is no unit of a
    // state body; the two issue the letter together (its symbol names both, "LT-SGD&ĐT-CĐN").
    if (MASS_BODY.test(fold(lines[i] as string)) && STATE_BODY.test(fold(lines[i - 1] as string))) continue;
    if (isUnitStart(fold(lines[i] as string))) {
      split = i;
      break;
    }
  }
  // "UBND TINH PHU THQ" / "GIAO DUC VA DAO TAO": a province's or district's whole name on the first line
  // is a parent even where OCR lost the unit's first word ("SỞ"); a name cut at a hyphen goes on instead.
  const whole = /^(ubnd|uy ban nhan dan) (tinh|thanh pho|huyen|quan|thi xa) \S+/.test(fold(lines[0] as string)) && !/[-–&]\s*$|\s(va|-)$/.test(fold(lines[0] as string));
  if (split === 0 && whole && lines.length === 2 && (lines[1] as string).trim().split(/\s+/).length >= 3) split = 1;
  // "HỘI NÔNG DÂN VIỆT NAM" / "BCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG": a national body over its provincial branch's
  // executive committee (BCH, Ban Chấp hành, Ban Thường vụ), which issues the letter.
  if (split === 0 && lines.length === 2 && /\bviet nam$/.test(fold(lines[0] as string)) && /^(bch|ban chap hanh|ban thuong vu)\s/.test(fold(lines[1] as string))) split = 1;
  if (split === 0 && lines.length === 1) {
    // "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN": a flattened cell put the parent and the unit on one line.
    const inner = innerUnit(lines[0] as string);
    if (inner !== null) return { parent: (lines[0] as string).slice(0, inner).trim(), name: (lines[0] as string).slice(inner).trim() };
  }
  if (split === 0) return { parent: null, name: dropEndComma(lines).join('\n') };
  return { parent: dropEndComma(lines.slice(0, split)).join('\n'), name: dropEndComma(lines.slice(split)).join('\n') };
}
