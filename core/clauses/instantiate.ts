// "Tạo mới từ mẫu": template + directory choices + variable values → a Letter that passes
// restoreLetter. Clause nodes take the catalog's current version and are skipped when their condition
// does not hold for the chosen recipients (no telecom paragraph in a letter to agencies only).
import type { Block, Letter } from '../letter/types';
import { restoreLetter } from '../letter/restore';
import type { Restored } from '../letter/restore';
import type { Result } from '../result';
import { err, missingCase, ok } from '../result';
import type { ClauseCatalog } from './catalog';
import { isOffered, renderClause } from './catalog';
import type { AgencyDirectory, DirectoryAgency, DirectorySigner } from './directory';
import type { ClauseCondition } from './model';
import type { FillReport } from './placeholders';
import { emptyReport, fillInlines, fillText } from './placeholders';
import type { RecipientRole } from './roles';
import type { LetterTemplate, TemplateNode } from './template';
import type { VariableDef } from './variables';
import { unfilledMarker } from './variables';

export interface TemplateChoices {
  agency?: string;
  unit?: string;
  recipients?: string[];
  distribution?: string[];
  signer?: string;
  values?: Record<string, string>;
}

export interface Instantiated extends Restored {
  report: FillReport;
}

/** Variables every template can use, filled from the directory choices. */
export const DIRECTORY_VARIABLES: readonly VariableDef[] = [
  { name: 'chu_the', type: 'text', label: 'chủ thể ban hành (UBND tỉnh / Chủ tịch UBND tỉnh)' },
  { name: 'co_quan', type: 'agency', label: 'cơ quan ban hành' },
  { name: 'dia_danh', type: 'text', label: 'địa danh' },
];

export const SIGNER_NAME_LABEL = 'họ tên người ký';

const holds = (condition: ClauseCondition | undefined, roles: ReadonlySet<RecipientRole>) => !condition || condition.recipientRoles.some((r) => roles.has(r));

function pick<T extends { id: string }>(list: readonly T[], id: string | undefined, what: string, errors: string[]): T | undefined {
  if (id === undefined) return list[0];
  const found = list.find((x) => x.id === id);
  if (!found) errors.push(`Danh bạ không có ${what} "${id}".`);
  return found;
}

export function instantiateTemplate(
  template: LetterTemplate,
  directory: AgencyDirectory,
  catalog: ClauseCatalog,
  choices: TemplateChoices,
  today: { day: number; month: number; year: number },
): Result<Instantiated, string[]> {
  const errors: string[] = [];
  const agency = pick<DirectoryAgency>(directory.agencies, choices.agency ?? template.defaults.agency, 'cơ quan', errors);
  const signer = pick<DirectorySigner>(directory.signers, choices.signer ?? template.defaults.signer, 'người ký', errors);
  const recipients = (choices.recipients ?? template.defaults.recipients).map((id) => pick(directory.recipients, id, 'nơi gửi', errors));
  const distribution = (choices.distribution ?? template.defaults.distribution).map((id) => pick(directory.distribution, id, 'nơi nhận', errors));
  const unitCode = choices.unit ?? template.defaults.unit ?? agency?.units[0]?.code;
  if (agency && !agency.units.some((u) => u.code === unitCode)) errors.push(`Cơ quan "${agency.id}" không có đơn vị soạn thảo "${unitCode ?? ''}".`);
  if (!agency || !signer || errors.length > 0) return err(errors.length > 0 ? errors : ['Danh bạ chưa có cơ quan hoặc người ký.']);

  const roles = new Set<RecipientRole>(['tat-ca', ...recipients.flatMap((r) => (r ? [r.role] : []))]);
  const defs = new Map<string, VariableDef>();
  for (const v of DIRECTORY_VARIABLES) defs.set(v.name, v);
  for (const lib of catalog.libraries) for (const v of lib.variables) defs.set(v.name, v);
  for (const v of template.variables) defs.set(v.name, v);
  const values: Record<string, string> = { chu_the: signer.voice, co_quan: agency.voice, dia_danh: agency.place, ...choices.values };
  const report = emptyReport();

  const build = (nodes: readonly TemplateNode[]): Block[] =>
    nodes.flatMap((node): Block[] => {
      switch (node.kind) {
        case 'clause': {
          const entry = catalog.byId.get(node.id);
          if (!entry) {
            errors.push(`Mẫu "${template.id}" dùng điều khoản "${node.id}" không có trong thư viện.`);
            return [];
          }
          if (!isOffered(entry.clause, roles)) return [];
          const rendered = renderClause(entry, values, node.level);
          for (const u of rendered.report.unfilled) if (!report.unfilled.includes(u)) report.unfilled.push(u);
          report.problems.push(...rendered.report.problems);
          return rendered.blocks;
        }
        case 'paragraph':
          return holds(node.condition, roles) ? [{ kind: 'paragraph', content: fillInlines(node.content, defs, values, report) }] : [];
        case 'item':
          return holds(node.condition, roles)
            ? [{ kind: 'item', level: node.level, title: node.title, content: fillInlines(node.content, defs, values, report), children: build(node.children) }]
            : [];
        default:
          return missingCase(node);
      }
    });
  const body = build(template.body);
  if (errors.length > 0) return err(errors);

  const letter: Letter = {
    schemaVersion: 1,
    type: 'cong-van',
    agency: { parent: agency.parent, name: agency.name },
    number: null,
    symbol: `${agency.abbreviation}-${unitCode}`,
    place: agency.place,
    date: { day: null, month: today.month, year: today.year },
    urgency: template.urgency,
    secrecy: template.secrecy,
    subject: fillText(template.subject, defs, values, report),
    recipients: recipients.flatMap((r) => (r ? [r.name] : [])),
    body,
    distribution: distribution.flatMap((d) => (d ? [d.text] : [])),
    archive: { units: ['VT', unitCode as string], copies: null },
    drafter: null,
    signature: {
      authority: signer.authority,
      delegation: signer.delegation,
      title: signer.title,
      signer: signer.name.trim() || unfilledMarker({ label: SIGNER_NAME_LABEL }),
    },
  };
  const restored = restoreLetter(JSON.parse(JSON.stringify(letter)));
  if (!restored.ok) return err(restored.error.messages);
  return ok({ ...restored.value, report });
}

export interface TemplateSummary {
  id: string;
  title: string;
  description: string;
  version: number;
}

/** For the shell's "Tạo mới từ mẫu" list. */
export function listTemplates(templates: readonly LetterTemplate[]): TemplateSummary[] {
  return templates.map((t) => ({ id: t.id, title: t.title, description: t.description, version: t.version })).sort((a, b) => a.title.localeCompare(b.title, 'vi'));
}
