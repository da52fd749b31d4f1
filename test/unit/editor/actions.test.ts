// The action table is the single source of the shortcuts and the menu: every documented shortcut
// lands on the right action, none is taken twice, every host menu item has an action.
import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, ACTIONS, actionForKey, actionOfMenu, shortcutText } from '../../../renderer/src/app/actions';
import { MENU_ACTIONS } from '../../../core/platform/contract';

const key = (k: string, mods: { shift?: boolean; alt?: boolean } = {}) => ({ key: k, ctrlKey: true, metaKey: false, shiftKey: mods.shift ?? false, altKey: mods.alt ?? false });

describe('action table', () => {
  it.each([
    ['n', false, 'new'],
    ['o', false, 'open'],
    ['s', false, 'save'],
    ['S', true, 'saveAs'],
    ['z', false, 'undo'],
    ['y', false, 'redo'],
    ['Z', true, 'redo'],
    ['b', false, 'bold'],
    ['i', false, 'italic'],
    ['u', false, 'underline'],
    ['p', false, 'print'],
    ['e', false, 'exportDocx'],
  ])('Ctrl+%s (shift %s) runs %s', (k, shift, name) => {
    expect(actionForKey(key(k, { shift }))?.name).toBe(name);
  });

  it('leaves plain typing and Alt combinations alone', () => {
    expect(actionForKey({ key: 's', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false })).toBeNull();
    expect(actionForKey(key('s', { alt: true }))).toBeNull();
  });

  it('gives each shortcut to one action only', () => {
    const all = ACTION_NAMES.flatMap((n) => [ACTIONS[n].shortcut, ...(ACTIONS[n].altShortcuts ?? [])]).filter((s) => s !== undefined).map((s) => shortcutText(s));
    expect(new Set(all).size).toBe(all.length);
  });

  it('has an action for every host menu item, with a Vietnamese label', () => {
    // Every item the host menu can send (the contract's own list, so a new one cannot be missed).
    for (const m of MENU_ACTIONS) expect(ACTIONS[actionOfMenu(m)].label).toMatch(/\p{L}/u);
  });

  it('marks editing actions as undo steps and file actions as not', () => {
    expect(ACTIONS.bold.undoStep && ACTIONS.indent.undoStep && ACTIONS.levelPoint.undoStep).toBe(true);
    expect(ACTIONS.save.undoStep || ACTIONS.open.undoStep || ACTIONS.undo.undoStep).toBe(false);
  });
});
