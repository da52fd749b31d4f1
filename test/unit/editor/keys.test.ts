// What the keyboard does to items, in a headless editor with our nodes: Enter continues the list at
// the same level and depth; Backspace at the start of an item lifts it into a paragraph in place.
import { describe, expect, it } from 'vitest';
import { $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import type { ElementNode } from 'lexical';
import { item, para } from '../../../core/letter';
import type { Block } from '../../../core/letter';
import { createBodyEditor } from '../../../renderer/src/editor/config';
import { $readBody, $writeBody } from '../../../renderer/src/editor/convert';
import { $liftItemAtStart } from '../../../renderer/src/editor/commands';

function run(body: Block[], at: number, where: 'start' | 'end', fn: () => void): Block[] {
  const editor = createBodyEditor();
  editor.update(() => $writeBody(body), { discrete: true });
  editor.update(() => {
    const block = $getRoot().getChildAtIndex(at) as ElementNode;
    if (where === 'start') block.selectStart();
    else block.selectEnd();
    fn();
  }, { discrete: true });
  return editor.getEditorState().read(() => $readBody());
}

const selection = () => {
  const s = $getSelection();
  if (!$isRangeSelection(s)) throw new Error('no range selection');
  return s;
};

describe('keyboard on items', () => {
  it('Enter at the end of a point opens the next point under the same clause', () => {
    const body = [item('clause', 'một', [item('point', 'a')])];
    const after = run(body, 1, 'end', () => {
      selection().insertParagraph();
      selection().insertText('b');
    });
    expect(after).toEqual([item('clause', 'một', [item('point', 'a'), item('point', 'b')])]);
  });

  it('Enter after a titled clause continues with an untitled clause', () => {
    const after = run([item('clause', 'Sở Nội vụ', [], true)], 0, 'end', () => {
      selection().insertParagraph();
      selection().insertText('tiếp');
    });
    expect(after).toEqual([item('clause', 'Sở Nội vụ', [], true), item('clause', 'tiếp')]);
  });

  it('Backspace at the start of a point lifts it into a paragraph, kept inside its clause', () => {
    const body = [item('clause', 'một', [item('point', 'nội dung')])];
    const after = run(body, 1, 'start', () => expect($liftItemAtStart()).toBe(true));
    expect(after).toEqual([item('clause', 'một', [para('nội dung')])]);
  });

  it('Backspace elsewhere in an item is ordinary deletion', () => {
    const body = [item('clause', 'một', [item('point', 'nội dung')])];
    const after = run(body, 1, 'end', () => expect($liftItemAtStart()).toBe(false));
    expect(after).toEqual(body);
  });

  it('Enter in a continuation paragraph stays inside the item', () => {
    const body = [item('clause', 'một', [para('đoạn')])];
    const after = run(body, 1, 'end', () => {
      selection().insertParagraph();
      selection().insertText('đoạn hai');
    });
    expect(after).toEqual([item('clause', 'một', [para('đoạn'), para('đoạn hai')])]);
  });
});
