// The small form that fills a clause's variables, one field per variable, shaped by its type:
// an occasion is a kind + year (the can-chi name is computed), a cited document has its five parts.
import { CITED_TYPES, OCCASION_KINDS, encodeCitation, encodeOccasion, parseCitation, parseOccasion, renderValue } from '../../../../core/clauses';
import type { Citation, VariableDef } from '../../../../core/clauses';
import { missingCase } from '../../../../core/result';
import { t } from './strings';

type Values = Record<string, string>;

function OccasionField({ def, value, onChange }: { def: VariableDef; value: string; onChange(v: string): void }) {
  const parsed = parseOccasion(value);
  const kind = parsed?.kind ?? '';
  const year = parsed && parsed.kind !== 'named' ? parsed.year : new Date().getFullYear();
  return (
    <span className="vt-clause-occasion">
      <select aria-label={`${def.label}: ${t.occasion.kind}`} value={kind} onChange={(e) => {
        const k = e.target.value;
        if (k === '') onChange('');
        else if (k === 'named') onChange(parsed?.kind === 'named' ? parsed.name : '');
        else onChange(encodeOccasion({ kind: k as (typeof OCCASION_KINDS)[number], year }));
      }}>
        <option value="">—</option>
        {OCCASION_KINDS.map((k) => <option key={k} value={k}>{t.occasion.kinds[k]}</option>)}
        <option value="named">{t.occasion.named}</option>
      </select>
      {parsed && parsed.kind !== 'named' && (
        <input aria-label={`${def.label}: ${t.occasion.year}`} type="number" min={1945} max={2200} value={year} style={{ width: 70 }}
          onChange={(e) => onChange(encodeOccasion({ kind: parsed.kind, year: Number(e.target.value) || year }))} />
      )}
      {parsed?.kind === 'named' || kind === 'named' ? (
        <input aria-label={def.label} value={parsed?.kind === 'named' ? parsed.name : ''} onChange={(e) => onChange(e.target.value)} />
      ) : null}
    </span>
  );
}

function CitationField({ def, value, onChange }: { def: VariableDef; value: string; onChange(v: string): void }) {
  let draft: Partial<Citation> = parseCitation(value) ?? {};
  if (!parseCitation(value) && value) {
    try {
      draft = JSON.parse(value) as Partial<Citation>;
    } catch {
      draft = {};
    }
  }
  const set = (k: keyof Citation, v: string) => onChange(encodeCitation({ type: 'Công văn', numberSymbol: '', date: '', issuer: '', subject: '', ...draft, [k]: v }));
  return (
    <fieldset className="vt-clause-citation">
      <legend>{def.label}</legend>
      <label>{t.citation.type}
        <select value={draft.type ?? 'Công văn'} onChange={(e) => set('type', e.target.value)}>
          {CITED_TYPES.map((c) => <option key={c}>{c}</option>)}
        </select>
      </label>
      <label>{t.citation.numberSymbol}<input value={draft.numberSymbol ?? ''} onChange={(e) => set('numberSymbol', e.target.value)} /></label>
      <label>{t.citation.date}<input value={draft.date ?? ''} onChange={(e) => set('date', e.target.value)} /></label>
      <label>{t.citation.issuer}<input value={draft.issuer ?? ''} onChange={(e) => set('issuer', e.target.value)} /></label>
      <label>{t.citation.subject}<input value={draft.subject ?? ''} onChange={(e) => set('subject', e.target.value)} /></label>
    </fieldset>
  );
}

function Field({ def, value, onChange }: { def: VariableDef; value: string; onChange(v: string): void }) {
  const list = def.suggestions && def.suggestions.length > 0 ? `vt-sugg-${def.name}` : undefined;
  switch (def.type) {
    case 'occasion':
      return <OccasionField def={def} value={value} onChange={onChange} />;
    case 'citation':
      return <CitationField def={def} value={value} onChange={onChange} />;
    case 'text':
    case 'agency':
    case 'number':
    case 'date':
    case 'phone':
    case 'email':
      return (
        <>
          <input aria-label={def.label} list={list} value={value} placeholder={def.type === 'date' ? t.datePlaceholder : def.default ?? def.hint ?? ''}
            inputMode={def.type === 'number' || def.type === 'phone' ? 'numeric' : def.type === 'email' ? 'email' : undefined}
            onChange={(e) => onChange(e.target.value.normalize('NFC'))} />
          {list && <datalist id={list}>{def.suggestions?.map((s) => <option key={s} value={s} />)}</datalist>}
        </>
      );
    default:
      return missingCase(def.type);
  }
}

export function VariableForm({ defs, values, onChange }: { defs: readonly VariableDef[]; values: Values; onChange(next: Values): void }) {
  if (defs.length === 0) return null;
  return (
    <div className="vt-clause-form">
      <h4>{t.variables}</h4>
      {defs.map((def) => {
        const value = values[def.name] ?? '';
        const r = renderValue(def, value);
        const unfilled = r.ok && r.value === null;
        return (
          <div key={def.name} className="vt-clause-field" style={{ marginBottom: 6 }}>
            {def.type !== 'citation' && <div style={{ fontSize: 12, color: unfilled ? '#b45309' : '#475569' }}>{def.label}{unfilled ? ' — «chưa điền»' : ''}</div>}
            <Field def={def} value={value} onChange={(v) => onChange({ ...values, [def.name]: v })} />
            {!r.ok && <div role="alert" style={{ color: '#b91c1c', fontSize: 12 }}>{r.error}</div>}
          </div>
        );
      })}
      <p style={{ fontSize: 12, color: '#64748b' }}>{t.unfilledHint}</p>
    </div>
  );
}
