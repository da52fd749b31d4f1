// The toolbar: buttons for the actions of the table, grouped; a level picker for the body; recent files.
import type { ActionContext, ActionName } from './actions';
import { ACTIONS, shortcutText } from './actions';
import type { RecentFile } from '../../../core/platform/contract';
import { vi } from '../i18n/vi';

const GROUPS: ActionName[][] = [
  ['new', 'newBlank', 'newTemplate', 'open', 'save', 'saveAs'],
  ['exportDocx', 'importFile', 'importPaste', 'print'],
  ['undo', 'redo'],
  ['bold', 'italic', 'underline'],
  ['outdent', 'indent', 'toggleTitle'],
  ['zoomOut', 'zoomFit', 'zoomIn'],
  ['settings'],
];

const LEVELS: Array<[string, ActionName]> = [
  ['p', 'levelParagraph'],
  ['section', 'levelSection'],
  ['clause', 'levelClause'],
  ['point', 'levelPoint'],
  ['dash', 'levelDash'],
  ['plus', 'levelPlus'],
];

export interface ToolbarProps {
  ctx: ActionContext;
  run(name: ActionName): void;
  recent: RecentFile[];
  openRecent(path: string): void;
  pages: number;
}

export function Toolbar({ ctx, run, recent, openRecent, pages }: ToolbarProps) {
  const scale = Math.round(ctx.currentScale * 100);
  return (
    <div className="vt-toolbar no-print" role="toolbar" aria-label={vi.toolbar.label}>
      {GROUPS.map((group, i) => (
        <div className="vt-tgroup" key={i}>
          {group.map((name) => {
            const a = ACTIONS[name];
            const keys = shortcutText(a.shortcut);
            return (
              <button
                key={name}
                type="button"
                data-action={name}
                disabled={!a.enabled(ctx)}
                title={keys ? `${a.label} (${keys})` : a.label}
                // Keep the body's selection: toolbar buttons must not take focus from the editor.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => run(name)}
              >
                {a.label}
              </button>
            );
          })}
        </div>
      ))}
      <div className="vt-tgroup">
        <label>
          {vi.toolbar.level}{' '}
          <select
            aria-label={vi.toolbar.level}
            disabled={!ctx.bodyFocused}
            value=""
            onMouseDown={(e) => e.stopPropagation()}
            onChange={(e) => {
              const found = LEVELS.find(([v]) => v === e.target.value);
              if (found) run(found[1]);
            }}
          >
            <option value="">—</option>
            {LEVELS.map(([v, name]) => (
              <option key={v} value={v}>
                {ACTIONS[name].label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="vt-tgroup">
        <label>
          {vi.actions.recent}{' '}
          <select aria-label={vi.actions.recent} value="" onChange={(e) => e.target.value && openRecent(e.target.value)}>
            <option value="">{recent.length === 0 ? vi.toolbar.recentEmpty : '…'}</option>
            {recent.map((r) => (
              <option key={r.path} value={r.path}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="vt-tstatus" aria-live="polite">
        <span data-testid="zoom">{scale}%</span> · <span data-testid="pages">{vi.page.pageCount(pages)}</span>
      </div>
    </div>
  );
}
