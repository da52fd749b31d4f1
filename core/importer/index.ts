// core/importer: pasted/OCR'd/legacy text or a DOCX → a Letter draft plus per-field import notes.
export { importText, MAX_TEXT_CHARS, MAX_TEXT_LINES } from './import-text';
export type { ImportResult } from './import-text';
export { importDocx } from './import-docx';
export type { ImportError, ImportErrorKind, ImportOptions } from './import-lines';
