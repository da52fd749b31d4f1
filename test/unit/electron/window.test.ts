// Window hardening: the helper's web preferences, navigation and new windows denied, only https sent
// to the system browser, every permission refused, and no window constructed anywhere else.
import { EventEmitter } from 'node:events';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const created: Array<{ options: Record<string, unknown>; contents: FakeContents }> = [];
const opened: string[] = [];

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

vi.mock('electron', () => ({
  BrowserWindow: class extends EventEmitter {
    webContents = new FakeContents();
    constructor(options: Record<string, unknown>) {
      super();
      created.push({ options, contents: this.webContents });
    }
    show() {}
  },
  shell: { openExternal: async (url: string) => void opened.push(url) },
}));

const { createHardenedWindow, hardenSession, hardenWebContents, isAllowedExternalUrl } = await import('../../../electron/window');

function navigate(contents: EventEmitter, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => void (prevented = true) }, url);
  return prevented;
}

describe('createHardenedWindow', () => {
  const win = createHardenedWindow({ preload: '/app/preload.cjs', title: 'Văn thư' });
  const { options, contents } = created[0]!;

  it('creates a sandboxed, isolated window without Node, hidden until ready', () => {
    expect(win).toBeDefined();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('denies every navigation, opening only https links outside', () => {
    opened.length = 0;
    for (const url of ['https://vanban.chinhphu.vn/', 'http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://renderer/other.html']) {
      expect(navigate(contents, 'will-navigate', url)).toBe(true);
    }
    expect(navigate(contents, 'will-redirect', 'https://x.example/')).toBe(true);
    expect(opened).toEqual(['https://vanban.chinhphu.vn/']);
  });

  it('denies new windows and webviews, opening only https links outside', () => {
    opened.length = 0;
    expect(contents.openHandler?.({ url: 'https://thuvienphapluat.vn/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'http://thuvienphapluat.vn/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'smb://server/share' })).toEqual({ action: 'deny' });
    expect(navigate(contents, 'will-attach-webview', '')).toBe(true);
    expect(opened).toEqual(['https://thuvienphapluat.vn/']);
  });

  it('hardens a webContents once even when app web-contents-created applies it again', () => {
    opened.length = 0;
    hardenWebContents(contents as never, (url) => void opened.push(`again:${url}`));
    navigate(contents, 'will-navigate', 'https://a.example/');
    expect(opened).toEqual(['https://a.example/']);
  });
});

describe('hardenWebContents on any webContents', () => {
  it('applies the same rules to contents created outside the helper', () => {
    const contents = new FakeContents();
    const out: string[] = [];
    hardenWebContents(contents as never, (u) => void out.push(u));
    expect(navigate(contents, 'will-navigate', 'https://ok.example/')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://ok.example/2' })).toEqual({ action: 'deny' });
    expect(out).toEqual(['https://ok.example/', 'https://ok.example/2']);
  });

  it('accepts only well-formed https URLs as external', () => {
    expect(isAllowedExternalUrl('https://a.vn/x?y=1')).toBe(true);
    for (const url of ['http://a.vn', 'HTTPS//a', 'file:///C:/x', 'mailto:a@b.vn', 'vanthu://x', '', 'javascript:fetch("https://a")']) {
      expect(isAllowedExternalUrl(url)).toBe(false);
    }
  });
});

describe('hardenSession', () => {
  it('refuses every permission request, check and device', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    hardenSession({
      setPermissionRequestHandler: (h: never) => void (handlers.request = h as never),
      setPermissionCheckHandler: (h: never) => void (handlers.check = h as never),
      setDevicePermissionHandler: (h: never) => void (handlers.device = h as never),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | undefined;
      (handlers.request as unknown as (c: unknown, p: string, cb: (g: boolean) => void) => void)({}, permission, (g) => (granted = g));
      expect(granted).toBe(false);
      expect((handlers.check as unknown as (c: unknown, p: string) => boolean)({}, permission)).toBe(false);
    }
    expect((handlers.device as unknown as () => boolean)()).toBe(false);
  });
});

describe('every window goes through the helper', () => {
  it('constructs BrowserWindow and sets webPreferences only in electron/window.ts', async () => {
    const root = path.resolve(import.meta.dirname, '../../../electron');
    const files = (await fs.readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts') && !f.startsWith('cli'));
    const offenders: string[] = [];
    for (const file of files) {
      const source = await fs.readFile(path.join(root, file), 'utf8');
      if (file !== 'window.ts' && /new\s+BrowserWindow\b|webPreferences\s*:|BrowserView|WebContentsView/.test(source)) offenders.push(file);
    }
    expect(files).toContain('main.ts');
    expect(offenders).toEqual([]);
  });
});
