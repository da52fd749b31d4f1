// The IPC boundary: every contract method has exactly one channel; bad payloads and foreign senders
// are refused with a Vietnamese Result before any handler runs; a throwing handler becomes a Result.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOf, PLATFORM_INVOKE_METHODS } from '../../../core/platform/contract';
import { createHost, OUR_CONTENTS_ID } from './host-harness';

let host: Awaited<ReturnType<typeof createHost>>;
beforeEach(async () => {
  host = await createHost();
});
afterEach(() => host.dispose());

describe('IPC registration', () => {
  it('registers one vanthu:<method> channel per contract method and nothing else', () => {
    expect([...host.channels.keys()].sort()).toEqual(PLATFORM_INVOKE_METHODS.map(channelOf).sort());
    expect(channelOf('saveDraft')).toBe('vanthu:saveDraft');
  });
});

describe('IPC payload validation', () => {
  const draftPath = () => path.join(host.docs, 'cv.vanthu');
  const cases: Array<[string, string, () => unknown[]]> = [
    ['saveDraft without text', 'saveDraft', () => [{ path: draftPath(), suggestedName: 'cv' }]],
    ['saveDraft with an unknown key', 'saveDraft', () => [{ path: draftPath(), suggestedName: 'cv', text: '{}', mode: 0o777 }]],
    ['saveDraft with a numeric path', 'saveDraft', () => [{ path: 42, suggestedName: 'cv', text: '{}' }]],
    ['saveDraft with an empty name', 'saveDraft', () => [{ path: null, suggestedName: '', text: '{}' }]],
    ['saveDraft with extra arguments', 'saveDraft', () => [{ path: draftPath(), suggestedName: 'cv', text: '{}' }, 'extra']],
    ['saveDraft with no arguments', 'saveDraft', () => []],
    ['saveExport with bytes as a number array', 'saveExport', () => [{ suggestedName: 'cv.docx', bytes: [80, 75], kind: 'docx' }]],
    ['saveExport of an unknown kind', 'saveExport', () => [{ suggestedName: 'cv.exe', bytes: new Uint8Array([1]), kind: 'exe' }]],
    ['openRecent with an empty path', 'openRecent', () => ['']],
    ['openRecent with an object', 'openRecent', () => [{ path: '/etc/passwd' }]],
    ['setDirty with a string', 'setDirty', () => ['yes']],
    ['setSettings with an unknown profile', 'setSettings', () => [{ profile: 'x', libraryFolders: [], reviewer: { name: '', title: '' } }]],
    ['writeRecovery without savedAt', 'writeRecovery', () => [{ text: '{}', path: null }]],
    ['getSettings with an argument', 'getSettings', () => [1]],
  ];

  it.each(cases)('refuses %s, naming the method, and does nothing', async (_label, method, args) => {
    const reply = await host.invokeAs(host.ourEvent, `vanthu:${method}`, ...args());
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(new RegExp(`^Yêu cầu “${method}” bị từ chối: dữ liệu không hợp lệ ở `));
    expect(host.asked).toEqual([]);
    expect(await fs.readdir(host.docs)).toEqual([]);
    await expect(fs.readdir(host.userData)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('accepts the same call with a valid payload', async () => {
    const reply = await host.invokeAs(host.ourEvent, 'vanthu:saveDraft', { path: draftPath(), suggestedName: 'cv', text: '{}' });
    expect(reply).toEqual({ ok: true, value: { path: draftPath(), name: 'cv.vanthu', text: '{}' } });
  });
});

describe('IPC sender check', () => {
  const valid = () => [{ path: path.join(host.docs, 'x.vanthu'), suggestedName: 'x', text: '{}' }];
  const senders: Array<[string, { senderFrame: { url: string; parent: unknown } | null; sender: { id: number } }]> = [
    ['an iframe inside our page', { senderFrame: { url: 'app://renderer/index.html', parent: {} }, sender: { id: OUR_CONTENTS_ID } }],
    ['a web page', { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: OUR_CONTENTS_ID } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/index.html', parent: null }, sender: { id: OUR_CONTENTS_ID } }],
    ['another app:// host', { senderFrame: { url: 'app://other/index.html', parent: null }, sender: { id: OUR_CONTENTS_ID } }],
    ['a destroyed frame', { senderFrame: null, sender: { id: OUR_CONTENTS_ID } }],
    ['a webContents that is not our window', { senderFrame: { url: 'app://renderer/index.html', parent: null }, sender: { id: 99 } }],
  ];

  it.each(senders)('refuses %s before validating or running anything', async (_label, event) => {
    const reply = await host.invokeAs(event, 'vanthu:saveDraft', ...valid());
    expect(reply).toEqual({ ok: false, error: 'Yêu cầu bị từ chối: nó không đến từ cửa sổ của Văn thư.' });
    expect(await fs.readdir(host.docs)).toEqual([]);
    expect(host.logs.at(-1)).toMatch(/untrusted sender/);
  });
});

describe('handler failures', () => {
  it('turns an exception thrown inside a handler into a Vietnamese Result, never a rejection', async () => {
    host.context.printToPdf = async () => {
      throw new Error('GPU process crashed');
    };
    const reply = await host.api.printToPdf();
    expect(reply).toEqual({ ok: false, error: 'Đã xảy ra lỗi nội bộ khi thực hiện “printToPdf”. Tài liệu đang mở không bị ảnh hưởng.' });
    expect(host.logs.at(-1)).toBe('IPC printToPdf failed');
  });

  it('reports an unreadable recovery file by name instead of throwing', async () => {
    await fs.mkdir(path.join(host.userData, 'recovery', 'autosave.json'), { recursive: true });
    const reply = await host.api.readRecovery();
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/autosave\.json/);
  });
});
