// The archive line "Lưu: VT, <drafting unit> (n)." (ô 9b) and the drafter mark (ô 12). The drafter
// mark is upper-case initials plus copies ("PL.(300)"); provinces habitually write it as superscript
// mixed case inside the archive line ("KGVX^{Ph}", seed 000), which is not the Decree's form.
import type { Letter } from '../../letter/types';
import { isWrittenOutName, RECORDS_DESK_WORDS } from '../../format/distribution';
import { repairUnits, symbolUnits, UNIT_FORM } from '../archive-line';
import { updateIn } from '../paths';
import { quote, upper } from '../text';
import type { Hit, LetterRule } from '../types';

const CITE_ARCHIVE = 'Phụ lục I, mục II.9.d';
const CITE_DRAFTER = 'Phụ lục I, mục III.3';
/** "KGVX^{Ph}", "KGVX^Ph": a superscript drafter mark typed into a unit. */
const SUPERSCRIPT_MARK = /\^\{?([\p{L}.]+)\}?/u;

const withoutMarks = (units: readonly string[]): string[] => units.map((u) => u.replace(SUPERSCRIPT_MARK, '')).filter((u) => u.trim() !== '');

export const archiveForm: LetterRule = {
  id: 'archive-form',
  title: 'Dòng “Lưu: VT, đơn vị soạn thảo”',
  cite: CITE_ARCHIVE,
  severity: 'error',
  check: (letter) => {
    const units = withoutMarks(letter.archive.units);
    const repaired = repairUnits(units, letter.archive.copies);
    const fix = repaired ? { fix: 'Sửa dòng Lưu: VT đứng đầu, tách đơn vị, chuyển số bản lưu' } : {};
    const hits: Hit[] = [];
    const malformed = units.filter((u) => !UNIT_FORM.test(u));
    if (malformed.length > 0) {
      const lowerCase = malformed.some((u) => /\p{Ll}/u.test(u) && !RECORDS_DESK_WORDS.test(u.trim()));
      hits.push({
        path: 'archive',
        message: `Phần Lưu có ${malformed.map((u) => quote(u)).join(', ')}: mỗi mục là một chữ viết tắt in hoa, không dấu câu${lowerCase ? ' (chữ thường phải sửa tay thành đúng chữ viết tắt của đơn vị)' : ''}; ứng dụng tự thêm dấu phẩy và dấu chấm cuối.`,
        ...fix,
      });
    } else if (units[0] !== 'VT') {
      hits.push({ path: 'archive', message: units.length === 0 ? 'Phần Lưu để trống: dòng cuối Nơi nhận phải là “Lưu: VT, <đơn vị soạn thảo>.”.' : `Phần Lưu không bắt đầu bằng “VT” (Văn thư): đang là ${quote(units.join(', '))}.`, ...fix });
    }
    if (malformed.length === 0 && units.filter((u) => u !== 'VT').length === 0) {
      const expected = symbolUnits(letter.symbol)[0];
      hits.push({
        path: 'archive',
        message: 'Phần Lưu thiếu chữ viết tắt của đơn vị soạn thảo sau “VT,”.',
        ...(expected ? { fix: `Thêm đơn vị soạn thảo ${expected} (theo ký hiệu)` } : {}),
      });
    }
    return hits;
  },
  fix: (letter) => {
    const repaired = repairUnits(withoutMarks(letter.archive.units), letter.archive.copies);
    if (!repaired) return letter;
    const expected = symbolUnits(letter.symbol)[0];
    const units = repaired.units.length === 1 && expected ? [...repaired.units, expected] : repaired.units;
    return updateIn(letter, 'archive', () => ({ units, copies: repaired.copies }));
  },
};

export const archiveUnitMatchesSymbol: LetterRule = {
  id: 'archive-unit-symbol',
  title: 'Đơn vị lưu khớp ký hiệu văn bản',
  cite: `${CITE_ARCHIVE}; Phụ lục I, mục II.3.b`,
  severity: 'warning',
  check: (letter) => {
    const expected = symbolUnits(letter.symbol);
    const units = withoutMarks(letter.archive.units)
      .flatMap((u) => u.split(/[\s,.;:"“”']+/))
      .map(upper)
      .filter((u) => u !== '' && u !== 'VT' && !/^\(?\d+\)?$/.test(u));
    if (expected.length === 0 || units.length === 0 || units.some((u) => expected.includes(u))) return [];
    return [{ path: 'archive', message: `Đơn vị soạn thảo trong phần Lưu (${units.join(', ')}) khác đơn vị trong ký hiệu ${quote(letter.symbol)} (${expected.join('-')}).` }];
  },
};

export const drafterInArchive: LetterRule = {
  id: 'drafter-in-archive',
  title: 'Ký hiệu người soạn thảo viết lẫn vào dòng Lưu',
  cite: CITE_DRAFTER,
  severity: 'error',
  check: (letter) =>
    letter.archive.units.flatMap((u): Hit[] => {
      const m = SUPERSCRIPT_MARK.exec(u);
      if (!m) return [];
      return [
        {
          path: 'archive',
          message: `Phần Lưu ${quote(u)} có ký hiệu người soạn thảo viết chỉ số trên, chữ thường: theo Nghị định đó là chữ in hoa kèm số bản phát hành (ô số 12), ví dụ “${upper((m[1] ?? '').replace(/\./g, ''))}.(15)”.`,
          fix: 'Chuyển ký hiệu người soạn thảo sang ô số 12, in hoa',
        },
      ];
    }),
  fix: (letter) => {
    const mark = letter.archive.units.map((u) => SUPERSCRIPT_MARK.exec(u)?.[1]).find((m) => m !== undefined);
    if (mark === undefined) return letter;
    const initials = upper(mark.replace(/\./g, ''));
    const next: Letter = { ...letter, archive: { ...letter.archive, units: withoutMarks(letter.archive.units) } };
    return letter.drafter ? next : { ...next, drafter: { initials, copies: null } };
  },
};

const INITIALS_FORM = /^\p{Lu}{1,8}$/u;

/**
 * The initials the checker offers: a name written out ("TP Nguyễn Hồng Quảng") gives each word's first
 * letter, a word already in capitals kept whole ("TPNHQ"); anything else is the letters in capitals.
 */
function suggestedInitials(typed: string): string {
  if (!isWrittenOutName(typed)) return upper(typed.replace(/[^\p{L}]/gu, ''));
  const words = typed.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  return upper(words.map((w) => (/^\p{Lu}+$/u.test(w) ? w : w.charAt(0))).join(''));
}

export const drafterForm: LetterRule = {
  id: 'drafter-form',
  title: 'Ký hiệu người soạn thảo',
  cite: CITE_DRAFTER,
  severity: 'error',
  check: (letter) => {
    const d = letter.drafter;
    if (!d || INITIALS_FORM.test(d.initials)) return [];
    const cleaned = suggestedInitials(d.initials);
    return [
      {
        path: 'drafter',
        message: `Ký hiệu người soạn thảo ${quote(d.initials)} phải là chữ cái viết tắt in hoa, không dấu câu (ví dụ “PL”); ứng dụng tự thêm dấu chấm và số bản.`,
        ...(cleaned ? { fix: `Sửa thành “${cleaned}”` } : {}),
      },
    ];
  },
  fix: (letter) => {
    const d = letter.drafter;
    if (!d) return letter;
    const cleaned = suggestedInitials(d.initials);
    return cleaned && cleaned !== d.initials ? { ...letter, drafter: { ...d, initials: cleaned } } : letter;
  },
};

export const ARCHIVE_RULES = [archiveForm, archiveUnitMatchesSymbol, drafterInArchive, drafterForm];
