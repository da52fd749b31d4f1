// Số, ký hiệu (ô 3): a công văn's symbol is "<issuer>-<drafting unit or subject area>" in capitals,
// groups joined by "-" with no spaces, and no document-type abbreviation (Phụ lục I, mục II.3.b–c).
// Seeds 000 and 003 show the space before "/" left for a hand-filled number.
import type { Letter } from '../../letter/types';
import { issuerAbbreviations } from '../agency';
import { updateText } from '../paths';
import { quote, upper } from '../text';
import type { Hit, LetterRule } from '../types';

const CITE = 'Phụ lục I, mục II.3.b–c';
/** Phụ lục III, Mục I, upper-cased: these belong to typed documents, never to a công văn. */
const TYPE_ABBREVIATIONS = new Set(['NQ', 'QĐ', 'CT', 'QC', 'QYĐ', 'TC', 'TB', 'HD', 'CTR', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTR', 'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TRS', 'SL']);
/** "Số: 1003/", "1003 /", " /": what precedes the symbol proper when a clerk types the whole line. */
const TYPED_PREFIX = /^\s*(?:số\s*:?\s*)?(\d{1,6})?\s*\/\s*/iu;

export function normalizeSymbolText(symbol: string): string {
  return upper(
    symbol
      .replace(TYPED_PREFIX, '')
      .replace(/[‐‑‒–—―]/g, '-')
      .replace(/\s+/g, '')
      .replace(/^-+|-+$/g, ''),
  );
}

const groupsOf = (symbol: string): string[] => normalizeSymbolText(symbol).split('-').filter(Boolean);

export const symbolForm: LetterRule = {
  id: 'symbol-form',
  title: 'Ký hiệu văn bản in hoa, không cách chữ',
  cite: CITE,
  severity: 'error',
  check: (letter) => {
    const hits: Hit[] = [];
    const normalized = normalizeSymbolText(letter.symbol);
    if (normalized === '') return [{ path: 'symbol', message: 'Ký hiệu văn bản (sau “Số: …/”) đang để trống.' }];
    if (normalized !== letter.symbol) {
      const why: string[] = [];
      if (TYPED_PREFIX.test(letter.symbol)) why.push('có “Số”, số hoặc dấu “/” gõ tay ở đầu (ứng dụng tự in “Số: <số>/”)');
      if (/\s/.test(letter.symbol.replace(TYPED_PREFIX, ''))) why.push('có dấu cách');
      if (/[‐‑‒–—―]/.test(letter.symbol)) why.push('dùng gạch dài thay cho gạch nối “-”');
      if (/\p{Ll}/u.test(letter.symbol)) why.push('có chữ thường');
      if (/^\s*-|-\s*$/.test(letter.symbol.replace(TYPED_PREFIX, ''))) why.push('có dấu “-” thừa ở đầu hoặc cuối');
      hits.push({ path: 'symbol', message: `Ký hiệu ${quote(letter.symbol)} ${why.join(', ') || 'chưa đúng dạng'}: phải viết in hoa, các nhóm nối bằng “-”, không cách chữ, ví dụ “UBND-KGVX”.`, fix: `Sửa thành “${normalized}”` });
    }
    if (groupsOf(letter.symbol).length < 2) {
      hits.push({ path: 'symbol', message: `Ký hiệu ${quote(normalized)} chỉ có một nhóm: ký hiệu công văn gồm chữ viết tắt tên cơ quan và tên đơn vị soạn thảo hoặc lĩnh vực, ví dụ “UBND-KGVX”.` });
    }
    return hits;
  },
  fix: (letter) => {
    const typedNumber = TYPED_PREFIX.exec(letter.symbol)?.[1];
    const next: Letter = letter.number === null && typedNumber ? { ...letter, number: Number(typedNumber) } : letter;
    return updateText(next, 'symbol', normalizeSymbolText);
  },
};

export const symbolIssuer: LetterRule = {
  id: 'symbol-issuer',
  title: 'Ký hiệu khớp cơ quan ban hành',
  cite: CITE,
  severity: 'warning',
  check: (letter) => {
    const groups = groupsOf(letter.symbol);
    const first = groups[0];
    if (!first || groups.length < 2) return [];
    const expected = issuerAbbreviations(letter.agency);
    if (expected.includes(first)) return [];
    if (TYPE_ABBREVIATIONS.has(first)) {
      return [
        {
          path: 'symbol',
          severity: 'error',
          message: `Ký hiệu ${quote(letter.symbol)} bắt đầu bằng “${first}”, chữ viết tắt tên loại văn bản: công văn không có tên loại, ký hiệu bắt đầu bằng tên cơ quan${expected[0] ? ` (${expected[0]})` : ''}.`,
          ...(groups.length > 2 ? { fix: `Bỏ nhóm “${first}”` } : {}),
        },
      ];
    }
    if (expected.length === 0) return [];
    return [{ path: 'symbol', message: `Ký hiệu ${quote(letter.symbol)} bắt đầu bằng “${first}”, khác chữ viết tắt của cơ quan ban hành (${expected.join(' hoặc ')}): kiểm tra lại cơ quan hoặc ký hiệu.` }];
  },
  fix: (letter) => {
    const groups = groupsOf(letter.symbol);
    if (groups.length <= 2 || !TYPE_ABBREVIATIONS.has(groups[0] as string)) return letter;
    return { ...letter, symbol: groups.slice(1).join('-') };
  },
};

export const SYMBOL_RULES = [symbolForm, symbolIssuer];
