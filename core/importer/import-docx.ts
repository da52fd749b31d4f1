// DOCX → draft: read the package with core/ooxml, take paragraphs and cells in reading order with
// their formatting, convert legacy-font text (a .doc saved with .VnTime still says "Hoµng"), then
// the same line importer as for text.
import { convertLine, toUnicode } from '../encoding/detect';
import { replaceLookalikes } from '../encoding/lookalikes';
import { readDocxPackage } from '../ooxml/package';
import { err, ok } from '../result';
import type { Result } from '../result';
import { docxLines } from './docx-lines';
import { importLines } from './import-lines';
import type { ImportError, ImportOptions } from './import-lines';
import { MAX_TEXT_LINES, encodingNotes } from './import-text';
import type { ImportResult } from './import-text';
import type { SourceLine } from './lines';

export async function importDocx(bytes: Uint8Array, options: ImportOptions): Promise<Result<ImportResult, ImportError>> {
  const pkg = await readDocxPackage(bytes);
  if (!pkg.ok) return err({ kind: 'bad-docx', message: pkg.error });
  const lines = docxLines(pkg.value);
  if (lines === null) return err({ kind: 'bad-docx', message: 'Tệp DOCX không có phần thân văn bản (w:body).' });
  if (lines.every((l) => l.raw.trim() === '')) return err({ kind: 'empty', message: 'Tệp DOCX không có chữ nào để nhập.' });
  const filled = lines.filter((l) => l.raw.trim() !== '').length;
  if (filled > MAX_TEXT_LINES) {
    return err({ kind: 'too-large', message: `Tệp DOCX có ${filled.toLocaleString('vi-VN')} đoạn chữ: một công văn chỉ vài trăm đoạn. Hãy nhập từng văn bản một.` });
  }
  const { report, lineEncodings } = toUnicode(lines.map((l) => l.raw.replace(/\n/g, ' ')).join('\n'));
  const converted: SourceLine[] = lines.map((line, i) => {
    const enc = lineEncodings[i] ?? 'unicode';
    const runs = (line.runs ?? []).map((r) => ({ ...r, text: replaceLookalikes((enc === 'unicode' ? r.text : convertLine(r.text, enc)).normalize('NFC')).text }));
    return { ...line, raw: runs.map((r) => r.text).join(''), runs };
  });
  const read = importLines(converted, options);
  if (!read.ok) return read;
  const notes = [...encodingNotes(report), ...read.value.notes.list];
  return ok({ letter: { ...read.value.letter, importNotes: notes }, notes, encoding: report });
}
