// "Cài đặt": the layout profile, the reviewer who signs comments and suggestions, and the shared
// library folders. A modal <dialog> with visible labels; "Lưu" stores through the platform and only
// then closes, so a failed write keeps the clerk's input on screen with the host's message.
import { useLayoutEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { PROFILE_NAMES } from '../../../core/layout';
import type { ProfileName } from '../../../core/layout';
import type { Settings } from '../../../core/platform/contract';
import type { Result } from '../../../core/result';
import { vi } from '../i18n/vi';
import { formOf, hasErrors, marginsText, settingsFromForm } from './settings-form';
import type { SettingsErrors, SettingsForm } from './settings-form';

const t = vi.settings;

export interface SettingsDialogProps {
  initial: Settings;
  /** The browser cannot read folders: the folder list is kept but explained. */
  web: boolean;
  save(next: Settings): Promise<Result<Settings, string>>;
  onClose(): void;
}

interface FolderRow {
  id: number;
  path: string;
}

const NO_ERRORS: SettingsErrors = { folders: [] };

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? <p id={id} className="vt-field-error">{message}</p> : null;
}

export function SettingsDialog({ initial, web, save, onClose }: SettingsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const start = formOf(initial);
  const [profile, setProfile] = useState<ProfileName>(start.profile);
  const [name, setName] = useState(start.name);
  const [title, setTitle] = useState(start.title);
  const nextId = useRef(start.folders.length);
  const [rows, setRows] = useState<FolderRow[]>(() => start.folders.map((path, id) => ({ id, path })));
  // Messages show once "Lưu" was pressed, then follow every edit so a fixed field clears at once.
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  // Layout effect: its cleanup runs before React removes the node, so close() hands focus back.
  useLayoutEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
    };
  }, []);

  const form: SettingsForm = { profile, name, title, folders: rows.map((r) => r.path) };
  const checked = settingsFromForm(form);
  const errors = tried && !checked.ok ? checked.error : NO_ERRORS;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setSaveError(null);
    if (!checked.ok) {
      // Next frame: the messages and aria-invalid are rendered by then.
      requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    const saved = await save(checked.value);
    setSaving(false);
    if (saved.ok) onClose();
    else setSaveError(saved.error);
  };

  const addFolder = () => {
    const id = nextId.current++;
    setRows((r) => [...r, { id, path: '' }]);
    requestAnimationFrame(() => ref.current?.querySelector<HTMLInputElement>(`#vt-folder-${id}`)?.focus());
  };

  return (
    <dialog
      ref={ref}
      className="vt-dialog vt-settings"
      aria-labelledby="vt-settings-title"
      onCancel={(e) => {
        // Esc: the dialog goes, the settings stay as they were.
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="vt-settings-title">{t.title}</h2>

        <section className="vt-settings-section">
          <label htmlFor="vt-settings-profile">{t.profile}</label>
          <select id="vt-settings-profile" value={profile} aria-describedby="vt-settings-profile-help" autoFocus onChange={(e) => setProfile(e.target.value as ProfileName)}>
            {PROFILE_NAMES.map((p) => (
              <option key={p} value={p}>
                {t.profiles[p](marginsText(p))}
              </option>
            ))}
          </select>
          <p id="vt-settings-profile-help" className="vt-settings-help">
            {t.profileHelp[profile]}
          </p>
        </section>

        <fieldset className="vt-settings-section">
          <legend>{t.reviewerSection}</legend>
          <p className="vt-settings-help">{t.reviewerHelp}</p>
          <div className="vt-settings-grid">
            <label htmlFor="vt-settings-name">{t.name}</label>
            <div>
              <input id="vt-settings-name" type="text" value={name} placeholder={t.namePlaceholder} autoComplete="name" aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? 'vt-settings-name-error' : undefined} onChange={(e) => setName(e.target.value)} />
              <FieldError id="vt-settings-name-error" message={errors.name} />
            </div>
            <label htmlFor="vt-settings-title-field">{t.reviewerTitle}</label>
            <div>
              <input id="vt-settings-title-field" type="text" value={title} placeholder={t.titlePlaceholder} autoComplete="organization-title" aria-invalid={errors.title ? true : undefined} aria-describedby={errors.title ? 'vt-settings-title-error' : undefined} onChange={(e) => setTitle(e.target.value)} />
              <FieldError id="vt-settings-title-error" message={errors.title} />
            </div>
          </div>
        </fieldset>

        <fieldset className="vt-settings-section">
          <legend>{t.foldersSection}</legend>
          <p className="vt-settings-help">{web ? t.foldersWeb : t.foldersHelp}</p>
          {rows.length === 0 && <p className="vt-settings-empty">{t.foldersEmpty}</p>}
          <div className="vt-settings-grid">
            {rows.map((row, i) => {
              const id = `vt-folder-${row.id}`;
              const message = errors.folders[i];
              return (
                <FolderField
                  key={row.id}
                  id={id}
                  n={i + 1}
                  path={row.path}
                  message={message}
                  onChange={(path) => setRows((r) => r.map((x) => (x.id === row.id ? { ...x, path } : x)))}
                  onRemove={() => setRows((r) => r.filter((x) => x.id !== row.id))}
                />
              );
            })}
          </div>
          <button type="button" className="vt-settings-add" onClick={addFolder}>
            {t.addFolder}
          </button>
        </fieldset>

        {errors.form && <p className="vt-field-error" role="alert">{errors.form}</p>}
        {tried && hasErrors(errors) && !errors.form && <p className="vt-settings-status" role="status">{t.fixErrors}</p>}
        {saveError && (
          <div className="vt-settings-failed" role="alert">
            <strong>{t.saveFailed}</strong> {saveError}
          </div>
        )}
        <div className="vt-dialog-buttons">
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t.save}
          </button>
        </div>
      </form>
    </dialog>
  );
}

interface FolderFieldProps {
  id: string;
  n: number;
  path: string;
  message: string | undefined;
  onChange(path: string): void;
  onRemove(): void;
}

/** One folder: a visible label ("Thư mục 2"), the path, its message, and a remove button. */
function FolderField({ id, n, path, message, onChange, onRemove }: FolderFieldProps) {
  return (
    <>
      <label htmlFor={id}>{t.folder(n)}</label>
      <div>
        <div className="vt-settings-folder">
          <input id={id} type="text" value={path} spellCheck={false} placeholder={t.folderPlaceholder} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)} />
          <button type="button" aria-label={t.removeFolder(n)} title={t.removeFolder(n)} onClick={onRemove}>
            {t.remove}
          </button>
        </div>
        <FieldError id={`${id}-error`} message={message} />
      </div>
    </>
  );
}
