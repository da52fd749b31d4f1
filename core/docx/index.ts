// The DOCX writer: Letter → a Decree 30 conforming công văn (A4, Times New Roman, header and
// signature tables, page numbers from page 2). Runs in Node and in the browser.
export { documentXml, exportContext, exportDocx } from './export';
export type { ExportedDocx, ExportOptions } from './export';
export { buildDocument } from './document';
export { inlineRuns, textRun, FONT, FONT_NAME } from './runs';
export type { ExportContext } from './context';
