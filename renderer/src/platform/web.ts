// The platform API in a plain browser (`npm run web`, and every Playwright test): drafts and settings in
// localStorage, open/import through the browser's file chooser, save/export as downloads, the close
// prompt through beforeunload. No native dialogs, so tests drive it with filechooser/download events.
import { err, missingCase, ok } from '../../../core/result';
import type { Result } from '../../../core/result';
import type { DraftFile, ImportedFile, PlatformApi, StartupDocument } from '../../../core/platform/contract';
import { createWebStore, nameOfWebPath, withDraftExtension } from './web-store';
import type { KeyValueStorage } from './web-store';
import { download, pickFile } from './web-dom';
import type { PickResult } from './web-dom';

/** What the web platform needs from the browser; the real one is `browserEnv()`, tests pass their own. */
export interface WebEnv {
  storage: KeyValueStorage;
  pickFile(accept: string): Promise<PickResult>;
  download(name: string, bytes: Uint8Array | string, mime: string): void;
  print(): void;
  /** Installs or removes the unsaved-changes guard on page unload. */
  guardUnload(on: boolean): void;
  /** The page's query string, e.g. `?start=blank`. */
  search: string;
}

const MIME = {
  draft: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

const noop = () => () => undefined;

const BLOCKED = 'Trình duyệt chỉ mở hộp chọn tệp ngay sau khi bạn bấm chuột hoặc nhấn phím. Hãy bấm lại nút “Mở” (hoặc Ctrl+O).';

/** The chosen file, null when cancelled, or the reason the chooser could not open. */
async function choose(env: WebEnv, accept: string): Promise<Result<File | null, string>> {
  const picked = await env.pickFile(accept);
  switch (picked.kind) {
    case 'file':
      return ok(picked.file);
    case 'cancelled':
      return ok(null);
    case 'blocked':
      return err(BLOCKED);
    default:
      return missingCase(picked);
  }
}

async function readText(file: File): Promise<Result<string, string>> {
  try {
    return ok(await file.text());
  } catch {
    return err(`Không đọc được tệp “${file.name}”.`);
  }
}

/** `?start=blank` starts on an empty letter; anything else starts on the built-in sample. */
function startupFrom(search: string): StartupDocument {
  return new URLSearchParams(search).get('start') === 'blank' ? { kind: 'blank' } : { kind: 'sample' };
}

export function createWebPlatform(env: WebEnv): PlatformApi {
  const store = createWebStore(env.storage);
  return {
    kind: 'web',

    async openDraft(): Promise<Result<DraftFile | null, string>> {
      const chosen = await choose(env, '.vanthu,application/json');
      if (!chosen.ok || chosen.value === null) return chosen as Result<null, string>;
      const file = chosen.value;
      const text = await readText(file);
      return text.ok ? store.putDraft(file.name, text.value) : text;
    },

    async openRecent(path) {
      return store.getDraft(path);
    },

    async saveDraft({ path, suggestedName, text }) {
      const name = path === null ? withDraftExtension(suggestedName) : nameOfWebPath(path);
      const stored = store.putDraft(name, text);
      if (!stored.ok) return stored;
      // The download is the file the clerk keeps; browser storage only backs "recent files".
      env.download(name, text, MIME.draft);
      return stored;
    },

    async saveExport({ suggestedName, bytes, kind }) {
      env.download(suggestedName, bytes, MIME[kind]);
      return ok({ path: suggestedName });
    },

    async pickImport(): Promise<Result<ImportedFile | null, string>> {
      const chosen = await choose(env, '.txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      if (!chosen.ok || chosen.value === null) return chosen as Result<null, string>;
      const file = chosen.value;
      try {
        return ok({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      } catch {
        return err(`Không đọc được tệp “${file.name}”.`);
      }
    },

    async recentFiles() {
      return ok(store.recent());
    },
    async writeRecovery(entry) {
      return store.writeRecovery(entry);
    },
    async readRecovery() {
      return store.readRecovery();
    },
    async clearRecovery() {
      return store.clearRecovery();
    },
    async getSettings() {
      return ok(store.getSettings());
    },
    async setSettings(settings) {
      return store.setSettings(settings);
    },
    async readLibraryFiles() {
      // A browser cannot list folders; configured library folders apply to the desktop app only.
      return ok([]);
    },
    async setDirty(dirty) {
      env.guardUnload(dirty);
      return ok(undefined);
    },
    onMenuAction: noop,
    async startup() {
      return ok(startupFrom(env.search));
    },
    onOpenFile: noop,
    async printToPdf() {
      return err('Bản chạy trên trình duyệt không tự tạo được PDF. Hãy dùng In (Ctrl+P) và chọn “Lưu dưới dạng PDF”.');
    },
    async print() {
      env.print();
      return ok(undefined);
    },
  };
}

function preventUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older Chromium needs returnValue set to show the prompt.
  event.returnValue = '';
}

export function browserEnv(): WebEnv {
  return {
    storage: window.localStorage,
    pickFile,
    download,
    print: () => window.print(),
    guardUnload: (on) => {
      window.removeEventListener('beforeunload', preventUnload);
      if (on) window.addEventListener('beforeunload', preventUnload);
    },
    search: window.location.search,
  };
}

export function webPlatform(): PlatformApi {
  return createWebPlatform(browserEnv());
}
