// The platform API: everything the renderer asks of its host (files, dialogs, recovery, settings).
// Implemented twice: by the Electron preload (window.vanthu, over validated IPC) and by the web
// platform (browser storage and downloads). Methods return Results, never throw across the boundary.
// Channel names derive from the method names (`vanthu:${method}`).
import type { Result } from '../result';

export interface DraftFile {
  /** Absolute path (Electron) or a stable key (web). */
  path: string;
  /** The file name shown in the title bar. */
  name: string;
  /** Raw text of the .vanthu file; the renderer restores it through restoreLetter. */
  text: string;
}

export interface ImportedFile {
  name: string;
  bytes: Uint8Array;
}

export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
}

export interface RecoveryEntry {
  /** The draft text at the last autosave. */
  text: string;
  /** The file it belonged to, or null for an unsaved draft. */
  path: string | null;
  savedAt: string;
}

export interface Settings {
  /** Layout profile for export: the spec's default (20/20/30/15 mm) or the Decree's own (25/20/35/20 mm). */
  profile: 'default' | 'government';
  /** Folders (e.g. a network share) from which clause libraries are loaded. */
  libraryFolders: string[];
  /** Reviewer identity for comments and suggestions. */
  reviewer: { name: string; title: string };
}

export interface LibraryFile {
  /** Path or key, for error messages. */
  path: string;
  text: string;
  /** Set (Vietnamese, naming the file or folder) when it could not be read; `text` is then empty. */
  error?: string;
}

/** What the window shows first: decided by the host (command line, OS file association). */
export type StartupDocument =
  | { kind: 'sample' }
  | { kind: 'blank' }
  | { kind: 'file'; file: DraftFile }
  /** A file was named on the command line but could not be read; Vietnamese message naming it. */
  | { kind: 'error'; message: string };

export type MenuAction =
  | 'new' | 'open' | 'save' | 'saveAs' | 'exportDocx' | 'exportPdf' | 'print'
  | 'undo' | 'redo' | 'settings' | 'about' | 'close';

export interface PlatformApi {
  readonly kind: 'electron' | 'web';
  /** Shows an open dialog; ok(null) when the user cancels. */
  openDraft(): Promise<Result<DraftFile | null, string>>;
  openRecent(path: string): Promise<Result<DraftFile, string>>;
  /** Writes atomically to `path`, or asks for a path when `path` is null. ok(null) when cancelled. */
  saveDraft(request: { path: string | null; suggestedName: string; text: string }): Promise<Result<DraftFile | null, string>>;
  /** Saves exported bytes (DOCX or PDF) where the user chooses. ok(null) when cancelled. */
  saveExport(request: { suggestedName: string; bytes: Uint8Array; kind: 'docx' | 'pdf' }): Promise<Result<{ path: string } | null, string>>;
  /** Picks a file to import (.txt, .docx). ok(null) when cancelled. */
  pickImport(): Promise<Result<ImportedFile | null, string>>;
  recentFiles(): Promise<Result<RecentFile[], string>>;
  writeRecovery(entry: RecoveryEntry): Promise<Result<void, string>>;
  readRecovery(): Promise<Result<RecoveryEntry | null, string>>;
  clearRecovery(): Promise<Result<void, string>>;
  getSettings(): Promise<Result<Settings, string>>;
  setSettings(settings: Settings): Promise<Result<Settings, string>>;
  /** Reads every *.json library file in the configured folders; broken ones are reported by the caller. */
  readLibraryFiles(): Promise<Result<LibraryFile[], string>>;
  /** Tells the host whether there are unsaved changes (used for the close prompt). */
  setDirty(dirty: boolean): Promise<Result<void, string>>;
  /** Menu and OS events (Electron menu, file association). Returns an unsubscribe function. */
  onMenuAction(listener: (action: MenuAction) => void): () => void;
  /** What to show at start (`--sample`, a `.vanthu` file from the command line or file association). */
  startup(): Promise<Result<StartupDocument, string>>;
  /**
   * A `.vanthu` file the OS asked us to open while the app runs (double-click with the app already open,
   * a second instance). The renderer decides (dirty prompt) whether to switch to it.
   */
  onOpenFile(listener: (file: DraftFile) => void): () => void;
  /** Renders the current page as an A4 PDF (Electron printToPDF). The web host cannot; it says why. */
  printToPdf(): Promise<Result<Uint8Array, string>>;
  /** Opens the system print dialog for the current page. */
  print(): Promise<Result<void, string>>;
}

/** The method names that cross IPC as request/response (everything except the event subscriptions and `kind`). */
export const PLATFORM_INVOKE_METHODS = [
  'openDraft', 'openRecent', 'saveDraft', 'saveExport', 'pickImport', 'recentFiles',
  'writeRecovery', 'readRecovery', 'clearRecovery', 'getSettings', 'setSettings', 'readLibraryFiles',
  'setDirty', 'startup', 'printToPdf', 'print',
] as const satisfies ReadonlyArray<Exclude<keyof PlatformApi, 'kind' | 'onMenuAction' | 'onOpenFile'>>;

export type PlatformInvokeMethod = (typeof PLATFORM_INVOKE_METHODS)[number];

/** IPC channel of a method: one rule, used by preload and main alike. */
export const channelOf = (method: PlatformInvokeMethod): string => `vanthu:${method}`;

/** Every MenuAction, for checking event payloads at runtime. */
export const MENU_ACTIONS = [
  'new', 'open', 'save', 'saveAs', 'exportDocx', 'exportPdf', 'print', 'undo', 'redo', 'settings', 'about', 'close',
] as const satisfies ReadonlyArray<MenuAction>;
// Fails to compile when a MenuAction is added to the union but not to the list above.
const _everyMenuAction: Exclude<MenuAction, (typeof MENU_ACTIONS)[number]> extends never ? true : never = true;
void _everyMenuAction;

/** Events main sends to the renderer. */
export const MENU_ACTION_CHANNEL = 'vanthu:event:menuAction';
export const OPEN_FILE_CHANNEL = 'vanthu:event:openFile';

export const DEFAULT_SETTINGS: Settings = {
  profile: 'default',
  libraryFolders: [],
  reviewer: { name: '', title: '' },
};
