// Each identified part at its size and style (Phụ lục I, mục II), and the body's paragraph format:
// justified, first-line indent 1–1.27 cm, at least 6 pt between paragraphs, line spacing 1–1.5.
import { pt, ProblemGroups } from './aggregate';
import type { Identified, Role } from './identify';
import { PART_SPECS } from './parts';
import type { DocxParagraph } from './read';
import type { DocxRule } from './types';
import type { Hit } from '../types';

const textRuns = (p: DocxParagraph) => p.runs.filter((r) => r.text.trim() !== '');

/** What is wrong with one paragraph against its part's spec, as short Vietnamese phrases. */
function styleProblems(p: DocxParagraph, role: Role): string[] {
  const spec = PART_SPECS[role];
  const runs = textRuns(p);
  const problems: string[] = [];
  const sizes = [...new Set(runs.map((r) => r.size ?? 20))];
  const bad = sizes.filter((s) => s < spec.size[0] * 2 || s > spec.size[1] * 2);
  const range = spec.size[0] === spec.size[1] ? `${spec.size[0]} pt` : `${spec.size[0]}–${spec.size[1]} pt`;
  if (bad.length > 0) problems.push(`cỡ chữ ${bad.map(pt).join(', ')} (phải ${range})`);
  if (spec.bold === true && runs.some((r) => !r.bold)) problems.push('không in đậm (phải đậm)');
  if (spec.bold === false && runs.some((r) => r.bold)) problems.push('in đậm (phải chữ thường, không đậm)');
  if (spec.italic === true && runs.some((r) => !r.italic)) problems.push('không in nghiêng (phải nghiêng)');
  if (spec.italic === false && runs.some((r) => r.italic)) problems.push('in nghiêng (phải chữ đứng)');
  if (spec.upper && !runs.every((r) => r.caps || r.text === r.text.toLocaleUpperCase('vi'))) problems.push('không viết in hoa');
  return problems;
}

function partRule(id: string, roles: readonly Role[], title: string): DocxRule {
  const first = PART_SPECS[roles[0] as Role];
  return {
    id,
    title,
    cite: first.cite,
    severity: 'error',
    check: (_model, parts) => {
      const hits: Hit[] = [];
      for (const role of roles) {
        const groups = new ProblemGroups();
        for (const { paragraph } of parts.filter((x) => x.role === role)) for (const problem of styleProblems(paragraph, role)) groups.add(problem, paragraph.index);
        hits.push(...groups.hits(PART_SPECS[role].label, { cite: PART_SPECS[role].cite }));
      }
      if (roles.includes('agency')) hits.push(...agencyBold(parts));
      return hits;
    },
  };
}

/** The issuing agency's name is bold; a parent line above it is not required to be. */
function agencyBold(parts: readonly Identified[]): Hit[] {
  const lines = parts.filter((x) => x.role === 'agency').map((x) => x.paragraph);
  const last = lines[lines.length - 1];
  if (!last || textRuns(last).every((r) => r.bold)) return [];
  return [{ path: `paragraph ${last.index}`, message: `Tên cơ quan ban hành: dòng “${last.text.trim()}” không in đậm (đoạn ${last.index}).`, cite: PART_SPECS.agency.cite }];
}

const LINE_SINGLE = 240;
const LINE_MAX = 360;
const INDENTS = [567, 720];
const INDENT_TOLERANCE = 20;

export const bodyFormat: DocxRule = {
  id: 'docx-body-format',
  title: 'Định dạng đoạn nội dung',
  cite: 'Phụ lục I, mục II.6.e',
  severity: 'error',
  check: (_model, parts) => {
    const body = parts.filter((x) => x.role === 'body').map((x) => x.paragraph);
    const align = new ProblemGroups();
    const lines = new ProblemGroups();
    const gaps = new ProblemGroups();
    const indents = new ProblemGroups();
    body.forEach((p, i) => {
      const f = p.format;
      if (f.jc !== 'both' && f.jc !== 'distribute') align.add(`không canh đều hai lề (đang “${f.jc ?? 'left'}”)`, p.index);
      const rule = f.lineRule ?? 'auto';
      const size = Math.max(...textRuns(p).map((r) => r.size ?? 20), 20) * 10;
      if (rule === 'auto' && f.line !== null && (f.line < LINE_SINGLE - 2 || f.line > LINE_MAX + 2)) lines.add(`giãn dòng ${String(f.line / 240).replace('.', ',')} dòng (phải từ 1 đến 1,5 dòng)`, p.index);
      if (rule !== 'auto' && f.line !== null && (f.line < size || f.line > size * 1.5 * 1.15 + 2)) lines.add(`giãn dòng cố định ${pt(f.line / 10)} với chữ ${pt(size / 10)} (phải từ dòng đơn đến 1,5 dòng)`, p.index);
      const prev = body[i - 1];
      if (prev && prev.index === p.index - 1) {
        const gap = (f.contextual && prev.format.contextual ? 0 : (prev.format.after ?? 0) + (f.before ?? 0));
        if (gap < 120) gaps.add(`khoảng cách với đoạn trên ${pt(gap / 10)} (tối thiểu 6 pt)`, p.index);
      }
      const first = f.firstLine ?? 0;
      if (f.hanging === null || f.hanging === 0) {
        if (!INDENTS.some((v) => Math.abs(first - v) <= INDENT_TOLERANCE)) indents.add(`lùi đầu dòng ${String(Math.round((first / 567) * 100) / 100).replace('.', ',')} cm (phải 1 cm hoặc 1,27 cm)`, p.index);
      }
    });
    return [
      ...align.hits('Nội dung'),
      ...lines.hits('Nội dung'),
      ...gaps.hits('Nội dung'),
      ...indents.hits('Nội dung', { severity: 'warning' }),
    ];
  },
};

export const PART_RULES: readonly DocxRule[] = [
  partRule('docx-national-title', ['national-title', 'motto'], 'Quốc hiệu và Tiêu ngữ'),
  partRule('docx-agency', ['agency'], 'Tên cơ quan ban hành'),
  partRule('docx-number-date', ['number', 'date'], 'Số, ký hiệu; địa danh, ngày tháng'),
  partRule('docx-subject', ['subject'], 'Trích yếu công văn'),
  partRule('docx-stamps', ['stamp'], 'Dấu mức độ khẩn, độ mật'),
  partRule('docx-recipients', ['recipients', 'body'], '“Kính gửi” và cỡ chữ nội dung'),
  partRule('docx-noi-nhan', ['noi-nhan', 'distribution'], 'Nơi nhận'),
  partRule('docx-signature', ['signature', 'signer'], 'Chức vụ, họ tên người ký'),
  bodyFormat,
];
