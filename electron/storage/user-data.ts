// What the app keeps in userData: settings, recent files, and the autosave recovery entry.
// Every file is written atomically and validated when read back.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { err, missingCase, ok } from '../../core/result';
import type { Result } from '../../core/result';
import { DEFAULT_SETTINGS } from '../../core/platform/contract';
import type { RecentFile, RecoveryEntry, Settings } from '../../core/platform/contract';
import { RecentFilesSchema, RecoveryEntrySchema, SettingsSchema } from '../../core/platform/schemas';
import { readJsonFile, setAside, writeJsonFile } from './json-store';

const MAX_RECENT = 10;

export interface UserDataStore {
  recentFiles(): Promise<RecentFile[]>;
  touchRecent(file: { path: string; name: string }): Promise<Result<void, string>>;
  writeRecovery(entry: RecoveryEntry): Promise<Result<void, string>>;
  readRecovery(): Promise<Result<RecoveryEntry | null, string>>;
  clearRecovery(): Promise<Result<void, string>>;
  getSettings(): Promise<Settings>;
  setSettings(settings: Settings): Promise<Result<Settings, string>>;
}

export function createUserDataStore(userData: string, now: () => Date = () => new Date()): UserDataStore {
  const files = {
    recent: path.join(userData, 'recent-files.json'),
    recovery: path.join(userData, 'recovery', 'autosave.json'),
    settings: path.join(userData, 'settings.json'),
  };

  const recentFiles = async (): Promise<RecentFile[]> => {
    const read = await readJsonFile(files.recent, RecentFilesSchema);
    // A lost recent list is an inconvenience, not an error worth interrupting the clerk for.
    return read.ok && read.value.kind === 'ok' ? read.value.value : [];
  };

  return {
    recentFiles,

    async touchRecent(file) {
      const rest = (await recentFiles()).filter((r) => r.path !== file.path);
      const next = [{ path: file.path, name: file.name, openedAt: now().toISOString() }, ...rest].slice(0, MAX_RECENT);
      return writeJsonFile(files.recent, next);
    },

    writeRecovery: (entry) => writeJsonFile(files.recovery, entry),

    async readRecovery() {
      const read = await readJsonFile(files.recovery, RecoveryEntrySchema);
      if (!read.ok) return read;
      switch (read.value.kind) {
        case 'missing':
          return ok(null);
        case 'ok':
          return ok(read.value.value);
        case 'corrupt':
          await setAside(files.recovery, now().toISOString());
          return err(`Bản khôi phục tự động bị hỏng nên đã được bỏ qua (${read.value.detail}); đã chuyển nó sang một bên trong thư mục dữ liệu của ứng dụng.`);
        default:
          return missingCase(read.value);
      }
    },

    async clearRecovery() {
      try {
        await fs.rm(files.recovery, { force: true });
        return ok(undefined);
      } catch {
        return err('Không xoá được bản khôi phục tự động.');
      }
    },

    async getSettings() {
      const read = await readJsonFile(files.settings, SettingsSchema);
      return read.ok && read.value.kind === 'ok' ? read.value.value : structuredClone(DEFAULT_SETTINGS);
    },

    async setSettings(settings) {
      const written = await writeJsonFile(files.settings, settings);
      return written.ok ? ok(settings) : written;
    },
  };
}
