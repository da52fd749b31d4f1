// "Phiếu kiểm tra thể thức": the checker's findings as a DOCX a reviewer can open, print and sign.
// Pure (docx library only), so the CLI and the editor build the same document.
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Letter } from '../../letter/types';
import type { CalendarDate, Finding, Severity } from '../types';
import { describePath } from '../where';

export interface ReportInput {
  findings: readonly Finding[];
  /** File name or title of what was checked. */
  source: string;
  checkedOn: CalendarDate;
  /** The draft, when the check was on one: its number, symbol and subject head the report. */
  letter?: Letter;
}

const FONT = 'Times New Roman';
const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' };
/** Column widths in twips; sum = 9355, the text width at 30/15 mm margins. */
const COLUMNS = [640, 960, 1620, 3435, 1300, 1400];
const HEADINGS = ['STT', 'Mức', 'Vị trí', 'Nội dung', 'Căn cứ', 'Cách sửa'];

const run = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: (opts.size ?? 13) * 2, bold: opts.bold ?? false, italics: opts.italics ?? false });

const line = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number; center?: boolean; before?: number } = {}) =>
  new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: opts.before ?? 0, after: 0 }, children: [run(text, opts)] });

const cell = (text: string, width: number, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: text.split('\n').map((t) => new Paragraph({ children: [run(t, { bold, size: 11 })] })),
  });

const pad = (n: number): string => String(n).padStart(2, '0');

function summary(findings: readonly Finding[]): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const verdict = count('error') === 0 ? 'Đạt yêu cầu về thể thức' : 'Chưa đạt: còn lỗi thể thức phải sửa';
  return `Kết quả: ${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} ghi chú. ${verdict}.`;
}

function findingsTable(findings: readonly Finding[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: COLUMNS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: COLUMNS,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: HEADINGS.map((h, i) => cell(h, COLUMNS[i] as number, true)) }),
      ...findings.map(
        (f, i) =>
          new TableRow({
            cantSplit: true,
            children: [String(i + 1), SEVERITY_LABEL[f.severity], describePath(f.path), f.message, f.cite, f.fix ?? '—'].map((t, c) => cell(t, COLUMNS[c] as number)),
          }),
      ),
    ],
  });
}

export function buildReportDocument(input: ReportInput): Document {
  const { findings, letter, checkedOn } = input;
  const ordered = [...findings].sort((a, b) => ['error', 'warning', 'info'].indexOf(a.severity) - ['error', 'warning', 'info'].indexOf(b.severity));
  const about: Paragraph[] = [line(`Văn bản: ${input.source}`, { before: 240 })];
  if (letter) {
    const number = letter.number === null ? '…' : pad(letter.number);
    about.push(line(`Số, ký hiệu: ${number}/${letter.symbol}`), line(`Trích yếu: V/v ${letter.subject}`), line(`Cơ quan ban hành: ${letter.agency.name.replace(/\n/g, ' ')}`));
  }
  about.push(line(`Ngày kiểm tra: ${pad(checkedOn.day)}/${pad(checkedOn.month)}/${checkedOn.year}`), line(summary(findings), { bold: true, before: 120 }));
  const body = ordered.length > 0 ? [findingsTable(ordered)] : [line('Không phát hiện sai sót về thể thức.', { italics: true, before: 120 })];
  return new Document({
    creator: 'Văn thư',
    title: 'Phiếu kiểm tra thể thức văn bản',
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
        children: [
          line('PHIẾU KIỂM TRA THỂ THỨC VĂN BẢN', { bold: true, size: 14, center: true }),
          line('(theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư)', { italics: true, center: true }),
          ...about,
          new Paragraph({ spacing: { before: 120 }, children: [] }),
          ...body,
          line('NGƯỜI KIỂM TRA', { bold: true, center: true, before: 360 }),
          line('(Ký, ghi rõ họ tên)', { italics: true, center: true }),
        ],
      },
    ],
  });
}

/** The phiếu kiểm tra as DOCX bytes. */
export async function buildCheckReport(input: ReportInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildReportDocument(input)));
}
