// Borderless layout tables with absolute column widths and a fixed layout: without DXA widths and
// layout FIXED, LibreOffice recomputes the columns from their content (TOOLCHAIN.md).
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { ExportContext } from './context';

export function layoutCell(width: number, children: Array<Paragraph | Table>): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    // A cell must end with a paragraph (Word refuses a cell ending in a nested table).
    children: children.length === 0 || children[children.length - 1] instanceof Table ? [...children, new Paragraph({})] : children,
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
