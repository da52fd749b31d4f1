// "Kính gửi:" (ô 9a, nd30.md §4.6). One recipient goes on the same line with no final mark
// ("Kính gửi: Bộ Nội vụ"); two or more go on their own lines after "Kính gửi:", each "- …;" and the
// last "- ….". A letter may have no "Kính gửi" at all (e.g. sent to the public).
import { missingCase } from '../result';
import { cleanListEntry } from './list-entry';

export const KINH_GUI = 'Kính gửi';

export type KinhGui =
  | { kind: 'none' }
  | { kind: 'single'; line: string }
  | { kind: 'list'; heading: string; items: string[] };

export function formatKinhGui(recipients: readonly string[]): KinhGui {
  const names = recipients.map(cleanListEntry).filter((r) => r.length > 0);
  if (names.length === 0) return { kind: 'none' };
  if (names.length === 1) return { kind: 'single', line: `${KINH_GUI}: ${names[0]}` };
  return {
    kind: 'list',
    heading: `${KINH_GUI}:`,
    items: names.map((n, i) => `- ${n}${i === names.length - 1 ? '.' : ';'}`),
  };
}

/** All lines of the part, in reading order (for plain-text views and round-trip tests). */
export function kinhGuiLines(k: KinhGui): string[] {
  switch (k.kind) {
    case 'none':
      return [];
    case 'single':
      return [k.line];
    case 'list':
      return [k.heading, ...k.items];
    default:
      return missingCase(k);
  }
}
