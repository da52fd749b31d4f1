// The one handler map: a function per platform method, each receiving arguments that register.ts has
// already validated. Handlers return Results; anything they throw is turned into one by dispatch.
import path from 'node:path';
import { err, ok } from '../../core/result';
import type { Result } from '../../core/result';
import type { PlatformApi, PlatformInvokeMethod, StartupDocument } from '../../core/platform/contract';
import type { Dialogs } from '../dialogs';
import type { UserDataStore } from '../storage/user-data';
import { MAX_DRAFT_BYTES, readDraftFile, readLibraryFolders, withDraftExtension, writeBytes, writeDraftFile } from '../storage/drafts';
import { describeFsError } from '../storage/fs-messages';
import { promises as fs } from 'node:fs';

/** The window that sent the request: what printing and the close guard act on. */
export interface SenderContext {
  printToPdf(): Promise<Uint8Array>;
  print(): Promise<Result<void, string>>;
  setDirty(dirty: boolean): void;
  /** Called with every saveDraft outcome, so a pending "save then close" can finish. */
  saveFinished(saved: boolean): void;
  /** Called with every file that becomes the window's document (opened or saved). */
  documentChanged(file: { path: string; name: string }): void;
}

export interface HostDeps {
  store: UserDataStore;
  dialogs: Dialogs;
  startup(): Promise<StartupDocument>;
  /** Tells the OS about a recently used document (jump list, recent documents). */
  addRecentDocument(file: string): void;
}

type Method<M extends PlatformInvokeMethod> = PlatformApi[M] extends (...args: infer A) => Promise<infer R> ? (ctx: SenderContext, ...args: A) => Promise<R> : never;
export type HandlerMap = { [M in PlatformInvokeMethod]: Method<M> };

async function readImport(file: string): Promise<Result<{ name: string; bytes: Uint8Array }, string>> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_DRAFT_BYTES) return err(`Tệp “${path.basename(file)}” quá lớn để nhập.`);
    return ok({ name: path.basename(file), bytes: new Uint8Array(await fs.readFile(file)) });
  } catch (e) {
    return err(describeFsError(e, file, 'đọc'));
  }
}

export function createHandlers(deps: HostDeps): HandlerMap {
  const remember = async (ctx: SenderContext, file: { path: string; name: string }) => {
    ctx.documentChanged(file);
    deps.addRecentDocument(file.path);
    // Failing to update the recent list must not fail the open or save that triggered it.
    await deps.store.touchRecent(file);
  };

  return {
    async openDraft(ctx) {
      const chosen = await deps.dialogs.chooseOpen('draft');
      if (chosen === null) return ok(null);
      const read = await readDraftFile(chosen);
      if (read.ok) await remember(ctx, read.value);
      return read;
    },
    async openRecent(ctx, file) {
      const read = await readDraftFile(file);
      if (read.ok) await remember(ctx, read.value);
      return read;
    },
    async saveDraft(ctx, { path: target, suggestedName, text }) {
      const chosen = target ?? (await deps.dialogs.chooseSave('draft', withDraftExtension(suggestedName)));
      if (chosen === null) {
        ctx.saveFinished(false);
        return ok(null);
      }
      const written = await writeDraftFile(target === null ? withDraftExtension(chosen) : chosen, text);
      if (written.ok) await remember(ctx, written.value);
      ctx.saveFinished(written.ok);
      return written;
    },
    async saveExport(_ctx, { suggestedName, bytes, kind }) {
      const chosen = await deps.dialogs.chooseSave(kind, suggestedName);
      if (chosen === null) return ok(null);
      const extension = `.${kind}`;
      return writeBytes(path.extname(chosen).toLowerCase() === extension ? chosen : `${chosen}${extension}`, bytes);
    },
    async pickImport() {
      const chosen = await deps.dialogs.chooseOpen('import');
      return chosen === null ? ok(null) : readImport(chosen);
    },
    async recentFiles() {
      return ok(await deps.store.recentFiles());
    },
    writeRecovery: (_ctx, entry) => deps.store.writeRecovery(entry),
    readRecovery: () => deps.store.readRecovery(),
    clearRecovery: () => deps.store.clearRecovery(),
    async getSettings() {
      return ok(await deps.store.getSettings());
    },
    setSettings: (_ctx, settings) => deps.store.setSettings(settings),
    async readLibraryFiles() {
      const settings = await deps.store.getSettings();
      return ok(await readLibraryFolders(settings.libraryFolders));
    },
    async setDirty(ctx, dirty) {
      ctx.setDirty(dirty);
      return ok(undefined);
    },
    async startup() {
      return ok(await deps.startup());
    },
    async printToPdf(ctx) {
      return ok(await ctx.printToPdf());
    },
    print: (ctx) => ctx.print(),
  };
}
