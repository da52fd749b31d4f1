// `vanthu library check`: every rule a maintainer can break across a template folder, each problem
// with its file and line. Schema violations come from load.ts; this adds what a schema cannot see:
// duplicate ids, unknown variables and forms, unknown categories and references, versions going
// backwards (within a clause's history and against the lock file), text changed without a new version.
import type { Block } from '../letter/types';
import { clauseDefs } from './catalog';
import { DIRECTORY_VARIABLES } from './instantiate';
import type { LoadedFile, FileProblem } from './load';
import { directoriesOf, librariesOf, loadTemplateFiles } from './load';
import { lineOf } from './json-lines';
import type { LibraryLock } from './lock';
import { clauseHash } from './lock';
import type { Clause } from './model';
import type { Defs } from './placeholders';
import { placeholdersIn } from './placeholders';
import type { TemplateNode } from './template';
import type { VariableDef } from './variables';
import { renderValue, VARIABLE_FORMS } from './variables';

export interface CheckResult {
  problems: FileProblem[];
  files: LoadedFile[];
}

type Texts = Array<{ path: string; text: string }>;

function blockTexts(blocks: readonly Block[], path: string, out: Texts): Texts {
  blocks.forEach((b, i) => {
    b.content.forEach((r, k) => out.push({ path: `${path}.${i}.content.${k}.text`, text: r.text }));
    if (b.kind === 'item') blockTexts(b.children, `${path}.${i}.children`, out);
  });
  return out;
}

function nodeTexts(nodes: readonly TemplateNode[], path: string, out: Texts): Texts {
  nodes.forEach((n, i) => {
    if (n.kind === 'clause') return;
    n.content.forEach((r, k) => out.push({ path: `${path}.${i}.content.${k}.text`, text: r.text }));
    if (n.kind === 'item') nodeTexts(n.children, `${path}.${i}.children`, out);
  });
  return out;
}

function checkPlaceholders(file: LoadedFile, texts: Texts, defs: Defs, out: FileProblem[]): void {
  for (const { path, text } of texts) {
    for (const use of placeholdersIn(text)) {
      const def = defs.get(use.name);
      const line = lineOf(file.lines, path);
      if (!def) out.push({ file: file.file, line, message: `${path}: biến {{${use.name}}} chưa được khai báo` });
      else if (use.form !== undefined && !VARIABLE_FORMS[def.type].includes(use.form))
        out.push({ file: file.file, line, message: `${path}: biến {{${use.name}}} kiểu ${def.type} không có dạng "${use.form}" (có: ${VARIABLE_FORMS[def.type].join(', ')})` });
    }
  }
}

function checkDefaults(file: LoadedFile, defs: readonly VariableDef[], path: string, out: FileProblem[]): void {
  defs.forEach((d, i) => {
    if (d.default === undefined) return;
    const r = renderValue(d, d.default);
    if (!r.ok) out.push({ file: file.file, line: lineOf(file.lines, `${path}.${i}.default`), message: `${path}.${i}.default: ${r.error}` });
  });
}

function checkHistory(file: LoadedFile, clause: Clause, path: string, out: FileProblem[]): void {
  let previous = 0;
  clause.history.forEach((h, i) => {
    if (h.version <= previous) out.push({ file: file.file, line: lineOf(file.lines, `${path}.history.${i}.version`), message: `${clause.id}: lịch sử phiên bản đi lùi (${previous} rồi ${h.version})` });
    previous = Math.max(previous, h.version);
  });
  if (clause.version <= previous)
    out.push({ file: file.file, line: lineOf(file.lines, `${path}.version`), message: `${clause.id}: phiên bản ${clause.version} không lớn hơn phiên bản ${previous} đã ghi trong lịch sử (phiên bản đi lùi)` });
}

function checkAgainstLock(file: LoadedFile, clause: Clause, path: string, lock: LibraryLock, out: FileProblem[]): void {
  const locked = lock.clauses[clause.id];
  if (!locked) return;
  const line = lineOf(file.lines, `${path}.version`);
  if (clause.version < locked.version) out.push({ file: file.file, line, message: `${clause.id}: phiên bản đi lùi (tệp khóa ghi ${locked.version}, tệp này ghi ${clause.version})` });
  else if (clause.version === locked.version && clauseHash(clause) !== locked.hash)
    out.push({ file: file.file, line, message: `${clause.id}: nội dung đã đổi nhưng phiên bản vẫn là ${clause.version}; hãy tăng phiên bản và ghi chú thay đổi` });
}

export function checkTemplateFiles(inputs: ReadonlyArray<{ file: string; text: string }>, lock: LibraryLock | null = null): CheckResult {
  const set = loadTemplateFiles(inputs);
  const problems = [...set.problems];
  const clauseAt = new Map<string, string>();
  const fileIds = new Map<string, string>();
  const libraries = librariesOf(set);
  const directories = directoriesOf(set);

  for (const file of set.files) {
    const idKey = `${file.kind}:${file.kind === 'agency-directory' ? file.file : file.value.id}`;
    if (file.kind !== 'agency-directory') {
      const first = fileIds.get(idKey);
      if (first) problems.push({ file: file.file, line: lineOf(file.lines, 'id'), message: `mã "${file.value.id}" trùng với ${first}` });
      else fileIds.set(idKey, file.file);
    }
    if (file.kind === 'clause-library') {
      const lib = file.value;
      const categories = new Set(lib.categories.map((c) => c.id));
      checkDefaults(file, lib.variables, 'variables', problems);
      lib.clauses.forEach((clause, i) => {
        const path = `clauses.${i}`;
        const where = `${file.file}:${lineOf(file.lines, `${path}.id`) ?? '?'}`;
        const first = clauseAt.get(clause.id);
        if (first) problems.push({ file: file.file, line: lineOf(file.lines, `${path}.id`), message: `mã điều khoản "${clause.id}" trùng (đã có ở ${first})` });
        else clauseAt.set(clause.id, where);
        if (!categories.has(clause.category)) problems.push({ file: file.file, line: lineOf(file.lines, `${path}.category`), message: `${clause.id}: nhóm "${clause.category}" không có trong categories của thư viện` });
        checkDefaults(file, clause.variables, `${path}.variables`, problems);
        checkPlaceholders(file, blockTexts(clause.body, `${path}.body`, []), clauseDefs(lib, clause), problems);
        checkHistory(file, clause, path, problems);
        if (lock) checkAgainstLock(file, clause, path, lock, problems);
      });
    }
  }

  for (const file of set.files) {
    if (file.kind !== 'letter-template') continue;
    const t = file.value;
    const defs = new Map<string, VariableDef>();
    for (const v of DIRECTORY_VARIABLES) defs.set(v.name, v);
    for (const lib of libraries) for (const v of lib.variables) defs.set(v.name, v);
    for (const v of t.variables) defs.set(v.name, v);
    checkDefaults(file, t.variables, 'variables', problems);
    checkPlaceholders(file, [{ path: 'subject', text: t.subject }, ...nodeTexts(t.body, 'body', [])], defs, problems);
    const refs = (nodes: readonly TemplateNode[], path: string) =>
      nodes.forEach((n, i) => {
        if (n.kind === 'clause' && !clauseAt.has(n.id)) problems.push({ file: file.file, line: lineOf(file.lines, `${path}.${i}.id`), message: `${path}.${i}: điều khoản "${n.id}" không có trong thư viện nào` });
        if (n.kind === 'item') refs(n.children, `${path}.${i}.children`);
      });
    refs(t.body, 'body');
    if (directories.length > 0) {
      const has = (list: 'agencies' | 'recipients' | 'distribution' | 'signers', id: string) => directories.some((d) => d[list].some((x) => x.id === id));
      const d = t.defaults;
      const missing: Array<[string, string]> = [];
      if (d.agency && !has('agencies', d.agency)) missing.push(['defaults.agency', d.agency]);
      if (d.signer && !has('signers', d.signer)) missing.push(['defaults.signer', d.signer]);
      d.recipients.forEach((r, i) => !has('recipients', r) && missing.push([`defaults.recipients.${i}`, r]));
      d.distribution.forEach((r, i) => !has('distribution', r) && missing.push([`defaults.distribution.${i}`, r]));
      for (const [path, id] of missing) problems.push({ file: file.file, line: lineOf(file.lines, path), message: `${path}: danh bạ không có mục "${id}"` });
    }
  }
  return { problems, files: set.files };
}
