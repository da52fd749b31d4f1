// The one hardening helper every window goes through (Electron's security checklist, Signal's
// handleCommonWindowEvents): sandboxed, isolated renderer without Node; navigation and new windows
// denied; only https links leave the app, opened in the system browser; every permission refused.
import { BrowserWindow, shell } from 'electron';
import type { Session, WebContents, WebPreferences } from 'electron';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: true,
  };
}

/** Only https links may leave the app (to the system browser); file:, javascript:, http: … never. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

type ContentsEvents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

const hardened = new WeakSet<object>();

/**
 * Applied to every webContents the app ever creates: by createHardenedWindow, and again for anything
 * else through app 'web-contents-created'. Idempotent, so a link is never opened twice.
 */
export function hardenWebContents(contents: ContentsEvents, openExternal: (url: string) => void): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  const leave = (url: string) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    leave(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leave(url);
    return { action: 'deny' };
  });
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/** The editor needs no camera, microphone, notifications, geolocation, devices or clipboard API. */
export function hardenSession(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export interface WindowOptions {
  preload: string;
  title: string;
  width?: number;
  height?: number;
}

/** The only place in the app that constructs a BrowserWindow (a unit test keeps it that way). */
export function createHardenedWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: options.title,
    width: options.width ?? 1280,
    height: options.height ?? 900,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#e9e9e9',
    webPreferences: secureWebPreferences(options.preload),
  });
  hardenWebContents(win.webContents, (url) => void shell.openExternal(url));
  win.once('ready-to-show', () => win.show());
  return win;
}
