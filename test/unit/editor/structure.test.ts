// Tab / Shift+Tab, level changes, labels and $insertBlocks: the rules a clerk feels on every keystroke.
import { describe, expect, it } from 'vitest';
import { $getRoot } from 'lexical';
import type { ElementNode } from 'lexical';
import { item, para } from '../../../core/letter';
import type { Block } from '../../../core/letter';
import { createBodyEditor } from '../../../renderer/src/editor/config';
import { $readBody, $readFlatBody, $writeBody } from '../../../renderer/src/editor/convert';
import { $cursorItemLevel, $indentSelection, $insertBlocks, $setSelectionLevel, $toggleTitle } from '../../../renderer/src/editor/commands';
import { labelsOf, flattenBody } from '../../../renderer/src/editor/outline';
import { indentRow } from '../../../renderer/src/editor/structure';
import type { Row } from '../../../renderer/src/editor/structure';

const rows = (spec: string): Row[] =>
  spec.split(' ').map((s) => {
    const [k, d] = s.split('@') as [string, string];
    return k === 'p' ? { kind: 'paragraph', level: null, depth: Number(d) } : { kind: 'item', level: k as Row['level'], depth: Number(d) };
  });
const show = (rs: Row[]) => rs.map((r) => `${r.level ?? 'p'}@${r.depth}`).join(' ');

/** Runs `fn` with the caret at the end of root child `at` (or none), returns the body afterwards. */
function edit(body: Block[], at: number | null, fn: () => void): Block[] {
  const editor = createBodyEditor();
  editor.update(() => $writeBody(body), { discrete: true });
  editor.update(() => {
    if (at !== null) ($getRoot().getChildAtIndex(at) as ElementNode).selectEnd();
    fn();
  }, { discrete: true });
  return editor.getEditorState().read(() => $readBody());
}

describe('labels', () => {
  it('restart under each parent and follow the Vietnamese alphabet', () => {
    const points = ['a', 'b', 'c', 'd', 'đ', 'e', 'g'].map((t) => item('point', t));
    const body = [item('clause', 'một', points), item('clause', 'hai', [item('point', 'x'), item('dash', 'y', [item('plus', 'z')])]), para('kết')];
    expect(labelsOf(flattenBody(body))).toEqual(['1.', 'a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', '2.', 'a)', '-', '+', null]);
  });
  it('number sections in Roman numerals and restart clauses under each section', () => {
    const body = [item('section', 'A', [item('clause', 'x'), item('clause', 'y')]), item('section', 'B', [item('clause', 'z')])];
    expect(labelsOf(flattenBody(body))).toEqual(['I.', '1.', '2.', 'II.', '1.']);
  });
});

describe('Tab and Shift+Tab', () => {
  it('Tab on a clause after a clause makes it a point of that clause, its points become dashes', () => {
    expect(show(indentRow(rows('clause@0 clause@0 point@1 p@1'), 1, 1))).toBe('clause@0 point@1 dash@2 p@2');
  });
  it('Shift+Tab on a point lifts it to a clause at the top, taking its dashes along as points', () => {
    expect(show(indentRow(rows('clause@0 point@1 dash@2 point@1'), 1, -1))).toBe('clause@0 clause@0 point@1 point@1');
  });
  it('Shift+Tab on a section makes it a paragraph; its children move up one depth', () => {
    expect(show(indentRow(rows('section@0 clause@1'), 0, -1))).toBe('p@0 clause@0');
  });
  it('Tab on a paragraph makes it an item one level below its enclosing item', () => {
    expect(show(indentRow(rows('clause@0 p@1'), 1, 1))).toBe('clause@0 point@1');
    expect(show(indentRow(rows('p@0'), 0, 1))).toBe('clause@0');
  });
  it('Shift+Tab on a continuation paragraph moves it out of its item', () => {
    expect(show(indentRow(rows('clause@0 p@1'), 1, -1))).toBe('clause@0 p@0');
  });
  it('works on the editor through $indentSelection, as one update', () => {
    const body = [item('clause', 'một'), item('clause', 'hai')];
    expect(edit(body, 1, () => $indentSelection(1))).toEqual([item('clause', 'một', [item('point', 'hai')])]);
  });
});

describe('level and title commands', () => {
  it('turns a paragraph into a point under the preceding clause', () => {
    expect(edit([item('clause', 'một'), para('x')], 1, () => $setSelectionLevel('point'))).toEqual([item('clause', 'một', [item('point', 'x')])]);
  });
  it('turns an item back into a paragraph, keeping its text', () => {
    expect(edit([item('clause', 'một')], 0, () => $setSelectionLevel(null))).toEqual([para('một')]);
  });
  it('toggles a titled clause', () => {
    expect(edit([item('clause', 'Sở Nội vụ')], 0, () => $toggleTitle())).toEqual([item('clause', 'Sở Nội vụ', [], true)]);
  });
});

describe('$cursorItemLevel', () => {
  it('is the level of the item holding the caret, and null in a paragraph or without a caret', () => {
    const body = [para('mở đầu'), item('clause', 'một', [item('point', 'a', [item('dash', 'gạch')])])];
    const levelAt = (at: number | null) => {
      let level: string | null = 'unset';
      edit(body, at, () => {
        level = $cursorItemLevel();
      });
      return level;
    };
    expect([levelAt(0), levelAt(1), levelAt(2), levelAt(3), levelAt(null)]).toEqual([null, 'clause', 'point', 'dash', null]);
  });
});

describe('$insertBlocks', () => {
  const clause = [item('point', 'chèn')];
  it('inserts after the current item and its children, at its depth', () => {
    const body = [item('clause', 'một', [item('point', 'a')]), item('clause', 'hai')];
    expect(edit(body, 0, () => $insertBlocks([para('mới')]))).toEqual([item('clause', 'một', [item('point', 'a')]), para('mới'), item('clause', 'hai')]);
  });
  it('inserts as a sibling inside an item when the caret is in one of its points', () => {
    const body = [item('clause', 'một', [item('point', 'a')])];
    expect(edit(body, 1, () => $insertBlocks(clause))).toEqual([item('clause', 'một', [item('point', 'a'), item('point', 'chèn')])]);
  });
  it('replaces an empty paragraph and appends when there is no caret', () => {
    expect(edit([para('')], 0, () => $insertBlocks(clause))).toEqual(clause);
    expect(edit([para('x')], null, () => $insertBlocks(clause))).toEqual([para('x'), ...clause]);
  });
  it('leaves the caret at the end of the inserted text', () => {
    const editor = createBodyEditor();
    editor.update(() => $writeBody([para('x')]), { discrete: true });
    editor.update(() => {
      ($getRoot().getFirstChild() as ElementNode).selectEnd();
      $insertBlocks([para('y'), para('z')]);
    }, { discrete: true });
    editor.getEditorState().read(() => expect($readFlatBody().map((f) => f.content[0]?.text)).toEqual(['x', 'y', 'z']));
  });
});
