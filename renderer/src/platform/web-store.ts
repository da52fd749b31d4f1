// The browser host's storage: drafts keyed by file name, recent files, the recovery entry and settings,
// all in one Storage (localStorage in the app; any Storage in tests). Everything read back is validated
// with the same zod schemas the Electron host uses, because browser storage is untrusted input too.
import { err, ok } from '../../../core/result';
import type { Result } from '../../../core/result';
import { DEFAULT_SETTINGS } from '../../../core/platform/contract';
import type { DraftFile, RecentFile, RecoveryEntry, Settings } from '../../../core/platform/contract';
import { RecentFilesSchema, RecoveryEntrySchema, SettingsSchema } from '../../../core/platform/schemas';

/** The part of the DOM Storage interface we use, so tests can pass their own in-memory Storage. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'vanthu.';
const DRAFT_PREFIX = `${PREFIX}draft:`;
const RECENT_KEY = `${PREFIX}recent`;
const RECOVERY_KEY = `${PREFIX}recovery`;
const CORRUPT_RECOVERY_KEY = `${PREFIX}recovery.corrupt`;
const SETTINGS_KEY = `${PREFIX}settings`;
const MAX_RECENT = 10;

/** Web "paths" are keys: `web:<file name>`, so they never look like a disk path in messages. */
export const WEB_PATH_PREFIX = 'web:';
export const webPathOf = (name: string): string => `${WEB_PATH_PREFIX}${name}`;
export const nameOfWebPath = (path: string): string => (path.startsWith(WEB_PATH_PREFIX) ? path.slice(WEB_PATH_PREFIX.length) : path);

export function withDraftExtension(name: string): string {
  const trimmed = name.trim() || 'cong-van';
  return /\.vanthu$/i.test(trimmed) ? trimmed : `${trimmed}.vanthu`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function write(storage: KeyValueStorage, key: string, value: string): Result<void, string> {
  try {
    storage.setItem(key, value);
    return ok(undefined);
  } catch (e) {
    const detail = e instanceof Error ? e.name : String(e);
    return err(`Không ghi được vào bộ nhớ trình duyệt (${detail}); bộ nhớ có thể đã đầy.`);
  }
}

export function createWebStore(storage: KeyValueStorage, now: () => Date = () => new Date()) {
  const recent = (): RecentFile[] => {
    const raw = storage.getItem(RECENT_KEY);
    const parsed = RecentFilesSchema.safeParse(raw === null ? [] : parseJson(raw));
    return parsed.success ? parsed.data : [];
  };

  const touchRecent = (file: { path: string; name: string }): Result<void, string> => {
    const rest = recent().filter((r) => r.path !== file.path);
    const next = [{ path: file.path, name: file.name, openedAt: now().toISOString() }, ...rest].slice(0, MAX_RECENT);
    return write(storage, RECENT_KEY, JSON.stringify(next));
  };

  return {
    recent,
    touchRecent,

    /** Keeps a draft under its file name and moves it to the top of the recent list. */
    putDraft(name: string, text: string): Result<DraftFile, string> {
      const stored = write(storage, `${DRAFT_PREFIX}${name}`, text);
      if (!stored.ok) return stored;
      const file = { path: webPathOf(name), name, text };
      const touched = touchRecent(file);
      return touched.ok ? ok(file) : touched;
    },

    getDraft(path: string): Result<DraftFile, string> {
      const name = nameOfWebPath(path);
      const text = storage.getItem(`${DRAFT_PREFIX}${name}`);
      if (text === null) return err(`Không tìm thấy bản nháp “${name}” trong bộ nhớ trình duyệt.`);
      const touched = touchRecent({ path: webPathOf(name), name });
      return touched.ok ? ok({ path: webPathOf(name), name, text }) : touched;
    },

    writeRecovery(entry: RecoveryEntry): Result<void, string> {
      return write(storage, RECOVERY_KEY, JSON.stringify(entry));
    },

    /** A corrupt entry is set aside (so it is reported once, not at every start) and reported. */
    readRecovery(): Result<RecoveryEntry | null, string> {
      const raw = storage.getItem(RECOVERY_KEY);
      if (raw === null) return ok(null);
      const parsed = RecoveryEntrySchema.safeParse(parseJson(raw));
      if (parsed.success) return ok(parsed.data);
      storage.removeItem(RECOVERY_KEY);
      write(storage, CORRUPT_RECOVERY_KEY, raw);
      return err('Bản khôi phục tự động bị hỏng nên đã được bỏ qua; bản nháp hiện tại không bị ảnh hưởng.');
    },

    clearRecovery(): Result<void, string> {
      storage.removeItem(RECOVERY_KEY);
      return ok(undefined);
    },

    /** Missing or unreadable settings fall back to the defaults: settings never block the editor. */
    getSettings(): Settings {
      const raw = storage.getItem(SETTINGS_KEY);
      const parsed = SettingsSchema.safeParse(raw === null ? undefined : parseJson(raw));
      return parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
    },

    setSettings(settings: unknown): Result<Settings, string> {
      const parsed = SettingsSchema.safeParse(settings);
      if (!parsed.success) return err(`Cài đặt không hợp lệ: ${parsed.error.issues.map((i) => i.path.join('.') || '(gốc)').join(', ')}.`);
      const stored = write(storage, SETTINGS_KEY, JSON.stringify(parsed.data));
      return stored.ok ? ok(parsed.data) : stored;
    },
  };
}

export type WebStore = ReturnType<typeof createWebStore>;
