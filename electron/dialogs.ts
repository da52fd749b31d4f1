// Native file dialogs and the close prompt, in Vietnamese. This is the only part of file handling
// that needs a real window; the handlers get it as an interface so they are tested without one.
import { dialog } from 'electron';
import type { BrowserWindow, FileFilter } from 'electron';
import path from 'node:path';
import type { CloseChoice } from './close-guard';

export type OpenKind = 'draft' | 'import';
export type SaveKind = 'draft' | 'docx' | 'pdf';

export interface Dialogs {
  chooseOpen(kind: OpenKind): Promise<string | null>;
  chooseSave(kind: SaveKind, suggestedName: string): Promise<string | null>;
  confirmClose(documentName: string): Promise<CloseChoice>;
}

const OPEN_FILTERS: Record<OpenKind, FileFilter[]> = {
  draft: [{ name: 'Bản nháp Văn thư (.vanthu)', extensions: ['vanthu'] }],
  import: [
    { name: 'Văn bản cần nhập (.txt, .docx)', extensions: ['txt', 'docx'] },
    { name: 'Mọi tệp', extensions: ['*'] },
  ],
};

const SAVE_FILTERS: Record<SaveKind, FileFilter[]> = {
  draft: [{ name: 'Bản nháp Văn thư (.vanthu)', extensions: ['vanthu'] }],
  docx: [{ name: 'Tài liệu Word (.docx)', extensions: ['docx'] }],
  pdf: [{ name: 'Tài liệu PDF (.pdf)', extensions: ['pdf'] }],
};

const TITLES = { draft: 'Lưu bản nháp', docx: 'Xuất tệp DOCX', pdf: 'Xuất tệp PDF' } as const;

export function electronDialogs(window: () => BrowserWindow | null, defaultDir: () => string): Dialogs {
  return {
    async chooseOpen(kind) {
      const win = window();
      const options = {
        title: kind === 'draft' ? 'Mở bản nháp' : 'Nhập văn bản',
        defaultPath: defaultDir(),
        properties: ['openFile' as const],
        filters: OPEN_FILTERS[kind],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSave(kind, suggestedName) {
      const win = window();
      const options = {
        title: TITLES[kind],
        defaultPath: path.join(defaultDir(), suggestedName),
        filters: SAVE_FILTERS[kind],
        properties: ['showOverwriteConfirmation' as const],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async confirmClose(documentName) {
      const win = window();
      const options = {
        type: 'warning' as const,
        title: 'Văn thư',
        message: `Lưu các thay đổi của “${documentName}” trước khi đóng?`,
        detail: 'Nếu không lưu, các thay đổi từ lần lưu trước sẽ bị mất.',
        buttons: ['Lưu', 'Không lưu', 'Huỷ'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      };
      const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
  };
}
