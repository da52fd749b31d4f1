// Stray OCR and hand marks: markdown left by a transcription ("**", "###", "~~"), superscript
// initials ("^{Ph}") and the drafter's or approver's "ký nháy" initials that an OCR turned into text
// ("*Trql*", seed 003). None of them may appear in a typed letter.
import type { Block } from '../../letter/types';
import { getIn, updateIn, updateText } from '../paths';
import { looksLikeInitials, quote } from '../text';
import type { Hit, LetterRule } from '../types';

interface MarkPattern {
  pattern: RegExp;
  describe: (match: string) => string;
  replace: (match: string, inner: string) => string;
}

/** Order matters: emphasis pairs before lone asterisks. */
const PATTERNS: readonly MarkPattern[] = [
  {
    pattern: /\*{1,3}([^*\n]{1,60}?)\*{1,3}/gu,
    describe: (m) => (looksLikeInitials(m.replace(/\*/g, '')) ? `chữ ký nháy ${quote(m)}` : `dấu “*” đánh dấu chữ ${quote(m)}`),
    replace: (_m, inner) => (looksLikeInitials(inner) ? '' : inner),
  },
  { pattern: /\*+/gu, describe: () => 'dấu “*”', replace: () => '' },
  { pattern: /\^\{[^}\n]*\}|\^[\p{L}]+/gu, describe: (m) => `chỉ số trên ${quote(m)}`, replace: () => '' },
  { pattern: /^\s*#{1,6}\s*/gu, describe: () => 'dấu “#” tiêu đề markdown', replace: () => '' },
  { pattern: /~~[^~\n]*~~/gu, describe: (m) => `chữ gạch xóa ${quote(m)}`, replace: () => '' },
  { pattern: /_{2,}|_$/gu, describe: () => 'dấu gạch dưới “_”', replace: () => '' },
];

function findMarks(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (const p of PATTERNS) {
    rest = rest.replace(p.pattern, (m: string) => {
      found.push(p.describe(m));
      return ' ';
    });
  }
  return found;
}

export function stripMarks(text: string): string {
  let out = text;
  for (const p of PATTERNS) out = out.replace(p.pattern, (m: string, inner?: unknown) => p.replace(m, typeof inner === 'string' ? inner : ''));
  return out.replace(/[ \t]{2,}/g, ' ').replace(/\s+([.,;:])/g, '$1').trimEnd();
}

export const strayMarks: LetterRule = {
  id: 'stray-marks',
  title: 'Ký hiệu thừa do chép tay, OCR',
  cite: 'Phụ lục I, mục II.6.e',
  severity: 'error',
  check: (letter, ctx) => {
    const hits: Hit[] = [];
    const look = (path: string, text: string, label: string) => {
      const found = findMarks(text);
      if (found.length > 0) hits.push({ path, message: `${label} có ${found.join(', ')}: ký hiệu đánh dấu, chữ ký nháy không được in trong văn bản.`, fix: 'Xóa ký hiệu thừa' });
    };
    look('subject', letter.subject, 'Trích yếu');
    look('symbol', letter.symbol, 'Ký hiệu');
    look('place', letter.place, 'Địa danh');
    letter.recipients.forEach((r, i) => look(`recipients.${i}`, r, `Kính gửi mục ${i + 1}`));
    letter.distribution.forEach((d, i) => look(`distribution.${i}`, d, `Nơi nhận mục ${i + 1}`));
    look('signature.signer', letter.signature.signer, 'Họ tên người ký');
    for (const b of ctx.body.blocks) look(b.path, b.text, `Đoạn ${quote(b.text, 30)}`);
    return hits;
  },
  fix: (letter, path) => {
    if (typeof getIn(letter, path) === 'string') return updateText(letter, path, stripMarks);
    const block = getIn(letter, path) as Block | undefined;
    if (!block || !Array.isArray(block.content)) return letter;
    return updateIn<Block>(letter, path, (b) => ({ ...b, content: b.content.map((r) => ({ ...r, text: stripMarks(r.text) })) }));
  },
};

export const MARK_RULES = [strayMarks];
