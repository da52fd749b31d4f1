// A small TrueType reader, enough to get glyph advance widths for code points: the table directory,
// head (unitsPerEm), hhea (numberOfHMetrics), hmtx (advances) and cmap (format 4 or 12).
// Node-only (tools); the committed table it feeds lives in core/metrics/.

interface TableRecord {
  offset: number;
  length: number;
}

function tables(font: DataView): Map<string, TableRecord> {
  const count = font.getUint16(4);
  const out = new Map<string, TableRecord>();
  for (let i = 0; i < count; i += 1) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(font.getUint8(rec), font.getUint8(rec + 1), font.getUint8(rec + 2), font.getUint8(rec + 3));
    out.set(tag, { offset: font.getUint32(rec + 8), length: font.getUint32(rec + 12) });
  }
  return out;
}

function need(map: Map<string, TableRecord>, tag: string): TableRecord {
  const t = map.get(tag);
  if (!t) throw new Error(`font has no ${tag} table`);
  return t;
}

/** Code point → glyph id from a format 4 (BMP) or format 12 (full range) Unicode subtable. */
function readCmap(font: DataView, cmap: TableRecord): (cp: number) => number {
  const n = font.getUint16(cmap.offset + 2);
  let best: { format: number; offset: number } | null = null;
  for (let i = 0; i < n; i += 1) {
    const rec = cmap.offset + 4 + i * 8;
    const platform = font.getUint16(rec);
    const encoding = font.getUint16(rec + 2);
    const offset = cmap.offset + font.getUint32(rec + 4);
    const format = font.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (!best || format === 12) best = { format, offset };
  }
  if (!best) throw new Error('font has no Unicode cmap subtable');
  const { format, offset } = best;
  if (format === 12) {
    const groups = font.getUint32(offset + 12);
    return (cp) => {
      for (let g = 0; g < groups; g += 1) {
        const rec = offset + 16 + g * 12;
        const start = font.getUint32(rec);
        const end = font.getUint32(rec + 4);
        if (cp >= start && cp <= end) return font.getUint32(rec + 8) + (cp - start);
      }
      return 0;
    };
  }
  const segX2 = font.getUint16(offset + 6);
  const ends = offset + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segX2 / 2; s += 1) {
      const end = font.getUint16(ends + s * 2);
      if (cp > end) continue;
      const start = font.getUint16(starts + s * 2);
      if (cp < start) return 0;
      const delta = font.getInt16(deltas + s * 2);
      const ro = font.getUint16(rangeOffsets + s * 2);
      if (ro === 0) return (cp + delta) & 0xffff;
      const glyph = font.getUint16(rangeOffsets + s * 2 + ro + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export interface FontAdvances {
  unitsPerEm: number;
  /** Advance width in font units, or null when the font has no glyph for the code point. */
  advance(cp: number): number | null;
}

export function readAdvances(bytes: Uint8Array): FontAdvances {
  const font = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const t = tables(font);
  const unitsPerEm = font.getUint16(need(t, 'head').offset + 18);
  const numberOfHMetrics = font.getUint16(need(t, 'hhea').offset + 34);
  const hmtx = need(t, 'hmtx').offset;
  const glyphOf = readCmap(font, need(t, 'cmap'));
  return {
    unitsPerEm,
    advance(cp) {
      const g = glyphOf(cp);
      if (g === 0) return null;
      const i = Math.min(g, numberOfHMetrics - 1);
      return font.getUint16(hmtx + i * 4);
    },
  };
}
