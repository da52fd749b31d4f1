// Forms found while the seventy-first unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { readArchive } from './read';

describe('Lưu lines of round 71', () => {
  it('"VT, L„í( 13).": letters with a seal\'s sign glued to a bracketed number are an officer\'s register mark, a unit as read', () => {
    const r = readArchive('-LƯu: VT, L„í( 13).', 'UBND-TH');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT', 'L„í( 13)'], null, null]);
  });
  it('"VT, TTHT(2).( ý 3": a bracket opened after the stop and never closed is the pen\'s scrawl, no drafter', () => {
    const r = readArchive('+ Lưu: VT, TTHT(2).( ý 3', 'C1-TTHT');
    expect([r.archive.units, r.archive.copies, r.drafter]).toEqual([['VT', 'TTHT'], 2, null]);
  });
});
