// Line-fit decisions and vertical metrics that the writer needs beside the advance widths.
//
// Our widths are exact sums of Times New Roman advances, but LibreOffice and Word lay text out on a
// grid of rounded glyph positions, so a line that fits only just may still wrap. Measured in
// LibreOffice: the 13 pt italic dateline "Thành phố Đà Nẵng, ngày 29 tháng 12 năm 2025" (91.2 mm)
// wrapped its year onto a second line of a 91.5 mm cell, while one of 90.6 mm stayed whole. A
// decision that changes the output (which size, where to break) therefore keeps a safety margin.

import { UNITS_PER_EM } from './widths';

/** Fraction of the available width kept free when deciding that a line fits (1.5 %, ≈ 1.4 mm of 9 cm). */
export const FIT_MARGIN = 0.015;

/** Whether text `width` twips wide fits on one line of `available` twips, with the safety margin. */
export function fitsLine(width: number, available: number): boolean {
  return width <= available * (1 - FIT_MARGIN);
}

/**
 * Ascent of Times New Roman (and of metric-compatible Liberation Serif): hhea ascender and OS/2
 * winAscent are both 1825 of 2048 units in every style. Word and LibreOffice put the first baseline
 * of a single-spaced line this far below its top, so two lines of different sizes that start at the
 * same height have baselines (ascent × size difference) apart.
 */
export const ASCENT_UNITS = 1825;

/** The ascent of a line set at `sizePt`, in points. */
export function ascentPt(sizePt: number): number {
  return (ASCENT_UNITS * sizePt) / UNITS_PER_EM;
}
