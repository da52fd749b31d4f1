// Pasted/OCR'd/legacy text → a draft. Decodes legacy fonts first (core/encoding), refuses what is not
// a letter with a Vietnamese sentence, and reports the encoding and every note with the letter.
import { toUnicode } from '../encoding/detect';
import type { EncodingReport } from '../encoding/detect';
import { encodingLabel } from '../encoding';
import type { ImportNote } from '../letter/extensions/import-notes';
import type { Letter } from '../letter/types';
import { err, ok } from '../result';
import type { Result } from '../result';
import { importLines } from './import-lines';
import type { ImportError, ImportOptions } from './import-lines';
import { textToLines } from './lines';
import { dropLooseMarks, splitRunOn } from './runon';
import { splitFlattenedCells } from './inline-cuts';
import { capSpaceRuns } from './text';

/** A letter is a few kilobytes; a megabyte of text is something else. */
export const MAX_TEXT_CHARS = 1_000_000;
/** A fifty-page letter has a few thousand lines with text; tens of thousands are a list or a dump. */
export const MAX_TEXT_LINES = 20_000;

/** Lines that hold something besides spaces. */
function filledLines(text: string): number {
  let count = 0;
  let filled = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (filled) count += 1;
      filled = false;
    } else if (c !== 32 && c !== 9 && c !== 13) filled = true;
  }
  return filled ? count + 1 : count;
}

export interface ImportResult {
  /** The draft, with importNotes filled in. */
  letter: Letter;
  notes: ImportNote[];
  encoding: EncodingReport;
}

export function encodingNotes(report: EncodingReport): ImportNote[] {
  const notes: ImportNote[] = [];
  if (report.detected !== 'unicode') {
    notes.push({
      path: 'document',
      kind: 'converted',
      message: `Văn bản gõ bằng bảng mã ${encodingLabel(report.detected)}; đã chuyển ${report.convertedLines} dòng sang Unicode.`,
    });
  }
  if (report.uppercasedLines > 0) {
    notes.push({ path: 'document', kind: 'uncertain', message: `${report.uppercasedLines} dòng gõ bằng phông chữ hoa (.VnTimeH) đã được viết hoa; hãy kiểm tra.` });
  }
  if (report.rejoinedMarks > 0) {
    notes.push({ path: 'document', kind: 'converted', message: `Đã nối lại ${report.rejoinedMarks} chữ bị tách khỏi dấu thanh khi trích văn bản từ PDF (như “Đồ ng Tháp” → “Đồng Tháp”).` });
  }
  if (report.lookalikes > 0) {
    notes.push({ path: 'document', kind: 'converted', message: `Đã đổi ${report.lookalikes} chữ trông giống “Đ” (như “Ð”, chữ eth của tiếng Iceland) thành chữ “Đ” của tiếng Việt.` });
  }
  for (const u of report.unmapped) {
    notes.push({
      path: 'document',
      kind: 'uncertain',
      message: `Ký tự "${u.char}" (U+${(u.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) ở dòng ${u.line} không có trong bảng mã; giữ nguyên (${u.count} lần).`,
      source: u.char,
    });
  }
  return notes;
}

export function importText(input: string, options: ImportOptions): Result<ImportResult, ImportError> {
  if (input.length > MAX_TEXT_CHARS) {
    const mb = (input.length / 1_000_000).toFixed(1).replace('.', ',');
    return err({ kind: 'too-large', message: `Văn bản quá dài (khoảng ${mb} triệu ký tự): một công văn chỉ vài trang. Hãy nhập từng văn bản một.` });
  }
  if (input.trim() === '') return err({ kind: 'empty', message: 'Tệp trống: không có nội dung để nhập.' });
  const lineCount = filledLines(input);
  if (lineCount > MAX_TEXT_LINES) {
    return err({ kind: 'too-large', message: `Văn bản có ${lineCount.toLocaleString('vi-VN')} dòng chữ: một công văn chỉ vài trăm dòng. Hãy nhập từng văn bản một.` });
  }
  const decoded = toUnicode(capSpaceRuns(input));
  const { report } = decoded;
  const loose = dropLooseMarks(decoded.text);
  const textNotes: ImportNote[] = [];
  if (loose.dropped > 0) {
    textNotes.push({ path: 'document', kind: 'dropped', message: `Bỏ ${loose.dropped} dấu thanh đứng rời (văn bản chép từ PDF đã tách dấu khỏi chữ); các chữ đó đang thiếu dấu — hãy kiểm tra.` });
  }
  // "TRƢỞNG", "đƣợc": a PDF font's "ƣ" (the letter "oi") for "ư". Kept as the text has it (the parsers
  // read it as "u"); the clerk is told, since a search for "được" will not find it.
  const oi = loose.text.match(/[ƣƢ]/g)?.length ?? 0;
  if (oi > 0) {
    textNotes.push({ path: 'document', kind: 'uncertain', message: `Văn bản có ${oi} chữ “ƣ”/“Ƣ” (phông chữ của tệp PDF dùng thay cho “ư”/“Ư”, như “TRƢỞNG”); đã giữ nguyên — hãy thay bằng “ư”/“Ư” nếu cần.` });
  }
  const read = importLines(splitFlattenedCells(splitRunOn(textToLines(loose.text), textNotes), textNotes), options);
  if (!read.ok) return read;
  const notes = [...encodingNotes(report), ...textNotes, ...read.value.notes.list];
  return ok({ letter: { ...read.value.letter, importNotes: notes }, notes, encoding: report });
}
