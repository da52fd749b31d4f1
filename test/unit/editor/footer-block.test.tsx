// The page shows the "- Như trên;" that the format adds (greyed, not editable) exactly when the
// exported DOCX will print it: the page and the file must not disagree about the Nơi nhận list.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FooterBlock } from '../../../renderer/src/page/FooterBlock';
import { formatNoiNhanEntries } from '../../../core/format';
import { sampleLetter } from '../../../core/letter';

/** The row the page adds itself (entries' own "- " and ";" are `vt-auto` spans inside their rows). */
const AUTO_ROW = 'vt-list-row vt-auto';

const footer = (distribution: string[]) => {
  const l = sampleLetter();
  return renderToStaticMarkup(
    createElement(FooterBlock, { hasRecipients: true, distribution, archive: l.archive, drafter: l.drafter, signature: l.signature, edit: () => undefined }),
  );
};
const printsAddedNhuTren = (distribution: string[]) =>
  formatNoiNhanEntries({ recipients: ['A'], distribution, archive: sampleLetter().archive, drafter: null })[0] === '- Như trên;' &&
  !distribution.some((d) => d.trim() === 'Như trên');

describe('FooterBlock: the automatic "Như trên" row', () => {
  it.each([[['Sở Nội vụ']], [['Như trên', 'Sở Nội vụ']], [['Sở Nội vụ', 'Như kính gửi']]])('appears on the page exactly when the DOCX adds it: %j', (distribution) => {
    expect(footer(distribution).includes(AUTO_ROW)).toBe(printsAddedNhuTren(distribution));
  });
  it('a letter that says "Như kính gửi" gets no second "Như trên"', () => {
    expect(footer(['Như kính gửi', 'Sở Nội vụ'])).not.toContain(AUTO_ROW);
  });
});
