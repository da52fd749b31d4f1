// `vanthu check FILE(.vanthu|.docx) [--json] [--today YYYY-MM-DD] [--stage draft|issue] [--report OUT.docx]`
// A thin shell over core/check: a draft gets the rules on a draft, a DOCX the rules on any DOCX.
// Exit 0: no error; 1: at least one error; 2: the input (or an option) cannot be used.
import path from 'node:path';
import { buildCheckReport, checkDocx, checkLetter, describePath } from '../../../core/check';
import type { CalendarDate, Finding, Severity } from '../../../core/check';
import { parseDraft } from '../../../core/letter';
import type { Letter } from '../../../core/letter';
import { parseArgs } from '../args';
import type { CliCommand } from '../command';
import type { CliIo } from '../io';
import { readInput } from '../io';

const USAGE = 'vanthu check TỆP(.vanthu|.docx) [--json] [--today YYYY-MM-DD] [--stage draft|issue] [--report PHIẾU.docx]';
const HEADINGS: ReadonlyArray<[Severity, string]> = [
  ['error', 'LỖI'],
  ['warning', 'CẢNH BÁO'],
  ['info', 'GHI CHÚ'],
];

/** "2022-04-25" → a real calendar date, or null. */
export function parseToday(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { year, month, day } : null;
}

function systemToday(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Exactly {"findings": [{rule, severity, message, cite, path, fix?}]}. */
export function findingsJson(findings: readonly Finding[]): string {
  const clean = findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, cite: f.cite, path: f.path, ...(f.fix !== undefined ? { fix: f.fix } : {}) }));
  return JSON.stringify({ findings: clean }, null, 2);
}

export function findingsText(source: string, findings: readonly Finding[], today: CalendarDate): string {
  const date = `${String(today.day).padStart(2, '0')}/${String(today.month).padStart(2, '0')}/${today.year}`;
  const lines = [`Kiểm tra thể thức: ${source} (ngày kiểm tra ${date})`];
  if (findings.length === 0) lines.push('Không phát hiện sai sót về thể thức.');
  for (const [severity, heading] of HEADINGS) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${heading} (${group.length})`);
    for (const f of group) {
      lines.push(`  • ${f.message}`, `      Vị trí: ${describePath(f.path)} · Căn cứ: ${f.cite} [${f.rule}]`);
      if (f.fix) lines.push(`      Sửa tự động được: ${f.fix}`);
    }
  }
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  lines.push('', `Tổng cộng: ${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} ghi chú.`);
  return lines.join('\n');
}

const isZip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;

type Checked = { ok: true; findings: Finding[]; letter?: Letter } | { ok: false; message: string };

async function checkInput(file: string, bytes: Uint8Array, today: CalendarDate, stage: 'draft' | 'issue'): Promise<Checked> {
  if (isZip(bytes) || /\.docx$/i.test(file)) {
    const r = await checkDocx(bytes);
    return r.ok ? { ok: true, findings: r.value } : { ok: false, message: `${file}: ${r.error}` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${file}: không phải bản nháp .vanthu (không phải văn bản UTF-8) cũng không phải DOCX.` };
  }
  const restored = parseDraft(text);
  if (!restored.ok) return { ok: false, message: `${file}: ${restored.error.messages.join('\n  ')}` };
  const letter = restored.value.letter;
  return { ok: true, findings: checkLetter(letter, { today, stage }), letter };
}

async function writeReport(io: CliIo, out: string, source: string, checked: Extract<Checked, { ok: true }>, today: CalendarDate): Promise<string | null> {
  const bytes = await buildCheckReport({ findings: checked.findings, source, checkedOn: today, ...(checked.letter ? { letter: checked.letter } : {}) });
  try {
    await io.writeFile(path.resolve(io.cwd, out), bytes);
    return null;
  } catch (e) {
    return `Không ghi được phiếu kiểm tra ${out}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'thư mục không tồn tại' : 'không có quyền ghi hoặc đĩa đầy'}.`;
  }
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Kiểm tra thể thức theo Nghị định 30/2020/NĐ-CP một bản nháp hoặc một tệp DOCX bất kỳ; in các sai sót kèm căn cứ, cách sửa; xuất phiếu kiểm tra.',
  usage: USAGE,
  run: async (argv, io) => {
    const args = parseArgs(argv, ['--today', '--report', '--stage']);
    if ('error' in args) {
      io.error(`${args.error}\nCách dùng: ${USAGE}`);
      return 2;
    }
    const file = args.positional[0];
    const unknown = [...args.flags].filter((f) => f !== '--json');
    if (!file || args.positional.length > 1 || unknown.length > 0) {
      io.error(`${unknown.length > 0 ? `Không có tùy chọn ${unknown.join(', ')}. ` : ''}Cần đúng một tệp để kiểm tra.\nCách dùng: ${USAGE}`);
      return 2;
    }
    const todayText = args.options.get('--today');
    const today = todayText === undefined ? systemToday() : parseToday(todayText);
    if (!today) {
      io.error(`--today ${todayText}: ngày không hợp lệ, cần dạng YYYY-MM-DD (ví dụ 2024-04-25).`);
      return 2;
    }
    const stage = args.options.get('--stage') ?? 'draft';
    if (stage !== 'draft' && stage !== 'issue') {
      io.error(`--stage ${stage}: chỉ nhận "draft" (bản nháp) hoặc "issue" (sắp phát hành).`);
      return 2;
    }
    const read = await readInput(io, file);
    if (!read.ok) {
      io.error(read.message);
      return 2;
    }
    const checked = await checkInput(file, read.bytes, today, stage);
    if (!checked.ok) {
      io.error(checked.message);
      return 2;
    }
    const report = args.options.get('--report');
    if (report !== undefined) {
      const failure = await writeReport(io, report, path.basename(file), checked, today);
      if (failure) {
        io.error(failure);
        return 2;
      }
    }
    io.out(args.flags.has('--json') ? findingsJson(checked.findings) : findingsText(file, checked.findings, today));
    if (report !== undefined && !args.flags.has('--json')) io.out(`Đã ghi phiếu kiểm tra thể thức: ${report}`);
    return checked.findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
