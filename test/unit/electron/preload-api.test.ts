// window.vanthu as the preload builds it: calls go to vanthu:<method>, a broken or failed IPC reply
// becomes an error Result, and events from main reach listeners only when well-formed.
import { describe, expect, it } from 'vitest';
import { MENU_ACTION_CHANNEL, OPEN_FILE_CHANNEL, PLATFORM_INVOKE_METHODS } from '../../../core/platform/contract';
import type { MenuAction } from '../../../core/platform/contract';
import { createPreloadApi } from '../../../electron/preload-api';

function withIpc(reply: (channel: string, args: unknown[]) => Promise<unknown>) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api = createPreloadApi({
    invoke: (channel, ...args) => reply(channel, args),
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => void set.delete(listener);
    },
  });
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));
  return { api, emit };
}

describe('preload API', () => {
  it('exposes every contract method, each on its own channel with its arguments', async () => {
    const calls: Array<[string, unknown[]]> = [];
    const { api } = withIpc(async (channel, args) => (calls.push([channel, args]), { ok: true, value: null }));
    expect(api.kind).toBe('electron');
    for (const method of PLATFORM_INVOKE_METHODS) expect(typeof api[method]).toBe('function');
    await api.setDirty(true);
    await api.openRecent('/d/cv.vanthu');
    expect(calls).toEqual([['vanthu:setDirty', [true]], ['vanthu:openRecent', ['/d/cv.vanthu']]]);
  });

  it('turns a malformed reply or a failed invoke into a Vietnamese error Result', async () => {
    expect(await withIpc(async () => 'hello').api.recentFiles()).toEqual({ ok: false, error: 'Phản hồi không hợp lệ từ ứng dụng cho “recentFiles”.' });
    expect(await withIpc(async () => ({ ok: false, error: 42 })).api.recentFiles()).toMatchObject({ ok: false });
    expect(await withIpc(async () => Promise.reject(new Error('No handler registered'))).api.getSettings()).toEqual({
      ok: false,
      error: 'Không liên lạc được với ứng dụng khi thực hiện “getSettings”.',
    });
  });

  it('delivers only known menu actions and well-formed files, and unsubscribes', () => {
    const { api, emit } = withIpc(async () => ({ ok: true, value: null }));
    const actions: MenuAction[] = [];
    const files: string[] = [];
    const stop = api.onMenuAction((a) => actions.push(a));
    api.onOpenFile((f) => files.push(f.path));
    emit(MENU_ACTION_CHANNEL, 'save');
    emit(MENU_ACTION_CHANNEL, 'rm -rf');
    emit(MENU_ACTION_CHANNEL, { action: 'save' });
    emit(OPEN_FILE_CHANNEL, { path: '/d/a.vanthu', name: 'a.vanthu', text: '{}' });
    emit(OPEN_FILE_CHANNEL, { path: '/d/b.vanthu' });
    stop();
    emit(MENU_ACTION_CHANNEL, 'open');
    expect(actions).toEqual(['save']);
    expect(files).toEqual(['/d/a.vanthu']);
  });
});
