// Times New Roman text metrics (from metric-compatible Liberation Serif), pure data + arithmetic.
export { styleKey, textUnits, textWidthMm, textWidthPt, textWidthTwips, unmeasuredCharacters } from './measure';
export type { FontStyle, TextStyle } from './measure';
export { ascentPt, ASCENT_UNITS, FIT_MARGIN, fitsLine } from './fit';
export { UNITS_PER_EM } from './widths';
