// `vanthu import FILE(.txt|.docx|-) -o DRAFT.vanthu` — a thin shell over core/importer: read the
// bytes, import them as DOCX (by signature) or text (UTF-8/UTF-16/Windows-1252, then TCVN3/VNI),
// check the draft with restoreLetter, write it atomically, and print a short Vietnamese summary.
import path from 'node:path';
import { decodeTextBytes, encodingLabel } from '../../../core/encoding';
import { importDocx, importText } from '../../../core/importer';
import type { ImportResult } from '../../../core/importer';
import { restoreLetter, serializeLetter } from '../../../core/letter';
import type { ImportNote } from '../../../core/letter/extensions/import-notes';
import { parseArgs } from '../args';
import type { CliCommand } from '../command';
import { readInput } from '../io';

const USAGE = 'vanthu import TỆP(.txt|.docx|-) -o BẢN_NHÁP.vanthu';
/** Bytes we read at all: a letter is tens of kilobytes, a DOCX with images a few megabytes. */
const MAX_BYTES = 20 * 1024 * 1024;

const KIND_LABEL: Record<ImportNote['kind'], string> = {
  missing: 'thiếu',
  uncertain: 'cần kiểm tra',
  dropped: 'đã bỏ',
  converted: 'đã chuyển đổi',
};

export function summary(input: string, output: string, result: ImportResult): string {
  const lines = [`Đã nhập ${input} → ${output}`, `Bảng mã: ${encodingLabel(result.encoding.detected)}${result.encoding.normalized ? ' (đã chuẩn hóa Unicode NFC)' : ''}`];
  const counts = new Map<ImportNote['kind'], number>();
  for (const n of result.notes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  if (result.notes.length === 0) lines.push('Không có ghi chú: mọi phần đều đọc được.');
  else {
    lines.push(`Ghi chú: ${[...counts].map(([k, c]) => `${c} ${KIND_LABEL[k]}`).join(', ')}`);
    for (const n of result.notes.slice(0, 12)) lines.push(`  - [${KIND_LABEL[n.kind]}] ${n.path}: ${n.message}${n.source ? ` («${n.source.slice(0, 60)}»)` : ''}`);
    if (result.notes.length > 12) lines.push(`  … và ${result.notes.length - 12} ghi chú khác (xem trường importNotes trong bản nháp).`);
  }
  return lines.join('\n');
}

const isZip = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Nhập công văn từ văn bản dán/OCR, tệp mã cũ (TCVN3, VNI) hoặc DOCX thành bản nháp (.vanthu), kèm ghi chú những phần thiếu hoặc chưa chắc.',
  usage: USAGE,
  run: async (argv, io) => {
    const args = parseArgs(argv, ['-o', '--output']);
    if ('error' in args) {
      io.error(`${args.error}\nCách dùng: ${USAGE}`);
      return 2;
    }
    const input = args.positional[0];
    const output = args.options.get('-o') ?? args.options.get('--output');
    if (!input || !output || args.positional.length > 1) {
      io.error(`Cần đúng một tệp vào và tùy chọn -o cho tệp bản nháp.\nCách dùng: ${USAGE}`);
      return 2;
    }
    const read = await readInput(io, input);
    if (!read.ok) {
      io.error(read.message);
      return 1;
    }
    const bytes = read.bytes;
    if (bytes.length > MAX_BYTES) {
      io.error(`${input}: tệp quá lớn (${(bytes.length / 1048576).toFixed(1).replace('.', ',')} MB); một công văn chỉ vài chục KB.`);
      return 1;
    }
    const options = { fallbackYear: new Date().getFullYear() };
    let result;
    if (isZip(bytes) || /\.docx$/i.test(input)) {
      result = await importDocx(bytes, options);
    } else if (/\.(doc|pdf|odt|rtf)$/i.test(input)) {
      io.error(`${input}: chưa đọc được định dạng ${path.extname(input)}. Hãy lưu thành .docx, hoặc sao chép nội dung ra tệp .txt rồi nhập.`);
      return 1;
    } else {
      const decoded = decodeTextBytes(bytes);
      if (!decoded.ok) {
        io.error(`${input}: ${decoded.error}`);
        return 1;
      }
      result = importText(decoded.value.text, options);
    }
    if (!result.ok) {
      io.error(`${input}: ${result.error.message}`);
      return 1;
    }
    const check = restoreLetter(JSON.parse(serializeLetter(result.value.letter)));
    if (!check.ok) {
      io.error(`${input}: bản nháp tạo ra chưa hợp lệ:\n${check.error.messages.map((m) => `  - ${m}`).join('\n')}`);
      return 1;
    }
    const text = serializeLetter(check.value.letter);
    if (output === '-') io.out(text);
    else await io.writeFile(path.resolve(io.cwd, output), text);
    io.error(summary(input, output === '-' ? 'đầu ra chuẩn' : output, result.value));
    return 0;
  },
};
