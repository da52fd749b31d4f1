// Borderless layout tables with absolute column widths and a fixed layout: without DXA widths and
// layout FIXED, LibreOffice recomputes the columns from their content (TOOLCHAIN.md).
import { LineRuleType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { ExportContext } from './context';
import { FONT } from './runs';

/**
 * Word refuses a cell that ends in a nested table (the stamps), so such a cell gets a closing
 * paragraph; 1 pt high, or its 14 pt empty line would push "Kính gửi" half a line down.
 */
const closingParagraph = (): Paragraph =>
  new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { font: FONT, size: 2 }, children: [] });

export function layoutCell(width: number, children: Array<Paragraph | Table>): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    children: children.length === 0 || children[children.length - 1] instanceof Table ? [...children, closingParagraph()] : children,
  });
}

/** A borderless table of one or more rows of two cells, columns exactly `columns` twips wide. */
export function layoutTable(ctx: ExportContext, columns: readonly [number, number], rows: Array<[Array<Paragraph | Table>, Array<Paragraph | Table>]>): Table {
  const pad = ctx.layout.cellPadding;
  return new Table({
    width: { size: columns[0] + columns[1], type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: pad, right: pad, top: 0, bottom: 0, marginUnitType: WidthType.DXA },
    indent: { size: 0, type: WidthType.DXA },
    rows: rows.map(([left, right]) => new TableRow({ cantSplit: true, children: [layoutCell(columns[0], left), layoutCell(columns[1], right)] })),
  });
}

/** The text area of a cell: its width less the padding on both sides. */
export function cellTextWidth(ctx: ExportContext, column: number): number {
  return column - 2 * ctx.layout.cellPadding;
}
