// The one action table: name, Vietnamese label, shortcut, enabled-when, perform, and whether the
// action is one undo step. The toolbar, the host's menu (platform.onMenuAction) and the keyboard all
// run actions from here, so a command behaves the same whichever way it is invoked.
import type { EditorState } from 'lexical';
import type { MenuAction } from '../../../core/platform/contract';
import { missingCase } from '../../../core/result';
import { vi } from '../i18n/vi';
import type { Zoom } from '../page/Page';
import type { Controller } from './controller';
import type { DocSnapshot } from './document-store';

export interface Shortcut {
  /** KeyboardEvent.key, lower case for letters. */
  key: string;
  ctrl: boolean;
  shift?: boolean;
}

export interface ActionContext {
  controller: Controller;
  snapshot: DocSnapshot<EditorState>;
  /** The caret is in the body (formatting and level actions apply there). */
  bodyFocused: boolean;
  zoom: Zoom;
  setZoom(zoom: Zoom): void;
  currentScale: number;
  /** Opens the settings dialog (the shell owns it, like the other dialogs). */
  openSettings(): void;
  /** Opens the box for pasting a whole letter to import (the shell owns it, like the other dialogs). */
  openPasteImport(): void;
}

export interface Action {
  name: ActionName;
  label: string;
  shortcut?: Shortcut;
  /** Several shortcuts for one action (Ctrl+Y and Ctrl+Shift+Z). */
  altShortcuts?: Shortcut[];
  enabled(ctx: ActionContext): boolean;
  perform(ctx: ActionContext): void | Promise<unknown>;
  /** True when performing it is exactly one step in the undo history. */
  undoStep: boolean;
}

export const ACTION_NAMES = [
  'new', 'newBlank', 'newTemplate', 'open', 'save', 'saveAs', 'exportDocx', 'exportPdf', 'importFile', 'importPaste', 'print',
  'undo', 'redo', 'bold', 'italic', 'underline', 'indent', 'outdent',
  'levelParagraph', 'levelSection', 'levelClause', 'levelPoint', 'levelDash', 'levelPlus', 'toggleTitle',
  'zoomIn', 'zoomOut', 'zoomFit', 'settings', 'about', 'close',
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

const always = () => true;
const inBody = (c: ActionContext) => c.bodyFocused && c.controller.editor !== null;
const ctrl = (key: string, shift = false): Shortcut => ({ key, ctrl: true, shift });
const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

function zoomBy(c: ActionContext, dir: 1 | -1): void {
  const now = c.currentScale;
  const next = dir === 1 ? ZOOM_STEPS.find((z) => z > now + 0.001) : [...ZOOM_STEPS].reverse().find((z) => z < now - 0.001);
  c.setZoom(next ?? (dir === 1 ? 2 : 0.5));
}

export const ACTIONS: Readonly<Record<ActionName, Action>> = {
  new: { name: 'new', label: vi.actions.newSample, shortcut: ctrl('n'), enabled: always, perform: (c) => c.controller.newDocument('sample'), undoStep: false },
  newBlank: { name: 'newBlank', label: vi.actions.newBlank, enabled: always, perform: (c) => c.controller.newDocument('blank'), undoStep: false },
  newTemplate: { name: 'newTemplate', label: vi.actions.newTemplate, enabled: always, perform: (c) => c.controller.newFromTemplate(), undoStep: false },
  open: { name: 'open', label: vi.actions.open, shortcut: ctrl('o'), enabled: always, perform: (c) => c.controller.open(), undoStep: false },
  save: { name: 'save', label: vi.actions.save, shortcut: ctrl('s'), enabled: always, perform: (c) => c.controller.save(), undoStep: false },
  saveAs: { name: 'saveAs', label: vi.actions.saveAs, shortcut: ctrl('s', true), enabled: always, perform: (c) => c.controller.saveAs(), undoStep: false },
  exportDocx: { name: 'exportDocx', label: vi.actions.exportDocx, shortcut: ctrl('e'), enabled: always, perform: (c) => c.controller.exportDocx(), undoStep: false },
  exportPdf: { name: 'exportPdf', label: vi.actions.exportPdf, enabled: always, perform: (c) => c.controller.exportPdf(), undoStep: false },
  importFile: { name: 'importFile', label: vi.actions.importFile, enabled: always, perform: (c) => c.controller.importFile(), undoStep: false },
  importPaste: {
    name: 'importPaste',
    label: vi.actions.importPaste,
    enabled: always,
    // Unsaved changes are settled before the box opens, so importing never needs a second question.
    perform: async (c) => {
      if (await c.controller.confirmDiscard()) c.openPasteImport();
    },
    undoStep: false,
  },
  print: { name: 'print', label: vi.actions.print, shortcut: ctrl('p'), enabled: always, perform: (c) => c.controller.print(), undoStep: false },
  undo: { name: 'undo', label: vi.actions.undo, shortcut: ctrl('z'), enabled: (c) => c.snapshot.canUndo, perform: (c) => c.controller.undo(), undoStep: false },
  redo: { name: 'redo', label: vi.actions.redo, shortcut: ctrl('y'), altShortcuts: [ctrl('z', true)], enabled: (c) => c.snapshot.canRedo, perform: (c) => c.controller.redo(), undoStep: false },
  bold: { name: 'bold', label: vi.actions.bold, shortcut: ctrl('b'), enabled: inBody, perform: (c) => c.controller.format('bold'), undoStep: true },
  italic: { name: 'italic', label: vi.actions.italic, shortcut: ctrl('i'), enabled: inBody, perform: (c) => c.controller.format('italic'), undoStep: true },
  underline: { name: 'underline', label: vi.actions.underline, shortcut: ctrl('u'), enabled: inBody, perform: (c) => c.controller.format('underline'), undoStep: true },
  indent: { name: 'indent', label: vi.actions.indent, enabled: inBody, perform: (c) => c.controller.indent(1), undoStep: true },
  outdent: { name: 'outdent', label: vi.actions.outdent, enabled: inBody, perform: (c) => c.controller.indent(-1), undoStep: true },
  levelParagraph: { name: 'levelParagraph', label: vi.actions.paragraph, enabled: inBody, perform: (c) => c.controller.setLevel(null), undoStep: true },
  levelSection: { name: 'levelSection', label: vi.actions.section, enabled: inBody, perform: (c) => c.controller.setLevel('section'), undoStep: true },
  levelClause: { name: 'levelClause', label: vi.actions.clause, enabled: inBody, perform: (c) => c.controller.setLevel('clause'), undoStep: true },
  levelPoint: { name: 'levelPoint', label: vi.actions.point, enabled: inBody, perform: (c) => c.controller.setLevel('point'), undoStep: true },
  levelDash: { name: 'levelDash', label: vi.actions.dash, enabled: inBody, perform: (c) => c.controller.setLevel('dash'), undoStep: true },
  levelPlus: { name: 'levelPlus', label: vi.actions.plus, enabled: inBody, perform: (c) => c.controller.setLevel('plus'), undoStep: true },
  toggleTitle: { name: 'toggleTitle', label: vi.actions.toggleTitle, enabled: inBody, perform: (c) => c.controller.toggleTitle(), undoStep: true },
  zoomIn: { name: 'zoomIn', label: vi.actions.zoomIn, shortcut: ctrl('='), altShortcuts: [ctrl('+', true), ctrl('+')], enabled: (c) => c.currentScale < 2, perform: (c) => zoomBy(c, 1), undoStep: false },
  zoomOut: { name: 'zoomOut', label: vi.actions.zoomOut, shortcut: ctrl('-'), enabled: (c) => c.currentScale > 0.5, perform: (c) => zoomBy(c, -1), undoStep: false },
  zoomFit: { name: 'zoomFit', label: vi.actions.zoomFit, shortcut: ctrl('0'), enabled: always, perform: (c) => c.setZoom('fit'), undoStep: false },
  // Ctrl+, is the common settings shortcut of desktop apps; the Electron menu uses the same (menu.ts).
  settings: { name: 'settings', label: vi.actions.settings, shortcut: ctrl(','), enabled: always, perform: (c) => c.openSettings(), undoStep: false },
  about: {
    name: 'about',
    label: vi.actions.about,
    enabled: always,
    perform: (c) => c.controller.ui.ask({ title: vi.dialogs.aboutTitle, message: vi.dialogs.aboutMessage, buttons: [{ id: 'ok', label: vi.dialogs.ok, primary: true }] }),
    undoStep: false,
  },
  close: { name: 'close', label: vi.actions.close, enabled: always, perform: (c) => c.controller.close(), undoStep: false },
};

/** The host's menu speaks MenuAction; every one of them is an action of the table. */
export function actionOfMenu(menu: MenuAction): ActionName {
  switch (menu) {
    case 'new':
    case 'open':
    case 'save':
    case 'saveAs':
    case 'exportDocx':
    case 'exportPdf':
    case 'print':
    case 'undo':
    case 'redo':
    case 'settings':
    case 'about':
    case 'close':
      return menu;
    default:
      return missingCase(menu);
  }
}

const matches = (s: Shortcut, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>) =>
  (e.ctrlKey || e.metaKey) === s.ctrl && !e.altKey && (s.shift ?? false) === e.shiftKey && e.key.toLowerCase() === s.key;

/** The action a key press triggers, if any. */
export function actionForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): Action | null {
  for (const name of ACTION_NAMES) {
    const a = ACTIONS[name];
    if ((a.shortcut && matches(a.shortcut, e)) || a.altShortcuts?.some((s) => matches(s, e))) return a;
  }
  return null;
}

/** "Ctrl+Shift+S" for tooltips and menus. */
export function shortcutText(s: Shortcut | undefined): string {
  if (!s) return '';
  return [s.ctrl ? 'Ctrl' : '', s.shift ? 'Shift' : '', s.key.length === 1 ? s.key.toUpperCase() : s.key].filter(Boolean).join('+');
}
