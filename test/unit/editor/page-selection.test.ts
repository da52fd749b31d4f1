// The page's selection in the review model's terms: captions back to field paths, body blocks to
// their paths in document order, and field offsets shifted past what the input shows but the part
// does not store ("V/v ").
import { describe, expect, it } from 'vitest';
import { item, para, sampleLetter } from '../../../core/letter';
import { findPart } from '../../../core/review/parts';
import { bodyPaths, pathForCaption } from '../../../renderer/src/app/jump';
import { fieldSelection } from '../../../renderer/src/app/page-selection';
import { vi } from '../../../renderer/src/i18n/vi';

describe('page selection', () => {
  const letter = sampleLetter();

  it('finds the field path of a caption, the most specific one when captions are shared', () => {
    expect(pathForCaption(vi.fields.subject, letter)).toBe('subject');
    expect(pathForCaption(vi.fields.agency, letter)).toBe('agency.name');
    expect(pathForCaption(vi.fields.signer, letter)).toBe('signature.signer');
    expect(pathForCaption(vi.fields.recipient(2), letter)).toBe('recipients.1');
    expect(pathForCaption(vi.fields.distributionEntry(4), letter)).toBe('distribution.3');
    expect(pathForCaption(vi.fields.recipient(9), letter)).toBeNull();
  });

  it('lists body paths in the editor\'s order: an item, then its children', () => {
    expect(bodyPaths([para('a'), item('clause', 'b', [item('point', 'c'), item('point', 'd', [item('dash', 'e')])]), para('f')])).toEqual([
      'body.0', 'body.1', 'body.1.children.0', 'body.1.children.1', 'body.1.children.1.children.0', 'body.2',
    ]);
  });

  it('shifts subject offsets past "V/v " so they index the stored subject', () => {
    const shown = `V/v ${letter.subject}`;
    const start = shown.indexOf('an toàn');
    const sel = fieldSelection('subject', start, start + 'an toàn'.length);
    expect(findPart(letter, 'subject')?.text.slice(sel.start, sel.end)).toBe('an toàn');
    expect(fieldSelection('subject', 0, 2)).toEqual({ path: 'subject', start: 0, end: 0 });
  });

  it('takes a field that does not show its part as typed as the whole part', () => {
    expect(fieldSelection('signature.delegation', 3, 8)).toEqual({ path: 'signature.delegation', start: 0, end: 0 });
    expect(fieldSelection('recipients.1', 2, 6)).toEqual({ path: 'recipients.1', start: 2, end: 6 });
  });
});
