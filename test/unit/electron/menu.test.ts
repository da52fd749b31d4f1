// The Vietnamese menu: each accelerator sends the renderer the action the issue names.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../../core/platform/contract';
import { menuTemplate } from '../../../electron/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(isPackaged = true) {
  const sent: MenuAction[] = [];
  let closed = 0;
  const items = flatten(menuTemplate({ send: (a) => void sent.push(a), closeWindow: () => void closed++, isPackaged }));
  const byAccelerator = (acc: string) => items.filter((i) => i.accelerator === acc);
  return { sent, items, byAccelerator, closed: () => closed };
}

describe('application menu', () => {
  it('has the four Vietnamese top-level menus', () => {
    const top = menuTemplate({ send: () => undefined, closeWindow: () => undefined, isPackaged: true }).map((m) => m.label?.replace('&', ''));
    expect(top).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });

  it.each<[string, MenuAction]>([
    ['CmdOrCtrl+N', 'new'],
    ['CmdOrCtrl+O', 'open'],
    ['CmdOrCtrl+S', 'save'],
    ['CmdOrCtrl+Shift+S', 'saveAs'],
    ['CmdOrCtrl+Z', 'undo'],
    ['CmdOrCtrl+Y', 'redo'],
    ['CmdOrCtrl+P', 'print'],
    ['CmdOrCtrl+E', 'exportDocx'],
    ['CmdOrCtrl+,', 'settings'],
  ])('%s sends %s to the renderer', (accelerator, action) => {
    const m = build();
    const matches = m.byAccelerator(accelerator);
    expect(matches).toHaveLength(1);
    (matches[0]?.click as () => void)();
    expect(m.sent).toEqual([action]);
  });

  it('gives no accelerator twice and labels every item in Vietnamese', () => {
    const { items } = build(false);
    const accelerators = items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const item of items) if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toMatch(/\S/);
    expect(items.map((i) => i.label)).not.toContain('Undo');
  });

  it('offers "Cài đặt…" in the Tệp menu, before closing and quitting', () => {
    const tep = menuTemplate({ send: () => undefined, closeWindow: () => undefined, isPackaged: true })[0];
    const labels = (Array.isArray(tep?.submenu) ? tep.submenu : []).map((i) => i.label ?? '—');
    expect(labels).toContain('Cài đặt…');
    expect(labels.indexOf('Cài đặt…')).toBeLessThan(labels.indexOf('Đóng cửa sổ'));
    const item = build().items.find((i) => i.label === 'Cài đặt…');
    expect(item?.id).toBe('action:settings');
  });

  it('closes the window through its close guard, and hides developer tools when packaged', () => {
    const m = build();
    (m.byAccelerator('CmdOrCtrl+W')[0]?.click as () => void)();
    expect(m.closed()).toBe(1);
    expect(m.sent).toEqual([]);
    expect(m.items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build(false).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
