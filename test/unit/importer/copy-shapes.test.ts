// The same letter copied another way must read the same: Windows line ends, decomposed accents (a Mac
// copy), indented lines, every line padded with spaces (a PDF or Word copy), tabs, list marks other
// than the hyphen ("–", "•", Word's Symbol bullet), the eth for "Đ", no-break spaces. Every field the
// plain fixture reads right must stay right in each copy.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mendDetachedMarks } from '../../../core/encoding/detached-marks';
import { importText } from '../../../core/importer';
import { FIELDS } from './fields';
import type { Expected } from './fields';

const DIR = path.resolve(__dirname, '../../fixtures/letters');
const letters = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.expected\.json$/, '');
    const expected = (JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as { expected: Expected }).expected;
    return { name, expected, text: readFileSync(path.join(DIR, `${name}.txt`), 'utf8') };
  });

/**
 * The list marks typed another way. A hyphen after a line that stopped mid-sentence may be the
 * sentence's own, wrapped to the line's start ("… cao tốc Ninh Bình" / "- Hải Phòng, đoạn qua …"), and so is
 * one that joins a name to its number ("… dịch COVID" / "- 19 bảo đảm …"): it stays one.
 */
const ownHyphen = (before: string, line: string): boolean => /[\p{Ll}\d]$/u.test(before) || (/\p{L}$/u.test(before) && /^\s*- \d/u.test(line));
const listMark = (mark: string) => (t: string) =>
  t
    .split('\n')
    .map((line, i, all) => (i > 0 && ownHyphen((all[i - 1] as string).trim(), line) ? line : line.replace(/^(\s*)- /, `$1${mark} `)))
    .join('\n');
const COPIES: Record<string, (t: string) => string> = {
  'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
  'decomposed accents': (t) => t.normalize('NFD'),
  // The whole letter indented (quoted in a mail, pasted into an indented block): every line with text
  // moves right together, so first-line indents stay indents.
  'indented lines': (t) => t.replace(/^(?=[^\n]*\S)/gm, '    '),
  'one space after every line': (t) => t.replace(/\n/g, ' \n'),
  'tabs between columns': (t) => t.replace(/ {3,}/g, '\t'),
  'en-dash list marks': listMark('–'),
  'bullet list marks': listMark('•'),
  'Symbol-font bullets': listMark('\uf0b7'),
  // Some converters and old pages type the Icelandic eth for "Đ" ("ÐỘC LẬP", "Ðề nghị").
  'eth typed for Đ': (t) => t.replace(/Đ/g, 'Ð').replace(/đ/g, 'ð'),
  // A web page's copy keeps its no-break spaces between words.
  'no-break spaces': (t) => t.replace(/(?<=\S) (?=\S)/g, '\u00a0'),
};

/** Breaks a line at spaces so that no piece is longer than the width (a PDF's or a mail's wrap). */
function wrapAt(line: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const word of line.split(' ')) {
    if (cur !== '' && cur.length + 1 + word.length > width) {
      out.push(cur);
      cur = word;
    } else cur = cur === '' ? word : `${cur} ${word}`;
  }
  return [...out, cur];
}

function rightFields(text: string, expected: Expected): string[] {
  const r = importText(text, { fallbackYear: 2099 });
  if (!r.ok) throw new Error(r.error.message);
  return Object.entries(FIELDS)
    .filter(([, read]) => JSON.stringify(read(r.value.letter)) === JSON.stringify(read(expected)))
    .map(([field]) => field);
}

/**
 * Text whose PDF layer set tone marks apart, on letters already carrying their hats ("Đô" + grave +
 * " ng Tháp"): the importer mends the space the extraction put in the word, which only the mix of
 * precomposed letters and separate marks tells from a word's end. Decomposing the whole text erases
 * that, so these letters are not compared in the decomposed copy.
 */
const marksApart = letters.filter((l) => mendDetachedMarks(l.text).mended > 0).map((l) => l.name);

describe('a letter copied another way reads the same', () => {
  it('the letters with tone marks set apart are the two known ones (and no more are left out below)', () => {
    expect(marksApart).toEqual(['dongthap-sgddt-253-khan-pdftext', 'thuathienhue-bchpctt-254-tb-layout']);
  });

  it.each(Object.keys(COPIES))('%s', (copy) => {
    const lost: string[] = [];
    for (const l of letters) {
      if (copy === 'decomposed accents' && marksApart.includes(l.name)) continue;
      const right = new Set(rightFields(COPIES[copy]!(l.text), l.expected));
      for (const field of rightFields(l.text, l.expected)) if (!right.has(field)) lost.push(`${l.name} ${field}`);
    }
    expect(lost).toEqual([]);
  });

  it.each(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'hcm-sgddt-2865', 'haugiang-454', 'bgddt-1277', 'hcm-sgddt-5155-web'])(
    '%s hard-wrapped at 80 columns with no blank lines (seed 004\'s shape) reads the same',
    (name) => {
      const l = letters.find((x) => x.name === name)!;
      const wrapped = l.text.split('\n').flatMap((line) => wrapAt(line, 80)).filter((line) => line.trim() !== '').join('\n');
      expect(rightFields(wrapped, l.expected)).toEqual(rightFields(l.text, l.expected));
    },
  );

  it.each(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'vpcp-3722', 'moet-ngcbql-dieule-mamnon', 'haugiang-454', 'ductan-ubnd-44-ocr'])(
    '%s with its blank lines removed (a paragraph on each line) reads the same',
    (name) => {
      const l = letters.find((x) => x.name === name)!;
      const packed = l.text.split('\n').filter((line) => line.trim() !== '').join('\n');
      expect(rightFields(packed, l.expected)).toEqual(rightFields(l.text, l.expected));
    },
  );

  it('every line padded with a markdown hard break ("  ") reads as the unpadded text', () => {
    const l = letters.find((x) => x.name === 'hcm-ubnd-4240-web')!;
    const padded = l.text.replace(/\n/g, '   \n');
    expect(rightFields(padded, l.expected)).toEqual(rightFields(l.text, l.expected));
  });

  it('a text in "•" bullets is not taken for TCVN3 ("•" is 0x95, "Ó" in the legacy chart)', () => {
    const r = importText('Kính gửi:\n• Phòng KGVX;\n• Sở Tư pháp.\n\nĐề nghị các đơn vị thực hiện./.', { fallbackYear: 2024 });
    expect(r.ok && r.value.encoding.detected).toBe('unicode');
    expect(r.ok && r.value.letter.recipients).toEqual(['Phòng KGVX', 'Sở Tư pháp']);
  });
});
