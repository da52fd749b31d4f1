// The shell's behaviour, apart from React: file flows (new, open, save, export), the dirty prompt,
// recovery, and the editor commands the action table calls. One instance per window.
import { $addUpdateTag, FORMAT_TEXT_COMMAND } from 'lexical';
import type { EditorState, LexicalCommand, LexicalEditor, TextFormatType } from 'lexical';
import { blankLetter, sampleLetter } from '../../../core/letter';
import type { ItemLevel, Letter } from '../../../core/letter/types';
import type { DraftFile, PlatformApi, RecentFile, Settings } from '../../../core/platform/contract';
import { DEFAULT_SETTINGS } from '../../../core/platform/contract';
import { err, ok } from '../../../core/result';
import type { Result } from '../../../core/result';
import { INDENT_BLOCK_COMMAND, SET_BLOCK_LEVEL_COMMAND, TOGGLE_TITLE_COMMAND } from '../editor/commands';
import { ACTION_TAG } from '../editor/plugins/SyncPlugin';
import { vi } from '../i18n/vi';
import type { EditLetter } from '../page/types';
import type { DocumentStore } from './document-store';
import { draftText, readDraft, suggestedName } from './files';
import { exportErrors, exportUnfilled, loadTemplates } from './feature-helpers';
import type { Ui } from './ui';

/** How often the recovery copy is refreshed while there are unsaved changes. */
export const AUTOSAVE_MS = 4000;

export class Controller {
  editor: LexicalEditor | null = null;
  settings: Settings = DEFAULT_SETTINGS;
  recent: RecentFile[] = [];
  private lastRecoveredId = -1;
  private listeners = new Set<() => void>();

  constructor(
    readonly store: DocumentStore<EditorState>,
    readonly platform: PlatformApi,
    readonly ui: Ui,
  ) {}

  /** Something the toolbar shows changed (settings, recent files). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  private changed(): void {
    for (const l of this.listeners) l();
  }

  edit: EditLetter = (fn, mergeKey) => {
    const next = fn(this.store.letter);
    if (next !== this.store.letter) this.store.update(next, mergeKey);
  };

  get name(): string {
    return this.store.getSnapshot().file?.name ?? vi.app.untitled;
  }

  // ---- start ---------------------------------------------------------------------------------

  async start(): Promise<void> {
    const [settings, startup] = await Promise.all([this.platform.getSettings(), this.platform.startup()]);
    if (settings.ok) this.settings = settings.value;
    if (startup.ok) {
      const s = startup.value;
      switch (s.kind) {
        case 'sample':
          this.store.load(sampleLetter(), null);
          break;
        case 'blank':
          this.store.load(blankLetter(new Date().getFullYear()), null);
          break;
        case 'file':
          this.loadDraftFile(s.file);
          break;
        case 'error':
          this.ui.notify('error', s.message);
          break;
      }
    }
    await this.refreshRecent();
    await this.offerRecovery();
  }

  private async offerRecovery(): Promise<void> {
    const entry = await this.platform.readRecovery();
    if (!entry.ok) return this.ui.notify('warning', vi.messages.recoveryFailed, [entry.error]);
    if (!entry.value) return;
    const when = new Date(entry.value.savedAt).toLocaleString('vi-VN');
    const answer = await this.ui.ask({
      title: vi.dialogs.recoveryTitle,
      message: vi.dialogs.recoveryMessage(when),
      buttons: [
        { id: 'recover', label: vi.dialogs.recover, primary: true },
        { id: 'ignore', label: vi.dialogs.ignore },
      ],
    });
    if (answer !== 'recover') {
      await this.platform.clearRecovery();
      return;
    }
    const read = readDraft(entry.value.text);
    if (!read.ok) return this.ui.notify('error', vi.messages.openRefused(vi.dialogs.recoveryTitle), read.error);
    const path = entry.value.path;
    // Recovered work is unsaved by definition: it stays dirty until saved.
    this.store.load(read.value.letter, path ? { path, name: path.split(/[\\/]/).pop() ?? path } : null, false);
  }

  // ---- dirty prompt --------------------------------------------------------------------------

  /** True when it is fine to replace the current document (saved, discarded, or nothing to lose). */
  async confirmDiscard(): Promise<boolean> {
    if (!this.store.getSnapshot().dirty) return true;
    const answer = await this.ui.ask({
      title: vi.dialogs.dirtyTitle,
      message: vi.dialogs.dirtyMessage(this.name),
      buttons: [
        { id: 'save', label: vi.dialogs.save, primary: true },
        { id: 'discard', label: vi.dialogs.discard },
        { id: 'cancel', label: vi.dialogs.cancel },
      ],
    });
    if (answer === 'save') return this.save();
    return answer === 'discard';
  }

  // ---- new / open ----------------------------------------------------------------------------

  async newDocument(kind: 'sample' | 'blank' | Letter): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    const letter = kind === 'sample' ? sampleLetter() : kind === 'blank' ? blankLetter(new Date().getFullYear()) : kind;
    this.store.load(letter, null, kind === 'sample' || kind === 'blank');
    await this.platform.clearRecovery();
  }

  async open(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    const picked = await this.platform.openDraft();
    if (!picked.ok) return this.ui.notify('error', picked.error);
    if (picked.value) this.loadDraftFile(picked.value);
  }

  async openRecent(path: string): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    const file = await this.platform.openRecent(path);
    if (!file.ok) return this.ui.notify('error', file.error);
    this.loadDraftFile(file.value);
  }

  /** A file from the OS while running (double-click, second instance). */
  async openFromHost(file: DraftFile): Promise<void> {
    if (await this.confirmDiscard()) this.loadDraftFile(file);
  }

  /** Refuses a broken or newer draft with restoreLetter's messages; the current document stays. */
  loadDraftFile(file: DraftFile): boolean {
    const read = readDraft(file.text);
    if (!read.ok) {
      this.ui.notify('error', vi.messages.openRefused(file.name), read.error);
      return false;
    }
    this.store.load(read.value.letter, { path: file.path, name: file.name });
    if (read.value.warnings.length > 0) this.ui.notify('warning', vi.messages.restoreWarnings(file.name), read.value.warnings);
    void this.refreshRecent();
    return true;
  }

  // ---- save / export -------------------------------------------------------------------------

  async save(): Promise<boolean> {
    return this.writeDraft(this.store.getSnapshot().file?.path ?? null);
  }

  async saveAs(): Promise<boolean> {
    return this.writeDraft(null);
  }

  private async writeDraft(path: string | null): Promise<boolean> {
    const letter = this.store.letter;
    const saved = await this.platform.saveDraft({ path, suggestedName: this.store.getSnapshot().file?.name ?? suggestedName(letter, '.vanthu'), text: draftText(letter) });
    if (!saved.ok) {
      this.ui.notify('error', vi.messages.saveFailed, [saved.error]);
      return false;
    }
    if (!saved.value) return false; // cancelled
    // Only mark saved if nothing changed while the file was being written.
    if (this.store.letter === letter) this.store.markSaved({ path: saved.value.path, name: saved.value.name });
    await this.platform.clearRecovery();
    this.ui.notify('info', vi.messages.saved(saved.value.name));
    void this.refreshRecent();
    return true;
  }

  /** Errors the checker still finds (export asks before going on). */
  /** Errors the checker still finds (loaded on first use: not needed to start editing). */
  async checkerErrors(letter: Letter): Promise<number> {
    return exportErrors(letter);
  }

  /** "Tạo từ mẫu": one of the shipped letter templates, filled with its defaults. */
  async newFromTemplate(): Promise<void> {
    const templates = await loadTemplates();
    if (!templates || templates.list.length === 0) return this.ui.notify('info', vi.messages.unavailable(vi.actions.newTemplate));
    const id = await this.ui.ask({
      title: vi.actions.newTemplate,
      message: vi.dialogs.chooseTemplate,
      buttons: [...templates.list.map((t) => ({ id: `t:${t.id}`, label: t.title })), { id: 'cancel', label: vi.dialogs.cancel }],
    });
    if (!id.startsWith('t:')) return;
    const made = templates.instantiate(id.slice(2));
    if (!made.ok) return this.ui.notify('error', vi.messages.templateFailed, made.messages);
    await this.newDocument(made.letter);
  }

  async exportDocx(): Promise<void> {
    const letter = this.store.letter;
    const [errors, unfilled] = await Promise.all([this.checkerErrors(letter), exportUnfilled(letter)]);
    if (errors > 0 || unfilled.length > 0) {
      const answer = await this.ui.ask({
        title: vi.dialogs.exportWithErrorsTitle,
        message: vi.dialogs.exportWithProblems(errors, unfilled),
        buttons: [
          { id: 'export', label: vi.dialogs.exportAnyway, primary: true },
          { id: 'cancel', label: vi.dialogs.cancel },
        ],
      });
      if (answer !== 'export') return;
    }
    let exported: { bytes: Uint8Array; warnings: string[] };
    try {
      const { exportDocx } = await import('../../../core/docx');
      exported = await exportDocx(letter, { profile: this.settings.profile });
    } catch (e) {
      return this.ui.notify('error', vi.messages.exportFailed, [e instanceof Error ? e.message : String(e)]);
    }
    const saved = await this.platform.saveExport({ suggestedName: suggestedName(letter, '.docx'), bytes: exported.bytes, kind: 'docx' });
    if (!saved.ok) return this.ui.notify('error', vi.messages.exportFailed, [saved.error]);
    if (!saved.value) return;
    const name = saved.value.path.split(/[\\/]/).pop() ?? saved.value.path;
    this.ui.notify(exported.warnings.length > 0 ? 'warning' : 'info', vi.messages.exported(name), exported.warnings);
  }

  async exportPdf(): Promise<void> {
    const pdf = await this.platform.printToPdf();
    if (!pdf.ok) return this.ui.notify('error', pdf.error);
    const saved = await this.platform.saveExport({ suggestedName: suggestedName(this.store.letter, '.docx').replace(/\.docx$/, '.pdf'), bytes: pdf.value, kind: 'pdf' });
    if (!saved.ok) return this.ui.notify('error', saved.error);
    if (saved.value) this.ui.notify('info', vi.messages.exported(saved.value.path.split(/[\\/]/).pop() ?? saved.value.path));
  }

  /** Menu "Đóng": asks about unsaved changes, then lets the window go. */
  async close(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await this.platform.setDirty(false);
    window.close();
  }

  async print(): Promise<void> {
    const done = await this.platform.print();
    if (!done.ok) this.ui.notify('error', done.error);
  }

  /** .txt or .docx → a new draft with the importer's notes; the current one is kept if it fails. */
  async importFile(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    const picked = await this.platform.pickImport();
    if (!picked.ok) return this.ui.notify('error', vi.messages.importFailed, [picked.error]);
    if (!picked.value) return;
    const { name, bytes } = picked.value;
    const [{ importDocx, importText }, { decodeTextBytes }] = await Promise.all([import('../../../core/importer'), import('../../../core/encoding')]);
    const options = { fallbackYear: new Date().getFullYear() };
    let result;
    if (/\.docx$/i.test(name)) {
      result = await importDocx(bytes, options);
    } else {
      const decoded = decodeTextBytes(bytes);
      if (!decoded.ok) return this.ui.notify('error', vi.messages.importFailed, [decoded.error]);
      result = importText(decoded.value.text, options);
    }
    if (!result.ok) return this.ui.notify('error', vi.messages.importFailed, [result.error.message]);
    this.loadImported(result.value.letter, result.value.notes, name);
  }

  /**
   * Text the clerk pasted (from a PDF, a web page, an OCR'd scan, a TCVN3/VNI file) → a new draft.
   * The caller asked about unsaved changes before showing the paste box; on failure nothing changes
   * and the message is returned, so the box can keep the pasted text.
   */
  async importPasted(text: string): Promise<Result<void, string>> {
    const { importText } = await import('../../../core/importer');
    const result = importText(text.normalize('NFC'), { fallbackYear: new Date().getFullYear() });
    if (!result.ok) return err(result.error.message);
    this.loadImported(result.value.letter, result.value.notes, vi.messages.pastedText);
    return ok(undefined);
  }

  private loadImported(letter: Letter, notes: ReadonlyArray<{ message: string }>, name: string): void {
    this.store.load(letter, null, false);
    this.ui.notify(notes.length > 0 ? 'warning' : 'info', vi.messages.imported(name), notes.map((n) => n.message));
  }

  // ---- recovery ------------------------------------------------------------------------------

  /** Called on a timer: writes the recovery copy when there are unsaved changes not yet copied. */
  async autosave(): Promise<void> {
    const snap = this.store.getSnapshot();
    if (!snap.dirty || snap.present.id === this.lastRecoveredId) return;
    this.lastRecoveredId = snap.present.id;
    const written = await this.platform.writeRecovery({ text: draftText(snap.letter), path: snap.file?.path ?? null, savedAt: new Date().toISOString() });
    if (!written.ok) this.ui.notify('warning', written.error);
  }

  // ---- settings ------------------------------------------------------------------------------

  /**
   * Stores settings through the host and, only when it accepted them, makes them current: the
   * shell re-renders (onChange) so the page's margins, the review panel's author and the clause
   * panel's folders follow at once. On failure nothing changes and the caller shows the message.
   */
  async applySettings(next: Settings): Promise<Result<Settings, string>> {
    const saved = await this.platform.setSettings(next);
    if (!saved.ok) return saved;
    this.settings = saved.value;
    this.changed();
    return saved;
  }

  async refreshRecent(): Promise<void> {
    const r = await this.platform.recentFiles();
    if (r.ok) {
      this.recent = r.value;
      this.changed();
    }
  }

  // ---- editor commands -----------------------------------------------------------------------

  undo(): void {
    this.store.undo();
  }
  redo(): void {
    this.store.redo();
  }
  /** Runs an editor command as an action: its change is one undo step of its own (ACTION_TAG). */
  private command<P>(command: LexicalCommand<P>, payload: P): void {
    const editor = this.editor;
    if (!editor) return;
    editor.update(() => {
      $addUpdateTag(ACTION_TAG);
      editor.dispatchCommand(command, payload);
    });
  }
  format(kind: TextFormatType): void {
    this.command(FORMAT_TEXT_COMMAND, kind);
  }
  setLevel(level: ItemLevel | null): void {
    this.command(SET_BLOCK_LEVEL_COMMAND, level);
  }
  indent(delta: 1 | -1): void {
    this.command(INDENT_BLOCK_COMMAND, delta);
  }
  toggleTitle(): void {
    this.command(TOGGLE_TITLE_COMMAND, undefined);
  }
}
