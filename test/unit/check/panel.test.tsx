// The checker panel renders the live findings grouped by severity with their fixes; the shell's
// export warning counts errors. (Clicks are exercised by the shell's Playwright journeys.)
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import CheckerPanel, { errorsBeforeExport } from '../../../renderer/src/features/checker';
import { groupBySeverity } from '../../../renderer/src/features/checker/findings';
import type { FeaturePanelProps } from '../../../renderer/src/features/types';
import { checkLetter } from '../../../core/check';
import { sampleLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';
import type { PlatformApi } from '../../../core/platform/contract';
import { loadDraft } from './helpers';

const props = (letter: Letter): FeaturePanelProps => ({
  letter,
  updateLetter: () => undefined,
  jumpTo: () => undefined,
  insertBlocks: () => undefined,
  cursorLevel: () => null,
  pageSelection: () => null,
  platform: {} as PlatformApi,
  settings: { profile: 'default', libraryFolders: [], reviewer: { name: '', title: '' } },
});

const seed004 = () => loadDraft(path.resolve(__dirname, '../../fixtures/check/seeds-as-written/004-thanh-hoa.vanthu'));
/** The panel checks against the real clock; date the letter today so no "far from today" note appears. */
function datedToday(letter: Letter): Letter {
  const now = new Date();
  return { ...letter, date: { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() } };
}

describe('CheckerPanel', () => {
  it('a clean letter: says so, nothing to fix', () => {
    const html = renderToStaticMarkup(createElement(CheckerPanel, props(datedToday(sampleLetter()))));
    expect(html).toContain('Không phát hiện sai sót về thể thức.');
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Sửa tất cả \(0\)/);
  });

  it('a faulty letter: groups, places in words, citations and one "Sửa" per fixable finding', () => {
    const letter = datedToday(seed004());
    const html = renderToStaticMarkup(createElement(CheckerPanel, props(letter)));
    expect(html).toContain('Lỗi (5)');
    expect(html).toContain('Cảnh báo (1)');
    expect(html).toContain('Kính gửi, mục 1');
    expect(html).toContain('Căn cứ: Phụ lục I, mục II.9.d');
    const fixable = checkLetter(letter, { today: letter.date as { year: number; month: number; day: number } }).filter((f) => f.fix !== undefined).length;
    expect(html.match(/class="vt-finding-fix"/g)?.length).toBe(fixable);
    expect(html).toContain(`Sửa tất cả (${fixable})`);
  });
});

describe('errorsBeforeExport', () => {
  it('is empty for the sample and lists the errors of a faulty draft', () => {
    expect(errorsBeforeExport(sampleLetter(), new Date(2022, 3, 25))).toEqual([]);
    const errors = errorsBeforeExport(seed004(), new Date(2020, 0, 9));
    expect(errors.map((f) => f.rule)).toEqual(['recipients-punctuation', 'distribution-punctuation', 'distribution-punctuation', 'distribution-punctuation', 'archive-form']);
  });

  it('groupBySeverity keeps every finding once, in order', () => {
    const findings = checkLetter(seed004(), { today: { year: 2020, month: 1, day: 9 } });
    const g = groupBySeverity(findings);
    expect([...g.error, ...g.warning, ...g.info].length).toBe(findings.length);
    expect(g.warning.map((f) => f.rule)).toEqual(['subject-final-stop']);
  });
});
