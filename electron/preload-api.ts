// The object the preload puts on window.vanthu, built over two primitives (invoke a channel, listen to
// a channel) so it can be tested without Electron. It never hands out ipcRenderer itself, and it
// checks what main sends back: a malformed reply becomes an error Result, never a crash in the UI.
import { err } from '../core/result';
import type { Result } from '../core/result';
import { channelOf, MENU_ACTIONS, MENU_ACTION_CHANNEL, OPEN_FILE_CHANNEL } from '../core/platform/contract';
import type { DraftFile, MenuAction, PlatformApi, PlatformInvokeMethod } from '../core/platform/contract';

export interface IpcPrimitives {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  /** Subscribes to an event channel; returns the unsubscribe function. */
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

const isResult = (value: unknown): value is Result<unknown, string> =>
  typeof value === 'object' && value !== null && 'ok' in value &&
  ((value.ok === true && 'value' in value) || (value.ok === false && 'error' in value && typeof value.error === 'string'));

const isMenuAction = (value: unknown): value is MenuAction => (MENU_ACTIONS as readonly unknown[]).includes(value);

const isDraftFile = (value: unknown): value is DraftFile =>
  typeof value === 'object' && value !== null &&
  typeof (value as DraftFile).path === 'string' && typeof (value as DraftFile).name === 'string' && typeof (value as DraftFile).text === 'string';

export function createPreloadApi(ipc: IpcPrimitives): PlatformApi {
  const call = <M extends PlatformInvokeMethod>(method: M) =>
    (async (...args: unknown[]) => {
      try {
        const reply = await ipc.invoke(channelOf(method), ...args);
        return isResult(reply) ? reply : err(`Phản hồi không hợp lệ từ ứng dụng cho “${method}”.`);
      } catch {
        return err(`Không liên lạc được với ứng dụng khi thực hiện “${method}”.`);
      }
    }) as unknown as PlatformApi[M];

  return {
    kind: 'electron',
    openDraft: call('openDraft'),
    openRecent: call('openRecent'),
    saveDraft: call('saveDraft'),
    saveExport: call('saveExport'),
    pickImport: call('pickImport'),
    recentFiles: call('recentFiles'),
    writeRecovery: call('writeRecovery'),
    readRecovery: call('readRecovery'),
    clearRecovery: call('clearRecovery'),
    getSettings: call('getSettings'),
    setSettings: call('setSettings'),
    readLibraryFiles: call('readLibraryFiles'),
    setDirty: call('setDirty'),
    startup: call('startup'),
    printToPdf: call('printToPdf'),
    print: call('print'),
    onMenuAction: (listener) => ipc.on(MENU_ACTION_CHANNEL, (payload) => {
      if (isMenuAction(payload)) listener(payload);
    }),
    onOpenFile: (listener) => ipc.on(OPEN_FILE_CHANNEL, (payload) => {
      if (isDraftFile(payload)) listener(payload);
    }),
  };
}
