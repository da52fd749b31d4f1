// getPlatform(): the one way the renderer reaches its host. Electron when the preload exposed
// window.vanthu, the browser implementation otherwise. Created once and shared.
import type { PlatformApi } from '../../../core/platform/contract';
import { electronPlatform } from './electron';
import { webPlatform } from './web';

let platform: PlatformApi | null = null;

export function getPlatform(): PlatformApi {
  platform ??= electronPlatform() ?? webPlatform();
  return platform;
}

export type { PlatformApi } from '../../../core/platform/contract';
