// What the printed-letter tests share: each fixture's reading printed as our DOCX and turned into PDFs
// by one LibreOffice run, and an import of text read back from those pages scored field by field
// against what the page shows (the reading as the exporter formats it: "Như trên" added, "VT" first,
// the drafter's mark in capitals, the closing "./."; no bold, which neither pdftotext nor OCR keeps).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportDocx } from '../../core/docx';
import { archiveUnits, formatAuthorityLine, formatDrafterMark, noiNhanItems, normalizeSubject } from '../../core/format';
import { importText } from '../../core/importer';
import type { Letter } from '../../core/letter';
import { CURRENT_SCHEMA_VERSION } from '../../core/letter/types';
import { FIELDS, isEmpty } from '../unit/importer/fields';
import type { Expected } from '../unit/importer/fields';

const LETTERS = path.resolve(__dirname, '../fixtures/letters');

export const letterNames = readdirSync(LETTERS)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();

const readingOf = (name: string): Expected => (JSON.parse(readFileSync(path.join(LETTERS, `${name}.expected.json`), 'utf8')) as { expected: Expected }).expected;

/** Prints each letter's reading to `${dir}/${name}.pdf` (one LibreOffice run, its own profile). */
/** How many files one LibreOffice run converts. */
const CONVERT_BATCH = 100;

export async function printLetters(names: readonly string[], dir: string, soffice: string): Promise<void> {
  const files: string[] = [];
  for (const name of names) {
    const letter: Letter = { schemaVersion: CURRENT_SCHEMA_VERSION, type: 'cong-van', ...readingOf(name) };
    const { bytes } = await exportDocx(letter, { now: new Date('2026-01-05T08:00:00Z') });
    const file = path.join(dir, `${name}.docx`);
    writeFileSync(file, bytes);
    files.push(file);
  }
  // Its own profile, so a parallel test's LibreOffice run cannot clash with this one.
  const profile = pathToFileURL(path.join(dir, 'profile')).href;
  // In batches: given 253 files at once, LibreOffice converted the first 246 and silently left the rest.
  for (let at = 0; at < files.length; at += CONVERT_BATCH) {
    const batch = files.slice(at, at + CONVERT_BATCH);
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...batch], { stdio: 'ignore', timeout: 240_000 });
  }
}

/** A marker line as the exporter prints it ("KT GIÁM ĐỐC" → "KT. GIÁM ĐỐC"), line by line. */
const printedMarker = (line: string | null): string | null => (line === null ? null : line.split('\n').map(formatAuthorityLine).join('\n'));

/**
 * What the printed page shows of a reading: Nơi nhận, the drafter's mark, the marker lines and the
 * subject (without a typed final full stop) as the exporter writes them.
 */
function printedReading(e: Expected): Expected {
  const mark = e.drafter ? formatDrafterMark(e.drafter) : '';
  return {
    ...e,
    subject: normalizeSubject(e.subject),
    signature: { ...e.signature, authority: printedMarker(e.signature.authority), delegation: printedMarker(e.signature.delegation) },
    distribution: noiNhanItems(e),
    archive: { ...e.archive, units: archiveUnits(e.archive) },
    drafter: e.drafter && mark ? { initials: mark.replace(/\.(?:\(\d+\))?$/, ''), copies: e.drafter.copies } : null,
  };
}

/** No bold on a page read back; the exporter closes the last paragraph with "./." (a full stop kept once, "./" completed). */
const comparable = (field: string, value: unknown): string =>
  JSON.stringify(field === 'body.text' ? (value as string[]).map((t) => t.replace(/\*\*/g, '').replace(/(?:\.?\/\.|\.\/|\.)$/, '')) : value);

export interface Miss {
  letter: string;
  field: string;
  got: string;
  want: string;
  /** The page has no value there, and the import has one. */
  invented: boolean;
}

/** Imports each letter's text read back from its pages; the fields scored and those missed. */
export function scoreReadBack(texts: ReadonlyMap<string, string>): { total: number; misses: Miss[] } {
  const misses: Miss[] = [];
  let total = 0;
  for (const [name, text] of texts) {
    const r = importText(text, { fallbackYear: 2099 });
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    const want = printedReading(readingOf(name));
    for (const [field, read] of Object.entries(FIELDS)) {
      total += 1;
      const g = read(r.value.letter);
      const w = read(want);
      if (comparable(field, g) !== comparable(field, w)) {
        misses.push({ letter: name, field, got: JSON.stringify(g).slice(0, 200), want: JSON.stringify(w).slice(0, 200), invented: isEmpty(w) && !isEmpty(g) });
      }
    }
  }
  return { total, misses };
}
