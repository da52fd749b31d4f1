// "Kính gửi" (ô 9a) and "Nơi nhận" (ô 9b) lists. The draft stores bare entries; the format adds the
// "- " and the ";" / "." endings, so typed ones would print twice ("- - Công an tỉnh;;"). Seed 004
// typed ":" where ";" belongs; seed 003 left stray full stops inside abbreviations ("PCT. UBND").
import { cleanListEntry, isBackReference, isNhuTren } from '../../format';
import type { Letter } from '../../letter/types';
import { diagnoseArchiveLine, isArchiveLine, repairUnits } from '../archive-line';
import { getIn, removeAt, updateIn, updateText } from '../paths';
import { quote } from '../text';
import type { Hit, LetterRule } from '../types';

const CITE_LISTS = 'Phụ lục I, mục II.9.d';
const TYPED_DASH = /^\s*[-–—•+*]\s*/;
const TYPED_END = /\s*[;:,.]+\s*$/;
/** "PCT. UBND", "LĐVP. UBND": an abbreviation followed by a full stop inside an entry. */
const ABBREV_STOP = /(?<!\p{L})(\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu})\.(?=\s+\p{L})/gu;

/** The bare entry the draft stores (core/format's rule, shared with the DOCX writer). */
export const cleanEntry = cleanListEntry;

function punctuationHits(entries: readonly string[], field: 'recipients' | 'distribution', label: string): Hit[] {
  const hits: Hit[] = [];
  entries.forEach((entry, i) => {
    const path = `${field}.${i}`;
    if (field === 'distribution' && isArchiveLine(entry)) return;
    if (entry.trim() === '') {
      hits.push({ path, message: `${label} mục ${i + 1} để trống.`, fix: 'Xóa mục trống' });
      return;
    }
    const marks: string[] = [];
    if (TYPED_DASH.test(entry)) marks.push('gạch đầu dòng');
    const end = TYPED_END.exec(entry);
    if (end) marks.push(`dấu “${end[0].trim()}” ở cuối`);
    if (marks.length > 0) {
      hits.push({
        path,
        message: `${label} mục ${i + 1} ${quote(entry)} có ${marks.join(' và ')} gõ tay: ứng dụng tự thêm “- ” và “;”/“.” theo thể thức.`,
        fix: 'Bỏ gạch đầu dòng và dấu câu gõ tay',
      });
    }
  });
  return hits;
}

const fixEntry = (letter: Letter, path: string): Letter =>
  getIn(letter, path) === '' || (typeof getIn(letter, path) === 'string' && cleanEntry(getIn(letter, path) as string) === '')
    ? removeAt(letter, path)
    : updateText(letter, path, cleanEntry);

export const recipientsPunctuation: LetterRule = {
  id: 'recipients-punctuation',
  title: 'Kính gửi: gạch đầu dòng hoặc dấu câu gõ tay',
  cite: CITE_LISTS,
  severity: 'error',
  check: (letter) => punctuationHits(letter.recipients, 'recipients', 'Kính gửi:'),
  fix: fixEntry,
};

export const distributionPunctuation: LetterRule = {
  id: 'distribution-punctuation',
  title: 'Nơi nhận: gạch đầu dòng hoặc dấu câu gõ tay',
  cite: CITE_LISTS,
  severity: 'error',
  check: (letter) => punctuationHits(letter.distribution, 'distribution', 'Nơi nhận:'),
  fix: fixEntry,
};

export const listAbbreviationStop: LetterRule = {
  id: 'list-abbreviation-stop',
  title: 'Dấu chấm thừa trong chữ viết tắt',
  cite: CITE_LISTS,
  severity: 'warning',
  check: (letter) => {
    const hits: Hit[] = [];
    const scan = (entries: readonly string[], field: string, label: string) =>
      entries.forEach((entry, i) => {
        const found = [...entry.matchAll(ABBREV_STOP)].map((m) => `“${m[1]}.”`);
        if (found.length > 0) {
          hits.push({ path: `${field}.${i}`, message: `${label} mục ${i + 1} ${quote(entry)} có dấu chấm thừa sau chữ viết tắt (${found.join(', ')}): chữ viết tắt không có dấu chấm.`, fix: 'Bỏ dấu chấm sau chữ viết tắt' });
        }
      });
    scan(letter.recipients, 'recipients', 'Kính gửi:');
    scan(letter.distribution, 'distribution', 'Nơi nhận:');
    return hits;
  },
  fix: (letter, path) => updateText(letter, path, (s) => s.replace(ABBREV_STOP, '$1')),
};

export const recipientsEmpty: LetterRule = {
  id: 'recipients-empty',
  title: 'Thiếu “Kính gửi”',
  cite: 'Phụ lục I, mục II.9.b',
  severity: 'error',
  check: (letter) =>
    letter.recipients.every((r) => cleanEntry(r) === '')
      ? [{ path: 'recipients', message: 'Công văn chưa có nơi gửi (Kính gửi): phải ghi cơ quan, tổ chức, cá nhân trực tiếp giải quyết công việc.' }]
      : [],
};

export const distributionNhuTren: LetterRule = {
  id: 'distribution-nhu-tren',
  title: '“Như trên” trong Nơi nhận',
  cite: 'Phụ lục I, mục II.9.b',
  severity: 'error',
  check: (letter) => {
    const at = letter.distribution.findIndex((d) => isBackReference(d));
    const hasRecipients = letter.recipients.some((r) => cleanEntry(r) !== '');
    if (hasRecipients && at < 0) {
      return [{ path: 'distribution', message: 'Nơi nhận thiếu “Như trên”: công văn có phần Kính gửi thì mục đầu tiên của Nơi nhận là “- Như trên;”.', fix: 'Thêm “Như trên” vào đầu Nơi nhận' }];
    }
    if (hasRecipients && at >= 0 && !isNhuTren(letter.distribution[at] as string)) {
      // "Như kính gửi" means the same addressees; the Decree's words are "Như trên".
      const entry = letter.distribution[at] as string;
      return [{ path: `distribution.${at}`, severity: 'warning', message: `Nơi nhận ghi ${quote(cleanEntry(entry))}: Nghị định 30 ghi “Như trên” để chỉ các nơi ở phần Kính gửi.`, fix: 'Đổi thành “Như trên” và đưa lên đầu Nơi nhận' }];
    }
    if (hasRecipients && at > 0) {
      return [{ path: `distribution.${at}`, severity: 'warning', message: `“Như trên” đang ở mục ${at + 1} của Nơi nhận: phải là mục đầu tiên.`, fix: 'Chuyển “Như trên” lên đầu Nơi nhận' }];
    }
    if (!hasRecipients && at >= 0) {
      return [{ path: `distribution.${at}`, severity: 'warning', message: '“Như trên” không chỉ tới ai vì công văn chưa có phần Kính gửi.' }];
    }
    return [];
  },
  fix: (letter) => {
    if (!letter.recipients.some((r) => cleanEntry(r) !== '')) return letter;
    const at = letter.distribution.findIndex((d) => isBackReference(d));
    if (at === 0 && isNhuTren(letter.distribution[0] as string)) return letter;
    // The author's own "Như trên" (perhaps "Như trên (thực hiện)") goes first; "Như kính gửi" is the same
    // entry in other words, so it gives way to it rather than standing beside it.
    const own = letter.distribution.findIndex((d) => isNhuTren(d));
    const moved = own >= 0 ? (letter.distribution[own] as string) : 'Như trên';
    return { ...letter, distribution: [moved, ...letter.distribution.filter((_, i) => i !== at && i !== own)] };
  },
};

export const distributionArchiveTyped: LetterRule = {
  id: 'distribution-archive-typed',
  title: 'Dòng “Lưu” gõ trong danh sách Nơi nhận',
  cite: CITE_LISTS,
  severity: 'error',
  check: (letter) =>
    letter.distribution.flatMap((entry, i): Hit[] => {
      if (!isArchiveLine(entry)) return [];
      const { problems, repaired } = diagnoseArchiveLine(entry, letter.symbol);
      const detail = problems.length > 0 ? ` Dòng gõ tay còn sai: ${problems.join('; ')}.` : '';
      return [
        {
          path: `distribution.${i}`,
          message: `Nơi nhận mục ${i + 1} ${quote(entry)} là dòng lưu gõ tay: ứng dụng đã tự in “- Lưu: VT, …” từ phần Lưu, nên dòng này sẽ in hai lần.${detail}`,
          ...(repaired ? { fix: 'Chuyển đơn vị lưu sang phần Lưu và xóa dòng gõ tay' } : {}),
        },
      ];
    }),
  fix: (letter, path) => {
    const entry = getIn(letter, path);
    if (typeof entry !== 'string' || !isArchiveLine(entry)) return letter;
    const parsed = repairUnits([entry.replace(/^[-–•+\s]*lưu\s*:?/i, '')], null);
    if (!parsed) return letter;
    const merged = repairUnits([...letter.archive.units, ...parsed.units], letter.archive.copies ?? parsed.copies);
    const withArchive = merged ? updateIn(letter, 'archive', () => merged) : letter;
    return removeAt(withArchive, path);
  },
};

export const LIST_RULES = [recipientsEmpty, recipientsPunctuation, distributionPunctuation, listAbbreviationStop, distributionNhuTren, distributionArchiveTyped];
