// One entry of the "Kính gửi" or "Nơi nhận" list, as the author stores it: no leading "- ", no
// trailing ";" or "." (LETTER-FORMAT.md). Typed or imported entries often carry them anyway, or the
// wrong mark (seed 004: "Như trên:"), so the list formatters clean each entry before punctuating it.

/** Drops a leading list dash and any trailing ; : , . and spaces, and collapses inner whitespace. */
export function cleanListEntry(entry: string): string {
  return entry
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–—•+]\s*/, '')
    .replace(/[\s;:,.]+$/, '')
    .trim();
}
