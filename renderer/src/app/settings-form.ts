// The settings dialog's data, apart from React: what the fields hold (a form), how a form becomes
// Settings (trim, NFC, checks with Vietnamese messages naming the field), and the profile texts.
// Pure, so the rules are unit tested; SettingsSchema is applied last, the same check the hosts make.
import { PROFILES } from '../../../core/layout';
import type { ProfileName } from '../../../core/layout';
import type { Settings } from '../../../core/platform/contract';
import { SettingsSchema } from '../../../core/platform/schemas';
import { err, ok } from '../../../core/result';
import type { Result } from '../../../core/result';
import { vi } from '../i18n/vi';

const t = vi.settings;

/** What the dialog's fields hold: raw text as typed, one text field per library folder. */
export interface SettingsForm {
  profile: ProfileName;
  name: string;
  title: string;
  folders: string[];
}

/** Messages per field; `folders[i]` belongs to the i-th folder field. Empty when the form is valid. */
export interface SettingsErrors {
  name?: string;
  title?: string;
  folders: Array<string | undefined>;
  /** A problem with the whole form (the final schema check); should not happen after the field checks. */
  form?: string;
}

/** Same limits as SettingsSchema (core/platform/schemas.ts). */
export const MAX_PERSON_TEXT = 200;
export const MAX_FOLDERS = 50;
const MAX_PATH = 4096;

export function formOf(settings: Settings): SettingsForm {
  return { profile: settings.profile, name: settings.reviewer.name, title: settings.reviewer.title, folders: [...settings.libraryFolders] };
}

/** NFC, runs of white space (incl. tabs, line breaks from a paste) as one space, trimmed. */
const cleanText = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

const CONTROL = /[\u0000-\u001f\u007f]/;

/** A drive path (D:\ThuVien), a network share (\\may-chu\thu-vien) or a POSIX path (/srv/thu-vien). */
const isAbsolutePath = (p: string): boolean => /^[A-Za-z]:[\\/]/.test(p) || /^[\\/]{2}[^\\/]+[\\/][^\\/]/.test(p) || /^\/(?!\/)/.test(p);

/** Windows paths ignore case and slash direction; a trailing separator names the same folder. */
function folderKey(p: string): string {
  const bare = p.replace(/[\\/]+$/, '') || p;
  return /^[A-Za-z]:|^[\\/]{2}/.test(bare) ? bare.replace(/\//g, '\\').toLocaleLowerCase('vi') : bare;
}

function checkFolder(path: string): string | undefined {
  if (CONTROL.test(path)) return t.errors.control;
  if (path.length > MAX_PATH) return t.errors.tooLong(t.path, MAX_PATH);
  if (!isAbsolutePath(path)) return t.errors.notAbsolute;
  return undefined;
}

export function hasErrors(e: SettingsErrors): boolean {
  return e.name !== undefined || e.title !== undefined || e.form !== undefined || e.folders.some((f) => f !== undefined);
}

/**
 * The Settings a form stands for, or the message of every field that is wrong. A title needs a
 * name (comments are signed by a person; a title alone would sign nothing), a name alone is fine.
 * Empty folder rows are dropped: they are what "Thêm thư mục" leaves when nothing was typed.
 */
export function settingsFromForm(form: SettingsForm): Result<Settings, SettingsErrors> {
  const name = cleanText(form.name);
  const title = cleanText(form.title);
  const errors: SettingsErrors = { folders: form.folders.map(() => undefined) };
  if (name.length > MAX_PERSON_TEXT) errors.name = t.errors.tooLong(t.name, MAX_PERSON_TEXT);
  if (title.length > MAX_PERSON_TEXT) errors.title = t.errors.tooLong(t.reviewerTitle, MAX_PERSON_TEXT);
  if (name === '' && title !== '') errors.name = t.errors.nameNeeded;

  const folders: string[] = [];
  const seen = new Map<string, number>();
  form.folders.forEach((raw, i) => {
    const path = raw.normalize('NFC').trim();
    if (path === '') return;
    const problem = checkFolder(path);
    const first = seen.get(folderKey(path));
    if (problem) errors.folders[i] = problem;
    else if (first !== undefined) errors.folders[i] = t.errors.duplicate(first + 1);
    else {
      seen.set(folderKey(path), i);
      folders.push(path);
    }
  });
  if (folders.length > MAX_FOLDERS) errors.form = t.errors.tooMany(MAX_FOLDERS);
  if (hasErrors(errors)) return err(errors);

  const parsed = SettingsSchema.safeParse({ profile: form.profile, libraryFolders: folders, reviewer: { name, title } });
  if (!parsed.success) return err({ ...errors, form: t.errors.invalid(parsed.error.issues.map((i) => i.path.join('.')).join(', ')) });
  return ok(parsed.data);
}

/** "lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm", from the profile the page and DOCX use. */
export function marginsText(profile: ProfileName): string {
  return t.margins(PROFILES[profile].margins);
}
