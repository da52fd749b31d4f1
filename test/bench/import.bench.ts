// `npm run bench`: median time to import one letter (text → Letter, encoding detection included)
// over every letter in test/fixtures/letters, and one TCVN3 letter. Target from issue 3: ≤ 5 ms. Also
// the slowest of the hostile pastes near the size limit (hostile-inputs.ts).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { encodeTcvn3 } from '../../core/encoding';
import { importText } from '../../core/importer';
import { HOSTILE_INPUTS } from './hostile-inputs';
import type { BenchRow } from './run';

const DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/letters');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timeEach(texts: readonly string[], rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const t of texts) {
      const start = performance.now();
      const out = importText(t, { fallbackYear: 2024 });
      times.push(performance.now() - start);
      if (!out.ok) throw new Error(out.error.message);
    }
  }
  return times;
}

export async function bench(): Promise<BenchRow[]> {
  const texts = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(DIR, f), 'utf8'));
  const legacy = [encodeTcvn3(readFileSync(path.join(DIR, 'seed-000.txt'), 'utf8'))];
  timeEach(texts, 5); // warm-up: JIT and regex caches
  const all = timeEach(texts, 20);
  // One letter, so more rounds than the set's: a median of few runs reads the collector's pauses.
  timeEach(legacy, 20);
  const tcvn3 = timeEach(legacy, 200);
  let hostile = { name: '', ms: 0 };
  for (const [name, make] of Object.entries(HOSTILE_INPUTS)) {
    const text = make();
    const start = performance.now();
    importText(text, { fallbackYear: 2024 });
    const ms = performance.now() - start;
    if (ms > hostile.ms) hostile = { name, ms };
  }
  return [
    { name: `import: median per letter (${texts.length} letters)`, value: median(all), unit: 'ms', target: 5, better: 'lower' },
    { name: 'import: slowest letter (p100)', value: Math.max(...all), unit: 'ms' },
    { name: 'import: median, seed 000 typed in TCVN3', value: median(tcvn3), unit: 'ms', target: 5, better: 'lower' },
    // A megabyte of text that is no letter (the size limit's edge) must not freeze the window.
    { name: `import: slowest ~1 MB hostile paste (${hostile.name})`, value: hostile.ms, unit: 'ms', target: 5000, better: 'lower' },
  ];
}
