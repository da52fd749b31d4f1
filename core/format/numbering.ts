// Số, ký hiệu (ô 3, nd30.md §4.3): "Số: 05/UBND-VP". Numbers below 10 get a leading zero; a number
// that the records clerk has not assigned yet is left blank so it can be written in after signing.

/** Blank left for a pending number: about 6–8 spaces (§4.3), enough room for a handwritten "1003". */
export const PENDING_NUMBER_BLANK = ' '.repeat(8);

/** Zero-pad below 10, as the Decree's "05/BNV-VP". Larger numbers are written as they are. */
export function padTwo(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The symbol after "/": trimmed, no spaces around its "-" groups (§4.3: "no spaces … joined with -"). */
export function normalizeSymbol(symbol: string): string {
  return symbol
    .trim()
    .replace(/^\/+/, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, '');
}

/** "Số: 1003/UBND-KGVX", "Số: 05/UBND-VP", or "Số:        /UBND-THCB" while the number is pending. */
export function formatNumberLine(number: number | null, symbol: string): string {
  const n = number === null ? PENDING_NUMBER_BLANK : ` ${padTwo(number)}`;
  return `Số:${n}/${normalizeSymbol(symbol)}`;
}
