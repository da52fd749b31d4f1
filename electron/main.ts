// The Electron main process: lifecycle only. One instance (a second launch hands its file to the
// first), the renderer served from app://, every session and webContents hardened, the menu and the
// validated IPC wired to the window. Everything with logic lives in small modules tested under Node.
import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { APP_SCHEME, serveApp } from './app-protocol';
import { openAppWindow } from './app-window';
import type { AppWindow } from './app-window';
import { electronDialogs } from './dialogs';
import { createHandlers } from './ipc/handlers';
import { isTrustedSender, registerIpc } from './ipc/register';
import type { InvokeEvent } from './ipc/register';
import { parseLaunchArgs } from './launch-args';
import { menuTemplate } from './menu';
import { resolveStartup } from './startup';
import { readDraftFile } from './storage/drafts';
import { createUserDataStore } from './storage/user-data';
import { hardenSession, hardenWebContents } from './window';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const log = (message: string, error?: unknown) => console.error(`[vanthu] ${message}`, error ?? '');
const openExternal = (url: string) => void shell.openExternal(url);

let current: AppWindow | null = null;
const launch = parseLaunchArgs(process.argv, process.cwd());

/** A file the OS wants opened (second instance, macOS open-file, file association). */
async function openFromOs(file: string): Promise<void> {
  if (!current || current.window.isDestroyed()) {
    launch.file = file;
    return;
  }
  if (current.window.isMinimized()) current.window.restore();
  current.window.focus();
  const read = await readDraftFile(file);
  if (read.ok) current.openFile(read.value);
  else log(`cannot open ${file}: ${read.error}`);
}

function start(): void {
  app.on('second-instance', (_event, argv, cwd) => {
    const request = parseLaunchArgs(argv, cwd);
    if (request.file) void openFromOs(request.file);
    else current?.window.focus();
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openFromOs(file);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    session.defaultSession.protocol.handle(APP_SCHEME, serveApp(RENDERER_ROOT));

    const dialogs = electronDialogs(() => current?.window ?? null, () => app.getPath('documents'));
    const startup = resolveStartup(launch);
    const handlers = createHandlers({
      store: createUserDataStore(app.getPath('userData')),
      dialogs,
      startup: () => startup,
      addRecentDocument: (file) => app.addRecentDocument(file),
    });
    const isOurs = (id: number) => current !== null && !current.window.isDestroyed() && current.window.webContents.id === id;
    registerIpc(ipcMain, {
      handlers,
      trusted: (event: InvokeEvent) => isTrustedSender(event, isOurs),
      contextFor: (event: InvokeEvent) => (current && isOurs(event.sender.id) ? current.context : null),
      log,
    });

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          send: (action) => current?.send(action),
          closeWindow: () => BrowserWindow.getFocusedWindow()?.close(),
          isPackaged: app.isPackaged,
        }),
      ),
    );
    current = openAppWindow(PRELOAD, dialogs);
  });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
