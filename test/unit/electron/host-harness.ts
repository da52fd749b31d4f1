// A host without Electron: the real handler map, real registerIpc, real storage in a temporary
// userData, and the preload's real API object, joined by an in-memory ipcMain that structured-clones
// every payload as Electron's IPC does. Only the native dialogs and the window are scripted.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ok } from '../../../core/result';
import type { StartupDocument } from '../../../core/platform/contract';
import { CloseGuard } from '../../../electron/close-guard';
import type { CloseChoice } from '../../../electron/close-guard';
import type { Dialogs, OpenKind, SaveKind } from '../../../electron/dialogs';
import { createHandlers } from '../../../electron/ipc/handlers';
import type { SenderContext } from '../../../electron/ipc/handlers';
import { isTrustedSender, registerIpc } from '../../../electron/ipc/register';
import type { InvokeEvent } from '../../../electron/ipc/register';
import { createPreloadApi } from '../../../electron/preload-api';
import { createUserDataStore } from '../../../electron/storage/user-data';

export const APP_FRAME = { url: 'app://renderer/index.html', parent: null };
export const OUR_CONTENTS_ID = 7;

export async function createHost(startup: StartupDocument = { kind: 'sample' }) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'vanthu-host-'));
  const userData = path.join(root, 'userData');
  const docs = path.join(root, 'docs');
  await fs.mkdir(docs, { recursive: true });

  const answers: Array<string | null> = [];
  const asked: Array<{ kind: OpenKind | SaveKind; suggestedName?: string }> = [];
  const dialogs: Dialogs = {
    chooseOpen: async (kind) => (asked.push({ kind }), answers.shift() ?? null),
    chooseSave: async (kind, suggestedName) => (asked.push({ kind, suggestedName }), answers.shift() ?? null),
    confirmClose: async (): Promise<CloseChoice> => 'cancel',
  };

  const guard = new CloseGuard();
  const closes: string[] = [];
  const documents: string[] = [];
  const context: SenderContext = {
    printToPdf: async () => new Uint8Array([37, 80, 68, 70]),
    print: async () => ok(undefined),
    setDirty: (dirty) => guard.setDirty(dirty),
    saveFinished: (saved) => void (guard.onSaveFinished(saved) === 'close' && closes.push('close')),
    documentChanged: (file) => void documents.push(file.path),
  };

  const channels = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const logs: string[] = [];
  const handlers = createHandlers({ store: createUserDataStore(userData), dialogs, startup: async () => startup, addRecentDocument: () => undefined });
  registerIpc(
    { handle: (channel, listener) => void channels.set(channel, listener) },
    {
      handlers,
      trusted: (event) => isTrustedSender(event, (id) => id === OUR_CONTENTS_ID),
      contextFor: () => context,
      log: (m) => void logs.push(m),
    },
  );

  /** Sends a raw invoke as a given frame would, payload cloned like Electron's IPC. */
  const invokeAs = async (event: InvokeEvent, channel: string, ...args: unknown[]) => {
    const listener = channels.get(channel);
    if (!listener) throw new Error(`No handler for ${channel}`);
    return structuredClone(await listener(event, ...structuredClone(args)));
  };
  const ourEvent: InvokeEvent = { senderFrame: APP_FRAME, sender: { id: OUR_CONTENTS_ID } };
  const api = createPreloadApi({ invoke: (channel, ...args) => invokeAs(ourEvent, channel, ...args), on: () => () => undefined });

  return {
    root, userData, docs, answers, asked, guard, closes, documents, channels, logs, api, invokeAs, ourEvent, context,
    dispose: () => fs.rm(root, { recursive: true, force: true }),
  };
}
