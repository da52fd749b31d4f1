// zod schemas for every payload that crosses the host boundary: IPC arguments (main validates them
// before any handler runs) and the JSON the host keeps on disk or in browser storage (settings,
// recent files, recovery), which is read back as untrusted input.
import { z } from 'zod';
import type { PlatformInvokeMethod, RecentFile, RecoveryEntry, Settings } from './contract';

/** Longest path or name we accept over IPC; Windows long paths stay well under this. */
const MAX_PATH = 4096;
/** A draft is JSON text; 50 MB is far beyond any công văn and stops a runaway payload early. */
const MAX_TEXT = 50 * 1024 * 1024;
const MAX_BYTES = 200 * 1024 * 1024;

const pathString = z.string().min(1, 'đường dẫn trống').max(MAX_PATH, 'đường dẫn quá dài');
const fileName = z.string().min(1, 'tên tệp trống').max(255, 'tên tệp quá dài');
const isoTime = z.string().min(1).max(64);

export const SettingsSchema = z.strictObject({
  profile: z.enum(['default', 'government']),
  libraryFolders: z.array(pathString).max(50),
  reviewer: z.strictObject({ name: z.string().max(200), title: z.string().max(200) }),
}) satisfies z.ZodType<Settings>;

export const RecoveryEntrySchema = z.strictObject({
  text: z.string().max(MAX_TEXT),
  path: pathString.nullable(),
  savedAt: isoTime,
}) satisfies z.ZodType<RecoveryEntry>;

export const RecentFileSchema = z.strictObject({
  path: pathString,
  name: fileName,
  openedAt: isoTime,
}) satisfies z.ZodType<RecentFile>;

export const RecentFilesSchema = z.array(RecentFileSchema).max(100);

export const SaveDraftRequestSchema = z.strictObject({
  path: pathString.nullable(),
  suggestedName: fileName,
  text: z.string().max(MAX_TEXT),
});

export const SaveExportRequestSchema = z.strictObject({
  suggestedName: fileName,
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'cần dữ liệu nhị phân (Uint8Array)').refine((b) => b.byteLength <= MAX_BYTES, 'tệp xuất quá lớn'),
  kind: z.enum(['docx', 'pdf']),
});

const none = z.tuple([]);

/** The argument list of every IPC method, as a tuple schema. Main rejects anything else. */
export const IPC_ARGS = {
  openDraft: none,
  openRecent: z.tuple([pathString]),
  saveDraft: z.tuple([SaveDraftRequestSchema]),
  saveExport: z.tuple([SaveExportRequestSchema]),
  pickImport: none,
  recentFiles: none,
  writeRecovery: z.tuple([RecoveryEntrySchema]),
  readRecovery: none,
  clearRecovery: none,
  getSettings: none,
  setSettings: z.tuple([SettingsSchema]),
  readLibraryFiles: none,
  setDirty: z.tuple([z.boolean()]),
  startup: none,
  printToPdf: none,
  print: none,
} as const satisfies Record<PlatformInvokeMethod, z.ZodType<unknown[]>>;

export type IpcArgs<M extends PlatformInvokeMethod> = z.infer<(typeof IPC_ARGS)[M]>;
