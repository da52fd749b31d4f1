// Nơi nhận | signature (ô 9b, 12, 7a–7b): the second borderless two-column table. "Như trên" and the
// "Lưu: VT, …." line are drawn by core/format; the clerk edits the entries, the archive units and copies,
// the drafter mark, and the signature lines.
import { memo } from 'react';
import { AUTHORITY_MARKERS, authorityMarkerOf } from '../../../core/format/signature';
import type { AuthorityMarker } from '../../../core/format/signature';
import { isBackReference, NOI_NHAN, NHU_TREN, RECORDS_DESK } from '../../../core/format/distribution';
import { cleanListEntry } from '../../../core/format/list-entry';
import type { Archive, Drafter, Signature } from '../../../core/letter/types';
import { vi } from '../i18n/vi';
import { ChoiceField, NumberField, TextField } from './fields';
import { ListEntries } from './ListEntries';
import type { EditLetter } from './types';

export interface FooterBlockProps {
  hasRecipients: boolean;
  distribution: readonly string[];
  archive: Archive;
  drafter: Drafter | null;
  signature: Signature;
  edit: EditLetter;
}

const DELEGATIONS = AUTHORITY_MARKERS.filter((m) => m !== 'TM').map((m) => `${m}.`);

function splitDelegation(line: string | null): { marker: string | null; rest: string } {
  if (line === null) return { marker: null, rest: '' };
  const marker: AuthorityMarker | null = authorityMarkerOf(line);
  if (!marker || marker === 'TM') return { marker: null, rest: line };
  return { marker: `${marker}.`, rest: line.replace(/^\s*\S+\.?\s*/, '') };
}

const unitsText = (units: readonly string[]) => units.filter((u) => u.trim().toUpperCase() !== RECORDS_DESK).join(', ');

export const FooterBlock = memo(function FooterBlock({ hasRecipients, distribution, archive, drafter, signature, edit }: FooterBlockProps) {
  const autoNhuTren = hasRecipients && !distribution.some(isBackReference);
  const delegation = splitDelegation(signature.delegation);
  const setDelegation = (marker: string | null, rest: string) => {
    const line = marker === null ? (rest.trim() === '' ? null : rest) : `${marker} ${rest}`;
    edit((l) => ({ ...l, signature: { ...l.signature, delegation: line } }), 'signature.delegation');
  };
  return (
    <div className="vt-footer" data-flow="footer">
      <div className="vt-noinhan">
        <div className="vt-noinhan-head">{NOI_NHAN}</div>
        {autoNhuTren && (
          <div className="vt-list-row vt-auto" title={vi.list.automatic}>
            - {NHU_TREN};
          </div>
        )}
        <ListEntries
          entries={distribution}
          mergePrefix="distribution"
          onChange={(next, key) => edit((l) => ({ ...l, distribution: next }), key)}
          labelOf={vi.fields.distributionEntry}
          placeholder={vi.placeholders.distribution}
          addLabel={vi.list.addDistribution}
          decorate={(i) => ({ before: '- ', after: cleanListEntry(distribution[i] ?? '') === '' ? '' : ';' })}
        />
        <div className="vt-list-row vt-archive">
          <span className="vt-auto">- Lưu: {RECORDS_DESK}, </span>
          <TextField
            label={vi.fields.archiveUnits}
            className="vt-units"
            value={unitsText(archive.units)}
            placeholder={vi.placeholders.archiveUnits}
            onChange={(v) => edit((l) => ({ ...l, archive: { ...l.archive, units: [RECORDS_DESK, ...v.split(',').map((u) => u.trim()).filter((u, i, all) => u !== '' || i === all.length - 1)] } }), 'archive.units')}
          />
          <NumberField label={vi.fields.archiveCopies} className={`vt-copies ${archive.copies === null ? 'vt-optional' : ''}`} value={archive.copies} min={1} max={999} placeholder={vi.placeholders.copies} format={(n) => ` (${n < 10 ? `0${n}` : n})`} onChange={(n) => edit((l) => ({ ...l, archive: { ...l.archive, copies: n } }), 'archive.copies')} />
          <span className="vt-auto">. </span>
          <TextField
            label={vi.fields.drafterInitials}
            className={`vt-drafter ${drafter ? '' : 'vt-optional'}`}
            value={drafter?.initials ?? ''}
            placeholder={vi.placeholders.drafter}
            onChange={(v) => edit((l) => ({ ...l, drafter: v.trim() === '' ? null : { initials: v, copies: l.drafter?.copies ?? null } }), 'drafter.initials')}
          />
          {drafter && <span className="vt-auto">.</span>}
          {drafter && (
            <NumberField label={vi.fields.drafterCopies} className={`vt-copies ${drafter.copies === null ? 'vt-optional' : ''}`} value={drafter.copies} min={1} max={99999} placeholder={vi.placeholders.copies} format={(n) => `(${n})`} onChange={(n) => edit((l) => ({ ...l, drafter: l.drafter ? { ...l.drafter, copies: n } : null }), 'drafter.copies')} />
          )}
        </div>
      </div>
      <div className="vt-signature">
        <TextField label={vi.fields.authority} className="vt-sigline" multiline value={signature.authority ?? ''} placeholder={vi.placeholders.authority} onChange={(v) => edit((l) => ({ ...l, signature: { ...l.signature, authority: v.trim() === '' ? null : v } }), 'signature.authority')} />
        <div className="vt-delegation">
          <ChoiceField label={vi.fields.delegationKind} className="vt-delegation-kind" value={delegation.marker} options={DELEGATIONS} noneLabel="—" onChange={(m) => setDelegation(m, delegation.rest)} />
          <TextField label={vi.fields.delegation} className="vt-sigline" value={delegation.rest} placeholder={vi.placeholders.delegation} onChange={(v) => setDelegation(delegation.marker, v)} />
        </div>
        <TextField label={vi.fields.title} className="vt-sigline" multiline value={signature.title} placeholder={vi.placeholders.title} onChange={(v) => edit((l) => ({ ...l, signature: { ...l.signature, title: v } }), 'signature.title')} />
        <div className="vt-sigspace" aria-hidden="true" />
        <TextField label={vi.fields.signer} className="vt-signer" value={signature.signer} placeholder={vi.placeholders.signer} onChange={(v) => edit((l) => ({ ...l, signature: { ...l.signature, signer: v } }), 'signature.signer')} />
      </div>
    </div>
  );
});
