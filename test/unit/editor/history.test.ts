// One history for the whole letter: typing bursts merge per field, actions are single steps, undo /
// redo restore letters exactly, and "dirty" follows the saved entry through undo and redo.
import { describe, expect, it } from 'vitest';
import { sampleLetter } from '../../../core/letter';
import { DocumentStore } from '../../../renderer/src/app/document-store';
import { MERGE_WINDOW_MS } from '../../../renderer/src/app/history';

function storeWithClock() {
  let now = 0;
  const store = new DocumentStore<string>(sampleLetter(), () => now);
  return { store, tick: (ms: number) => (now += ms) };
}

describe('document history', () => {
  it('merges a typing burst in one field into one step, and splits on pauses and other fields', () => {
    const { store, tick } = storeWithClock();
    const base = store.letter;
    for (const subject of ['a', 'ab', 'abc']) {
      store.update({ ...store.letter, subject }, 'subject');
      tick(100);
    }
    store.update({ ...store.letter, symbol: 'UBND-VP' }, 'symbol');
    tick(MERGE_WINDOW_MS + 1);
    store.update({ ...store.letter, symbol: 'UBND-VPX' }, 'symbol');
    store.undo();
    expect(store.letter.symbol).toBe('UBND-VP');
    store.undo();
    expect(store.letter.symbol).toBe(base.symbol);
    expect(store.letter.subject).toBe('abc');
    store.undo();
    expect(store.letter).toBe(base);
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it('keeps discrete changes as separate steps even within the merge window', () => {
    const { store } = storeWithClock();
    store.update({ ...store.letter, urgency: 'KHẨN' });
    store.update({ ...store.letter, urgency: 'HỎA TỐC' });
    store.undo();
    expect(store.letter.urgency).toBe('KHẨN');
  });

  it('seal() ends a burst so the next keystroke starts a new step', () => {
    const { store } = storeWithClock();
    store.update({ ...store.letter, subject: 'a' }, 'subject');
    store.seal();
    store.update({ ...store.letter, subject: 'ab' }, 'subject');
    store.undo();
    expect(store.letter.subject).toBe('a');
  });

  it('tracks dirty against the saved entry through undo and redo; redo is cleared by a new change', () => {
    const { store } = storeWithClock();
    expect(store.getSnapshot().dirty).toBe(false);
    store.update({ ...store.letter, place: 'Hà Nội' });
    expect(store.getSnapshot().dirty).toBe(true);
    store.markSaved({ path: 'x.vanthu', name: 'x.vanthu' });
    expect(store.getSnapshot().dirty).toBe(false);
    store.undo();
    expect(store.getSnapshot().dirty).toBe(true);
    store.redo();
    expect(store.getSnapshot().dirty).toBe(false);
    store.undo();
    store.update({ ...store.letter, place: 'Huế' });
    expect(store.getSnapshot().canRedo).toBe(false);
  });

  it('bumps the generation (body redraw) on load, undo, redo and replace, not on field edits', () => {
    const { store } = storeWithClock();
    const g = () => store.getSnapshot().generation;
    const g0 = g();
    store.update({ ...store.letter, place: 'Huế' }, 'place', 'editor-state');
    expect(g()).toBe(g0);
    store.undo();
    expect(g()).toBe(g0 + 1);
    store.replace({ ...store.letter, body: [] });
    expect(g()).toBe(g0 + 2);
    expect(store.getSnapshot().present.editorState).toBeNull();
  });

  it('marks a recovered draft unsaved', () => {
    const { store } = storeWithClock();
    store.load(sampleLetter(), null, false);
    expect(store.getSnapshot().dirty).toBe(true);
  });
});
