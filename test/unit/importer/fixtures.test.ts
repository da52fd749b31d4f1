// Field accuracy over the real letters in test/fixtures/letters: each letter is imported and every
// field compared with a careful human reading. The target is ≥ 95 % of fields right, and no value
// invented: a field the text does not contain must come out empty and flagged (the year, which the
// draft needs, is taken only from the letter's own dates and flagged as a guess).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/importer';
import { restoreLetter, serializeLetter } from '../../../core/letter';
import { sampleLetter } from '../../../core/letter/sample';
import type { ImportNote } from '../../../core/letter/extensions/import-notes';
import { FIELDS, isEmpty } from './fields';
import type { Expected } from './fields';

const DIR = path.resolve(__dirname, '../../fixtures/letters');

interface Fixture {
  name: string;
  text: string;
  source: string;
  absent: string[];
  /** Set when the dateline has no year: why the expected year is what it is. */
  year_note?: string;
  expected: Expected;
}

const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.expected\.json$/, '');
    const json = JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Omit<Fixture, 'name' | 'text'>;
    return { ...json, name, text: readFileSync(path.join(DIR, `${name}.txt`), 'utf8') };
  });

function importFixture(f: Fixture) {
  const r = importText(f.text, { fallbackYear: 2099 });
  if (!r.ok) throw new Error(`${f.name}: ${r.error.message}`);
  return r.value;
}

describe('importer field accuracy over real letters', () => {
  it('has the five seeds and at least ten more letters', () => {
    expect(fixtures.filter((f) => f.name.startsWith('seed-'))).toHaveLength(5);
    expect(fixtures.filter((f) => !f.name.startsWith('seed-')).length).toBeGreaterThanOrEqual(10);
  });

  // A draft stores its text NFC, so a reading in decomposed marks (as a PDF's text layer may type them)
  // could never be matched: the readings are written NFC too.
  it('writes every reading in NFC', () => {
    const decomposed = fixtures.filter((f) => JSON.stringify(f.expected) !== JSON.stringify(f.expected).normalize('NFC')).map((f) => f.name);
    expect(decomposed).toEqual([]);
  });

  it('reads ≥ 95 % of fields right', () => {
    const perField = new Map<string, { right: number; total: number }>();
    const misses: string[] = [];
    for (const f of fixtures) {
      const got = importFixture(f).letter;
      for (const [field, read] of Object.entries(FIELDS)) {
        const ok = JSON.stringify(read(got)) === JSON.stringify(read(f.expected));
        const s = perField.get(field) ?? { right: 0, total: 0 };
        s.total += 1;
        if (ok) s.right += 1;
        else misses.push(`${f.name} ${field}: ${JSON.stringify(read(got)).slice(0, 160)} ≠ ${JSON.stringify(read(f.expected)).slice(0, 160)}`);
        perField.set(field, s);
      }
    }
    const right = [...perField.values()].reduce((a, s) => a + s.right, 0);
    const total = [...perField.values()].reduce((a, s) => a + s.total, 0);
    const lines = [...perField].map(([k, s]) => `${k.padEnd(22)} ${s.right}/${s.total}`);
    console.log(`Field accuracy: ${right}/${total} = ${((100 * right) / total).toFixed(1)} %\n${lines.join('\n')}\nMisses:\n${misses.join('\n')}`);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: invents nothing the text lacks', (_name, f) => {
    const { letter, notes } = importFixture(f);
    const noted = (p: string, kind: ImportNote['kind']) => notes.some((n) => n.kind === kind && (n.path === p || p.startsWith(`${n.path}.`)));
    // Sub-fields a reading may name besides the scored ones: the drafter's mark read, its copies not.
    const extra: Record<string, (l: Expected) => unknown> = { 'drafter.copies': (l) => l.drafter?.copies ?? null };
    for (const field of f.absent) {
      const read = FIELDS[field] ?? extra[field];
      if (field === 'agency.name') {
        expect(letter.agency.name).toBe('');
        expect(noted('agency.name', 'missing')).toBe(true);
      } else if (read) {
        expect(isEmpty(read(letter)), `${field} should be empty`).toBe(true);
      } else {
        throw new Error(`unknown field ${field} in ${f.name}`);
      }
    }
  });

  it.each(fixtures.filter((f) => f.year_note).map((f) => [f.name, f] as const))('%s: a year not in the dateline is flagged where the editor shows it', (_name, f) => {
    const { notes } = importFixture(f);
    const yearNotes = notes.filter((n) => n.path === 'date.year');
    expect(yearNotes).toHaveLength(1);
    expect(yearNotes[0]?.kind).toBe(f.expected.date.year === 2099 ? 'missing' : 'uncertain');
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: writes a draft that restoreLetter accepts', (_name, f) => {
    const { letter } = importFixture(f);
    const back = restoreLetter(JSON.parse(serializeLetter(letter)));
    expect(back.ok).toBe(true);
  });

  it('reads seed 000 exactly as the built-in sample letter types it', () => {
    const f = fixtures.find((x) => x.name === 'seed-000') as Fixture;
    const { importNotes, ...letter } = importFixture(f).letter;
    expect(letter).toEqual(sampleLetter());
    expect(importNotes?.map((n) => n.path)).toEqual(['drafter']);
  });
});
