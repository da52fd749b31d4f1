// Reading one file of a template folder (library, template or directory) through its zod schema.
// Every problem names the file and, where it can, the line: maintainers fix files in an editor.
import type { z } from 'zod';
import { issueToMessage } from '../letter/messages';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { AgencyDirectory } from './directory';
import { DirectorySchema } from './directory';
import type { LineMap } from './json-lines';
import { jsonLineMap, lineOf, lineOfParseError } from './json-lines';
import type { ClauseLibrary } from './model';
import { LibrarySchema } from './model';
import type { LetterTemplate } from './template';
import { TemplateSchema } from './template';

export const FILE_KINDS = ['clause-library', 'letter-template', 'agency-directory'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface FileProblem {
  file: string;
  line: number | null;
  message: string;
}

export const formatProblem = (p: FileProblem): string => `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.message}`;

interface Base {
  file: string;
  text: string;
  lines: LineMap;
}
export type LoadedFile =
  | (Base & { kind: 'clause-library'; value: ClauseLibrary })
  | (Base & { kind: 'letter-template'; value: LetterTemplate })
  | (Base & { kind: 'agency-directory'; value: AgencyDirectory });

function issues(file: string, lines: LineMap, error: z.ZodError): FileProblem[] {
  return error.issues.map((issue) => ({ file, line: lineOf(lines, issue.path), message: issueToMessage(issue) }));
}

export function loadTemplateFile(file: string, text: string): Result<LoadedFile, FileProblem[]> {
  const clean = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(clean);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return err([{ file, line: lineOfParseError(clean, message), message: `JSON không hợp lệ (${message})` }]);
  }
  const lines = jsonLineMap(clean);
  const kind = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>).kind : undefined;
  const base = { file, text: clean, lines };
  switch (kind) {
    case 'clause-library': {
      const parsed = LibrarySchema.safeParse(raw);
      return parsed.success ? ok({ ...base, kind, value: parsed.data }) : err(issues(file, lines, parsed.error));
    }
    case 'letter-template': {
      const parsed = TemplateSchema.safeParse(raw);
      return parsed.success ? ok({ ...base, kind, value: parsed.data }) : err(issues(file, lines, parsed.error));
    }
    case 'agency-directory': {
      const parsed = DirectorySchema.safeParse(raw);
      return parsed.success ? ok({ ...base, kind, value: parsed.data }) : err(issues(file, lines, parsed.error));
    }
    default:
      return err([{ file, line: lineOf(lines, 'kind'), message: `kind phải là một trong: ${FILE_KINDS.join(', ')} (tệp không phải thư viện, mẫu hay danh bạ)` }]);
  }
}

export interface LoadedSet {
  files: LoadedFile[];
  problems: FileProblem[];
}

/** Loads many files; a broken one is reported and skipped, the others keep working. */
export function loadTemplateFiles(inputs: ReadonlyArray<{ file: string; text: string }>): LoadedSet {
  const files: LoadedFile[] = [];
  const problems: FileProblem[] = [];
  for (const input of inputs) {
    const r = loadTemplateFile(input.file, input.text);
    if (r.ok) files.push(r.value);
    else problems.push(...r.error);
  }
  return { files, problems };
}

export const librariesOf = (set: LoadedSet): ClauseLibrary[] => set.files.flatMap((f) => (f.kind === 'clause-library' ? [f.value] : []));
export const templatesOf = (set: LoadedSet): LetterTemplate[] => set.files.flatMap((f) => (f.kind === 'letter-template' ? [f.value] : []));
export const directoriesOf = (set: LoadedSet): AgencyDirectory[] => set.files.flatMap((f) => (f.kind === 'agency-directory' ? [f.value] : []));
