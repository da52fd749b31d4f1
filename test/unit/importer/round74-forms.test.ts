// Forms found while the seventy-fourth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { readArchive } from './read';

describe('Lưu lines of round 74', () => {
  it('"Lưu: VT, 7": one digit alone after the comma is the seal\'s rim, no count of copies', () => {
    const r = readArchive('- Lưu: VT, 7', 'PGDĐT');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT'], null, null]);
  });
  it('"Lưu: VT, 02" and "Lưu: VT, 7b": a count typed as the Decree writes it stays the copies', () => {
    expect([readArchive('- Lưu: VT, 02', 'PGDĐT').archive.copies, readArchive('- Lưu: VT, 7b.', 'PGDĐT').archive.copies]).toEqual([2, 7]);
  });
});
