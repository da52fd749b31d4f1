// Inserted clauses whose library has a newer version: the "updated" mark, the change notes, the
// word-level difference against the clerk's text, and the two choices.
import type { ClauseUpdate } from '../../../../core/clauses';
import { ClauseDiff } from './ClauseDiff';
import { t } from './strings';

export function UpdatesList({ updates, onTake, onKeep, onShow }: { updates: readonly ClauseUpdate[]; onTake(u: ClauseUpdate): void; onKeep(u: ClauseUpdate): void; onShow(path: string): void }) {
  if (updates.length === 0) return null;
  return (
    <section className="vt-clause-updates" aria-label={t.updates(updates.length)}>
      <h4>{t.updates(updates.length)}</h4>
      {updates.map((u) => (
        <article key={u.path} className="vt-clause-update" style={{ borderLeft: '3px solid #f59e0b', paddingLeft: 8, marginBottom: 10 }}>
          <div>
            <span className="vt-clause-badge" style={{ background: '#fef3c7', borderRadius: 3, padding: '0 4px' }}>{t.updated}</span>{' '}
            <button type="button" className="vt-linklike" onClick={() => onShow(u.path)}>{u.id}</button> — {t.versionLine(u.fromVersion, u.toVersion)}
          </div>
          <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
            {u.notes.map((n) => <li key={n.version}>v{n.version}: {n.note}</li>)}
          </ul>
          {u.sameText ? <p>{t.sameText}</p> : <ClauseDiff ops={u.diff} />}
          <button type="button" onClick={() => onTake(u)}>{t.takeNew}</button>{' '}
          <button type="button" onClick={() => onKeep(u)}>{t.keepMine}</button>
        </article>
      ))}
    </section>
  );
}
