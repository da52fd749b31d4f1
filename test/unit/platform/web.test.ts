// The browser host, run against an in-memory Storage and a recording of downloads and file choices
// (the DOM gestures themselves are exercised by the Playwright suite).
import { describe, expect, it } from 'vitest';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import type { WebEnv } from '../../../renderer/src/platform/web';
import type { KeyValueStorage } from '../../../renderer/src/platform/web-store';
import { serializeLetter, sampleLetter, parseDraft } from '../../../core/letter';
import { DEFAULT_SETTINGS } from '../../../core/platform/contract';

class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  quota = Infinity;
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

function setup(search = '') {
  const storage = new MemoryStorage();
  const downloads: Array<{ name: string; data: Uint8Array | string; mime: string }> = [];
  const chosen: Array<File | null | 'blocked'> = [];
  let guarded = false;
  let printed = 0;
  const env: WebEnv = {
    storage,
    pickFile: async () => {
      const next = chosen.shift() ?? null;
      return next === 'blocked' ? { kind: 'blocked' as const } : next ? { kind: 'file' as const, file: next } : { kind: 'cancelled' as const };
    },
    download: (name, data, mime) => downloads.push({ name, data, mime }),
    print: () => void printed++,
    guardUnload: (on) => void (guarded = on),
    search,
  };
  return { platform: createWebPlatform(env), storage, downloads, chosen, guarded: () => guarded, printed: () => printed };
}

describe('web platform', () => {
  it('saves a new draft as a download named .vanthu and reopens it from recent files unchanged', async () => {
    const { platform, downloads } = setup();
    const text = serializeLetter(sampleLetter());
    const saved = await platform.saveDraft({ path: null, suggestedName: 'Công văn 1003', text });
    expect(saved).toEqual({ ok: true, value: { path: 'web:Công văn 1003.vanthu', name: 'Công văn 1003.vanthu', text } });
    expect(downloads).toEqual([{ name: 'Công văn 1003.vanthu', data: text, mime: 'application/json' }]);

    const recent = await platform.recentFiles();
    expect(recent.ok && recent.value.map((r) => r.name)).toEqual(['Công văn 1003.vanthu']);
    const reopened = await platform.openRecent('web:Công văn 1003.vanthu');
    expect(reopened.ok && reopened.value.text).toBe(text);
    expect(reopened.ok && parseDraft(reopened.value.text).ok).toBe(true);
  });

  it('saving to an existing path keeps the name, and recent files stay unique, newest first', async () => {
    const { platform, downloads } = setup();
    await platform.saveDraft({ path: null, suggestedName: 'a.vanthu', text: '1' });
    await platform.saveDraft({ path: null, suggestedName: 'b', text: '2' });
    const again = await platform.saveDraft({ path: 'web:a.vanthu', suggestedName: 'ignored', text: '3' });
    expect(again.ok && again.value?.name).toBe('a.vanthu');
    expect(downloads.map((d) => d.name)).toEqual(['a.vanthu', 'b.vanthu', 'a.vanthu']);
    const recent = await platform.recentFiles();
    expect(recent.ok && recent.value.map((r) => r.path)).toEqual(['web:a.vanthu', 'web:b.vanthu']);
  });

  it('opens a file chosen in the file chooser, and returns null when the chooser is cancelled', async () => {
    const { platform, chosen } = setup();
    chosen.push(new File(['{"schemaVersion":1}'], 'x.vanthu'));
    expect(await platform.openDraft()).toEqual({ ok: true, value: { path: 'web:x.vanthu', name: 'x.vanthu', text: '{"schemaVersion":1}' } });
    expect(await platform.openDraft()).toEqual({ ok: true, value: null });
  });

  it('says why when the browser refuses to show the chooser (no click or key press just before)', async () => {
    const { platform, chosen } = setup();
    chosen.push('blocked', 'blocked');
    const open = await platform.openDraft();
    expect(!open.ok && open.error).toMatch(/bấm chuột hoặc nhấn phím/);
    expect((await platform.pickImport()).ok).toBe(false);
  });

  it('imports bytes from the chooser and exports through a typed download', async () => {
    const { platform, chosen, downloads } = setup();
    chosen.push(new File([new Uint8Array([80, 75, 3, 4])], 'cv.docx'));
    const imported = await platform.pickImport();
    expect(imported.ok && imported.value && [...imported.value.bytes]).toEqual([80, 75, 3, 4]);
    const exported = await platform.saveExport({ suggestedName: 'cv.docx', bytes: new Uint8Array([1]), kind: 'docx' });
    expect(exported).toEqual({ ok: true, value: { path: 'cv.docx' } });
    expect(downloads[0]?.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('reports a missing recent draft in Vietnamese, naming it', async () => {
    const { platform } = setup();
    const r = await platform.openRecent('web:mất.vanthu');
    expect(r).toEqual({ ok: false, error: 'Không tìm thấy bản nháp “mất.vanthu” trong bộ nhớ trình duyệt.' });
  });

  it('reports a full storage instead of throwing', async () => {
    const { platform, storage, downloads } = setup();
    storage.quota = 5;
    const r = await platform.saveDraft({ path: null, suggestedName: 'lớn', text: 'x'.repeat(100) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/bộ nhớ trình duyệt/);
    expect(downloads).toEqual([]);
  });

  it('keeps a recovery entry, and sets a corrupt one aside with a message, once', async () => {
    const { platform, storage } = setup();
    expect(await platform.readRecovery()).toEqual({ ok: true, value: null });
    const entry = { text: 'draft', path: null, savedAt: '2026-11-21T08:00:00.000Z' };
    await platform.writeRecovery(entry);
    expect(await platform.readRecovery()).toEqual({ ok: true, value: entry });
    await platform.clearRecovery();
    expect(await platform.readRecovery()).toEqual({ ok: true, value: null });

    storage.setItem('vanthu.recovery', '{"text": 5');
    const corrupt = await platform.readRecovery();
    expect(corrupt.ok).toBe(false);
    expect(!corrupt.ok && corrupt.error).toMatch(/khôi phục.*hỏng/);
    expect(storage.getItem('vanthu.recovery.corrupt')).toBe('{"text": 5');
    expect(await platform.readRecovery()).toEqual({ ok: true, value: null });
  });

  it('falls back to default settings when stored ones are broken, and validates new ones', async () => {
    const { platform, storage } = setup();
    storage.setItem('vanthu.settings', '{"profile":"other"}');
    expect(await platform.getSettings()).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    const next = { profile: 'government' as const, libraryFolders: ['/srv/thu-vien'], reviewer: { name: 'Lan', title: 'Chánh VP' } };
    expect(await platform.setSettings(next)).toEqual({ ok: true, value: next });
    expect(await platform.getSettings()).toEqual({ ok: true, value: next });
    const bad = await platform.setSettings({ ...next, profile: 'x' } as never);
    expect(bad.ok).toBe(false);
  });

  it('guards unload only while dirty, prints, and explains why it cannot make a PDF', async () => {
    const s = setup();
    await s.platform.setDirty(true);
    expect(s.guarded()).toBe(true);
    await s.platform.setDirty(false);
    expect(s.guarded()).toBe(false);
    await s.platform.print();
    expect(s.printed()).toBe(1);
    const pdf = await s.platform.printToPdf();
    expect(!pdf.ok && pdf.error).toMatch(/Ctrl\+P/);
  });

  it('starts on the sample unless ?start=blank', async () => {
    expect(await setup('').platform.startup()).toEqual({ ok: true, value: { kind: 'sample' } });
    expect(await setup('?start=blank').platform.startup()).toEqual({ ok: true, value: { kind: 'blank' } });
  });
});
