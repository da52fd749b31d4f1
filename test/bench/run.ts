// `npm run bench`: runs every test/bench/*.bench.ts and prints one table. Benchmarks measure; tests
// do not time anything (shared, noisy machines). Each module exports `bench(): Promise<BenchRow[]>`.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The target from the issue, when there is one, and whether lower is better. */
  target?: number;
  better?: 'lower' | 'higher';
}

const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { bench: () => Promise<BenchRow[]> };
  console.log(`\n# ${file}`);
  for (const row of await mod.bench()) {
    const verdict = row.target === undefined ? '' : (row.better ?? 'lower') === 'lower' ? (row.value <= row.target ? 'OK' : 'OVER') : row.value >= row.target ? 'OK' : 'UNDER';
    if (verdict === 'OVER' || verdict === 'UNDER') failed += 1;
    const target = row.target === undefined ? '' : `target ${(row.better ?? 'lower') === 'lower' ? '≤' : '≥'} ${row.target} ${row.unit}`;
    console.log(`${row.name.padEnd(48)} ${row.value.toFixed(2).padStart(10)} ${row.unit.padEnd(6)} ${target} ${verdict}`);
  }
}
console.log(`\n${failed === 0 ? 'All targets met.' : `${failed} target(s) missed.`}`);
