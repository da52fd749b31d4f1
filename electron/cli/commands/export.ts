// `vanthu export DRAFT.vanthu -o OUT.docx [--profile default|government] [--pdf]` — a thin shell over
// core/: read the draft, restore it, export it with core/docx, write atomically. With --pdf the DOCX
// goes through LibreOffice (soffice --headless --convert-to pdf) and the PDF is written instead (under .pdf).
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkLetter } from '../../../core/check';
import { exportDocx } from '../../../core/docx';
import { exportDocxWithReview } from '../../../core/review/docx/export';
import { parseDraft } from '../../../core/letter';
import { isProfileName, PROFILE_NAMES } from '../../../core/layout';
import { parseArgs } from '../args';
import type { CliCommand } from '../command';
import { readInput } from '../io';

const USAGE = `vanthu export BẢN_NHÁP.vanthu -o KẾT_QUẢ.docx [--profile ${PROFILE_NAMES.join('|')}] [--pdf] [--review]`;

/** soffice on PATH, or where Debian and the LibreOffice installers put it. */
export function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const candidates = [
    ...dirs.flatMap((d) => [path.join(d, 'soffice'), path.join(d, 'libreoffice')]),
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  ];
  return candidates.find((c) => existsSync(c)) ?? null;
}

/**
 * DOCX bytes → PDF bytes with LibreOffice. Each run gets its own profile directory, so conversions
 * running at the same time (or a LibreOffice window the user has open) do not block each other.
 */
export async function convertDocxToPdf(docx: Uint8Array, soffice: string): Promise<{ ok: true; pdf: Uint8Array } | { ok: false; message: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vanthu-pdf-'));
  try {
    const input = path.join(dir, 'letter.docx');
    await fs.writeFile(input, docx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 120_000 }, (error, _stdout, stderr) => {
        resolve({ code: error ? 1 : 0, stderr: String(stderr) });
      });
    });
    const output = path.join(dir, 'letter.pdf');
    if (result.code !== 0 || !existsSync(output)) {
      return { ok: false, message: `LibreOffice không chuyển được DOCX sang PDF.${result.stderr.trim() ? ` (${result.stderr.trim().split('\n')[0]})` : ''}` };
    }
    return { ok: true, pdf: new Uint8Array(await fs.readFile(output)) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Xuất bản nháp (.vanthu) thành công văn DOCX đúng thể thức Nghị định 30 (PDF với --pdf; kèm góp ý và đề xuất sửa dạng theo dõi thay đổi của Word với --review).',
  usage: USAGE,
  run: async (argv, io) => {
    const args = parseArgs(argv, ['-o', '--output', '--profile']);
    if ('error' in args) {
      io.error(`${args.error}\nCách dùng: ${USAGE}`);
      return 2;
    }
    const [draftFile, ...extra] = args.positional;
    if (!draftFile || extra.length > 0) {
      io.error(`${draftFile ? 'Chỉ xuất được một bản nháp mỗi lần.' : 'Thiếu tệp bản nháp cần xuất.'}\nCách dùng: ${USAGE}`);
      return 2;
    }
    const unknown = [...args.flags].filter((f) => f !== '--pdf' && f !== '--review');
    if (unknown.length > 0) {
      io.error(`Tùy chọn không hợp lệ: ${unknown.join(', ')}.\nCách dùng: ${USAGE}`);
      return 2;
    }
    const profile = args.options.get('--profile') ?? 'default';
    if (!isProfileName(profile)) {
      io.error(`--profile: không có khổ trình bày "${profile}"; chọn một trong: ${PROFILE_NAMES.join(', ')}.`);
      return 2;
    }
    const pdf = args.flags.has('--pdf');
    const fallback = draftFile === '-' ? `cong-van.${pdf ? 'pdf' : 'docx'}` : draftFile.replace(/(\.vanthu)?$/i, pdf ? '.pdf' : '.docx');
    const asked = path.resolve(io.cwd, args.options.get('-o') ?? args.options.get('--output') ?? fallback);
    // "-o thu.docx --pdf": a PDF saved under a .docx name (or a DOCX under .pdf) opens in neither program;
    // the file gets the extension of what is written, and the clerk is told.
    const wrongExtension = pdf ? /\.docx$/i : /\.pdf$/i;
    const outFile = wrongExtension.test(asked) ? asked.replace(wrongExtension, pdf ? '.pdf' : '.docx') : asked;
    if (outFile !== asked) io.error(`Lưu ý: đang xuất ${pdf ? 'PDF' : 'DOCX'} nên tệp được đặt tên ${path.basename(outFile)} thay cho ${path.basename(asked)}.`);

    const soffice = pdf ? findSoffice() : null;
    if (pdf && !soffice) {
      io.error('Không tìm thấy LibreOffice (soffice) để xuất PDF. Hãy cài LibreOffice Writer (Debian/Ubuntu: apt-get install libreoffice-writer) hoặc bỏ --pdf để xuất DOCX.');
      return 1;
    }

    const input = await readInput(io, draftFile);
    if (!input.ok) {
      io.error(input.message);
      return 1;
    }
    const restored = parseDraft(new TextDecoder('utf-8').decode(input.bytes));
    if (!restored.ok) {
      io.error([`${draftFile}: bản nháp không hợp lệ, chưa xuất được.`, ...restored.error.messages.map((m) => `  - ${m}`)].join('\n'));
      return 1;
    }
    // --review: comments as w:comment and pending suggestions as w:ins/w:del, for a leader reviewing in Word.
    const exporter = args.flags.has('--review') ? exportDocxWithReview : exportDocx;
    const exported = await exporter(restored.value.letter, { profile });
    for (const w of [...restored.value.warnings, ...exported.warnings]) io.error(`Cảnh báo: ${w}`);
    // The app asks before exporting a letter with format errors; the CLI exports but says so.
    const now = new Date();
    const errors = checkLetter(restored.value.letter, { today: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() } }).filter((f) => f.severity === 'error');
    for (const f of errors) io.error(`Lỗi thể thức: ${f.message} [${f.rule}]`);
    if (errors.length > 0) io.error(`Còn ${errors.length} lỗi thể thức; xem chi tiết và cách sửa: vanthu check ${draftFile}`);

    let bytes = exported.bytes;
    if (soffice) {
      const converted = await convertDocxToPdf(exported.bytes, soffice);
      if (!converted.ok) {
        io.error(converted.message);
        return 1;
      }
      bytes = converted.pdf;
    }
    try {
      await io.writeFile(outFile, bytes);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.error(`${outFile}: không ghi được tệp${code === 'ENOENT' ? ' (thư mục không tồn tại)' : code === 'EACCES' ? ' (không có quyền ghi)' : ''}.`);
      return 1;
    }
    io.out(`Đã xuất ${path.relative(io.cwd, outFile) || outFile}`);
    return 0;
  },
};
