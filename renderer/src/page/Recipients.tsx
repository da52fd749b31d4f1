// "Kính gửi" (ô 9a): one recipient on the same line, several as a list under "Kính gửi:" with the
// hyphens under the colon, ";" after each and "." after the last (core/format/recipients decides).
import { memo } from 'react';
import { cleanListEntry } from '../../../core/format/list-entry';
import { KINH_GUI } from '../../../core/format/recipients';
import { vi } from '../i18n/vi';
import { ListEntries } from './ListEntries';
import type { EditLetter } from './types';

export const Recipients = memo(function Recipients({ recipients, edit }: { recipients: readonly string[]; edit: EditLetter }) {
  const filled = recipients.filter((r) => cleanListEntry(r).length > 0).length;
  const single = recipients.length <= 1;
  return (
    <div className={`vt-kinhgui ${single ? 'vt-kinhgui--single' : 'vt-kinhgui--list'}`} data-flow="recipients" role="group" aria-label={vi.fields.recipients}>
      {!single && <div className="vt-kinhgui-head">{KINH_GUI}:</div>}
      <ListEntries
        entries={recipients}
        mergePrefix="recipients"
        onChange={(next, key) => edit((l) => ({ ...l, recipients: next }), key)}
        labelOf={vi.fields.recipient}
        placeholder={vi.placeholders.recipient}
        addLabel={vi.list.addRecipient}
        lead={(i) =>
          single ? (
            <span className="vt-auto">{KINH_GUI}: </span>
          ) : (
            <span className="vt-kinhgui-spacer" aria-hidden="true" data-row={i}>
              {KINH_GUI}
            </span>
          )
        }
        decorate={(i, count) => (single ? { before: '', after: '' } : { before: '- ', after: i === count - 1 || filled <= 1 ? '.' : ';' })}
      />
    </div>
  );
});
