// The window: toolbar, the page (the editor), the feature panels, dialogs and notices. Owns the
// document store and the controller; wires the action table to keys, menu and toolbar.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { EditorState, LexicalEditor } from 'lexical';
import { blankLetter } from '../../../core/letter';
import type { Block, Letter } from '../../../core/letter/types';
import type { PlatformApi } from '../../../core/platform/contract';
import { cursorItemLevel, insertBlocks, selectionInBlock } from '../editor/commands';
import { trackPageSelection } from './page-selection';
import type { PageSelectionTracker } from './page-selection';
import type { FeaturePanelProps } from '../features/types';
import { vi } from '../i18n/vi';
import { Page } from '../page/Page';
import type { Zoom } from '../page/Page';
import { ACTIONS, actionForKey, actionOfMenu } from './actions';
import type { ActionContext, ActionName } from './actions';
import { AUTOSAVE_MS, Controller } from './controller';
import { Notices, QuestionDialog } from './Dialogs';
import { PasteImportDialog } from './PasteImportDialog';
import { SettingsDialog } from './SettingsDialog';
import { DocumentStore } from './document-store';
import { jumpTo } from './jump';
import { applyFlags, pageFlags } from './flags';
import { availablePanels, PANEL_TITLES, PanelHost } from './panels';
import type { PanelId } from './panels';
import { Toolbar } from './Toolbar';
import type { Notice, NoticeKind, Question, Ui } from './ui';

interface Pending {
  question: Question;
  resolve(id: string): void;
}

/** Signals for tests and the bench: the app is ready, a file action finished. */
function signal(name: string, detail?: unknown): void {
  window.dispatchEvent(new CustomEvent(`vanthu:${name}`, { detail }));
}

export function App({ platform }: { platform: PlatformApi }) {
  const [pending, setPending] = useState<Pending[]>([]);
  const [notices, setNotices] = useState<Notice[]>([]);
  const noticeId = useRef(0);
  const ui = useMemo<Ui>(
    () => ({
      ask: (question) => new Promise((resolve) => setPending((p) => [...p, { question, resolve }])),
      notify: (kind: NoticeKind, message: string, details: string[] = []) => {
        noticeId.current += 1;
        const id = noticeId.current;
        setNotices((n) => [...n.slice(-4), { id, kind, message, details }]);
        signal('notice', { kind, message, details });
      },
    }),
    [],
  );
  const [controller] = useState(() => new Controller(new DocumentStore<EditorState>(blankLetter(new Date().getFullYear())), platform, ui));
  const store = controller.store;
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [ready, setReady] = useState(false);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [view, setView] = useState({ pages: 1, scale: 1 });
  const [bodyFocused, setBodyFocused] = useState(false);
  const [, setTick] = useState(0);
  const [panel, setPanel] = useState<PanelId | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [pasteOpen, setPasteOpen] = useState(false);
  const panels = useMemo(availablePanels, []);

  useEffect(() => controller.onChange(() => setTick((t) => t + 1)), [controller]);
  useEffect(() => {
    void controller.start().then(() => {
      setReady(true);
      signal('ready');
    });
  }, [controller]);

  // Dirty state → host (close prompt) and title bar.
  useEffect(() => {
    void platform.setDirty(snapshot.dirty);
    document.title = `${snapshot.dirty ? `${vi.app.dirtyMark} ` : ''}${snapshot.file?.name ?? vi.app.untitled} — ${vi.app.title}`;
  }, [platform, snapshot.dirty, snapshot.file]);

  // Autosave to the recovery store.
  useEffect(() => {
    const t = window.setInterval(() => void controller.autosave().then(() => signal('autosaved')), AUTOSAVE_MS);
    return () => window.clearInterval(t);
  }, [controller]);

  // Which part has the caret: the body (formatting applies) or a header/footer field.
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const t = e.target as HTMLElement | null;
      if (t?.closest('.vt-body')) setBodyFocused(true);
      else if (t?.closest('.vt-sheets, .vt-panel')) setBodyFocused(false);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  const openSettings = useCallback(() => setSettingsOpen(true), []);
  const openPasteImport = useCallback(() => setPasteOpen(true), []);
  const ctx: ActionContext = { controller, snapshot, bodyFocused, zoom, setZoom, currentScale: view.scale, openSettings, openPasteImport };
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;

  const run = useCallback((name: ActionName) => {
    const c = ctxRef.current;
    const action = ACTIONS[name];
    if (!action.enabled(c)) return;
    controller.store.seal();
    void Promise.resolve(action.perform(c)).then(() => {
      if (action.undoStep) c.controller.editor?.focus();
      signal('action', name);
    });
  }, [controller]);

  // Shortcuts: one capture-phase listener, so fields and the body behave alike (Ctrl+Z in a field
  // undoes through the shared history, not the input's own). A modal dialog keeps its keys.
  const modal = pending.length > 0 || settingsOpen || pasteOpen;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || modal) return;
      const action = actionForKey(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      run(action.name);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [run, modal]);

  useEffect(() => platform.onMenuAction((m) => run(actionOfMenu(m))), [platform, run]);
  useEffect(() => platform.onOpenFile((f) => void controller.openFromHost(f)), [platform, controller]);

  const onEditor = useCallback((editor: LexicalEditor | null) => {
    controller.editor = editor;
  }, [controller]);
  const onPages = useCallback((pages: number, scale: number) => setView({ pages, scale }), []);

  // The last text selected on the page, for the review panel's "use the page's selection".
  const selectionTracker = useRef<PageSelectionTracker | null>(null);
  useEffect(() => {
    const tracker = trackPageSelection(() => controller.store.letter, () => (controller.editor ? selectionInBlock(controller.editor) : null));
    selectionTracker.current = tracker;
    return () => tracker.dispose();
  }, [controller]);

  const deferredLetter = useDeferredValue(snapshot.letter);
  // Import notes and open review items are marked on the page; the marks follow every change.
  useEffect(() => applyFlags(pageFlags(deferredLetter), deferredLetter.body), [deferredLetter]);
  // A freshly imported letter opens its notes, so the clerk sees at once what to check.
  const noteCount = snapshot.letter.importNotes?.length ?? 0;
  const hadNotes = useRef(false);
  useEffect(() => {
    if (noteCount > 0 && !hadNotes.current) setPanel('import-notes');
    hadNotes.current = noteCount > 0;
  }, [noteCount]);
  const panelProps: FeaturePanelProps = {
    letter: deferredLetter,
    updateLetter: (next: Letter, _label: string) => {
      controller.store.seal();
      if (next.body === controller.store.letter.body) controller.store.update(next);
      else controller.store.replace(next);
    },
    jumpTo: (path: string) => jumpTo(path, controller.store.letter.body),
    insertBlocks: (blocks: Block[]) => {
      if (controller.editor) insertBlocks(controller.editor, blocks);
    },
    cursorLevel: () => (controller.editor ? cursorItemLevel(controller.editor) : null),
    pageSelection: () => selectionTracker.current?.current() ?? null,
    platform,
    settings: controller.settings,
  };

  const answer = (id: string) => {
    const [first, ...rest] = pending;
    setPending(rest);
    first?.resolve(id);
  };

  return (
    <div className="vt-app" data-ready={ready ? 'true' : 'false'} data-dirty={snapshot.dirty ? 'true' : 'false'}>
      <Toolbar ctx={ctx} run={run} recent={controller.recent} openRecent={(p) => void controller.openRecent(p)} pages={view.pages} />
      <div className="vt-main">
        <Page letter={snapshot.letter} store={store} edit={controller.edit} zoom={zoom} profile={controller.settings.profile} onEditor={onEditor} onPages={onPages} />
        {panels.length > 0 && (
          <aside className={`vt-panel no-print ${panel ? 'vt-panel--open' : ''}`} aria-label={vi.panels.label}>
            <div className="vt-panel-tabs" role="tablist">
              {panels.map((id) => (
                <button key={id} type="button" role="tab" aria-selected={panel === id} onClick={() => setPanel(panel === id ? null : id)}>
                  {PANEL_TITLES[id]}
                </button>
              ))}
            </div>
            {panel && <PanelHost id={panel} props={panelProps} />}
          </aside>
        )}
      </div>
      <Notices notices={notices} onDismiss={(id) => setNotices((n) => n.filter((x) => x.id !== id))} />
      {pasteOpen && <PasteImportDialog importText={(text) => controller.importPasted(text)} onClose={() => setPasteOpen(false)} />}
      {settingsOpen && (
        <SettingsDialog
          initial={controller.settings}
          web={platform.kind === 'web'}
          save={async (next) => {
            const saved = await controller.applySettings(next);
            if (saved.ok) {
              ui.notify('info', vi.settings.saved);
              signal('settings', saved.value);
            }
            return saved;
          }}
          onClose={() => setSettingsOpen(false)}
        />
      )}
      {pending[0] && <QuestionDialog key={pending.length} question={pending[0].question} onAnswer={answer} />}
    </div>
  );
}
