// Forms found while the seventieth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, readArchive } from './read';

describe('Cục Thuế Hà Nội 4991\'s Lưu line (round 70)', () => {
  it('"Lm: VT, mg, (63)": small letters in the unit\'s place are the unit; a lone bracketed number is no copies', () => {
    const r = readArchive('- Lm: VT, mg, (63)', 'CTHN-TTHT');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT', 'mg'], null, null]);
  });
});
