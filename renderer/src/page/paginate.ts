// Page breaks on screen. The page column is one flow; where a block would cross the bottom margin it
// is pushed (padding-top) to the top of the next sheet, so the page shows where the printed pages
// break. Runs only when the column's height changes (ResizeObserver), never per keystroke otherwise.
import type { PageMetrics } from './geometry';

const pushes = new WeakMap<HTMLElement, number>();

/** The flow units of the column, in order: its [data-flow] parts, the body's blocks in place of the body. */
export function flowUnits(column: HTMLElement): HTMLElement[] {
  const units: HTMLElement[] = [];
  for (const part of Array.from(column.children) as HTMLElement[]) {
    if (part.dataset.flow === 'body') {
      const editable = part.querySelector<HTMLElement>('[contenteditable]');
      if (editable) units.push(...(Array.from(editable.children) as HTMLElement[]));
    } else if (part.dataset.flow) {
      units.push(part);
    }
  }
  return units;
}

/** Decides each unit's push; returns the number of pages. Reads layout once, writes only what changed. */
export function paginate(column: HTMLElement, m: PageMetrics): number {
  const units = flowUnits(column);
  // Fractional positions (offsetTop rounds to whole pixels, which would make pushes drift and the
  // observer fire again and again); the page is scaled by a transform, so divide it out.
  const col = column.getBoundingClientRect();
  const scale = column.offsetWidth > 0 ? col.width / column.offsetWidth : 1;
  const boxes = units.map((u) => {
    const r = u.getBoundingClientRect();
    return { u, top: (r.top - col.top) / scale, height: r.height / scale, old: pushes.get(u) ?? 0 };
  });
  let oldBefore = 0;
  let newBefore = 0;
  let bottom = 0;
  const writes: Array<[HTMLElement, number]> = [];
  for (const b of boxes) {
    const naturalTop = b.top - oldBefore;
    const height = b.height - b.old;
    const top = naturalTop + newBefore;
    const page = Math.floor(top / m.stridePx);
    const pageStart = page * m.stridePx;
    const pageEnd = pageStart + m.contentHeightPx;
    let push = 0;
    if (top >= pageEnd - 0.5) push = pageStart + m.stridePx - top;
    else if (top + height > pageEnd + 0.5 && height <= m.contentHeightPx && top > pageStart + 0.5) push = pageStart + m.stridePx - top;
    // Sub-pixel differences are measurement noise, not a new break: keep the old push.
    if (Math.abs(push - b.old) < 0.75) push = b.old;
    else writes.push([b.u, push]);
    oldBefore += b.old;
    newBefore += push;
    bottom = top + push + height;
  }
  for (const [u, push] of writes) {
    pushes.set(u, push);
    u.style.paddingTop = push > 0 ? `${push.toFixed(2)}px` : '';
    u.classList.toggle('vt-pushed', push > 0);
  }
  return Math.max(1, Math.floor(Math.max(0, bottom - 1) / m.stridePx) + 1);
}
