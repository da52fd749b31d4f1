// Autosave recovery and the other userData files, across a "restart" (a fresh store over the same
// folder): a recovered draft is offered again; a corrupt recovery file is reported once and set aside.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUserDataStore } from '../../../electron/storage/user-data';
import { DEFAULT_SETTINGS } from '../../../core/platform/contract';
import { parseDraft, sampleLetter, serializeLetter } from '../../../core/letter';

let userData: string;
beforeEach(async () => {
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'vanthu-userdata-'));
});
afterEach(async () => {
  await fs.rm(userData, { recursive: true, force: true });
});

const clock = (iso: string) => () => new Date(iso);

describe('recovery store', () => {
  it('offers the autosaved draft after a restart, identical, until it is cleared', async () => {
    const text = serializeLetter(sampleLetter());
    const before = createUserDataStore(userData);
    expect(await before.readRecovery()).toEqual({ ok: true, value: null });
    const entry = { text, path: '/home/lan/cv.vanthu', savedAt: '2026-11-21T08:00:00.000Z' };
    expect(await before.writeRecovery(entry)).toEqual({ ok: true, value: undefined });

    const afterCrash = createUserDataStore(userData);
    const offered = await afterCrash.readRecovery();
    expect(offered).toEqual({ ok: true, value: entry });
    expect(offered.ok && offered.value && parseDraft(offered.value.text).ok).toBe(true);

    await afterCrash.clearRecovery();
    expect(await createUserDataStore(userData).readRecovery()).toEqual({ ok: true, value: null });
  });

  it.each([
    ['truncated JSON', '{"text": "abc", "path": nu'],
    ['wrong shape', '{"text": 42, "path": null, "savedAt": "x"}'],
    ['not an object', '"hello"'],
  ])('reports a corrupt recovery file (%s) in Vietnamese, sets it aside, and does not report it again', async (_label, content) => {
    await fs.mkdir(path.join(userData, 'recovery'), { recursive: true });
    await fs.writeFile(path.join(userData, 'recovery', 'autosave.json'), content);
    const store = createUserDataStore(userData, clock('2026-11-21T09:30:00.000Z'));
    const first = await store.readRecovery();
    expect(first.ok).toBe(false);
    expect(!first.ok && first.error).toMatch(/^Bản khôi phục tự động bị hỏng nên đã được bỏ qua/);
    const kept = await fs.readdir(path.join(userData, 'recovery'));
    expect(kept).toEqual(['autosave.json.corrupt-2026-11-21T09-30-00-000Z']);
    expect(await fs.readFile(path.join(userData, 'recovery', kept[0] as string), 'utf8')).toBe(content);
    expect(await createUserDataStore(userData).readRecovery()).toEqual({ ok: true, value: null });
    // Autosave keeps working after the corrupt file was set aside.
    const entry = { text: '{}', path: null, savedAt: '2026-11-21T09:31:00.000Z' };
    await store.writeRecovery(entry);
    expect(await store.readRecovery()).toEqual({ ok: true, value: entry });
  });
});

describe('recent files and settings', () => {
  it('keeps recent files unique, newest first, at most ten, across restarts', async () => {
    let t = 0;
    const store = createUserDataStore(userData, () => new Date(Date.UTC(2026, 10, 21, 8, t++)));
    for (let i = 0; i < 12; i++) await store.touchRecent({ path: `/d/${i}.vanthu`, name: `${i}.vanthu` });
    await store.touchRecent({ path: '/d/5.vanthu', name: '5.vanthu' });
    const recent = await createUserDataStore(userData).recentFiles();
    expect(recent.map((r) => r.name)).toEqual(['5.vanthu', '11.vanthu', '10.vanthu', '9.vanthu', '8.vanthu', '7.vanthu', '6.vanthu', '4.vanthu', '3.vanthu', '2.vanthu']);
    expect(recent[0]?.openedAt).toBe('2026-11-21T08:12:00.000Z');
  });

  it('ignores a broken recent list instead of failing', async () => {
    await fs.writeFile(path.join(userData, 'recent-files.json'), '[{"path": 1}]');
    expect(await createUserDataStore(userData).recentFiles()).toEqual([]);
  });

  it('returns defaults until settings are saved, then the saved ones after a restart', async () => {
    expect(await createUserDataStore(userData).getSettings()).toEqual(DEFAULT_SETTINGS);
    const next = { profile: 'government' as const, libraryFolders: ['\\\\server\\thu-vien'], reviewer: { name: 'Nguyễn Văn A', title: 'Phó Chánh Văn phòng' } };
    await createUserDataStore(userData).setSettings(next);
    expect(await createUserDataStore(userData).getSettings()).toEqual(next);
    await fs.writeFile(path.join(userData, 'settings.json'), '{ broken');
    expect(await createUserDataStore(userData).getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
