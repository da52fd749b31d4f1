// Helpers the feature teams export for the shell (the checker's errorsBeforeExport, the clause
// library's templates), loaded lazily and only if that feature is in the build.
import type { Letter } from '../../../core/letter/types';
import type { Finding } from '../../../core/check';
import { vi } from '../i18n/vi';

interface CheckerModule {
  errorsBeforeExport(letter: Letter, now?: Date): Finding[];
}

interface TemplateSummary {
  id: string;
  title: string;
}

interface ClausesModule {
  shippedFiles(): Array<{ file: string; text: string }>;
  assemble(files: ReadonlyArray<{ file: string; text: string }>): { templates: Array<{ id: string }>; directory: unknown; catalog: unknown };
  listTemplates(templates: never[]): TemplateSummary[];
  instantiateTemplate(template: never, directory: never, catalog: never, choices: object, today: { day: number; month: number; year: number }): { ok: true; value: { letter: Letter } } | { ok: false; error: string[] };
}

const checker = import.meta.glob<CheckerModule>('../features/checker/index.tsx');
const clauses = import.meta.glob<ClausesModule>('../features/clauses/index.tsx');

/** The checker's errors before export; the core checker directly when the panel is not built in. */
export async function exportErrors(letter: Letter): Promise<number> {
  const load = checker['../features/checker/index.tsx'];
  if (load) return (await load()).errorsBeforeExport(letter).length;
  const { checkLetter } = await import('../../../core/check');
  const now = new Date();
  return checkLetter(letter, { today: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() } }).filter((f) => f.severity === 'error').length;
}

/** The labels of clause variables still unfilled («…») in the letter, for the export question. */
export async function exportUnfilled(letter: Letter): Promise<string[]> {
  const { unfilledVariables } = await import('../../../core/clauses/unfilled');
  return unfilledVariables(letter).map((u) => u.label);
}

export interface Templates {
  list: TemplateSummary[];
  /** The template filled with its defaults, as a new letter; Vietnamese messages when it cannot be. */
  instantiate(id: string): { ok: true; letter: Letter } | { ok: false; messages: string[] };
}

/** The shipped letter templates, or null when the clause feature is not in this build. */
export async function loadTemplates(): Promise<Templates | null> {
  const load = clauses['../features/clauses/index.tsx'];
  if (!load) return null;
  const mod = await load();
  const set = mod.assemble(mod.shippedFiles());
  return {
    list: mod.listTemplates(set.templates as never[]),
    instantiate(id) {
      const template = set.templates.find((t) => t.id === id);
      if (!template || !set.directory) return { ok: false, messages: [vi.messages.templateMissing] };
      const now = new Date();
      const r = mod.instantiateTemplate(template as never, set.directory as never, set.catalog as never, {}, { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() });
      return r.ok ? { ok: true, letter: r.value.letter } : { ok: false, messages: r.error };
    },
  };
}
