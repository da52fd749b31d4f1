// Page setup, font, page numbers and the header layout (Phụ lục I, mục I and IV).
import { mm, ProblemGroups } from './aggregate';
import type { DocxParagraph } from './read';
import type { DocxRule } from './types';
import type { Hit } from '../types';

const A4 = { width: 11906, height: 16838 };
/** 1 mm: a page setup off by less is a rounding artefact of the authoring tool. */
const PAGE_TOLERANCE = 57;
/** 0.1 mm, for margins: 850 twips is 14.99 mm and means 15 mm. */
const MARGIN_TOLERANCE_MM = 0.1;
const MARGINS: ReadonlyArray<['top' | 'bottom' | 'left' | 'right', string, number, number]> = [
  ['top', 'trên', 20, 25],
  ['bottom', 'dưới', 20, 25],
  ['left', 'trái', 30, 35],
  ['right', 'phải', 15, 20],
];
const FONT = 'Times New Roman';

export const pageSize: DocxRule = {
  id: 'docx-page-size',
  title: 'Khổ giấy A4, trình bày theo chiều dài',
  cite: 'Phụ lục I, mục I.1–2',
  severity: 'error',
  check: ({ section: s }) => {
    if (s.width === null || s.height === null) return [{ path: 'section', severity: 'warning', message: 'Tệp không ghi khổ giấy: Word sẽ dùng khổ mặc định của máy, có thể không phải A4.' }];
    const portrait = Math.abs(s.width - A4.width) <= PAGE_TOLERANCE && Math.abs(s.height - A4.height) <= PAGE_TOLERANCE;
    const landscape = Math.abs(s.width - A4.height) <= PAGE_TOLERANCE && Math.abs(s.height - A4.width) <= PAGE_TOLERANCE;
    if (portrait) return [];
    if (landscape) return [{ path: 'section', severity: 'warning', message: 'Trang A4 nằm ngang: chỉ dùng khi nội dung có bảng biểu không tách thành phụ lục riêng.' }];
    return [{ path: 'section', message: `Khổ giấy ${mm(s.width)} × ${mm(s.height)} mm, không phải A4 (210 × 297 mm).` }];
  },
};

export const margins: DocxRule = {
  id: 'docx-margins',
  title: 'Lề trang',
  cite: 'Phụ lục I, mục I.3',
  severity: 'error',
  check: ({ section: s }) => {
    const wrong = MARGINS.flatMap(([side, label, min, max]) => {
      const v = s[side];
      if (v === null) return [`lề ${label} không ghi (phải ${min}–${max} mm)`];
      const m = mm(v);
      return m < min - MARGIN_TOLERANCE_MM || m > max + MARGIN_TOLERANCE_MM ? [`lề ${label} ${String(m).replace('.', ',')} mm (phải ${min}–${max} mm)`] : [];
    });
    return wrong.length > 0 ? [{ path: 'section', message: `Lề trang sai: ${wrong.join('; ')}.` }] : [];
  },
};

export const font: DocxRule = {
  id: 'docx-font',
  title: 'Phông chữ Times New Roman',
  cite: 'Phụ lục I, mục I.4',
  severity: 'error',
  check: (model) => {
    const groups = new ProblemGroups();
    for (const p of model.paragraphs) {
      const fonts = new Set(p.runs.filter((r) => r.text.trim() !== '' && (r.font ?? '').toLowerCase() !== FONT.toLowerCase()).map((r) => r.font ?? '(không rõ)'));
      for (const f of fonts) groups.add(`phông “${f}” thay vì Times New Roman`, p.index);
    }
    return groups.hits('Phông chữ');
  },
};

const hasPage = (paragraphs: readonly DocxParagraph[] | undefined): DocxParagraph | undefined =>
  paragraphs?.find((p) => p.fields.some((f) => /^PAGE\b/i.test(f)));

export const pageNumbers: DocxRule = {
  id: 'docx-page-number',
  title: 'Số trang ở lề trên, từ trang 2',
  cite: 'Phụ lục I, mục I.7',
  severity: 'error',
  check: ({ section: s, parts }) => {
    const inDefault = s.headers.default ? hasPage(parts.get(s.headers.default)) : undefined;
    const inFirst = s.headers.first ? hasPage(parts.get(s.headers.first)) : undefined;
    const inFooter = Object.values(s.footers).some((f) => hasPage(parts.get(f)));
    const hits: Hit[] = [];
    if (inFooter) hits.push({ path: 'footer', message: 'Số trang đặt ở chân trang: phải canh giữa ở lề trên (đầu trang).' });
    if (!inDefault && !inFooter) hits.push({ path: 'header', severity: 'warning', message: 'Văn bản chưa đánh số trang: số trang đặt giữa lề trên, từ trang 2 (trang 1 không hiện số).' });
    if (inDefault && (!s.titlePage || inFirst)) hits.push({ path: 'header', message: 'Số trang hiện cả ở trang 1: bật “Different first page” (titlePg) và để trống đầu trang của trang 1.' });
    if (inDefault) {
      const sizes = inDefault.runs.filter((r) => r.size !== null && (r.size < 26 || r.size > 28)).map((r) => (r.size as number) / 2);
      if (sizes.length > 0) hits.push({ path: 'header', message: `Số trang cỡ ${sizes[0]} pt: phải 13–14 pt.` });
      if (inDefault.format.jc !== 'center') hits.push({ path: 'header', message: 'Số trang phải canh giữa theo chiều ngang.' });
    }
    return hits;
  },
};

export const headerLayout: DocxRule = {
  id: 'docx-header-layout',
  title: 'Bố cục phần đầu: bảng hai cột',
  cite: 'Phụ lục I, mục IV',
  severity: 'warning',
  check: (_model, parts) => {
    const find = (role: string) => parts.find((x) => x.role === role)?.paragraph;
    const title = find('national-title');
    const agency = find('agency');
    const number = find('number');
    const date = find('date');
    const hits: Hit[] = [];
    if (title && agency && !(title.cell && agency.cell && title.cell.table === agency.cell.table && title.cell.col !== agency.cell.col)) {
      hits.push({ path: `paragraph ${title.index}`, message: 'Tên cơ quan và Quốc hiệu phải nằm hai bên trái – phải của cùng một hàng (bảng hai cột không viền), không xếp chồng lên nhau.' });
    }
    if (number && date && !(number.cell && date.cell && number.cell.table === date.cell.table && number.cell.col !== date.cell.col)) {
      hits.push({ path: `paragraph ${number.index}`, message: 'Số, ký hiệu và địa danh, ngày tháng phải trên cùng một dòng, hai cột trái – phải.' });
    }
    const missing = [
      ['national-title', 'Quốc hiệu'],
      ['motto', 'Tiêu ngữ'],
      ['agency', 'tên cơ quan ban hành'],
      ['number', '“Số:”'],
      ['date', 'địa danh, ngày tháng năm'],
      ['subject', 'trích yếu “V/v”'],
      ['noi-nhan', '“Nơi nhận:”'],
    ].filter(([role]) => !find(role as string));
    if (missing.length > 0) hits.push({ path: 'paragraph 1', message: `Không tìm thấy ${missing.map(([, l]) => l).join(', ')} trong văn bản.` });
    return hits;
  },
};

export const PAGE_RULES: readonly DocxRule[] = [pageSize, margins, font, pageNumbers, headerLayout];
