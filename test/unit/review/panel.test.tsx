// The review panel renders from a draft with review history, and tells a reviewer without a
// profile what to do (interaction is covered by the Playwright journey).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import ReviewPanel from '../../../renderer/src/features/review';
import type { FeaturePanelProps } from '../../../renderer/src/features/types';
import { sampleLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';
import type { PlatformApi } from '../../../core/platform/contract';

function props(letter: Letter, name: string): FeaturePanelProps {
  return {
    letter,
    updateLetter: () => undefined,
    jumpTo: () => undefined,
    insertBlocks: () => undefined,
  cursorLevel: () => null,
  pageSelection: () => null,
    platform: {} as PlatformApi,
    settings: { profile: 'default', libraryFolders: [], reviewer: { name, title: 'Chánh Văn phòng' } },
  };
}

describe('ReviewPanel', () => {
  it('renders review mode with the reviewer named and every part selectable', () => {
    const html = renderToStaticMarkup(createElement(ReviewPanel, props(sampleLetter(), 'Trần Văn An')));
    expect(html).toContain('Bạn góp ý với tư cách: Trần Văn An (Chánh Văn phòng)');
    expect(html).toContain('Trích yếu: tăng cường');
    expect(html).toContain('Nội dung 3.2: Yêu cầu các đơn vị');
    expect(html).toContain('Người ký: Nguyễn Duy Hưng');
    expect(html).toContain('Xử lý góp ý');
  });
  it('asks for a profile name before review actions', () => {
    const html = renderToStaticMarkup(createElement(ReviewPanel, props(sampleLetter(), '')));
    expect(html).toContain('Chưa có họ tên người góp ý');
  });
});
