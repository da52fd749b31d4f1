// Dates every entry of the DOCX zip from the caller's clock. docx stamps entries with the time of
// packing, which would make two exports of the same letter differ; with a fixed clock ours are
// byte-identical. The stamps are rewritten in place (local and central headers), which costs
// nothing, rather than by unzipping and deflating a second time. Pure: Uint8Array only.

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** MS-DOS time and date words, from the UTC fields so the result does not depend on the time zone. */
export function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function endOfCentralDirectory(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === END) return i;
  }
  throw new Error('DOCX zip: end of central directory not found');
}

/** Rewrites the modification stamp of every entry. Throws on a zip it does not understand. */
export function stampZipEntries(bytes: Uint8Array, date: Date): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { time, day } = dosDateTime(date);
  const eocd = endOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count; n += 1) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('DOCX zip: bad central directory entry');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('DOCX zip: bad local file header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
