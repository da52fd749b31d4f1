// restoreLetter: the single way a draft enters the app. Validates, normalises every string to NFC,
// strips characters XML forbids (with a warning that names the field), and migrates by schemaVersion.
import { err, ok } from '../result';
import type { Result } from '../result';
import { sanitizeText } from '../text/sanitize';
import { issueToMessage } from './messages';
import { migrate } from './migrations';
import { LetterSchema } from './schema';
import { CURRENT_SCHEMA_VERSION } from './types';
import type { Letter } from './types';

export type RestoreErrorKind = 'not-json' | 'not-a-draft' | 'newer-version' | 'invalid';

export interface RestoreError {
  kind: RestoreErrorKind;
  /** Vietnamese, one line per problem, each naming the field. */
  messages: string[];
}

export interface Restored {
  letter: Letter;
  /** Things that were repaired on load (control characters dropped…), Vietnamese. */
  warnings: string[];
  /** The schemaVersion the draft had before migration. */
  migratedFrom: number;
}

/** Fields whose text may keep line breaks: the author places them on purpose. */
const MULTILINE = /^(agency\.(name|parent)|signature\.(authority|delegation|title)|review\.|versions\.)/;

function sanitizeTree(value: unknown, path: string, warnings: string[]): unknown {
  if (typeof value === 'string') {
    const { text, removed } = sanitizeText(value, { allowNewlines: MULTILINE.test(path) });
    if (removed > 0) warnings.push(`${path}: đã bỏ ${removed} ký tự điều khiển không hợp lệ`);
    return text;
  }
  if (Array.isArray(value)) return value.map((v, i) => sanitizeTree(v, path ? `${path}.${i}` : String(i), warnings));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitizeTree(v, path ? `${path}.${k}` : k, warnings);
    return out;
  }
  return value;
}

export function restoreLetter(raw: unknown): Result<Restored, RestoreError> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return err({ kind: 'not-a-draft', messages: ['Tệp không phải bản nháp công văn (.vanthu): nội dung không phải một đối tượng JSON.'] });
  }
  const draft = raw as Record<string, unknown>;
  if (draft.schemaVersion === undefined) {
    return err({ kind: 'not-a-draft', messages: ['schemaVersion: thiếu phiên bản định dạng; tệp không phải bản nháp Văn thư.'] });
  }
  const migrated = migrate(draft);
  switch (migrated.kind) {
    case 'newer':
      return err({
        kind: 'newer-version',
        messages: [`Bản nháp dùng định dạng phiên bản ${migrated.version}, mới hơn phiên bản ${CURRENT_SCHEMA_VERSION} mà ứng dụng này đọc được. Hãy cập nhật Văn thư để mở tệp này.`],
      });
    case 'unknown':
      return err({ kind: 'not-a-draft', messages: [`schemaVersion: phiên bản định dạng không hợp lệ (${JSON.stringify(migrated.version)}).`] });
    case 'migrated':
      break;
  }
  const warnings: string[] = [];
  const clean = sanitizeTree(migrated.draft, '', warnings);
  const parsed = LetterSchema.safeParse(clean, { reportInput: true });
  if (!parsed.success) {
    return err({ kind: 'invalid', messages: parsed.error.issues.map(issueToMessage) });
  }
  return ok({ letter: parsed.data, warnings, migratedFrom: migrated.from });
}

/** Parse the text of a .vanthu file. A broken file gets a Vietnamese message, never a stack trace. */
export function parseDraft(text: string): Result<Restored, RestoreError> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err({ kind: 'not-json', messages: [`Tệp bản nháp bị hỏng: không đọc được JSON (${detail}).`] });
  }
  return restoreLetter(raw);
}

/** The canonical text of a draft: stable key order from the model, two-space indent, final newline. */
export function serializeLetter(letter: Letter): string {
  return `${JSON.stringify(letter, null, 2)}\n`;
}
