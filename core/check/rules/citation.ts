// The first citation of another document gives its type, number and symbol, date and issuer
// (Phụ lục I, mục II.6.b): "Công văn số 1535/BTTTT-CATTT ngày 18/4/2022 của Bộ Thông tin và Truyền
// thông về việc …". Later citations need only the type and number. The check looks at the sentence
// that holds the first mention of each number/symbol.
import { quote } from '../text';
import type { Hit, LetterRule } from '../types';

const TYPES = 'Công văn|Văn bản|Quyết định|Chỉ thị|Thông tư liên tịch|Thông tư|Nghị định|Nghị quyết|Kế hoạch|Thông báo|Báo cáo|Tờ trình|Hướng dẫn|Công điện|Chương trình|Đề án|Quy chế|Quy định|Kết luận|Giấy mời';
/** A number/symbol of another document: "1535/BTTTT-CATTT", "30/2020/NĐ-CP", "15/QĐ-BNV". */
const NUMBER_SYMBOL = /(\d{1,6})\/(?:\d{4}\/)?[\p{Lu}][\p{L}\d]*(?:-[\p{L}\d]+)+/gu;
const TYPE_BEFORE = new RegExp(`(?:${TYPES})\\s+(?:số\\s*)?$`, 'iu');
const DATE_AFTER = /^[\s,]*(?:\([^)]*\)\s*)?(?:ban hành\s+)?ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/iu;
const ISSUER_AFTER = /^[^.;]{0,60}?\bcủa\s+\p{Lu}/u;

export const citationFull: LetterRule = {
  id: 'citation-full',
  title: 'Viện dẫn văn bản lần đầu ghi đầy đủ',
  cite: 'Phụ lục I, mục II.6.b',
  severity: 'warning',
  check: (_letter, ctx) => {
    const seen = new Set<string>();
    const hits: Hit[] = [];
    for (const b of ctx.body.blocks) {
      for (const m of b.text.matchAll(NUMBER_SYMBOL)) {
        const key = m[0].toUpperCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const start = m.index ?? 0;
        const before = b.text.slice(Math.max(0, start - 40), start);
        const after = b.text.slice(start + m[0].length);
        const missing: string[] = [];
        if (!TYPE_BEFORE.test(before)) missing.push('tên loại văn bản');
        const dated = DATE_AFTER.exec(after);
        if (!dated) missing.push('ngày ban hành');
        if (!ISSUER_AFTER.test(after.slice(dated ? dated[0].length : 0))) missing.push('cơ quan ban hành');
        if (missing.length > 0) {
          hits.push({ path: b.path, message: `Viện dẫn lần đầu ${quote(m[0])} thiếu ${missing.join(', ')}: lần đầu phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu.` });
        }
      }
    }
    return hits;
  },
};

export const CITATION_RULES = [citationFull];
