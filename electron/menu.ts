// The application menu, in Vietnamese. Document commands are not performed here: each item sends a
// MenuAction to the renderer, whose action table does the work (the same one the toolbar uses).
// Clipboard items use Electron roles so native cut/copy/paste keep working inside the editor.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../core/platform/contract';

export interface MenuHooks {
  send(action: MenuAction): void;
  /** Closes the focused window (its close guard asks about unsaved changes). */
  closeWindow(): void;
  isPackaged: boolean;
}

/** Accelerator of every document action; one table, so the test and the menu cannot disagree. */
export const ACCELERATORS: Partial<Record<MenuAction, string>> = {
  new: 'CmdOrCtrl+N',
  open: 'CmdOrCtrl+O',
  save: 'CmdOrCtrl+S',
  saveAs: 'CmdOrCtrl+Shift+S',
  exportDocx: 'CmdOrCtrl+E',
  exportPdf: 'CmdOrCtrl+Shift+E',
  print: 'CmdOrCtrl+P',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Y',
  settings: 'CmdOrCtrl+,',
};

export function menuTemplate(hooks: MenuHooks): MenuItemConstructorOptions[] {
  const action = (label: string, name: MenuAction): MenuItemConstructorOptions => ({
    label,
    id: `action:${name}`,
    accelerator: ACCELERATORS[name],
    click: () => hooks.send(name),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const view: MenuItemConstructorOptions[] = [{ label: 'Toàn màn hình', role: 'togglefullscreen' }];
  if (!hooks.isPackaged) view.push(separator, { label: 'Công cụ cho nhà phát triển', role: 'toggleDevTools' });

  return [
    {
      label: '&Tệp',
      submenu: [
        action('Văn bản mới', 'new'),
        action('Mở…', 'open'),
        separator,
        action('Lưu', 'save'),
        action('Lưu thành…', 'saveAs'),
        separator,
        action('Xuất DOCX…', 'exportDocx'),
        action('Xuất PDF…', 'exportPdf'),
        action('In…', 'print'),
        separator,
        // Settings under Tệp, as Office in Vietnamese keeps "Tùy chọn" there.
        action('Cài đặt…', 'settings'),
        separator,
        { label: 'Đóng cửa sổ', accelerator: 'CmdOrCtrl+W', click: () => hooks.closeWindow() },
        { label: 'Thoát', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '&Sửa',
      submenu: [
        action('Hoàn tác', 'undo'),
        action('Làm lại', 'redo'),
        separator,
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    { label: '&Xem', submenu: view },
    { label: 'Trợ &giúp', submenu: [action('Giới thiệu Văn thư', 'about')] },
  ];
}
