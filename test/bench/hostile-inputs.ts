// Pastes no letter is made of, each at the importer's limits (just under a million characters, or just
// under twenty thousand lines with text): long runs of spaces or blank lines, one endless line,
// thousands of list marks or capitals. Some once took the importer minutes (a check that reread a long
// run once for each of its characters); the bench times the slowest, so that cannot come back unnoticed.
import { MAX_TEXT_CHARS, MAX_TEXT_LINES } from '../../core/importer/import-text';

const fill = (unit: string): string => unit.repeat(Math.floor((MAX_TEXT_CHARS - 1000) / unit.length));
/** As many copies of a one-line unit as the line limit lets through. */
const lines = (unit: string): string => unit.repeat(MAX_TEXT_LINES - 100);

export const HOSTILE_INPUTS: Record<string, () => string> = {
  'blank lines': () => `${fill('\n')}x`,
  'one-letter lines': () => lines('x\n'),
  'spaces': () => `${fill(' ')}x`,
  'brackets': () => `${'('.repeat(490_000)}${')'.repeat(490_000)}`,
  'dash lines': () => lines('- Sở Y tế;\n'),
  'point lines': () => lines('a) việc\n'),
  'label lines with blank lines': () => lines('Kính gửi:\n\n\n\n'),
  'capitals lines': () => lines('ỦY BAN NHÂN DÂN TỈNH\n'),
  'number lines': () => lines('Số: 12/UBND-VX\n'),
  'one long line of words': () => fill('Ủy ban nhân dân tỉnh đề nghị các sở ngành '),
  'asterisks before words': () => fill('*a '),
  'tabs': () => fill(`x${'\t'.repeat(50)}`),
};
