// `vanthu library check|list|search`: the maintainers' tools over a template folder (clause libraries,
// letter templates, agency directory). All the rules live in core/clauses; this file finds the files,
// reads them and prints. The default folder is the shipped templates/ at the package root, found by
// walking up from this code (dist/cli/vanthu.cjs, or electron/cli/… under tsx) or the cwd.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CliCommand } from '../command';
import type { CliIo } from '../io';
import { parseArgs } from '../args';
import { buildCatalog, buildLock, checkTemplateFiles, formatProblem, librariesOf, loadTemplateFiles, LOCK_FILE, parseLock, searchClauses } from '../../../core/clauses';
import type { CatalogEntry, FileProblem } from '../../../core/clauses';
import { plainText } from '../../../core/letter/inline';
import type { Block } from '../../../core/letter/types';

const USAGE = [
  'vanthu library check DIR [--update-lock] [--json]',
  'vanthu library list [DIR] [--json]',
  'vanthu library search QUERY [--dir DIR] [--limit N] [--json]',
].join('\n  ');

function isPackageRoot(dir: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
    return pkg.name === 'vanthu' && existsSync(path.join(dir, 'templates'));
  } catch {
    return false;
  }
}

/** The shipped templates/ folder, or null when this copy of the CLI has none. */
export function defaultTemplatesDir(cwd: string): string | null {
  const starts: string[] = [];
  if (typeof __dirname !== 'undefined') starts.push(__dirname);
  if (process.argv[1]) {
    try {
      starts.push(path.dirname(realpathSync(process.argv[1])));
    } catch {
      /* a script path that no longer exists: fall through to cwd */
    }
  }
  starts.push(cwd);
  for (const start of starts) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      if (isPackageRoot(dir)) return path.join(dir, 'templates');
      if (path.dirname(dir) === dir) break;
    }
  }
  return null;
}

/** Every *.json under dir except the published schemas and the lock file, sorted for stable output. */
async function dataFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const entry of await fs.readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'schemas' && !entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(full);
      } else if (entry.name.endsWith('.json') && entry.name !== LOCK_FILE) out.push(full);
    }
  };
  await walk(dir);
  return out.sort();
}

const shown = (io: CliIo, file: string): string => {
  const rel = path.relative(io.cwd, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
};

type Loaded = { ok: true; dir: string; inputs: Array<{ file: string; text: string }> } | { ok: false; message: string };

async function readFolder(io: CliIo, dirArg: string | undefined): Promise<Loaded> {
  const dir = dirArg === undefined ? defaultTemplatesDir(io.cwd) : path.resolve(io.cwd, dirArg);
  if (dir === null) return { ok: false, message: 'Không tìm thấy thư mục templates/ của Văn thư; hãy chỉ rõ thư mục (DIR).' };
  let files: string[];
  try {
    files = await dataFiles(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: `${dirArg ?? dir}: ${code === 'ENOENT' ? 'không tìm thấy thư mục' : code === 'ENOTDIR' ? 'không phải thư mục' : 'không đọc được thư mục'}.` };
  }
  const inputs = await Promise.all(files.map(async (f) => ({ file: shown(io, f), text: new TextDecoder('utf-8').decode(await io.readFile(f)) })));
  return { ok: true, dir, inputs };
}

function clauseText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  const walk = (bs: readonly Block[]) => bs.forEach((b) => (lines.push(plainText(b.content)), b.kind === 'item' && walk(b.children)));
  walk(blocks);
  return lines.join('\n');
}

const summary = (e: CatalogEntry) => ({
  id: e.clause.id,
  version: e.clause.version,
  title: e.clause.title,
  category: e.clause.category,
  audience: e.clause.audience,
  library: e.library.id,
  level: e.clause.body[0]?.kind === 'item' ? e.clause.body[0].level : 'paragraph',
  variables: e.variables.map((v) => v.name),
  ...(e.clause.condition ? { condition: e.clause.condition } : {}),
  changeNote: e.clause.changeNote,
});

function reportSkipped(io: CliIo, problems: readonly FileProblem[]): void {
  const files = [...new Set(problems.map((p) => p.file))];
  for (const f of files) io.error(`Bỏ qua tệp hỏng ${f} (chạy "vanthu library check" để xem chi tiết).`);
}

async function check(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, []);
  if ('error' in args) return (io.error(args.error), 2);
  const [dirArg] = args.positional;
  if (dirArg === undefined) return (io.error(`Thiếu thư mục cần kiểm tra.\nCách dùng: ${USAGE}`), 2);
  const folder = await readFolder(io, dirArg);
  if (!folder.ok) return (io.error(folder.message), 2);
  const lockPath = path.join(folder.dir, LOCK_FILE);
  let lock = null;
  if (existsSync(lockPath)) {
    lock = parseLock(new TextDecoder().decode(await io.readFile(lockPath)));
    if (lock === null) io.error(`${shown(io, lockPath)}: tệp khóa hỏng, bỏ qua (chạy với --update-lock để tạo lại).`);
  }
  const result = checkTemplateFiles(folder.inputs, lock);
  if (args.flags.has('--json')) io.out(JSON.stringify({ files: folder.inputs.length, problems: result.problems }, null, 2));
  else for (const p of result.problems) io.error(formatProblem(p));
  if (result.problems.length > 0) {
    if (!args.flags.has('--json')) io.error(`${result.problems.length} lỗi trong ${new Set(result.problems.map((p) => p.file)).size} tệp (đã kiểm tra ${folder.inputs.length} tệp).`);
    return 1;
  }
  if (args.flags.has('--update-lock')) {
    const clauses = result.files.flatMap((f) => (f.kind === 'clause-library' ? f.value.clauses : []));
    await io.writeFile(lockPath, `${JSON.stringify(buildLock(clauses), null, 2)}\n`);
    if (!args.flags.has('--json')) io.out(`Đã ghi ${shown(io, lockPath)}.`);
  }
  if (!args.flags.has('--json')) io.out(`Đã kiểm tra ${folder.inputs.length} tệp: không có lỗi.`);
  return 0;
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, []);
  if ('error' in args) return (io.error(args.error), 2);
  const folder = await readFolder(io, args.positional[0]);
  if (!folder.ok) return (io.error(folder.message), 2);
  const set = loadTemplateFiles(folder.inputs);
  reportSkipped(io, set.problems);
  const catalog = buildCatalog(librariesOf(set));
  if (args.flags.has('--json')) io.out(JSON.stringify({ clauses: catalog.entries.map(summary) }, null, 2));
  else for (const e of catalog.entries) io.out(`${e.clause.id}  v${e.clause.version}  ${e.clause.title}`);
  return 0;
}

async function searchCmd(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['--dir', '--limit']);
  if ('error' in args) return (io.error(args.error), 2);
  const query = args.positional.join(' ').trim();
  if (query === '') return (io.error(`Thiếu từ khóa tìm kiếm.\nCách dùng: ${USAGE}`), 2);
  const limitText = args.options.get('--limit');
  const limit = limitText === undefined ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) return (io.error(`--limit phải là số nguyên dương (nhận được "${limitText}").`), 2);
  const folder = await readFolder(io, args.options.get('--dir'));
  if (!folder.ok) return (io.error(folder.message), 2);
  const set = loadTemplateFiles(folder.inputs);
  reportSkipped(io, set.problems);
  const hits = searchClauses(buildCatalog(librariesOf(set)), query, { limit });
  if (args.flags.has('--json')) {
    io.out(JSON.stringify({ results: hits.map((h) => ({ ...summary(h.entry), score: Math.round(h.score * 100) / 100, text: clauseText(h.entry.clause.body) })) }, null, 2));
  } else if (hits.length === 0) io.out(`Không tìm thấy điều khoản nào cho "${query}".`);
  else for (const h of hits) io.out(`${h.entry.clause.id}  ${h.entry.clause.title}`);
  return 0;
}

export const libraryCommand: CliCommand = {
  name: 'library',
  summary: 'Kiểm tra, liệt kê, tìm kiếm thư viện điều khoản và mẫu công văn',
  usage: USAGE,
  run: async (argv, io) => {
    const [sub, ...rest] = argv;
    switch (sub) {
      case 'check':
        return check(rest, io);
      case 'list':
        return list(rest, io);
      case 'search':
        return searchCmd(rest, io);
      default:
        io.error(`${sub === undefined ? 'Thiếu lệnh con' : `Không có lệnh con "${sub}"`}.\nCách dùng: ${USAGE}`);
        return 2;
    }
  },
};
