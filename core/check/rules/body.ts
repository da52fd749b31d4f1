// The content (ô 6): it ends with "./." (every template shows it; seed 003 lacks it); numbered items
// carry computed labels, so a typed "a) " prints twice; the scheme below a clause is "a)" points
// (seed 001 jumps from "1." to "-"); a clause with a title is bold on its own line (seed 000's
// "2. Sở Thông tin và Truyền thông").
import { CLOSING_MARK as CLOSING, endsWithClosingMark, withClosingMark } from '../../format';
import type { Block, Inline, ItemBlock, ItemLevel } from '../../letter/types';
import { indexBody } from '../context';
import { getIn, removeAt, updateIn } from '../paths';
import { quote } from '../text';
import type { Hit, LetterRule } from '../types';

const CITE_LAYOUT = 'Phụ lục I, mục II.6.đ';

/** Applies a text edit to the first (or last) run that has text, keeping the marks of the others. */
function editEdgeRun(content: readonly Inline[], edge: 'first' | 'last', edit: (text: string) => string): Inline[] {
  const order = content.map((_, i) => i);
  if (edge === 'last') order.reverse();
  const at = order.find((i) => (content[i] as Inline).text.trim() !== '');
  if (at === undefined) return content.slice();
  return content.map((r, i) => (i === at ? { ...r, text: edit(r.text) } : r));
}

const updateBlock = (letterPath: string, edit: (b: Block) => Block) => (letter: Parameters<typeof updateIn>[0]) => updateIn<Block>(letter, letterPath, edit);

export const bodyEmpty: LetterRule = {
  id: 'body-empty',
  title: 'Nội dung trống',
  cite: 'Phụ lục I, mục II.6',
  severity: 'error',
  check: (_letter, ctx) => (ctx.body.last === null ? [{ path: 'body', message: 'Công văn chưa có nội dung.' }] : []),
};

export const bodyClosing: LetterRule = {
  id: 'body-closing',
  title: 'Kết thúc nội dung bằng “./.”',
  cite: 'Phụ lục III, Mẫu 1.5',
  severity: 'warning',
  check: (_letter, ctx) => {
    const last = ctx.body.last;
    if (!last) return [];
    const hits: Hit[] = [];
    if (!endsWithClosingMark(last.text)) {
      hits.push({ path: last.path, message: `Nội dung phải kết thúc bằng “./.”; đoạn cuối đang kết thúc bằng ${quote(last.text.trimEnd().slice(-30))}.`, fix: 'Thêm “./.” vào cuối nội dung' });
    }
    for (const b of ctx.body.blocks) {
      if (b !== last && b.text.includes(CLOSING)) {
        hits.push({ path: b.path, message: `Dấu kết thúc “./.” nằm giữa nội dung (${quote(b.text.slice(-40))}): chỉ đặt ở cuối đoạn cuối cùng.`, fix: 'Đổi “./.” giữa nội dung thành “.”' });
      }
    }
    return hits;
  },
  fix: (letter, path) => {
    const { last } = indexBody(letter.body);
    if (!last) return letter;
    if (last.path === path) {
      if (endsWithClosingMark(last.text)) return letter;
      return updateBlock(path, (b) => ({ ...b, content: editEdgeRun(b.content, 'last', withClosingMark) }))(letter);
    }
    return updateBlock(path, (b) => ({ ...b, content: b.content.map((r) => ({ ...r, text: r.text.split(CLOSING).join('.') })) }))(letter);
  },
};

/** The label a clerk may have typed in front of an item's text, by level. */
const TYPED_LABEL: Readonly<Record<ItemLevel, RegExp>> = {
  section: /^\s*[IVXLC]+\s*[.)]\s+/,
  clause: /^\s*\d{1,3}\s*[.)]\s+/,
  point: /^\s*[a-zđ]\s*\)\s+/u,
  dash: /^\s*[-–—•]\s*/,
  plus: /^\s*\+\s*/,
};

export const bodyItemLabel: LetterRule = {
  id: 'body-item-label',
  title: 'Số thứ tự gõ tay trong mục đã đánh số',
  cite: CITE_LAYOUT,
  severity: 'error',
  check: (_letter, ctx) =>
    ctx.body.blocks.flatMap((b): Hit[] =>
      b.block.kind === 'item' && TYPED_LABEL[b.block.level].test(b.text)
        ? [{ path: b.path, message: `Mục ${quote(b.text, 40)} có số thứ tự gõ tay: ứng dụng tự đánh số (I., 1., a), -, +), để nguyên sẽ in hai lần.`, fix: 'Bỏ số thứ tự gõ tay' }]
        : [],
    ),
  fix: (letter, path) =>
    updateBlock(path, (b) => (b.kind === 'item' ? { ...b, content: editEdgeRun(b.content, 'first', (t) => t.replace(TYPED_LABEL[b.level], '')) } : b))(letter),
};

export const bodyPointLevel: LetterRule = {
  id: 'body-point-level',
  title: 'Điểm dưới khoản đánh a), b), c)',
  cite: CITE_LAYOUT,
  severity: 'info',
  check: (_letter, ctx) =>
    ctx.body.blocks.flatMap((b): Hit[] => {
      const item = b.block;
      if (item.kind !== 'item' || item.level !== 'clause') return [];
      const kids = item.children.filter((c): c is ItemBlock => c.kind === 'item');
      if (kids.length === 0 || kids.some((k) => k.level === 'point') || !kids.some((k) => k.level === 'dash')) return [];
      return [{ path: b.path, message: `Khoản ${quote(b.text, 40)} có các ý gạch đầu dòng ngay dưới khoản: theo Nghị định, dưới khoản là các điểm a), b), c)…`, fix: 'Đổi các gạch đầu dòng thành điểm a), b), c)…' }];
    }),
  fix: (letter, path) =>
    updateBlock(path, (b) =>
      b.kind === 'item' && b.level === 'clause' && !b.children.some((c) => c.kind === 'item' && c.level === 'point')
        ? { ...b, children: b.children.map((c) => (c.kind === 'item' && c.level === 'dash' ? { ...c, level: 'point' } : c)) }
        : b,
    )(letter),
};

export const bodyClauseTitle: LetterRule = {
  id: 'body-clause-title',
  title: 'Khoản có tiêu đề in đậm',
  cite: CITE_LAYOUT,
  severity: 'info',
  check: (_letter, ctx) =>
    ctx.body.blocks.flatMap((b): Hit[] => {
      const item = b.block;
      if (item.kind !== 'item' || item.level !== 'clause' || item.title || item.children.length === 0) return [];
      const text = b.text.trim();
      if (text === '' || /[.:;,!?…]$/.test(text) || text.split(/\s+/).length > 15) return [];
      return [{ path: b.path, message: `Khoản ${quote(text, 50)} là tiêu đề (không có dấu câu cuối, có các ý bên dưới): số thứ tự và tiêu đề khoản trình bày đậm trên một dòng riêng.`, fix: 'Đánh dấu là khoản có tiêu đề (in đậm)' }];
    }),
  fix: (letter, path) => updateBlock(path, (b) => (b.kind === 'item' ? { ...b, title: true } : b))(letter),
};

export const bodyEmptyBlock: LetterRule = {
  id: 'body-empty-block',
  title: 'Đoạn trống trong nội dung',
  cite: 'Phụ lục I, mục II.6.e',
  severity: 'info',
  check: (_letter, ctx) =>
    ctx.body.blocks.length <= 1
      ? []
      : ctx.body.blocks.flatMap((b): Hit[] =>
          b.text.trim() === '' && (b.block.kind === 'paragraph' || b.block.children.length === 0)
            ? [{ path: b.path, message: 'Đoạn trống trong nội dung: khoảng cách giữa các đoạn do định dạng (6 pt) tạo ra, không cần dòng trống.', fix: 'Xóa đoạn trống' }]
            : [],
        ),
  fix: (letter, path) => {
    const block = getIn(letter, path) as Block | undefined;
    if (!block || block.content.some((r) => r.text.trim() !== '')) return letter;
    return removeAt(letter, path);
  },
};

export const BODY_RULES = [bodyEmpty, bodyClosing, bodyItemLabel, bodyPointLevel, bodyClauseTitle, bodyEmptyBlock];
