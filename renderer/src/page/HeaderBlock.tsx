// Page 1 header (ô 1–5b, 10): agency | national title, then Số + V/v + marks | place and date, as the
// two-row borderless table of the DOCX. Every part is an in-place field.
import { memo } from 'react';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../../core/letter/types';
import type { Agency, LetterDate, Secrecy, Urgency } from '../../../core/letter/types';
import type { LayoutProfile } from '../../../core/layout';
import { formatDay, formatMonth } from '../../../core/format/date';
import { padTwo } from '../../../core/format/numbering';
import { SUBJECT_PREFIX } from '../../../core/format/subject';
import { MOTTO, NATIONAL_TITLE } from '../../../core/format';
import { vi } from '../i18n/vi';
import { ChoiceField, NumberField, TextField } from './fields';
import { PAGE_FONT, textWidthPt } from './measure';
import type { EditLetter } from './types';

export interface HeaderBlockProps {
  agency: Agency;
  number: number | null;
  symbol: string;
  place: string;
  date: LetterDate;
  subject: string;
  urgency: Urgency | null;
  secrecy: Secrecy | null;
  edit: EditLetter;
  profile: LayoutProfile;
}

/** The rule under the agency: the profile's share (1/3–1/2) of the longest bold line (nd30.md §7). */
function agencyRuleWidthPt(name: string, profile: LayoutProfile): number {
  const longest = Math.max(0, ...name.split('\n').map((l) => textWidthPt(l.toLocaleUpperCase('vi'), `bold ${profile.sizes.agency}pt ${PAGE_FONT}`)));
  return longest * profile.agencyRuleRatio;
}

export const HeaderBlock = memo(function HeaderBlock({ agency, number, symbol, place, date, subject, urgency, secrecy, edit, profile }: HeaderBlockProps) {
  const secrecyField = (value: Secrecy | null) => ({
    key: 'secrecy',
    on: value !== null,
    node: <ChoiceField label={vi.fields.secrecy} className={`vt-stamp ${value ? '' : 'vt-stamp--none'}`} value={value} options={SECRECY_LEVELS} noneLabel={vi.fields.none} onChange={(v) => edit((l) => ({ ...l, secrecy: v }))} />,
  });
  const urgencyField = (value: Urgency | null) => ({
    key: 'urgency',
    on: value !== null,
    node: <ChoiceField label={vi.fields.urgency} className={`vt-stamp vt-urgency-${urgencyClass(value)} ${value ? '' : 'vt-stamp--none'}`} value={value} options={URGENCY_LEVELS} noneLabel={vi.fields.none} onChange={(v) => edit((l) => ({ ...l, urgency: v }))} />,
  });
  return (
    <div className="vt-header" data-flow="header">
      <div className="vt-hcol vt-hleft">
        <TextField
          label={vi.fields.parent}
          className={`vt-parent ${agency.parent ? '' : 'vt-parent--empty no-print'}`}
          multiline
          value={agency.parent ?? ''}
          placeholder={vi.placeholders.parent}
          onChange={(v) => edit((l) => ({ ...l, agency: { ...l.agency, parent: v.trim() === '' ? null : v } }), 'agency.parent')}
        />
        <TextField
          label={vi.fields.agency}
          className="vt-agency"
          multiline
          value={agency.name}
          placeholder={vi.placeholders.agency}
          onChange={(v) => edit((l) => ({ ...l, agency: { ...l.agency, name: v } }), 'agency.name')}
        />
        <div className="vt-rule" style={{ width: `${agencyRuleWidthPt(agency.name, profile)}pt` }} />
      </div>
      <div className="vt-hcol vt-hright">
        <div className="vt-qh">{NATIONAL_TITLE}</div>
        <div className="vt-motto">
          <span>{MOTTO}</span>
        </div>
      </div>
      <div className="vt-hcol vt-hleft vt-row2">
        <div className="vt-so">
          <span className="vt-auto">Số: </span>
          <NumberField label={vi.fields.number} className="vt-number" value={number} min={1} max={999999} placeholder={vi.fields.numberPending} format={padTwo} onChange={(n) => edit((l) => ({ ...l, number: n }), 'number')} />
          <span className="vt-auto">/</span>
          <TextField label={vi.fields.symbol} className="vt-symbol" value={symbol} placeholder={vi.placeholders.symbol} onChange={(v) => edit((l) => ({ ...l, symbol: v }), 'symbol')} />
        </div>
        <div className="vt-vv">
          {/* "V/v " is part of the field's text so that it wraps with the subject, as printed. */}
          <TextField label={vi.fields.subject} className="vt-subject" wrap value={`${SUBJECT_PREFIX} ${subject}`} placeholder={vi.placeholders.subject} onChange={(v) => edit((l) => ({ ...l, subject: stripPrefix(v) }), 'subject')} />
        </div>
        {/* Stamps in use stand in the column (ô 10a, 10b); unused ones wait in the margin, screen-only. */}
        {[secrecyField(secrecy), urgencyField(urgency)].map((f) => (
          <div key={f.key} className={f.on ? 'vt-marks' : `vt-marks-off vt-marks-off--${f.key} no-print`}>
            {f.node}
          </div>
        ))}
      </div>
      <div className="vt-hcol vt-hright vt-row2">
        <div className="vt-dateline">
          <TextField label={vi.fields.place} className="vt-place" value={place} placeholder={vi.placeholders.place} onChange={(v) => edit((l) => ({ ...l, place: v }), 'place')} />
          <span className="vt-auto">, ngày </span>
          <NumberField label={vi.fields.day} className="vt-day" value={date.day} min={1} max={31} digits={2} placeholder={vi.fields.datePending} format={formatDay} onChange={(n) => edit((l) => ({ ...l, date: { ...l.date, day: n } }), 'date.day')} />
          <span className="vt-auto"> tháng </span>
          <NumberField label={vi.fields.month} className="vt-month" value={date.month} min={1} max={12} digits={2} placeholder={vi.fields.datePending} format={formatMonth} onChange={(n) => edit((l) => ({ ...l, date: { ...l.date, month: n } }), 'date.month')} />
          <span className="vt-auto"> năm </span>
          <NumberField label={vi.fields.year} className="vt-year" value={date.year} min={1945} max={2200} digits={4} nullable={false} onChange={(n) => n !== null && edit((l) => ({ ...l, date: { ...l.date, year: n } }), 'date.year')} />
        </div>
      </div>
    </div>
  );
});

const stripPrefix = (v: string) => v.replace(/^\s*V\/v\s?/i, '');

function urgencyClass(u: Urgency | null): string {
  switch (u) {
    case null:
      return 'none';
    case 'KHẨN':
      return 'khan';
    case 'THƯỢNG KHẨN':
      return 'thuong-khan';
    case 'HỎA TỐC':
      return 'hoa-toc';
  }
}
