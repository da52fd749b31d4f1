// Text widths with the page's own font, for the rules whose length depends on text (the short line
// under the agency name is 1/3 of its longest line, nd30.md §4.2 and §7).
let canvas: HTMLCanvasElement | null = null;

export function textWidthPt(text: string, font: string): number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  ctx.font = font;
  // Canvas measures in CSS px; 1 pt = 4/3 px.
  return (ctx.measureText(text).width * 3) / 4;
}

export const PAGE_FONT = '"Times New Roman", "Liberation Serif", Tinos, serif';
