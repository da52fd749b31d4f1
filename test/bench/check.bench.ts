// Checker speed: the editor re-checks as the clerk types, so a 10-page letter must check in ≤ 50 ms
// (issue 6). A "page" is ~500 words of body at 14 pt; the letter is the sample's body repeated.
import { performance } from 'node:perf_hooks';
import { applyAllFixes, checkDocx, checkLetter } from '../../core/check';
import { exportDocx } from '../../core/docx';
import { plainText, sampleLetter } from '../../core/letter';
import type { Block, Letter } from '../../core/letter';
import type { BenchRow } from './run';

const WORDS_PER_PAGE = 500;

function words(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + plainText(b.content).split(/\s+/).length + (b.kind === 'item' ? words(b.children) : 0), 0);
}

export function tenPageLetter(): Letter {
  const sample = sampleLetter();
  const body: Block[] = [];
  while (words(body) < WORDS_PER_PAGE * 10) body.push(...structuredClone(sample.body.slice(0, -1)));
  body.push(...structuredClone(sample.body.slice(-1)));
  return { ...sample, body };
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

export async function bench(): Promise<BenchRow[]> {
  const letter = tenPageLetter();
  const today = { year: 2022, month: 4, day: 25 };
  const faulty: Letter = { ...letter, subject: `V/v ${letter.subject}.`, recipients: letter.recipients.map((r) => `- ${r};`), symbol: 'ubnd - kgvx' };
  for (let i = 0; i < 5; i += 1) checkLetter(letter, { today });
  const times: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const t0 = performance.now();
    checkLetter(letter, { today });
    times.push(performance.now() - t0);
  }
  const fixTimes: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const t0 = performance.now();
    applyAllFixes(faulty, { today });
    fixTimes.push(performance.now() - t0);
  }
  const docx = (await exportDocx(letter, { now: new Date('2022-04-25T00:00:00Z') })).bytes;
  const docxTimes: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const t0 = performance.now();
    await checkDocx(docx);
    docxTimes.push(performance.now() - t0);
  }
  return [
    { name: `checkLetter, 10-page letter (${words(letter.body)} words), median`, value: median(times), unit: 'ms', target: 50, better: 'lower' },
    { name: 'checkLetter, 10-page letter, worst of 30', value: Math.max(...times), unit: 'ms' },
    { name: 'applyAllFixes, 10-page letter with 5 faults, median', value: median(fixTimes), unit: 'ms' },
    { name: 'checkDocx, our 10-page DOCX (unzip + parse + rules), median', value: median(docxTimes), unit: 'ms' },
  ];
}
