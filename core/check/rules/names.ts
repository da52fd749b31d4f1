// Place of issue and agency name (ô 2, ô 4) and their capitalisation (Phụ lục II). The place is the
// official name of the unit where the issuer sits, every syllable capitalised ("Hưng Yên"), written in
// full ("Thành phố Hồ Chí Minh", never "TP. HCM"); the agency name is in capitals.
import { adminUnitName } from '../agency';
import { updateText } from '../paths';
import { isAllUpper, quote, squeeze, titleCase, upper } from '../text';
import type { Hit, LetterRule } from '../types';

/** "tỉnh Hưng Yên", "Tỉnh Hưng Yên": the common noun belongs to the agency name, not the place. */
const UNIT_PREFIX = /^(?:tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)\s+/iu;
/** "TP. Hồ Chí Minh", "Tp Hồ Chí Minh", "thành phố Hồ Chí Minh": the special name is "Thành phố Hồ Chí Minh". */
const CITY_PREFIX = /^(?:tp\.?\s*|thành phố\s+)/iu;

/** The place as the Decree wants it: capitalised syllables, "Thành phố" written out for a city. */
export function normalizePlace(place: string): string {
  const p = squeeze(place).replace(/,$/, '');
  if (/^tp\.?\s*hcm$/iu.test(p)) return 'Thành phố Hồ Chí Minh';
  if (CITY_PREFIX.test(p)) return `Thành phố ${titleCase(p.replace(CITY_PREFIX, ''))}`;
  const rest = p.replace(UNIT_PREFIX, '');
  // A unit named by a number keeps its capitalised common noun (Phụ lục II, mục III.1.b: "Quận 1").
  return /^\d/.test(rest) ? titleCase(p) : titleCase(rest);
}

export const placeForm: LetterRule = {
  id: 'place-form',
  title: 'Địa danh ban hành',
  cite: 'Phụ lục I, mục II.4.a; Phụ lục II, mục III.1',
  severity: 'error',
  check: (letter) => {
    if (letter.place.trim() === '') return [{ path: 'place', message: 'Địa danh (trước “ngày … tháng … năm …”) đang để trống.' }];
    const hits: Hit[] = [];
    const normalized = normalizePlace(letter.place);
    if (normalized !== letter.place) {
      hits.push({ path: 'place', message: `Địa danh ${quote(letter.place)} phải là tên chính thức của đơn vị hành chính, viết hoa chữ cái đầu mỗi âm tiết, không viết tắt, không kèm “tỉnh”/“huyện” (ví dụ “Hưng Yên”, “Thành phố Hồ Chí Minh”).`, fix: `Sửa thành “${normalized}”` });
    }
    const unit = adminUnitName(letter.agency);
    const placeName = upper(normalized.replace(/^Thành phố\s+/u, ''));
    if (unit && placeName !== unit) {
      hits.push({ path: 'place', severity: 'warning', message: `Địa danh ${quote(letter.place)} khác đơn vị hành chính trong tên cơ quan (${unit}): địa danh là nơi cơ quan ban hành đóng trụ sở.` });
    }
    return hits;
  },
  fix: (letter) => updateText(letter, 'place', normalizePlace),
};

export const agencyEmpty: LetterRule = {
  id: 'agency-empty',
  title: 'Tên cơ quan ban hành',
  cite: 'Phụ lục I, mục II.2 (ô số 2)',
  severity: 'error',
  // A draft may hold an empty name (an imported letter that lost its header); a letter may not.
  check: (letter) =>
    letter.agency.name.trim() === ''
      ? [{ path: 'agency.name', message: 'Tên cơ quan, tổ chức ban hành văn bản (ô số 2) đang để trống: hãy điền tên cơ quan bằng chữ in hoa.' }]
      : [],
};

export const agencyCapitals: LetterRule = {
  id: 'agency-capitals',
  title: 'Tên cơ quan viết in hoa',
  cite: 'Phụ lục I, mục II.2.b',
  severity: 'error',
  check: (letter) => {
    const hits: Hit[] = [];
    for (const [field, label] of [['name', 'Tên cơ quan ban hành'], ['parent', 'Tên cơ quan chủ quản']] as const) {
      const value = letter.agency[field];
      if (value === null || value.trim() === '' || isAllUpper(value)) continue;
      hits.push({ path: `agency.${field}`, message: `${label} ${quote(value)} phải viết bằng chữ in hoa.`, fix: `Sửa thành “${upper(value).replace(/\n/g, ' / ')}”` });
    }
    return hits;
  },
  fix: (letter, path) => updateText(letter, path, upper),
};

export const NAME_RULES = [placeForm, agencyEmpty, agencyCapitals];
