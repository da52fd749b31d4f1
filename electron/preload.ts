// Preload (sandboxed): exposes exactly one named, typed object — window.vanthu, a PlatformApi — through
// contextBridge. ipcRenderer itself never reaches the page; listeners are wrapped so the page never
// sees the IPC event object (which would carry `sender`).
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './preload-api';

contextBridge.exposeInMainWorld(
  'vanthu',
  createPreloadApi({
    invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    on: (channel, listener) => {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => void ipcRenderer.removeListener(channel, wrapped);
    },
  }),
);
