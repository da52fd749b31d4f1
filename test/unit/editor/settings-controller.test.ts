// Saving settings through the shell (Controller.applySettings) with the real web platform over an
// in-memory Storage: what the host accepted becomes current and the shell is told; a host that
// cannot write (storage full) leaves the old settings in place and returns its message.
import { describe, expect, it } from 'vitest';
import { blankLetter } from '../../../core/letter';
import { DEFAULT_SETTINGS } from '../../../core/platform/contract';
import type { Settings } from '../../../core/platform/contract';
import { Controller } from '../../../renderer/src/app/controller';
import { DocumentStore } from '../../../renderer/src/app/document-store';
import type { Ui } from '../../../renderer/src/app/ui';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import type { KeyValueStorage } from '../../../renderer/src/platform/web-store';

class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

function setup() {
  const storage = new MemoryStorage();
  const platform = createWebPlatform({
    storage,
    pickFile: async () => ({ kind: 'cancelled' }),
    download: () => undefined,
    print: () => undefined,
    guardUnload: () => undefined,
    search: '',
  });
  const notices: string[] = [];
  const ui: Ui = { ask: async () => 'cancel', notify: (_kind, message) => void notices.push(message) };
  const controller = new Controller(new DocumentStore(blankLetter(2025)), platform, ui);
  let changes = 0;
  controller.onChange(() => void changes++);
  return { storage, platform, controller, changes: () => changes };
}

const REVIEWER: Settings = { profile: 'government', libraryFolders: ['\\\\may-chu\\thu-vien'], reviewer: { name: 'Trần Văn An', title: 'Chánh Văn phòng' } };

describe('Controller.applySettings', () => {
  it('stores the settings, makes them current and tells the shell', async () => {
    const s = setup();
    expect(s.controller.settings).toEqual(DEFAULT_SETTINGS);
    const saved = await s.controller.applySettings(REVIEWER);
    expect(saved).toEqual({ ok: true, value: REVIEWER });
    expect(s.controller.settings).toEqual(REVIEWER);
    expect(s.changes()).toBe(1);
    // What a reload reads back.
    expect(await s.platform.getSettings()).toEqual({ ok: true, value: REVIEWER });
  });

  it('keeps the old settings when the host cannot write them', async () => {
    const s = setup();
    await s.controller.applySettings(REVIEWER);
    s.storage.full = true;
    const saved = await s.controller.applySettings({ ...REVIEWER, profile: 'default', reviewer: { name: 'Lê Thị Hà', title: '' } });
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error).toMatch(/bộ nhớ trình duyệt/);
    expect(s.controller.settings).toEqual(REVIEWER);
    expect(s.changes()).toBe(1);
    expect(await s.platform.getSettings()).toEqual({ ok: true, value: REVIEWER });
  });
});
