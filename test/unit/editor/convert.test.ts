// Letter.body → editor state → Letter.body must be identity: the editor may never change a draft
// the clerk did not touch. Checked on the built-in sample, on every draft fixture, and on edge cases.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { item, para, parseDraft, run, sampleLetter } from '../../../core/letter';
import type { Block } from '../../../core/letter';
import { createBodyEditor } from '../../../renderer/src/editor/config';
import { $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { $readBody, $writeBody, createIncrementalBodyReader } from '../../../renderer/src/editor/convert';
import { $indentSelection } from '../../../renderer/src/editor/commands';
import { canonicalBody } from '../../../renderer/src/editor/outline';

function roundTrip(body: Block[]): Block[] {
  const editor = createBodyEditor();
  editor.update(() => $writeBody(body), { discrete: true });
  return editor.getEditorState().read(() => $readBody());
}

const fixtureDir = path.resolve('test/fixtures/drafts');
const fixtures = existsSync(fixtureDir) ? readdirSync(fixtureDir).filter((f) => f.endsWith('.vanthu')) : [];

describe('Letter.body ⇄ editor state', () => {
  it('is identity on the built-in sample', () => {
    const body = sampleLetter().body;
    expect(canonicalBody(body)).toEqual(body);
    expect(roundTrip(body)).toEqual(body);
  });

  it.each(fixtures)('is identity on fixture %s', (file) => {
    const restored = parseDraft(readFileSync(path.join(fixtureDir, file), 'utf8'));
    if (!restored.ok) throw new Error(restored.error.messages.join('\n'));
    const body = canonicalBody(restored.value.letter.body);
    expect(roundTrip(body)).toEqual(body);
  });

  it('keeps marks, clause provenance, titles and nesting of every level', () => {
    const body: Block[] = [
      para([run('Kính đề nghị '), run('các sở', { bold: true, italic: true }), run(' thực hiện', { underline: true })]),
      { ...item('section', 'TỔ CHỨC THỰC HIỆN', [
        item('clause', 'Sở Nội vụ', [
          item('point', 'rà soát', [item('dash', 'một', [item('plus', 'hai')]), para('đoạn tiếp theo trong điểm')]),
          item('point', 'tổng hợp'),
        ], true),
      ]), clause: { id: 'attt.truc-24-7', version: 2, values: { ngay: '30/4' } } },
      item('dash', 'một gạch đầu dòng ở cấp ngoài cùng sau một mục'),
      para('Trân trọng./.'),
    ];
    expect(roundTrip(body)).toEqual(body);
  });

  it('keeps an item nested directly in an item of the same level', () => {
    const body: Block[] = [item('clause', 'ngoài', [item('clause', 'trong')])];
    expect(roundTrip(body)).toEqual(body);
  });

  it('stores NFD input as NFC', () => {
    const nfd = 'Ủy ban nhân dân tỉnh'.normalize('NFD');
    expect(roundTrip([para(nfd)])).toEqual([para('Ủy ban nhân dân tỉnh')]);
  });

  it('merges neighbouring runs with the same marks and drops empty runs (the canonical form)', () => {
    const body: Block[] = [para([run('a'), run(''), run('b'), run('c', { bold: true })])];
    expect(roundTrip(body)).toEqual([para([run('ab'), run('c', { bold: true })])]);
    expect(canonicalBody(body)).toEqual(roundTrip(body));
  });

  it('reads an editor holding one empty paragraph as an empty body', () => {
    expect(roundTrip([])).toEqual([]);
    expect(roundTrip([para('')])).toEqual([]);
    expect(roundTrip([para(''), para('x')])).toEqual([{ kind: 'paragraph', content: [] }, para('x')]);
  });
});

describe('incremental body reader (one block reconverted per keystroke)', () => {
  it('gives the same body as a full read after text edits and structural edits', () => {
    const editor = createBodyEditor();
    const reader = createIncrementalBodyReader();
    editor.update(() => $writeBody(sampleLetter().body), { discrete: true });
    editor.getEditorState().read(() => reader(null));
    let dirty: ReadonlyMap<string, boolean> = new Map();
    const off = editor.registerUpdateListener(({ dirtyElements }) => {
      dirty = new Map(dirtyElements);
    });
    const check = () => editor.getEditorState().read(() => expect(reader(dirty)).toEqual($readBody()));
    editor.update(() => {
      const block = $getRoot().getChildAtIndex(3);
      const text = $isElementNode(block) ? block.getFirstChild() : null;
      if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()} thêm chữ`);
    }, { discrete: true });
    check();
    editor.update(() => {
      const block = $getRoot().getChildAtIndex(4);
      if ($isElementNode(block)) block.selectEnd();
      $indentSelection(1);
    }, { discrete: true });
    check();
    off();
  });
});
