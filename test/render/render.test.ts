// DOCX → LibreOffice → PDF: page count, every word of the draft present (pdftotext), no page number
// on page 1 and a centred "2" in the header of page 2, and the motto laid out as wide as core/metrics
// says. PDFs and PNGs (pdftoppm -r 80) go to test/artifacts/render/ for a human to look at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/docx';
import { MOTTO } from '../../core/format';
import { mmToTwips } from '../../core/layout';
import { textWidthPt } from '../../core/metrics';
import { convertDocxToPdf, findSoffice } from '../../electron/cli/commands/export';
import { loadDraft } from '../unit/docx/fixtures';
import { letterWords } from './letter-words';

const soffice = findSoffice();
const poppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');
const OUT = path.resolve(__dirname, '../artifacts/render');
const NOW = new Date('2025-03-05T08:00:00Z');
const twipsToPt = (t: number) => t / 20;

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
}

function bboxWords(pdf: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    text: (m[4] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  }));
}

const CASES = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004', 'edge-forty-tasks', 'edge-sections-deep', 'edge-urgency-secrecy'];

describe.skipIf(!soffice || !poppler)(`render through LibreOffice${soffice && poppler ? '' : ' — skipped: soffice (libreoffice-writer) or pdftotext (poppler-utils) is not installed'}`, () => {
  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  describe.each(CASES)('%s', (name) => {
    let pdf = '';
    let pages = 0;
    beforeAll(async () => {
      const docx = await exportDocx(loadDraft(name), { now: NOW });
      writeFileSync(path.join(OUT, `${name}.docx`), docx.bytes);
      const converted = await convertDocxToPdf(docx.bytes, soffice as string);
      if (!converted.ok) throw new Error(converted.message);
      pdf = path.join(OUT, `${name}.pdf`);
      writeFileSync(pdf, converted.pdf);
      pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      execFileSync('pdftoppm', ['-r', '80', '-png', pdf, path.join(OUT, name)]);
    });

    it('has a plausible page count (a letter of 1–3 pages; forty tasks run longer)', () => {
      if (name === 'edge-forty-tasks') expect(pages).toBeGreaterThanOrEqual(4);
      else expect(pages).toBeGreaterThanOrEqual(1);
      if (name.startsWith('seed-')) expect(pages).toBeLessThanOrEqual(3);
    });

    it('shows every word of the draft', () => {
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
      const have = new Set(text.split(/\s+/));
      // LibreOffice may break a line after a hyphen ("Covid-" / "19:"), and pdftotext then joins the
      // halves without it ("Covid19:"): either form counts.
      const shown = (w: string) =>
        have.has(w) ||
        [...w.matchAll(/-/g)].some((m) => {
          const i = m.index ?? 0;
          return have.has(w.slice(0, i) + w.slice(i + 1)) || (have.has(w.slice(0, i + 1)) && have.has(w.slice(i + 1)));
        });
      const missing = letterWords(loadDraft(name)).filter((w) => !shown(w));
      expect(missing).toEqual([]);
    });

    it('numbers pages from 2 in the header: nothing on page 1, a centred "2" on page 2', () => {
      // The header band: above the top margin, less the ascent of page 1's first line (accents reach up).
      const top = twipsToPt(mmToTwips(20)) - 6;
      expect(bboxWords(pdf, 1).filter((w) => w.yMin < top)).toEqual([]);
      if (pages < 2) return;
      const head = bboxWords(pdf, 2).filter((w) => w.yMin < top);
      expect(head.map((w) => w.text)).toEqual(['2']);
      const centre = twipsToPt(mmToTwips(30) + (mmToTwips(210) - mmToTwips(30) - mmToTwips(15)) / 2);
      const w = head[0] as Word;
      expect(Math.abs((w.xMin + w.xMax) / 2 - centre)).toBeLessThan(3);
    });

    it('lays the motto out exactly as wide as core/metrics measures it (the rule\'s length)', () => {
      const words = bboxWords(pdf, 1);
      const first = words.find((w) => w.text === 'Độc');
      const last = words.find((w) => w.text === 'phúc' && first && Math.abs(w.yMin - first.yMin) < 1);
      expect(first && last).toBeTruthy();
      const width = (last as Word).xMax - (first as Word).xMin;
      expect(Math.abs(width - textWidthPt(MOTTO, 14, { bold: true }))).toBeLessThan(1);
    });
  });
});
