// The clause panel (issue 5): search without diacritics, categories, preview, a small form for the
// variables, insertion at the cursor at the chosen item level, and the "updated" marks for clauses
// whose library has a newer version. The shell mounts it through src/app/panels.tsx.
import { useMemo, useState } from 'react';
import { findClauseUpdates, INSERT_LEVELS, keepMine, letterRoles, naturalLevel, renderClause, searchClauses, takeUpdate, unfilledVariables } from '../../../../core/clauses';
import type { InsertLevel } from '../../../../core/clauses';
import type { FeaturePanelProps } from '../types';
import { BlocksPreview } from './BlocksPreview';
import { LibraryManager } from './LibraryManager';
import { t } from './strings';
import { UpdatesList } from './UpdatesList';
import { useLibraries } from './useLibraries';
import { VariableForm } from './VariableForm';

// For the shell: the export warning and "Tạo mới từ mẫu" use these pure functions.
export { unfilledVariables, listTemplates, instantiateTemplate } from '../../../../core/clauses';
export { LibraryManager } from './LibraryManager';
export { shippedFiles, assemble } from './sources';

export default function ClausePanel(props: FeaturePanelProps) {
  const { set, folderError, reload, replace } = useLibraries(props.platform, props.settings);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [fitRecipients, setFitRecipients] = useState(true);
  const [selected, setSelected] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  // 'cursor': the clause takes the level of the item holding the caret (a point among points), its
  // sub-items moving with it; the clerk may still pick a level by hand.
  const [level, setLevel] = useState<InsertLevel | 'cursor'>('cursor');
  const [managing, setManaging] = useState(false);

  const roles = useMemo(() => letterRoles(props.letter), [props.letter]);
  const hits = useMemo(
    () => searchClauses(set.catalog, query, { limit: 40, ...(category ? { category } : {}), ...(fitRecipients ? { roles } : {}) }),
    [set.catalog, query, category, fitRecipients, roles],
  );
  const entry = selected ? set.catalog.byId.get(selected) : undefined;
  const rendered = useMemo(() => (entry ? renderClause(entry, values, level === 'cursor' ? naturalLevel(entry.clause.body) : level) : null), [entry, values, level]);
  const updates = useMemo(() => findClauseUpdates(props.letter, set.catalog), [props.letter, set.catalog]);
  const unfilled = useMemo(() => unfilledVariables(props.letter), [props.letter]);
  const categories = set.libraries.flatMap((l) => l.categories);

  if (managing) {
    return (
      <div className="vt-clause-panel">
        <button type="button" onClick={() => setManaging(false)}>← {t.back}</button>
        <LibraryManager set={set} settings={props.settings} folderError={folderError} onReload={reload} onReplace={replace} />
      </div>
    );
  }

  return (
    <div className="vt-clause-panel" style={{ padding: 8 }}>
      <UpdatesList
        updates={updates}
        onShow={props.jumpTo}
        onTake={(u) => props.updateLetter(takeUpdate(props.letter, u), t.takeLabel(u.id))}
        onKeep={(u) => props.updateLetter(keepMine(props.letter, u), t.keepLabel(u.id))}
      />
      {unfilled.length > 0 && (
        <details className="vt-clause-unfilled-list">
          <summary>{t.unfilledInLetter(unfilled.length)}</summary>
          <ul>
            {unfilled.map((u, i) => (
              <li key={i}><button type="button" onClick={() => props.jumpTo(u.path)}>«{u.label}»</button></li>
            ))}
          </ul>
        </details>
      )}
      {set.problems.length > 0 && (
        <details role="alert">
          <summary>{t.brokenFile} ({new Set(set.problems.map((p) => p.file)).size})</summary>
          <ul>{set.problems.map((p, i) => <li key={i}>{p.file}{p.line === null ? '' : `:${p.line}`}: {p.message}</li>)}</ul>
        </details>
      )}
      <input type="search" aria-label={t.search} placeholder={t.search} value={query} onChange={(e) => setQuery(e.target.value)} style={{ width: '100%' }} />
      <div style={{ display: 'flex', gap: 6, margin: '6px 0', alignItems: 'center' }}>
        <select aria-label={t.allCategories} value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{t.allCategories}</option>
          {categories.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
        </select>
        <label style={{ fontSize: 12 }}><input type="checkbox" checked={fitRecipients} onChange={(e) => setFitRecipients(e.target.checked)} /> {t.onlyForRecipients}</label>
      </div>
      <ul className="vt-clause-results" role="listbox" aria-label={t.panelTitle} style={{ listStyle: 'none', padding: 0, maxHeight: 240, overflow: 'auto' }}>
        {hits.length === 0 && <li>{t.noResults}</li>}
        {hits.map(({ entry: e }) => (
          <li key={e.clause.id} role="option" aria-selected={selected === e.clause.id}>
            <button type="button" style={{ width: '100%', textAlign: 'left', fontWeight: selected === e.clause.id ? 'bold' : undefined }}
              onClick={() => { setSelected(e.clause.id); setLevel('cursor'); }}>
              {e.clause.title} <small style={{ color: '#64748b' }}>v{e.clause.version}</small>
            </button>
          </li>
        ))}
      </ul>
      {entry && rendered && (
        <section className="vt-clause-preview" aria-label={t.preview}>
          <h4>{entry.clause.title}</h4>
          {entry.clause.notes && <p style={{ fontSize: 12, color: '#475569' }}>{entry.clause.notes}</p>}
          <BlocksPreview blocks={rendered.blocks} />
          <VariableForm defs={entry.variables} values={values} onChange={setValues} />
          <label>{t.insertAs}{' '}
            <select value={level} onChange={(e) => setLevel(e.target.value as InsertLevel | 'cursor')}>
              <option value="cursor">{t.levelAtCursor}</option>
              {INSERT_LEVELS.map((l) => <option key={l} value={l}>{t.levels[l]}</option>)}
            </select>
          </label>{' '}
          <button type="button" className="primary" onClick={() => props.insertBlocks(level === 'cursor' ? renderClause(entry, values, props.cursorLevel() ?? naturalLevel(entry.clause.body)).blocks : rendered.blocks)}>{t.insert}</button>
        </section>
      )}
      <p><button type="button" onClick={() => setManaging(true)}>{t.manager}</button></p>
    </div>
  );
}
