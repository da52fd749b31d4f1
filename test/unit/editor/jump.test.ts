// Panels point at body blocks by field path; the editor shows blocks in document order.
import { describe, expect, it } from 'vitest';
import { sampleLetter } from '../../../core/letter';
import { bodyBlockIndex } from '../../../renderer/src/app/jump';
import { flattenBody } from '../../../renderer/src/editor/outline';

describe('bodyBlockIndex', () => {
  const body = sampleLetter().body;
  const flat = flattenBody(body);
  it.each([
    ['body.0', 0],
    ['body.1.content', 1],
    ['body.2', 2],
    ['body.2.children.0', 3],
    ['body.2.children.3.content', 6],
    ['body.3', 7],
    ['body.3.children.1', 9],
  ])('%s is block %i', (path, index) => {
    expect(bodyBlockIndex(path, body)).toBe(index);
  });
  it('names the block the path names', () => {
    expect(flat[bodyBlockIndex('body.3.children.1', body) as number]?.content[0]?.text).toMatch(/^Chỉ đạo các doanh nghiệp/);
  });
  it('is null outside the body', () => {
    expect(bodyBlockIndex('subject', body)).toBeNull();
  });
});
