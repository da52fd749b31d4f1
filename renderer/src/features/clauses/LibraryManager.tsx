// The library manager (issue 5, for maintainers): browse the loaded libraries, edit a clause with a
// live preview, bump its version with a note (clerks then see it as updated), import a library file,
// export one, and reload the shared folders set in Settings. Broken files are listed, never fatal.
import { useMemo, useState } from 'react';
import { bumpVersion, clauseDefs, loadTemplateFile, renderClause, replaceClause, searchClauses, serializeLibrary, usedVariables } from '../../../../core/clauses';
import type { Clause, ClauseLibrary, FileProblem } from '../../../../core/clauses';
import type { Block } from '../../../../core/letter';
import type { Settings } from '../../../../core/platform/contract';
import { BlocksPreview } from './BlocksPreview';
import type { LibrarySet } from './sources';
import { t } from './strings';

export interface LibraryManagerProps {
  set: LibrarySet;
  settings: Settings;
  folderError: string | null;
  onReload(): void | Promise<void>;
  /** Puts an edited or imported library in place (in memory) under the file it came from. */
  onReplace(library: ClauseLibrary, file: string): void;
}

/** Edits the plain text of the n-th block (document order) of a tree; marks of that block are dropped. */
function setBlockText(blocks: readonly Block[], target: number, text: string): Block[] {
  let n = -1;
  const walk = (bs: readonly Block[]): Block[] =>
    bs.map((b) => {
      n += 1;
      const content = n === target ? [{ text, bold: false, italic: false, underline: false }] : b.content;
      return b.kind === 'item' ? { ...b, content, children: walk(b.children) } : { ...b, content };
    });
  return walk(blocks);
}

const flatTexts = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => [b.content.map((r) => r.text).join(''), ...(b.kind === 'item' ? flatTexts(b.children) : [])]);

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function LibraryManager({ set, settings, folderError, onReload, onReplace }: LibraryManagerProps) {
  const [libraryId, setLibraryId] = useState(set.libraries[0]?.id ?? '');
  const [filter, setFilter] = useState('');
  const [clauseId, setClauseId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Clause | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [importProblems, setImportProblems] = useState<FileProblem[]>([]);

  const library = set.libraries.find((l) => l.id === libraryId) ?? set.libraries[0];
  const file = library ? set.origin.get(library.id) ?? `${library.id}.json` : '';
  const clauses = useMemo(() => {
    if (!library) return [];
    if (filter.trim() === '') return library.clauses;
    const ids = new Set(searchClauses(set.catalog, filter, { limit: 200 }).map((h) => h.entry.clause.id));
    return library.clauses.filter((c) => ids.has(c.id));
  }, [library, filter, set.catalog]);
  const original = library?.clauses.find((c) => c.id === clauseId) ?? null;
  const editing = draft && draft.id === clauseId ? draft : original;
  const changed = editing !== null && original !== null && JSON.stringify(editing) !== JSON.stringify(original);
  const preview = useMemo(() => {
    if (!library || !editing) return null;
    const defs = clauseDefs(library, editing);
    return renderClause({ clause: editing, library, defs, variables: usedVariables(editing.body, defs) }, {}).blocks;
  }, [library, editing]);

  const bump = () => {
    if (!library || !editing) return;
    const r = bumpVersion(replaceClause(library, editing), editing.id, note, new Date().toISOString().slice(0, 10));
    if (!r.ok) return setMessage(r.error);
    onReplace(r.value, file);
    setDraft(null);
    setNote('');
    setMessage(`${editing.id}: ${t.mgr.version(editing.version + 1)}`);
  };

  const importFile = async (f: File) => {
    const r = loadTemplateFile(f.name, await f.text());
    if (!r.ok) return setImportProblems(r.error);
    if (r.value.kind !== 'clause-library') return setImportProblems([{ file: f.name, line: null, message: 'tệp không phải thư viện điều khoản (kind: "clause-library")' }]);
    setImportProblems([]);
    onReplace(r.value.value, f.name);
    setLibraryId(r.value.value.id);
    setMessage(t.mgr.imported(f.name));
  };

  const exportLibrary = () => {
    if (!library) return;
    const r = serializeLibrary(library);
    if (r.ok) download(`${library.id}.json`, r.value);
    else setMessage(r.error);
  };

  const problems = [...set.problems, ...importProblems];
  return (
    <div className="vt-library-manager" style={{ padding: 8 }}>
      <h3>{t.mgr.title}</h3>
      <p style={{ fontSize: 12 }}>{t.mgr.folders(settings.libraryFolders.length)} <button type="button" onClick={() => void onReload()}>{t.mgr.reload}</button></p>
      {folderError && <p role="alert">{folderError}</p>}
      {problems.length > 0 && (
        <details open role="alert">
          <summary>{t.mgr.problems} ({problems.length})</summary>
          <ul>{problems.map((p, i) => <li key={i}>{p.file}{p.line === null ? '' : `:${p.line}`}: {p.message}</li>)}</ul>
        </details>
      )}
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
        <label>{t.mgr.libraries}{' '}
          <select value={library?.id ?? ''} onChange={(e) => { setLibraryId(e.target.value); setClauseId(null); }}>
            {set.libraries.map((l) => <option key={l.id} value={l.id}>{l.title}</option>)}
          </select>
        </label>
        <label>{t.mgr.import} <input type="file" accept=".json,application/json" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); }} /></label>
        <button type="button" onClick={exportLibrary} disabled={!library}>{t.mgr.export}</button>
      </div>
      {library && <p style={{ fontSize: 12, color: '#64748b' }}>{t.mgr.source(file)}</p>}
      {message && <p role="status">{message}</p>}
      <input type="search" aria-label={t.search} placeholder={t.search} value={filter} onChange={(e) => setFilter(e.target.value)} style={{ width: '100%' }} />
      <ul style={{ listStyle: 'none', padding: 0, maxHeight: 200, overflow: 'auto' }}>
        {clauses.map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => { setClauseId(c.id); setDraft(null); }} style={{ fontWeight: c.id === clauseId ? 'bold' : undefined }}>
              {c.title} <small>v{c.version}</small>
            </button>
          </li>
        ))}
      </ul>
      {editing && (
        <section aria-label={editing.id}>
          <label>{t.mgr.editTitle}<input value={editing.title} onChange={(e) => setDraft({ ...editing, title: e.target.value.normalize('NFC') })} style={{ width: '100%' }} /></label>
          <div>{t.mgr.editText}</div>
          {flatTexts(editing.body).map((text, i) => (
            <textarea key={i} aria-label={`${t.mgr.editText} ${i + 1}`} value={text} rows={3} style={{ width: '100%' }}
              onChange={(e) => setDraft({ ...editing, body: setBlockText(editing.body, i, e.target.value.normalize('NFC')) })} />
          ))}
          <label>{t.mgr.notes}<textarea value={editing.notes} rows={2} style={{ width: '100%' }} onChange={(e) => setDraft({ ...editing, notes: e.target.value })} /></label>
          <h4>{t.mgr.livePreview}</h4>
          {preview && <BlocksPreview blocks={preview} />}
          {changed && <p style={{ color: '#b45309', fontSize: 12 }}>{t.mgr.unsavedText}</p>}
          <label>{t.mgr.bumpNote}<input value={note} onChange={(e) => setNote(e.target.value)} style={{ width: '100%' }} /></label>
          <button type="button" onClick={bump} disabled={note.trim() === ''}>{t.mgr.bump} (v{editing.version} → v{editing.version + 1})</button>
        </section>
      )}
    </div>
  );
}
