// The editor window: built by the hardening helper, loaded from app://, with the close guard and the
// per-window services IPC handlers act on (print, dirty state, the document's name in the title).
import type { BrowserWindow } from 'electron';
import { err, ok } from '../core/result';
import type { Result } from '../core/result';
import { MENU_ACTION_CHANNEL, OPEN_FILE_CHANNEL } from '../core/platform/contract';
import type { DraftFile, MenuAction } from '../core/platform/contract';
import { APP_ENTRY_URL } from './app-protocol';
import { CloseGuard } from './close-guard';
import type { Dialogs } from './dialogs';
import type { SenderContext } from './ipc/handlers';
import { createHardenedWindow } from './window';

export interface AppWindow {
  window: BrowserWindow;
  context: SenderContext;
  send(action: MenuAction): void;
  openFile(file: DraftFile): void;
}

const UNTITLED = 'Văn bản mới';

export function openAppWindow(preload: string, dialogs: Dialogs): AppWindow {
  const win = createHardenedWindow({ preload, title: 'Văn thư' });
  const guard = new CloseGuard();
  let documentName = UNTITLED;

  const refreshTitle = () => win.setTitle(`${documentName}${guard.isDirty() ? ' •' : ''} — Văn thư`);
  // The title belongs to the host: it shows the file name and the unsaved mark.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.webContents.once('did-finish-load', refreshTitle);

  const send = (channel: string, payload: unknown) => {
    if (win.isDestroyed()) return;
    if (win.webContents.isLoading()) win.webContents.once('did-finish-load', () => win.webContents.send(channel, payload));
    else win.webContents.send(channel, payload);
  };

  win.on('close', (event) => {
    if (guard.onCloseRequested() === 'close') return;
    event.preventDefault();
    void dialogs.confirmClose(documentName).then((choice) => {
      const step = guard.onPromptAnswer(choice);
      if (step === 'close') win.close();
      else if (step === 'save-then-close') send(MENU_ACTION_CHANNEL, 'save');
    });
  });

  const context: SenderContext = {
    async printToPdf() {
      const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
      return new Uint8Array(pdf);
    },
    print: () =>
      new Promise<Result<void, string>>((resolve) => {
        win.webContents.print({ silent: false, printBackground: true }, (success, reason) =>
          resolve(success || reason === 'cancelled' ? ok(undefined) : err(`Không in được: ${reason}.`)),
        );
      }),
    setDirty(dirty) {
      guard.setDirty(dirty);
      win.setDocumentEdited(dirty);
      refreshTitle();
    },
    saveFinished(saved) {
      if (guard.onSaveFinished(saved) === 'close') win.close();
    },
    documentChanged(file) {
      documentName = file.name;
      win.setRepresentedFilename(file.path);
      refreshTitle();
    },
  };

  void win.loadURL(APP_ENTRY_URL);
  return {
    window: win,
    context,
    send: (action) => send(MENU_ACTION_CHANNEL, action),
    openFile: (file) => send(OPEN_FILE_CHANNEL, file),
  };
}
