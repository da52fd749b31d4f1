// The header lines that must each stay on one line, as LibreOffice actually lays them out: the Quốc
// hiệu in the narrower government profile, and datelines whose length sits right at the edge of their
// column (the audit found "Thành phố Đà Nẵng, ngày 29 tháng 12 năm" / "2025"). And Số on the
// dateline's baseline (§3.1: ô 3 and ô 4 on the same line).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/docx';
import { sampleLetter } from '../../core/letter';
import type { Letter } from '../../core/letter';
import type { ProfileName } from '../../core/layout';
import { convertDocxToPdf, findSoffice } from '../../electron/cli/commands/export';

const soffice = findSoffice();
const poppler = existsSync('/usr/bin/pdftotext');
const NOW = new Date('2025-03-05T08:00:00Z');
const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-header-lines-'));

interface Word {
  text: string;
  yMin: number;
  yMax: number;
}

/** Page-1 words with their boxes (pdftotext -bbox: yMin/yMax are the font's ascent and descent). */
async function renderWords(letter: Letter, profile: ProfileName, name: string): Promise<Word[]> {
  const docx = await exportDocx(letter, { now: NOW, profile });
  const converted = await convertDocxToPdf(docx.bytes, soffice as string);
  if (!converted.ok) throw new Error(converted.message);
  const pdf = path.join(dir, `${name}.pdf`);
  writeFileSync(pdf, converted.pdf);
  const html = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    yMin: Number(m[1]),
    yMax: Number(m[2]),
    text: m[3] ?? '',
  }));
}

const first = (words: Word[], text: string): Word => {
  const w = words.find((x) => x.text === text);
  if (!w) throw new Error(`"${text}" is not on page 1`);
  return w;
};
/** Baseline from the box: Times New Roman's ascent is 1825 of its 1825 + 443 units of height. */
const baseline = (w: Word): number => w.yMin + ((w.yMax - w.yMin) * 1825) / (1825 + 443);

const place = (name: string): Letter => ({ ...sampleLetter(), place: name, date: { day: 29, month: 12, year: 2025 } });

describe.skipIf(!soffice || !poppler)('header lines in LibreOffice', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['Thành phố Đà Nẵng', 'default'],
    ['Thành phố Cần Thơ', 'government'],
    ['Bà Rịa - Vũng Tàu', 'default'],
    ['Thành phố Hồ Chí Minh', 'government'],
  ] as const)('%s (%s): the date "ngày 29 tháng 12 năm 2025" is never split', async (name, profile) => {
    const words = await renderWords(place(name), profile, `${profile}-${name}`);
    const ngay = first(words, 'ngày');
    for (const w of ['29', 'tháng', '12', 'năm', '2025']) expect(first(words, w).yMin).toBeCloseTo(ngay.yMin, 1);
  });

  it.each(['default', 'government'] as const)('%s: the Quốc hiệu is one line, and Số sits on the dateline\'s baseline', async (profile) => {
    const words = await renderWords(sampleLetter(), profile, `${profile}-sample`);
    expect(first(words, 'NAM').yMin).toBeCloseTo(first(words, 'CỘNG').yMin, 1);
    expect(Math.abs(baseline(first(words, 'Số:')) - baseline(first(words, 'Hưng')))).toBeLessThan(0.5);
  });
});
