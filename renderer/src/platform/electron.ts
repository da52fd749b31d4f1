// The platform API inside Electron: the preload has already put a typed, validated object on
// window.vanthu (contextBridge); the renderer only reads it. Nothing here talks IPC directly.
import type { PlatformApi } from '../../../core/platform/contract';

declare global {
  interface Window {
    /** Set by electron/preload.ts; absent in a plain browser. */
    vanthu?: PlatformApi;
  }
}

export function electronPlatform(): PlatformApi | null {
  return window.vanthu ?? null;
}
